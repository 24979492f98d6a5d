/**
 * Scores entity resolution across articles against a hand-made gold of real-world entities written
 * in more than one form (test/fixtures/resolution-gold.json): the articles are extracted, resolved
 * together as ingestion resolves them (a pure function of the set of articles, src/resolve), and
 * every gold mention is looked up among the resolved entities' mentions.
 */
import fs from 'node:fs';
import { extract, type ExtractOutput } from '../../src/extract';
import type { ConllDocument } from '../../src/extract/tagger/conll';
import { applyResolution, localsOf, resolveAcross } from '../../src/resolve';

export interface GoldEntity {
  name: string;
  type: 'Person' | 'Organization';
  /** the surface forms that name it */
  forms: string[];
  /** the documents (indices into the corpus) where those forms name it */
  docs: number[];
}

export interface EntityScore {
  name: string;
  /** gold mentions: the gold-annotated spans of its forms in its documents */
  mentions: number;
  /** of them, found as a mention of a resolved entity of the same type */
  found: number;
  /** the graph entities its found mentions landed on */
  nodes: string[];
  /** other gold entities that landed on one of the same nodes, and other annotated names ("...") on them */
  mergedWith: string[];
}

export interface ResolutionScore {
  articles: number;
  entities: EntityScore[];
  /** entities on exactly one node */
  whole: number;
  /** pairs of gold entities sharing a node, and other annotated names on a gold entity's nodes */
  falseMerges: number;
  /** found / gold mentions, over all entities */
  mentionRecall: number;
}

export const readGold = (file: string): GoldEntity[] =>
  (JSON.parse(fs.readFileSync(file, 'utf8')) as { entities: GoldEntity[] }).entities;

/** Extracts and resolves `docs` together, then scores `gold` on the result. */
export function scoreResolution(docs: ConllDocument[], gold: GoldEntity[]): ResolutionScore {
  const outputs: ExtractOutput[] = docs.map((d, i) => extract({ source: `conll-train-${i}.txt`, text: d.text }));
  const articles = outputs.map((o, i) => ({ articleId: String(i), date: null, locals: localsOf(o) }));
  const resolution = resolveAcross(articles);
  const resolved = outputs.map((o, i) => applyResolution(o, resolution.get(String(i)) ?? new Map()));

  const nodesOf = new Map<string, Set<string>>();
  const scores = gold.map((g): EntityScore => {
    let mentions = 0;
    let found = 0;
    const nodes = new Set<string>();
    for (const k of g.docs) {
      const doc = docs[k];
      if (!doc) continue;
      for (const span of doc.gold) {
        if (span.type !== g.type || !g.forms.includes(doc.text.slice(span.start, span.end))) continue;
        mentions++;
        const hit = resolved[k]!.entities.find(
          (e) => e.type === g.type && e.mentions.some((m) => m.start < span.end && span.start < m.end),
        );
        if (!hit) continue;
        found++;
        nodes.add(hit.id);
      }
    }
    nodesOf.set(g.name, nodes);
    // another name of the gold annotation on one of its nodes, in its documents: a false merge
    const others = new Set<string>();
    for (const k of g.docs)
      for (const e of resolved[k]?.entities ?? [])
        if (nodes.has(e.id))
          for (const span of docs[k]!.gold) {
            const text = docs[k]!.text.slice(span.start, span.end);
            if (
              span.type === g.type &&
              !g.forms.includes(text) &&
              e.mentions.some((m) => m.start < span.end && span.start < m.end)
            )
              others.add(`"${text}"`);
          }
    return { name: g.name, mentions, found, nodes: [...nodes].sort(), mergedWith: [...others].sort() };
  });
  let falseMerges = scores.reduce((n, s) => n + s.mergedWith.length, 0);
  for (let i = 0; i < scores.length; i++)
    for (let j = i + 1; j < scores.length; j++) {
      const a = scores[i]!;
      const b = scores[j]!;
      if (!a.nodes.some((n) => nodesOf.get(b.name)!.has(n))) continue;
      a.mergedWith.push(b.name);
      b.mergedWith.push(a.name);
      falseMerges++;
    }
  const total = scores.reduce((n, s) => n + s.mentions, 0);
  return {
    articles: docs.length,
    entities: scores,
    whole: scores.filter((s) => s.nodes.length === 1).length,
    falseMerges,
    mentionRecall: total ? scores.reduce((n, s) => n + s.found, 0) / total : 0,
  };
}

/** The score as a Markdown table, one row per gold entity. */
export function resolutionTable(s: ResolutionScore): string {
  const rows = s.entities.map(
    (e) =>
      `| ${e.name} | ${e.nodes.length} | ${e.found}/${e.mentions} | ${e.mergedWith.join(', ') || '-'} | ${e.nodes.join(' ')} |`,
  );
  return [
    `${s.articles} articles, ${s.entities.length} gold entities: ${s.whole} whole (one node), ${s.falseMerges} false merges, mention recall ${s.mentionRecall.toFixed(3)}`,
    '',
    '| entity | nodes | mentions found | merged with | node ids |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
