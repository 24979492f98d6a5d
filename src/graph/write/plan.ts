/**
 * Turns one extracted article into the Cypher that writes it: a fixed list of
 * batched UNWIND ... MERGE statements, run in one transaction by write-article.ts.
 * Pure: no driver here, so the generated Cypher and parameters are snapshot-tested.
 */
import type { ExtractOutput } from '../../extract';
import { commenterId, commentId, ENTITY_LABELS, FACT_TYPE_PATTERN, isRelationType, sentenceId } from '../../vocabulary';
import { RESOLVED_TYPES } from '../../resolve';
import { cypher, type CypherQuery } from '../cypher';

/**
 * firstSeen/lastSeen come from `seen` ("articleId:date" per supporting article), and `assertion`
 * from `claims` ("sentenceId|reported|" or "sentenceId|attributed|speakerId" per piece of evidence):
 * removing an article's support moves them back exactly. An edge is reported when any evidence
 * reports it.
 */
const RECOMPUTE_DERIVED = `SET r.assertion = CASE WHEN size(coalesce(r.claims, [])) = 0 OR any(c IN r.claims WHERE c CONTAINS '|reported|') THEN 'reported' ELSE 'attributed' END
WITH r, [x IN r.seen | substring(x, size(split(x, ':')[0]) + 1)] AS ds
SET r.firstSeen = CASE WHEN size(ds) = 0 THEN null ELSE date(reduce(m = ds[0], d IN ds | CASE WHEN d < m THEN d ELSE m END)) END,
    r.lastSeen = CASE WHEN size(ds) = 0 THEN null ELSE date(reduce(m = ds[0], d IN ds | CASE WHEN d > m THEN d ELSE m END)) END`;

interface RelRow {
  type: string;
  source: string;
  target: string;
  key: string;
  props: Record<string, string | number | boolean>;
  confidence: number;
  evidence: string[];
  spans: string[];
  claims: string[];
}

/**
 * A place's or an event's name and aliases from the forms its articles give, so they do not depend
 * on which article came first: the name is a name some article gave it, in mixed case before
 * capitals ("Bonn" before a dateline's "BONN"), the longest, then the first in order; every other
 * form is an alias. The entity keeps each distinct form once ("n:<name>", "a:<alias>" in
 * `formKeys`) with the number of articles giving it (`formCounts`), and each article's HAS_ENTITY
 * edge keeps the forms that article gave (`forms`), so removing the article takes exactly its
 * share off. A place named by thousands of articles costs each new one a few forms, not the list
 * of every article before it.
 */
const NAMES_FROM_FORMS = `CALL (e) {
  WITH e WHERE e.formKeys IS NOT NULL
  CALL (e) {
    UNWIND e.formKeys AS kf
    WITH kf ORDER BY kf STARTS WITH 'n:' DESC, substring(kf, 2) = toUpper(substring(kf, 2)), size(kf) DESC, kf
    RETURN collect(substring(kf, 2)) AS forms
  }
  CALL (forms) {
    UNWIND forms AS f
    WITH DISTINCT f WHERE f <> forms[0]
    ORDER BY f
    RETURN collect(f) AS aliases
  }
  SET e.name = coalesce(forms[0], e.name), e.aliases = aliases
}`;

/** Adds one article's forms (`row.forms`) to its entity's form counts (entities resolved across articles keep none). */
const ADD_FORMS = `CALL (e, row) {
  WITH e, row WHERE row.resolved
  SET e.name = row.name, e.aliases = row.aliases, e.formKeys = null, e.formCounts = null
}
CALL (e, row) {
  WITH e, row WHERE NOT row.resolved
  WITH e, row, coalesce(e.formKeys, []) AS had, coalesce(e.formCounts, []) AS counts
  WITH e, row, had + [f IN row.forms WHERE NOT f IN had] AS keys, counts
  SET e.formKeys = keys,
      e.formCounts = [i IN range(0, size(keys) - 1) | coalesce(counts[i], 0) + CASE WHEN keys[i] IN row.forms THEN 1 ELSE 0 END]
}`;

