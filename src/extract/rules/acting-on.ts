/**
 * "Trump orders ByteDance to divest TikTok", "Trump ordered China's ByteDance": a person who orders,
 * urges, sues, accuses, sanctions or visits an organisation or a place acts on it from outside, and
 * one who was poisoned, arrested or jailed was acted on; the verb says the person neither works for
 * the one nor lives in the other.
 */
import type { PairCandidate } from '../relation-classifier/candidates';

const ACTING_ON =
  /^(?:order|orders|ordered|urge|urges|urged|sue|sues|sued|accuse|accuses|accused|criticise|criticises|criticised|criticize|criticizes|criticized|sanction|sanctions|sanctioned|ban|bans|banned|threaten|threatens|threatened|pressure|pressures|pressured|warn|warns|warned|fine|fines|fined|visit|visits|visited|attack|attacks|attacked|blame|blames|blamed|condemn|condemns|condemned|poisoned|arrested|detained|jailed|charged|sentenced)$/i;

export function actingOn(type: string, c: PairCandidate): boolean {
  if (type !== 'WORKS_FOR' && type !== 'LIVES_IN') return false;
  if (c.a.type !== 'Person') return false;
  return c.tokens.slice(c.a.to, c.b.from).some((t) => ACTING_ON.test(t.text));
}
