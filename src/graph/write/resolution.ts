/**
 * Resolution across articles inside a write transaction. The graph keeps each article's people and
 * organisations as KEYED edges to their name keys; an article's "component" is every entity of other
 * articles that shares a key with it, followed key by key. Resolving the component again (a pure
 * function of its articles, src/resolve) tells which earlier articles now resolve differently; those
 * are written again from their stored extraction in the same transaction, so merges and splits land
 * whole or not at all.
 */
import type { ExtractOutput } from '../../extract';
import {
  applyResolution,
  keysOf,
  linkedKeys,
  localsOf,
  nameKeys,
  resolvable,
  resolveAcross,
  type ArticleLocals,
  type GlobalEntity,
  type Local,
  type Override,
  type Resolution,
} from '../../resolve';
import { cypher, type CypherQuery } from '../cypher';
import { planArticle, planRemoval, type Plan, type StoredResolution } from './plan';

export type Run = (q: CypherQuery) => Promise<Record<string, unknown>[]>;

/** A local as kept on its KEYED edges: its keys and the graph entity it resolved to. */
interface KeptLocal extends Local {
  global: string;
}

/** How many rounds of key following, and how many entities, one component may take. */
const MAX_ROUNDS = 4;
const MAX_LOCALS = 20_000;

export const componentQuery = (keys: string[], exclude: string): CypherQuery =>
  cypher(
    `UNWIND $keys AS key
MATCH (:NameKey {key: key})<-[k:KEYED]-(a:Article)
WHERE a.id <> $exclude
RETURN DISTINCT a.id AS id, toString(a.publishedAt) AS date, k.local AS local`,
    { keys, exclude },
  );

export const storedArticleQuery = (id: string): CypherQuery =>
  cypher(
    'MATCH (a:Article {id: $id}) RETURN a.extraction AS extraction, a.text AS text, a.textHash AS hash, a.source AS source',
    { id },
  );

/**
 * Write-locks the name keys (creating those not yet there) before their articles are read, so two
 * transactions that resolve the same names run one after the other and both see the other's work.
 */
export const lockKeysQuery = (keys: string[], create = true): CypherQuery =>
  cypher(
    `UNWIND $keys AS key
${create ? 'MERGE' : 'MATCH'} (k:NameKey {key: key})
SET k._lock = true
REMOVE k._lock`,
    { keys },
  );

export const keyedLocalsQuery = (id: string): CypherQuery =>
  cypher('MATCH (:Article {id: $id})-[k:KEYED]->(:NameKey) RETURN DISTINCT k.local AS local', { id });

/** Every entity of a resolution gets its whole name and aliases (an entity no article changed included). */
export const namesQuery = (resolution: Resolution): CypherQuery => {
  const rows = new Map<string, GlobalEntity>();
  for (const locals of resolution.values()) for (const g of locals.values()) rows.set(g.id, g);
  return cypher(
    `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.name = row.name, e.aliases = row.aliases, e.aliasText = reduce(s = '', x IN row.aliases | s + ' ' + x)`,
    { rows: [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : 1)) },
  );
};

/** The operators' corrections in force (merges and splits not undone), oldest first. */
export const overridesQuery = (): CypherQuery =>
  cypher(`MATCH (l:ResolutionLog) WHERE l.undoneAt IS NULL
RETURN l.id AS id, l.kind AS kind, l.from AS from, l.into AS into, l.alias AS alias ORDER BY l.at, l.id`);

export const overridesIn = async (run: Run): Promise<Override[]> =>
  (await run(overridesQuery())).map((r) => r as unknown as Override);

/** The entities of other articles linked to the `seed` keys (and operators' merges), as articles. */
async function componentOf(
  run: Run,
  seed: string[],
  exclude: string,
  overrides: Override[],
  /** keys the caller has locked already */
  locked: ReadonlySet<string> = new Set(),
): Promise<ArticleLocals[]> {
  const articles = new Map<string, ArticleLocals & { byId: Map<string, Local> }>();
  const asked = new Set<string>();
  const links = linkedKeys(overrides);
  const withLinks = (keys: Iterable<string>) => {
    const out = new Set(keys);
    for (const k of out) for (const l of links.get(k) ?? []) out.add(l);
    return out;
  };
  let next = withLinks(seed);
  let count = 0;
  for (let round = 0; round < MAX_ROUNDS && next.size > 0 && count < MAX_LOCALS; round++) {
    for (const k of next) asked.add(k);
    const keys = [...next].sort();
    const toLock = keys.filter((k) => !locked.has(k));
    // sent together: the transaction takes the locks before it reads
    const [, rows] = await Promise.all([
      toLock.length ? run(lockKeysQuery(toLock, false)) : null,
      run(componentQuery(keys, exclude)),
    ]);
    next = new Set();
    for (const row of rows) {
      const local = JSON.parse(row.local as string) as KeptLocal;
      const id = row.id as string;
      let a = articles.get(id);
      if (!a) {
        a = { articleId: id, date: (row.date as string | null) ?? null, locals: [], byId: new Map() };
        articles.set(id, a);
      }
      if (a.byId.has(local.localId)) continue;
      a.byId.set(local.localId, local);
      a.locals.push(local);
      count++;
      for (const k of keysOf(local)) if (!asked.has(k)) next.add(k);
    }
    next = new Set([...withLinks(next)].filter((k) => !asked.has(k)));
  }
  return [...articles.values()].map(({ articleId, date, locals: ls }) => ({ articleId, date, locals: ls }));
}