/** Takes the forms an article gave (`gone`, from its HAS_ENTITY edge) off its entity's form counts. */
const REMOVE_FORMS = `CALL (e, gone) {
  WITH e, gone WHERE e.formKeys IS NOT NULL AND gone IS NOT NULL
  WITH e, [i IN range(0, size(e.formKeys) - 1) | e.formCounts[i] - CASE WHEN e.formKeys[i] IN gone THEN 1 ELSE 0 END] AS counts
  WITH e, counts, [i IN range(0, size(counts) - 1) WHERE counts[i] > 0] AS kept
  SET e.formKeys = [i IN kept | e.formKeys[i]], e.formCounts = [i IN kept | counts[i]]
}`;

type ExtractedEntity = ExtractOutput['entities'][number];

/**
 * The entities of an article, one per graph id, each with the forms the article gives it ("n:<name>",
 * "a:<alias>"; other entities than people and organisations count them): an article adds to an
 * entity's form counts once, however many of its entities resolve to it.
 */
function onePerId(entities: ExtractedEntity[]): { entity: ExtractedEntity; forms: string[] }[] {
  const byId = new Map<string, { entity: ExtractedEntity; forms: Set<string> }>();
  for (const e of entities) {
    const row = byId.get(e.id) ?? { entity: e, forms: new Set<string>() };
    row.forms.add(`n:${e.name}`);
    for (const x of e.aliases) row.forms.add(`a:${x}`);
    byId.set(e.id, row);
  }
  return [...byId.values()].map(({ entity, forms }) => ({ entity, forms: [...forms] }));
}

/** Facts whose type is outside the vocabulary or whose ends are unknown are dropped, with a reason. */
export interface Plan {
  articleId: string;
  queries: CypherQuery[];
  dropped: string[];
}

/**
 * What the graph keeps of an article for resolution across articles: its own extraction and text
 * (to write it again when a later article changes what its entities resolve to), and one KEYED edge
 * per name key of each person and organisation, carrying that entity's keys and current graph id.
 */
export interface StoredResolution {
  extraction: string;
  keyed: { key: string; local: string }[];
}

