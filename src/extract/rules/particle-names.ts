/**
 * A person's name may run across lower-case particles ("Joaquin del Olmo", "Maria da Silva", "Rafael
 * van der Vaart") and a quoted nickname ('Roberto "Hands of Stone" Duran'): two person names with
 * nothing else between them are one name, with whatever the tagger made of the nickname.
 */
import type { TypedSpan } from '../tagger/tags';

const PARTICLES = /^(?:\s+(?:al|el|bin|ibn|van|von|de|del|della|dal|di|da|do|dos|das|du|le|la|der|den|ter))+\s+$/;
const NICKNAME = /^\s+["“][^"“”\n]{1,30}["”]\s+$/;

/**
 * Spanish "y" ("and") joins two words of one name ("Gimnasia y Esgrima", a club; "Ortega y Gasset", a
 * surname): English writes no lower-case "y" between two names of its own. The name is an
 * organisation's where either part was read as one, a person's where both were people.
 */
const SPANISH_AND = ' y ';
const joinedType = (a: TypedSpan, b: TypedSpan): TypedSpan['type'] =>
  a.type === 'Person' && b.type === 'Person'
    ? 'Person'
    : a.type === 'Organization' || b.type === 'Organization'
      ? 'Organization'
      : a.type;

/** The spans of a sentence, in order, with each person's name joined across the particles inside it. */
export function joinParticleNames(spans: TypedSpan[], text: string): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && last.type !== 'Misc' && span.type !== 'Misc' && text.slice(last.end, span.start) === SPANISH_AND) {
      out[out.length - 1] = { ...last, end: span.end, type: joinedType(last, span) };
      continue;
    }
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
