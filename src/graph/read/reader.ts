import { articleOfSentence } from '../../vocabulary';
import type { GraphClient } from '../client';
import type { CypherQuery } from '../cypher';
import type {
  ArticleModel,
  ArticleSectionValue,
  DirectionValue,
  EntityLabel,
  EntityModel,
  EvidenceModel,
  FactFilter,
  MentionModel,
  Page,
  PathModel,
  PlaceDistanceModel,
  StatsModel,
  SubgraphModel,
  RelationshipModel,
  SearchHitModel,
  SentenceModel,
  StatementModel,
} from '../models';
import * as Q from './queries';

type Row = Record<string, any>;

/** With a type filter, how many more hits than wanted Lucene is asked for, window by window. */
const SEARCH_WINDOWS = [50];
/** Lucene's whole answer (the slow path, for rare types among common words). */
const SEARCH_ALL = 2 ** 31 - 1;

export interface EntityWithFacts {
  entity: EntityModel;
  facts: Page<RelationshipModel>;
  /** the other end of each fact (only id, name and label when read with `briefOthers`) */
  others: EntityModel[];
  /** the facts' evidence sentences (empty unless asked for) */
  sentences: SentenceModel[];
}

/** Evidence knows its article from the sentence id, without a lookup. */
export const evidenceOf = (sentenceIds: string[] | null | undefined, claims?: string[] | null): EvidenceModel[] => {
  // claims: "sentenceId|reported|" or "sentenceId|attributed|speakerId" (graph/write/plan.ts)
  if (!sentenceIds?.length) return []; // a subgraph's edges, read without evidence
  const bySentence = new Map<string, [string, string]>();
  for (const c of claims ?? []) {
    const [sentence, assertion, speaker] = c.split('|');
    if (sentence && !bySentence.has(sentence)) bySentence.set(sentence, [assertion ?? 'reported', speaker ?? '']);
  }
  return sentenceIds.map((sentenceId) => {
    const claim = bySentence.get(sentenceId);
    return {
      sentenceId,
      articleId: articleOfSentence(sentenceId),
      assertion: claims ? (claim?.[0] === 'attributed' ? 'ATTRIBUTED' : 'REPORTED') : null,
      attributedToId: claim?.[0] === 'attributed' && claim[1] ? claim[1] : null,
    };
  });
};

// Bookkeeping on fact edges that clients see through dedicated fields, not `properties`.
const HIDDEN = new Set(['evidence', 'spans', 'articles', 'seen', 'key', 'confidence', 'claims', 'assertion']);

function toPlain(v: unknown): unknown {
  if (v && typeof v === 'object' && 'year' in v && 'month' in v && 'day' in v) return String(v);
  return v;
}

/** A fact row (see factRow in queries.ts); `props` is absent when the query did not read them. */
export function toRelationship(row: Row, direction: DirectionValue): RelationshipModel {
  const properties = row.props
    ? Object.fromEntries(
        Object.entries(row.props as Row)
          .filter(([k]) => !HIDDEN.has(k))
          .map(([k, v]) => [k, toPlain(v)]),
      )
    : {};
  return {
    key: row.key,
    type: row.type,
    direction: direction === 'BOTH' ? (row.outgoing ? 'OUTGOING' : 'INCOMING') : direction,
    otherId: row.otherId,
    properties,
    confidence: typeof row.confidence === 'number' ? row.confidence : null,
    assertion: row.assertion === 'attributed' ? 'ATTRIBUTED' : 'REPORTED',
    evidence: evidenceOf(row.evidence, (row.claims as string[] | null) ?? []),
  };
}

/** A fact edge read without its key, confidence, evidence or properties (as toRelationship leaves them). */
const briefRelationship = (type: string, otherId: string): RelationshipModel => ({
  key: '',
  type,
  direction: 'OUTGOING',
  otherId,
  properties: {},
  confidence: null,
  assertion: 'REPORTED',
  evidence: [],
});

const toEntity = (e: Row): EntityModel => ({
  id: e.id,
  label: e.label as EntityLabel,
  name: e.name,
  aliases: e.aliases ?? [],
  wikidataId: e.wikidataId ?? null,
  geonamesId: e.geonamesId == null ? null : Number(e.geonamesId),
  isoCode: e.isoCode ?? null,
  latitude: e.latitude ?? null,
  longitude: e.longitude ?? null,
  countryCode: e.countryCode ?? null,
  date: e.date ?? null,
  eventType: e.eventType ?? null,
});

const toStatement = (s: Row): StatementModel => ({
  id: s.id,
  aboutIds: s.aboutIds ?? [],
  text: s.text,
  direct: Boolean(s.direct),
  date: s.date ?? null,
  channel: s.channel ?? null,
  speakerId: s.speakerId ?? null,
  evidence: s.evidence ?? [],
});

