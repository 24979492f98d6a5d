/**
 * "Trump orders ByteDance to divest TikTok", "Trump ordered China's ByteDance": a person who orders,
 * urges, sues, accuses, sanctions or visits an organisation or a place acts on it from outside, and
 * one who was poisoned, arrested or jailed was acted on ("Hong Kong police arrest Jimmy Lai"); a
 * critic or opponent of a place or organisation ("Lai, 71, an outspoken critic of Beijing") stands
 * outside it too. The words say the person neither works for the one nor lives in the other. And an
 * organisation a place fought or went to war with ("Israel, which has fought several wars with
 * Hezbollah") is not based there.
 */
import type { PairCandidate } from '../relation-classifier/candidates';

const ACTING_ON =
  /^(?:order|orders|ordered|urge|urges|urged|sue|sues|sued|accuse|accuses|accused|criticise|criticises|criticised|criticize|criticizes|criticized|sanction|sanctions|sanctioned|ban|bans|banned|threaten|threatens|threatened|pressure|pressures|pressured|warn|warns|warned|fine|fines|fined|visit|visits|visited|attack|attacks|attacked|blame|blames|blamed|condemn|condemns|condemned|poisoned|arrest|arrests|arrested|detain|detains|detained|jail|jails|jailed|charged|sentenced|critic|critics|opponent|opponents|foe|foes)$/i;

const FOUGHT = /^(?:fought|fight|fights|fighting|war|wars|battled|invaded|attacked|bombed|shelled)$/i;

export function actingOn(type: string, c: PairCandidate): boolean {
  const between = c.tokens.slice(c.a.to, c.b.from);
  if (type === 'BASED_IN') return between.some((t) => FOUGHT.test(t.text));
  if (type !== 'WORKS_FOR' && type !== 'LIVES_IN') return false;
  if (c.a.type !== 'Person' && c.b.type !== 'Person') return false;
  return between.some((t) => ACTING_ON.test(t.text));
}
