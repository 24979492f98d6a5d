/**
 * A person's name may run across a lower-case particle ("Joaquin del Olmo", "Maria da Silva",
 * "Rafael van der Vaart"): two person names with nothing but particles between them are one name.
 */
import type { TypedSpan } from '../tagger/tags';

const PARTICLES = /^(?:\s+(?:al|el|bin|ibn|van|von|de|del|della|dal|di|da|do|dos|das|du|le|la|der|den|ter))+\s+$/;

/** The spans of a sentence, in order, with each person's name joined across the particles inside it. */
export function joinParticleNames(spans: TypedSpan[], text: string): TypedSpan[] {
  const out: TypedSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev?.type === 'Person' && span.type === 'Person' && PARTICLES.test(text.slice(prev.end, span.start)))
      out[out.length - 1] = { ...prev, end: span.end };
    else out.push(span);
  }
  return out;
}