export function planArticle(doc: ExtractOutput, textHash: string, text: string, stored?: StoredResolution): Plan {
  const a = doc.article;
  const articleId = a.id;
  const dropped: string[] = [];
  const sid = (i: number) => sentenceId(articleId, i);
  const known = new Set(doc.entities.map((e) => e.id));
  const q: CypherQuery[] = [];

  q.push(
    cypher(
      `MERGE (a:Article {id: $article.id})
SET a.title = $article.title, a.url = $article.url, a.publisher = $article.publisher,
    a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE date($article.publishedAt) END,
    a.textHash = $article.textHash, a.source = $article.source, a.language = $article.language,
    a.ingestedAt = datetime(),
    a.text = $article.text, a.extraction = $article.extraction`,
      {
        article: {
          id: articleId,
          title: a.title,
          url: a.url,
          publisher: a.publisher,
          publishedAt: a.publishedAt,
          textHash,
          source: doc.source,
          language: a.language,
          text: stored ? text : null,
          extraction: stored?.extraction ?? null,
        },
      },
    ),
  );

  const sentences = doc.sentences.map((s) => ({
    id: sid(s.index),
    index: s.index,
    start: s.start,
    end: s.end,
    section: s.section,
    text: text.slice(s.start, s.end),
  }));
  q.push(
    cypher(
      `MATCH (a:Article {id: $articleId})
UNWIND $sentences AS row
MERGE (s:Sentence {id: row.id})
SET s.articleId = $articleId, s.index = row.index, s.start = row.start, s.end = row.end,
    s.section = row.section, s.text = row.text
MERGE (a)-[:HAS_SENTENCE]->(s)
WITH s, row WHERE row.previous IS NOT NULL
MATCH (p:Sentence {id: row.previous})
MERGE (p)-[:NEXT]->(s)`,
      { articleId, sentences: sentences.map((x, i) => ({ ...x, previous: i > 0 ? sentences[i - 1]!.id : null })) },
    ),
  );
  const entityRows = onePerId(doc.entities.filter((e) => ENTITY_LABELS.includes(e.type))).map(
    ({ entity: e, forms }) => ({
      id: e.id,
      label: e.type,
      name: e.name,
      aliases: e.aliases,
      wikidataId: e.wikidataId ?? null,
      geonamesId: e.geonamesId ?? null,
      isoCode: e.isoCode ?? null,
      latitude: e.latitude ?? null,
      longitude: e.longitude ?? null,
      countryCode: e.countryCode ?? null,
      date: e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date) ? e.date : null,
      eventType: e.eventType ?? null,
      description: e.description ?? null,
      // people and organisations are resolved across articles: name and aliases are the whole entity's
      resolved: stored !== undefined && RESOLVED_TYPES.has(e.type),
      forms,
    }),
  );
  // row.label is one of the four ENTITY_LABELS (filtered above), never user input
  q.push(
    cypher(
      `MATCH (a:Article {id: $articleId})
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.createdAt = datetime()
SET e:$(row.label),
    e.wikidataId = coalesce(row.wikidataId, e.wikidataId),
    e.geonamesId = coalesce(row.geonamesId, e.geonamesId),
    e.isoCode = coalesce(row.isoCode, e.isoCode),
    e.countryCode = coalesce(row.countryCode, e.countryCode),
    e.latitude = coalesce(row.latitude, e.latitude),
    e.longitude = coalesce(row.longitude, e.longitude),
    e.location = CASE WHEN row.latitude IS NULL THEN e.location ELSE point({latitude: row.latitude, longitude: row.longitude}) END,
    e.date = CASE WHEN row.date IS NULL THEN e.date ELSE date(row.date) END,
    e.eventType = coalesce(row.eventType, e.eventType),
    e.description = coalesce(e.description, row.description)
WITH a, e, row
${ADD_FORMS}
${NAMES_FROM_FORMS}
SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' ' + x)
MERGE (a)-[h:HAS_ENTITY]->(e)
SET h.forms = CASE WHEN row.resolved THEN null ELSE row.forms END`,
      { rows: entityRows, articleId },
    ),
  );

  const mentions = doc.entities.flatMap((e) =>
    e.mentions.map((m) => ({ sentenceId: sid(m.sentence), entityId: e.id, start: m.start, end: m.end, text: m.text })),
  );
  q.push(
    cypher(
      `UNWIND $mentions AS row
MATCH (s:Sentence {id: row.sentenceId}), (e:Entity {id: row.entityId})
MERGE (s)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
SET m.text = row.text`,
      { mentions },
    ),
  );

  // one row per edge (type, ends, key): two facts of one article on the same edge add their evidence
  const relRows = new Map<string, RelRow>();
  for (const r of doc.relations) {
    if (!isRelationType(r.type)) {
      dropped.push(`relation type ${r.type} is not in the vocabulary`);
      continue;
    }
    if (!known.has(r.source) || !known.has(r.target) || r.evidence.length === 0) {
      dropped.push(`${r.type} ${r.source} -> ${r.target}: unknown end or no evidence`);
      continue;
    }
    const props = Object.fromEntries(Object.entries(r.properties).filter(([, v]) => v !== null && v !== undefined));
    const key = String(props.title ?? props.role ?? '');
    const row: RelRow = {
      type: r.type,
      source: r.source,
      target: r.target,
      key,
      props,
      confidence: r.confidence,
      evidence: r.evidence.map((e) => sid(e.sentence)),
      spans: r.evidence.map((e) => `${sid(e.sentence)}@${e.start}-${e.end}`),
      // who asserts it, per piece of evidence: one edge can be reported by one article and claimed in another
      claims: r.evidence.map((e) => `${sid(e.sentence)}|${r.assertion ?? 'reported'}|${r.attributedTo ?? ''}`),
    };
    const edge = `${r.type}|${r.source}|${r.target}|${key}`;
    const same = relRows.get(edge);
    if (!same) relRows.set(edge, row);
    else {
      same.props = { ...row.props, ...same.props };
      same.confidence = Math.max(same.confidence, row.confidence);
      same.evidence.push(...row.evidence);
      same.spans.push(...row.spans);
      same.claims.push(...row.claims);
    }
  }
  const rows = [...relRows.values()].map((r) => ({
    ...r,
    evidence: [...new Set(r.evidence)],
    spans: [...new Set(r.spans)],
    claims: [...new Set(r.claims)],
  }));
  // row.type was checked against the relation vocabulary above, never user input
  q.push(
    cypher(
      `UNWIND $rows AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
MERGE (s)-[r:$(row.type) {key: row.key}]->(t)
ON CREATE SET r.evidence = [], r.spans = [], r.articles = [], r.confidence = row.confidence
SET r += row.props,
    r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $prefix] + row.evidence,
    r.spans = [x IN r.spans WHERE NOT x STARTS WITH $prefix] + row.spans,
    r.claims = [x IN coalesce(r.claims, []) WHERE NOT x STARTS WITH $prefix] + row.claims,
    r.articles = [x IN r.articles WHERE x <> $articleId] + $articleId,
    r.confidence = CASE WHEN row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
    r.seen = [x IN coalesce(r.seen, []) WHERE NOT x STARTS WITH $prefix] + CASE WHEN $date IS NULL THEN [] ELSE [$prefix + $date] END
${RECOMPUTE_DERIVED}`,
      { rows, prefix: `${articleId}:`, articleId, date: a.publishedAt },
    ),
  );

  const statements = doc.statements.map((s) => ({
    id: s.id,
    text: s.text,
    direct: s.direct,
    channel: s.channel,
    date: s.date && /^\d{4}-\d{2}-\d{2}$/.test(s.date) ? s.date : null,
    speaker: s.speaker && known.has(s.speaker) ? s.speaker : null,
    about: s.about.filter((x) => known.has(x)),
    sentences: [...new Set(s.evidence.map((e) => sid(e.sentence)))],
  }));
  q.push(
    cypher(
      `UNWIND $statements AS row
MERGE (st:Statement {id: row.id})
SET st.text = row.text, st.direct = row.direct, st.channel = row.channel, st.articleId = $articleId,
    st.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
WITH st, row
CALL (st, row) {
  UNWIND row.sentences AS sentenceId
  MATCH (s:Sentence {id: sentenceId})
  MERGE (st)-[:IN]->(s)
}
CALL (st, row) {
  OPTIONAL MATCH (speaker:Entity {id: row.speaker})
  FOREACH (_ IN CASE WHEN speaker IS NULL THEN [] ELSE [1] END | MERGE (st)-[:SAID_BY]->(speaker))
}
CALL (st, row) {
  UNWIND row.about AS aboutId
  MATCH (e:Entity {id: aboutId})
  MERGE (st)-[:ABOUT]->(e)
}`,
      { statements, articleId },
    ),
  );

  const commentMentions = new Map<number, Set<string>>();
  for (const e of doc.entities)
    for (const m of e.mentions) {
      const s = doc.sentences[m.sentence];
      if (s?.section !== 'comment') continue;
      const c = doc.comments.find((x) => x.start <= s.start && s.end <= x.end);
      if (!c) continue;
      const set = commentMentions.get(c.index) ?? new Set<string>();
      set.add(e.id);
      commentMentions.set(c.index, set);
    }
  const comments = doc.comments.map((c) => ({
    id: commentId(articleId, c.index),
    index: c.index,
    author: c.author,
    commenterId: commenterId(c.author),
    text: text.slice(c.start, c.end),
    mentions: [...(commentMentions.get(c.index) ?? [])],
  }));
  q.push(
    cypher(
      `MATCH (a:Article {id: $articleId})
UNWIND $comments AS row
MERGE (c:Comment {id: row.id})
SET c.index = row.index, c.text = row.text, c.author = row.author, c.articleId = $articleId
MERGE (c)-[:ON]->(a)
MERGE (who:Commenter {id: row.commenterId})
ON CREATE SET who.handle = row.author
MERGE (who)-[:WROTE]->(c)
WITH c, row
CALL (c, row) {
  UNWIND row.mentions AS entityId
  MATCH (e:Entity {id: entityId})
  MERGE (c)-[:MENTIONS]->(e)
}`,
      { comments, articleId },
    ),
  );
  if (stored)
    q.push(
      cypher(
        `MATCH (a:Article {id: $articleId})
UNWIND $keyed AS row
MERGE (k:NameKey {key: row.key})
MERGE (a)-[:KEYED {local: row.local}]->(k)`,
        { articleId, keyed: stored.keyed },
      ),
    );
  return { articleId, queries: q, dropped };
}

