import DataLoader from 'dataloader';
import {
  type GraphClient,
  type AssertionValue,
  type DirectionValue,
  type FactFilter,
  type ArticleSectionValue,
  type EntityLabel,
  type Page,
  type PageArgs,
  type SentenceModel,
  GraphReader,
} from '../graph';
import { pageArgs } from './pagination';

/**
 * A loader keyed by (id, arguments): keys that share arguments go to the graph
 * in one query, so a nested list costs one query per level, not one per parent.
 */
function pagedLoader<A, T>(fetch: (ids: readonly string[], args: A) => Promise<Page<T>[]>) {
  return new DataLoader<{ id: string; args: A }, Page<T>, string>(
    async (keys) => {
      const groups = new Map<string, { args: A; ids: string[] }>();
      for (const k of keys) {
        const sig = JSON.stringify(k.args);
        const g = groups.get(sig) ?? { args: k.args, ids: [] };
        g.ids.push(k.id);
        groups.set(sig, g);
      }
      const results = new Map<string, Page<T>>();
      await Promise.all(
        [...groups.entries()].map(async ([sig, g]) => {
          const pages = await fetch(g.ids, g.args);
          g.ids.forEach((id, i) => results.set(`${id}|${sig}`, pages[i]!));
        }),
      );
      return keys.map((k) => results.get(`${k.id}|${JSON.stringify(k.args)}`)!);
    },
    { cacheKeyFn: (k) => `${k.id}|${JSON.stringify(k.args)}` },
  );
}

export interface RelationshipsFieldArgs {
  types?: string[] | null;
  direction?: DirectionValue | null;
  assertion?: AssertionValue | null;
  first?: number | null;
  after?: string | null;
}

/** What a relationships field shows beyond the facts themselves (see lookahead.ts). */
export interface FactsShown {
  /** totalCount or pageInfo */
  total: boolean;
  /** the facts' type-specific properties */
  properties: boolean;
  /** the other ends are shown by id, name and type only */
  briefOthers: boolean;
}
export const SHOWS_ALL: FactsShown = { total: true, properties: true, briefOthers: false };

/**
 * The relationships loader's key for a field's arguments (validates `first`/`after`). What the
 * field shows is part of the key: a page read without a count or without properties is another
 * key, so it never answers a field that shows them.
 */
export const relationshipsKey = (
  id: string,
  { types, direction, assertion, first, after }: RelationshipsFieldArgs,
  shown: FactsShown = SHOWS_ALL,
) => ({
  id,
  args: {
    types: types?.length ? types : null,
    direction: direction ?? 'BOTH',
    assertion: assertion ?? null,
    page: pageArgs(first, after),
    total: shown.total,
    properties: shown.properties,
    briefOthers: shown.briefOthers,
  },
});

/** Per-request DataLoaders: one Cypher per level of a nested query, not one per parent. */
export function createLoaders(graph: GraphClient) {
  const reader = new GraphReader(graph);
  return {
    reader,
    entity: new DataLoader((ids: readonly string[]) => reader.entities(ids)),
    sentence: new DataLoader((ids: readonly string[]) => reader.sentences(ids)),
    /**
     * Sentences a look-ahead already read, answered without a promise: an entity page's evidence is
     * dozens of sentence fields, and a value resolves in place where a promise costs the executor a
     * round of microtasks each.
     */
    sentencesRead: new Map<string, SentenceModel>(),
    article: new DataLoader((ids: readonly string[]) => reader.articles(ids)),
    relationships: pagedLoader((ids, a: FactFilter & { page: PageArgs } & FactsShown) =>
      reader.relationships(ids, a, a.page, a),
    ),
    mentions: pagedLoader((ids, a: { page: PageArgs }) => reader.mentions(ids, a.page)),
    statements: pagedLoader((ids, a: { page: PageArgs }) => reader.statements(ids, a.page)),
    articleSentences: pagedLoader((ids, a: { page: PageArgs }) => reader.articleSentences(ids, a.page)),
    articleEntities: pagedLoader(
      (ids, a: { label: EntityLabel | null; section: ArticleSectionValue; page: PageArgs }) =>
        reader.articleEntities(ids, a.label, a.section, a.page),
    ),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
