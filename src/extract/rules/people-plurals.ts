/**
 * "East Germans poured through the Berlin Wall", "Berliners danced": a people named in the plural is
 * CoNLL's MISC, like its adjective, not the place. The tagger, meeting the place's name inside the
 * word, now and then reads a place. A name that ends in a plural of a people adjective ("Germans",
 * "Israelis") or of a place's name ("Berliners", "Londoners", "New Yorkers") is that people, unless
 * the gazetteer knows the whole name as a place ("the Philippines", "the Netherlands").
 */
import { demonym, placeAnyCase } from '../lexicon/gazetteer';
import type { TypedSpan } from '../tagger/tags';

function namesAPeople(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  if (!/^\p{Lu}\p{Ll}+s$/u.test(last) || placeAnyCase(name)) return false;
  if (demonym(last.slice(0, -1))) return true;
  const home = /^(.+?)(?:ers|ites)$/u.exec(last)?.[1];
  return (
    home !== undefined && (placeAnyCase([...words.slice(0, -1), home].join(' ')) ?? placeAnyCase(home)) !== undefined
  );
}

export function peoplePlurals(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  return spans.map((span) =>
    span.type === 'Place' && namesAPeople(text.slice(span.start, span.end)) ? { ...span, type: 'Misc' } : span,
  );
}
