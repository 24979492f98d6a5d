/**
 * The graph layer's read models: what Cypher returns, and what the GraphQL
 * resolvers receive (codegen `mappers` point here).
 */
import type { EntityLabel } from '../vocabulary';

export type { EntityLabel };

export interface EntityModel {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  wikidataId: string | null;
  /** a city's GeoNames id */
  geonamesId: number | null;
  /** a country's own ISO 3166-1 alpha-2 code */
  isoCode: string | null;
  latitude: number | null;
  longitude: number | null;
  countryCode: string | null;
  date: string | null;
  eventType: string | null;
}

export interface ArticleModel {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  publishedAt: string | null;
  textHash: string;
}

export interface SentenceModel {
  id: string;
  articleId: string;
  index: number;
  text: string;
  section: string;
}

export type AssertionValue = 'REPORTED' | 'ATTRIBUTED';

export interface EvidenceModel {
  sentenceId: string;
  articleId: string;
  /** who asserts the fact in this sentence (null: evidence of no fact, e.g. of a statement) */
  assertion: AssertionValue | null;
  attributedToId: string | null;
}

export type DirectionValue = 'OUTGOING' | 'INCOMING' | 'BOTH';

/** Which part of an article a read covers: the body (reporting), the reader comments, or both. */
export type ArticleSectionValue = 'BODY' | 'COMMENTS' | 'ALL';

/** Which of an entity's fact edges a read keeps: by type, direction and who asserts them (null: any). */
export interface FactFilter {
  types: string[] | null;
  direction: DirectionValue;
  assertion: AssertionValue | null;
}

export interface RelationshipModel {
  /** Neo4j elementId of the relationship: a stable cursor key. */
  key: string;
  type: string;
  direction: DirectionValue;
  otherId: string;
  properties: Record<string, unknown>;
  confidence: number | null;
  /** REPORTED when any of its evidence reports it in the article's own voice */
  assertion: AssertionValue;
  evidence: EvidenceModel[];
  /**
   * The other end as read with the fact, where the request reads it in no other shape: only id, name
   * and label when the selection asks no more (see api/prefetch.ts). Absent: load it by otherId.
   */
  other?: EntityModel;
}

export interface MentionModel {
  text: string;
  sentenceId: string;
  articleId: string;
}

export interface StatementModel {
  id: string;
  aboutIds: string[];
  text: string;
  direct: boolean;
  date: string | null;
  channel: string | null;
  speakerId: string | null;
  evidence: EvidenceModel[];
}

export interface PathStepModel {
  type: string;
  fromId: string;
  toId: string;
  evidence: EvidenceModel[];
}

export interface PathModel {
  nodes: EntityModel[];
  steps: PathStepModel[];
}

export interface SearchHitModel {
  score: number;
  entity: EntityModel;
}

export interface HealthModel {
  status: string;
  neo4jVersion: string | null;
}

export interface IngestResultModel {
  articleId: string;
  created: boolean;
}

/** A page of rows plus the total, as every connection needs. */
export interface Page<T> {
  items: T[];
  totalCount: number;
  /** offset of items[0] in the whole ordered list */
  offset: number;
}

export interface GraphNodeModel {
  entity: EntityModel;
  distance: number;
}

export interface SubgraphModel {
  nodes: GraphNodeModel[];
  /** fact edges, seen from their start node (direction OUTGOING, otherId = target) */
  edges: (RelationshipModel & { sourceId: string })[];
  truncated: boolean;
}

export interface PlaceDistanceModel {
  place: EntityModel;
  distanceKm: number;
}

export interface StatsModel {
  articles: number;
  sentences: number;
  entities: number;
  people: number;
  organizations: number;
  places: number;
  events: number;
  statements: number;
  comments: number;
}