/** A page for every key, in key order (DataLoader's contract). */
function pagesByKey<T>(ids: readonly string[], rows: Row[], map: (r: Row) => T, offset: number): Page<T>[] {
  const byId = new Map(rows.map((r) => [r.id as string, r]));
  return ids.map((id) => {
    const r = byId.get(id);
    const items = r ? (r.items as Row[]).map(map) : [];
    return { items, totalCount: r ? (r.total ?? offset + items.length) : 0, offset };
  });
}

/** The API's view of the graph: runs the read queries and maps rows to models. */
export class GraphReader {
  constructor(private readonly graph: GraphClient) {}

  async entities(ids: readonly string[]): Promise<(EntityModel | null)[]> {
    const rows = await this.graph.read<Row>(Q.entitiesByIds(ids));
    const byId = new Map(rows.map((r) => [r.e.id, toEntity(r.e)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async sentences(ids: readonly string[]): Promise<(SentenceModel | null)[]> {
    const rows = await this.graph.read<Row>(Q.sentencesByIds(ids));
    const byId = new Map(rows.map((r) => [r.s.id, r.s as SentenceModel]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async articles(ids: readonly string[]): Promise<(ArticleModel | null)[]> {
    const rows = await this.graph.read<Row>(Q.articlesByIds(ids));
    const byId = new Map(rows.map((r) => [r.a.id, r.a as ArticleModel]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async search(query: string, labels: EntityLabel[] | null, limit: number): Promise<SearchHitModel[]> {
    // Without a type filter the top `limit` hits are the answer. With one, widen the window while it
    // came back full yet held too few hits of the types (a surname shared by many organisations).
    const probes = labels ? SEARCH_WINDOWS.map((k) => limit * k).concat(SEARCH_ALL) : [limit];
    let rows: Row[] = [];
    for (const probe of probes) {
      rows = await this.graph.read<Row>(Q.searchEntities(query, labels, limit, probe));
      const windowFull = rows.length > 0 ? rows[0]!.probed === probe : true;
      if (rows.length >= limit || !windowFull) break;
    }
    return rows.map((r) => ({ entity: toEntity(r.e), score: r.score }));
  }

  async entitiesPage(
    label: EntityLabel | null,
    nameContains: string | null,
    page: Q.PageArgs,
  ): Promise<Page<EntityModel>> {
    return this.page(Q.entitiesPage(label, nameContains, page), page, 'e', (r) => toEntity(r.e));
  }

  async eventsPage(filter: Q.EventFilter, page: Q.PageArgs): Promise<Page<EntityModel>> {
    return this.page(Q.eventsPage(filter, page), page, 'e', (r) => toEntity(r.e));
  }

  async articlesPage(page: Q.PageArgs): Promise<Page<ArticleModel>> {
    return this.page(Q.articlesPage(page), page, 'a', (r) => r.a as ArticleModel);
  }

  /**
   * A page query returns its total on every row, and one row with a null item (`key`) when the page
   * is past the end (OPTIONAL CALL): the total never costs a second query.
   */
  private async page<T>(q: CypherQuery, page: Q.PageArgs, key: string, map: (r: Row) => T): Promise<Page<T>> {
    const rows = await this.graph.read<Row>(q);
    const items = rows.filter((r) => r[key] != null).map(map);
    return { items, totalCount: (rows[0]?.total as number | undefined) ?? 0, offset: page.offset };
  }

  /**
   * An entity with a page of its facts, the facts' other ends and optionally their evidence sentences,
   * in one query (null when the entity does not exist).
   */
  async entityWithFacts(
    id: string,
    filter: FactFilter,
    page: Q.PageArgs,
    want: Parameters<typeof Q.entityWithFacts>[3],
  ): Promise<EntityWithFacts | null> {
    const [row] = await this.graph.read<Row>(Q.entityWithFacts(id, filter, page, want));
    if (!row) return null;
    const items = row.items as Row[];
    return {
      entity: toEntity(row.e),
      facts: {
        items: items.map((r) => toRelationship(r, filter.direction)),
        totalCount: row.total ?? page.offset + items.length,
        offset: page.offset,
      },
      others: items.map((r) => toEntity(r.other)),
      sentences: (row.sentences ?? []) as SentenceModel[],
    };
  }

  /**
   * Without `total`, a page's totalCount is only a lower bound (offset + items); without
   * `properties`, the facts' properties are empty: nobody asked for them.
   */
  async relationships(
    ids: readonly string[],
    filter: FactFilter,
    page: Q.PageArgs,
    shown = { total: true, properties: true },
  ) {
    const rows = await this.graph.read<Row>(Q.relationshipsOf(ids, filter, page, shown.total, shown.properties));
    return pagesByKey(ids, rows, (r) => toRelationship(r, filter.direction), page.offset);
  }

  async mentions(ids: readonly string[], page: Q.PageArgs): Promise<Page<MentionModel>[]> {
    const rows = await this.graph.read<Row>(Q.mentionsOf(ids, page));
    return pagesByKey(ids, rows, (r) => r as MentionModel, page.offset);
  }

  async statements(ids: readonly string[], page: Q.PageArgs): Promise<Page<StatementModel>[]> {
    const rows = await this.graph.read<Row>(Q.statementsBy(ids, page));
    return pagesByKey(ids, rows, toStatement, page.offset);
  }

  async articleSentences(ids: readonly string[], page: Q.PageArgs): Promise<Page<SentenceModel>[]> {
    const rows = await this.graph.read<Row>(Q.sentencesOfArticles(ids, page));
    return pagesByKey(ids, rows, (r) => r as SentenceModel, page.offset);
  }

  async articleEntities(
    ids: readonly string[],
    label: EntityLabel | null,
    section: ArticleSectionValue,
    page: Q.PageArgs,
  ): Promise<Page<EntityModel>[]> {
    const rows = await this.graph.read<Row>(Q.entitiesOfArticles(ids, label, section, page));
    return pagesByKey(ids, rows, toEntity, page.offset);
  }

  async shortestPath(fromId: string, toId: string, maxLength: number): Promise<PathModel | null> {
    const [row] = await this.graph.read<Row>(Q.shortestPath(fromId, toId, maxLength));
    if (!row) return null;
    return {
      nodes: (row.nodes as Row[]).map(toEntity),
      steps: (row.steps as Row[]).map((s) => ({
        type: s.type,
        fromId: s.fromId,
        toId: s.toId,
        evidence: evidenceOf(s.evidence),
      })),
    };
  }

  async stats(): Promise<StatsModel> {
    const rows = await this.graph.read<Row>(Q.countsByLabel());
    const n = Object.fromEntries(rows.map((r) => [r.label, r.n])) as Record<string, number>;
    return {
      articles: n.Article ?? 0,
      sentences: n.Sentence ?? 0,
      entities: n.Entity ?? 0,
      people: n.Person ?? 0,
      organizations: n.Organization ?? 0,
      places: n.Place ?? 0,
      events: n.Event ?? 0,
      statements: n.Statement ?? 0,
      comments: n.Comment ?? 0,
    };
  }

  async statementsPage(
    aboutId: string | null,
    speakerId: string | null,
    page: Q.PageArgs,
  ): Promise<Page<StatementModel>> {
    return this.page(Q.statementsPage(aboutId, speakerId, page), page, 's', (r) => toStatement(r.s));
  }

  async placesNear(
    latitude: number,
    longitude: number,
    radiusKm: number,
    limit: number,
  ): Promise<PlaceDistanceModel[]> {
    const rows = await this.graph.read<Row>(Q.placesNear(latitude, longitude, radiusKm * 1000, limit));
    return rows.map((r) => ({ place: toEntity(r.e), distanceKm: Number((r.metres / 1000).toFixed(3)) }));
  }

  /** Null when the center does not exist. */
  async subgraph(
    centerId: string,
    depth: number,
    limit: number,
    want: Q.SubgraphFields = Q.ALL_SUBGRAPH_FIELDS,
  ): Promise<SubgraphModel | null> {
    const [row] = await this.graph.read<Row>(Q.subgraph(centerId, depth, limit, want));
    if (!row) return null;
    const n = row.nodes as { ids: string[]; names: string[]; distances: number[]; labels?: string[]; entities?: Row[] };
    const e = row.edges as { types: string[]; sources: string[]; targets: string[]; extras?: Row[] };
    return {
      nodes: [
        { entity: toEntity(row.center), distance: 0 },
        ...n.ids.map((id, i) => ({
          entity: toEntity(n.entities?.[i] ?? { id, name: n.names[i], label: n.labels?.[i] }),
          distance: n.distances[i]!,
        })),
      ],
      // fields left out of `want` come back empty (key '', no evidence): the caller did not select them
      edges: e.types.map((type, i) => ({
        ...(e.extras
          ? toRelationship({ key: '', ...e.extras[i], type, otherId: e.targets[i] }, 'OUTGOING')
          : briefRelationship(type, e.targets[i]!)),
        sourceId: e.sources[i]!,
      })),
      truncated: Boolean(row.truncated),
    };
  }
}