/** The article's resolution as it will be kept: its extraction, and its keys with their entities. */
function storedFor(doc: ExtractOutput, locals: Local[], resolved: Map<string, { id: string }>): StoredResolution {
  // the source path is the Article's own property; the extraction is kept without it
  const { diagnostics: _diagnostics, source: _source, ...kept } = doc;
  const keyed = locals.filter(resolvable).flatMap((l) => {
    const local = JSON.stringify({ ...l, global: resolved.get(l.localId)?.id ?? l.localId });
    return keysOf(l).map((key) => ({ key, local }));
  });
  return { extraction: JSON.stringify(kept), keyed };
}

/** The plan of one article as resolved: its entities replaced by the graph's. */
export function planResolved(
  doc: ExtractOutput,
  hash: string,
  text: string,
  resolution: Resolution,
  locals: Local[] = localsOf(doc),
): Plan {
  const resolved = resolution.get(doc.article.id) ?? new Map();
  return planArticle(applyResolution(doc, resolved), hash, text, storedFor(doc, locals, resolved));
}

/** Articles of the component whose entities now resolve to other graph entities. */
function changed(component: ArticleLocals[], resolution: Resolution): string[] {
  return component
    .filter((a) => a.locals.some((l) => resolution.get(a.articleId)?.get(l.localId)?.id !== (l as KeptLocal).global))
    .map((a) => a.articleId);
}

/** Writes again the articles of the component whose entities now resolve differently; returns their ids. */
async function rewriteChanged(run: Run, component: ArticleLocals[], resolution: Resolution): Promise<string[]> {
  const rewritten: string[] = [];
  for (const id of changed(component, resolution)) if (await rewrite(run, id, resolution)) rewritten.push(id);
  return rewritten;
}

/** The graph entities (id, name, aliases) of `ids`. */
export const entityNamesQuery = (ids: string[]): CypherQuery =>
  cypher(
    'UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases',
    { ids },
  );

/**
 * An article's resolution when it is written again: the component's answer for its locals there,
 * and for the others the entities they resolved to before. The component holds only the locals
 * whose keys it followed; one outside it shares no key with what changed ("Cork" in a story the new
 * "Alec Stewart" reaches through its "Stewart"), so its entity is as it was, and must not fall back
 * to its own name's.
 */
async function articleResolution(run: Run, articleId: string, resolution: Resolution): Promise<Resolution> {
  const resolved = new Map(resolution.get(articleId) ?? []);
  const outside = ((await keptLocals(run, articleId)) as KeptLocal[]).filter((l) => !resolved.has(l.localId));
  if (outside.length) {
    const rows = await run(entityNamesQuery([...new Set(outside.map((l) => l.global))].sort()));
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    for (const l of outside) {
      const e = byId.get(l.global);
      if (e) resolved.set(l.localId, { id: l.global, name: e.name as string, aliases: e.aliases as string[] });
    }
  }
  return new Map([[articleId, resolved]]);
}

/** Writes one stored article again under the new resolution (its old contribution removed first). */
async function rewrite(run: Run, articleId: string, resolution: Resolution): Promise<boolean> {
  const [row] = await run(storedArticleQuery(articleId));
  if (!row?.extraction || typeof row.text !== 'string') return false; // written before resolution was kept
  const doc = JSON.parse(row.extraction as string) as ExtractOutput;
  const source = (row.source as string | null) ?? '';
  const own = await articleResolution(run, articleId, resolution);
  const plan = planResolved({ ...doc, source, diagnostics: [] }, row.hash as string, row.text, own);
  await Promise.all([...planRemoval(articleId, true), ...plan.queries].map(run));
  return true;
}

/**
 * Resolves a new article against the graph and writes the articles it changes; returns the new
 * article's plan (to run after) and the ids of the articles written again.
 */
export async function resolveArticle(
  run: Run,
  doc: ExtractOutput,
  locals: Local[],
  hash: string,
  text: string,
  /** the operators' corrections in force (overridesIn), read by the caller with its first statements */
  overrides: Override[],
): Promise<{ plan: Plan; rewritten: string[] }> {
  const keys = nameKeys(locals);
  // writeArticle locked the article's own keys before anything else
  const component = await componentOf(run, keys, doc.article.id, overrides, new Set(keys));
  const resolution = resolveAcross(
    [...component, { articleId: doc.article.id, date: doc.article.publishedAt, locals }],
    overrides,
  );
  const rewritten = await rewriteChanged(run, component, resolution);
  return { plan: planResolved(doc, hash, text, resolution, locals), rewritten };
}

/** After an article is removed: the articles that shared its names resolve again without it. */
export const resolveAfterRemoval = (run: Run, removedLocals: Local[], removedId: string): Promise<string[]> =>
  reconcile(run, nameKeys(removedLocals), removedId);

/**
 * Resolves again every article linked to `keys` (an article removed, an operator's merge or split)
 * and writes those whose entities change; returns their ids.
 */
export async function reconcile(run: Run, keys: string[], exclude = ''): Promise<string[]> {
  const overrides = await overridesIn(run);
  const component = await componentOf(run, keys, exclude, overrides);
  const resolution = resolveAcross(component, overrides);
  const rewritten = await rewriteChanged(run, component, resolution);
  await run(namesQuery(resolution));
  return rewritten;
}

export const keptLocals = async (run: Run, articleId: string): Promise<Local[]> =>
  (await run(keyedLocalsQuery(articleId))).map((r) => JSON.parse(r.local as string) as Local);
