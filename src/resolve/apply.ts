/**
 * An article's extraction with its entities replaced by the graph entities they resolve to. Two
 * entities of one article that resolve to one graph entity become one (their mentions joined), and
 * a fact between them (now from an entity to itself) is left out.
 */
import type { Entity, ExtractOutput } from '../extract';
import type { GlobalEntity } from './resolve-across';

export function applyResolution(doc: ExtractOutput, resolved: Map<string, GlobalEntity>): ExtractOutput {
  const idOf = (id: string) => resolved.get(id)?.id ?? id;
  const byId = new Map<string, Entity>();
  for (const e of doc.entities) {
    const g = resolved.get(e.id);
    const id = g?.id ?? e.id;
    const seen = byId.get(id);
    if (seen) {
      seen.mentions = [...seen.mentions, ...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
      continue;
    }
    byId.set(id, g ? { ...e, id, name: g.name, aliases: g.aliases } : { ...e });
  }
  return {
    ...doc,
    entities: [...byId.values()],
    relations: doc.relations
      .map((r) => ({
        ...r,
        source: idOf(r.source),
        target: idOf(r.target),
        ...(r.attributedTo ? { attributedTo: idOf(r.attributedTo) } : {}),
      }))
      .filter((r) => r.source !== r.target),
    statements: doc.statements.map((s) => ({
      ...s,
      speaker: s.speaker ? idOf(s.speaker) : null,
      about: [...new Set(s.about.map(idOf))],
    })),
  };
}
