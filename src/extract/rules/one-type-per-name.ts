/**
 * One name, one type per article ("one sense per discourse", Gale et al. 1992; for names,
 * Krishnan & Manning 2006): where the tagger gives the same name different types in one article,
 * the minority's mentions take the type most of its mentions got ("Assad" a person 14 times and a
 * place twice is a person). A tie changes nothing. A dateline's place keeps its type: its
 * position says what it is.
 */
import type { Mention } from '../types';
import { DATELINE_RULE } from './dateline';
import { retyped } from './retyped';

const NAMED = new Set(['Person', 'Organization', 'Place']);

export function oneTypePerName(mentions: Mention[]): Mention[] {
  const counts = new Map<string, Map<string, number>>();
  const votes = (m: Mention) => NAMED.has(m.type) && m.rule !== DATELINE_RULE;
  for (const m of mentions)
    if (votes(m)) {
      const byType = counts.get(m.text) ?? new Map<string, number>();
      byType.set(m.type, (byType.get(m.type) ?? 0) + 1);
      counts.set(m.text, byType);
    }
  const majority = new Map<string, string>();
  for (const [text, byType] of counts) {
    if (byType.size < 2) continue;
    const ranked = [...byType].sort((a, b) => b[1] - a[1]);
    if (ranked[0]![1] > ranked[1]![1]) majority.set(text, ranked[0]![0]);
  }
  if (!majority.size) return mentions;
  return mentions.map((m) => {
    const type = votes(m) ? majority.get(m.text) : undefined;
    if (!type || type === m.type) return m;
    return retyped(m, type as Mention['type'], 'majority');
  });
}
