/**
 * A person's name may run across lower-case particles ("Joaquin del Olmo", "Maria da Silva", "Rafael
 * van der Vaart") and a quoted nickname ('Roberto "Hands of Stone" Duran'): two person names with
 * nothing else between them are one name, with whatever the tagger made of the nickname.
 */
import type { TypedSpan } from '../tagger/tags';

const PARTICLES = /^(?:\s+(?:al|el|bin|ibn|van|von|de|del|della|dal|di|da|do|dos|das|du|le|la|der|den|ter))+\s+$/;
const NICKNAME = /^\s+["“][^"“”\n]{1,30}["”]\s+$/;

/** The spans of a sentence, in order, with each person's name joined across the particles inside it. */
export function joinParticleNames(spans: TypedSpan[], text: string): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const span of spans) {
    if (span.type === 'Person') {
      // the person name before this one, past at most one span inside a nickname's quotes
      const k = [out.length - 1, out.length - 2].find((i) => {
        const prev = out[i];
        if (prev?.type !== 'Person') return false;
        const between = text.slice(prev.end, span.start);
        return i === out.length - 1 ? PARTICLES.test(between) || NICKNAME.test(between) : NICKNAME.test(between);
      });
      if (k !== undefined) {
        out.splice(k, out.length - k, { ...out[k]!, end: span.end });
        continue;
      }
    }
    out.push(span);
  }
  return out;
}