/**
 * Removes what one article contributed: its sentences, mentions, statements and
 * comments, its share of the evidence on fact edges (edges left with no article
 * go), and entities no other article mentions. `keepArticle` keeps the node
 * itself (re-ingest of changed text).
 */
export function planRemoval(articleId: string, keepArticle: boolean): CypherQuery[] {
  const p = { articleId, prefix: `${articleId}:` };
  return [
    cypher(
      `MATCH (a:Article {id: $articleId})-[:HAS_ENTITY]->(e:Entity)-[r:${FACT_TYPE_PATTERN}]-(:Entity)
WHERE $articleId IN r.articles
WITH DISTINCT r
SET r.articles = [x IN r.articles WHERE x <> $articleId],
    r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $prefix],
    r.spans = [x IN r.spans WHERE NOT x STARTS WITH $prefix],
    r.claims = [x IN coalesce(r.claims, []) WHERE NOT x STARTS WITH $prefix],
    r.seen = [x IN coalesce(r.seen, []) WHERE NOT x STARTS WITH $prefix]
${RECOMPUTE_DERIVED}
WITH r WHERE size(r.articles) = 0
DELETE r`,
      p,
    ),
    cypher(
      `MATCH (a:Article {id: $articleId})-[:HAS_SENTENCE]->(s:Sentence)
OPTIONAL MATCH (st:Statement)-[:IN]->(s)
DETACH DELETE st
WITH DISTINCT s
DETACH DELETE s`,
      p,
    ),
    cypher(
      `MATCH (c:Comment)-[:ON]->(:Article {id: $articleId})
OPTIONAL MATCH (who:Commenter)-[:WROTE]->(c)
DETACH DELETE c
WITH DISTINCT who WHERE who IS NOT NULL AND NOT (who)-[:WROTE]->()
DELETE who`,
      p,
    ),
    cypher(
      `MATCH (a:Article {id: $articleId})-[h:HAS_ENTITY]->(e:Entity)
WITH e, h.forms AS gone, h
DELETE h
WITH e, gone
${REMOVE_FORMS}
${NAMES_FROM_FORMS}
SET e.aliasText = reduce(s = '', x IN e.aliases | s + ' ' + x)
WITH e WHERE NOT ()-[:HAS_ENTITY]->(e)
DETACH DELETE e`,
      p,
    ),
    cypher(
      `MATCH (:Article {id: $articleId})-[k:KEYED]->(n:NameKey)
DELETE k
WITH DISTINCT n WHERE NOT ()-[:KEYED]->(n)
DELETE n`,
      p,
    ),
    ...(keepArticle ? [] : [cypher('MATCH (a:Article {id: $articleId}) DETACH DELETE a', p)]),
  ];
}
