/** The document state that flows through the extraction pipeline, stage by stage. */
import type { EntityLabel } from '../vocabulary';

export type Section = 'body' | 'comment';
/** The extractor's entity types are the graph's entity labels. */
export type EntityType = EntityLabel;
/** Mentions that are not graph entities but feed relations, events and dates. */
export type ValueType = 'Date' | 'Money' | 'Quantity' | 'Nationality' | 'Misc';
export type MentionType = EntityType | ValueType;

export interface ArticleMeta {
  id: string;
  title: string | null;
  url: string | null;
  publishedAt: string | null;
  publisher: string | null;
  language: 'en';
}

export interface Range {
  start: number;
  end: number;
}

export interface CommentBlock extends Range {
  index: number;
  author: string;
  /** where the handle line is, so it is never read as article text */
  authorStart: number;
}

export interface Sentence extends Range {
  index: number;
  section: Section;
  /** index into comments when section is 'comment' */
  comment?: number;
}

export interface Token extends Range {
  text: string;
}

export interface Mention extends Range {
  text: string;
  type: MentionType;
  sentence: number;
  /** the rule or lexicon that produced it: for diagnostics and tuning */
  rule: string;
  /** canonical key from a lexicon (gazetteer id, alias table), when known */
  key?: string;
  /** resolved value for Date mentions (ISO date) and Nationality (country code) */
  value?: string;
  /** the name without a leading title, when the mention text has one */
  name?: string;
  /** for organisations named after a country ("Russian Defense Ministry"): that country's id */
  countryOf?: string;
  /** entity id once resolved */
  entity?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: { start: number; end: number; text: string; sentence: number }[];
  wikidataId?: string;
  /** a city's GeoNames id */
  geonamesId?: number;
  /** a country's own ISO 3166-1 alpha-2 code (countryCode is the country a place is in) */
  isoCode?: string;
  countryCode?: string;
  latitude?: number;
  longitude?: number;
  date?: string;
  eventType?: string;
  description?: string;
  /** a person's titles in the article, as written before the name ("King", "Prime Minister") */
  titles?: string[];
}

export interface Evidence {
  sentence: number;
  start: number;
  end: number;
}

export interface Relation {
  type: string;
  source: string;
  target: string;
  properties: Record<string, string | number | boolean>;
  evidence: Evidence[];
  confidence: number;
  /** reported: the article says it in its own voice; attributed: a quote or reported speech claims it (attribution stage) */
  assertion?: 'reported' | 'attributed';
  /** the speaker's entity id when attributed (null: the speaker is unknown) */
  attributedTo?: string | null;
}

export interface Statement {
  id: string;
  speaker: string | null;
  text: string;
  direct: boolean;
  channel: string | null;
  date: string | null;
  about: string[];
  evidence: Evidence[];
}

/** A soft problem: the pipeline goes on, the caller may report it. */
export interface Diagnostic {
  stage: string;
  level: 'info' | 'warn';
  message: string;
}

export interface DocState {
  source: string;
  text: string;
  article: ArticleMeta;
  /** ranges of reported article text (not headers, copyright, comments) */
  body: Range[];
  comments: CommentBlock[];
  sentences: Sentence[];
  tokens: Token[][]; // per sentence
  mentions: Mention[];
  entities: Entity[];
  relations: Relation[];
  statements: Statement[];
  diagnostics: Diagnostic[];
}

/** A pipeline stage: a pure function from one document state to the next. */
export type Stage = (state: DocState) => DocState;

export const warn = (state: DocState, stage: string, message: string): DocState => ({
  ...state,
  diagnostics: [...state.diagnostics, { stage, level: 'warn', message }],
});

export const info = (state: DocState, stage: string, message: string): DocState => ({
  ...state,
  diagnostics: [...state.diagnostics, { stage, level: 'info', message }],
});
