/**
 * The name keys of an article's entities, for resolution across articles. Each entity of one
 * article (a "local") has one primary key, the normalised form of its name that decides its
 * identity, and the keys it answers to: the short forms another article may use alone (a
 * surname, an acronym, the name without its country or corporate suffix).
 */
import { isAcronym, orgInitials, parseOrgName, withoutInitials, type Entity, type ExtractOutput } from '../extract';
import { slug } from '../vocabulary';

export type ResolvableType = 'Person' | 'Organization';

export interface Local {
  /** the entity's id in its article's extraction output */
  localId: string;
  type: Entity['type'];
  /** the normalised name that decides identity; places and events keep their own id */
  primary: string;
  /** short forms this entity answers to in other articles */
  answers: string[];
  /** every surface form: the name first, then the aliases */
  names: string[];
  /** the keys (`Type|primary`) of the other people and organisations its article names */
  context?: string[];
  /** a person's roles in its article: the head words of the titles it holds ("minister", "governor") */
  roles?: string[];
}

/** The entity types resolved across articles: places keep their gazetteer ids, events theirs. */
export const RESOLVED_TYPES: ReadonlySet<string> = new Set(['Person', 'Organization']);

/** Every word of a person's name but middle initials, folded: "Ronald W. Reagan" -> "ronald-reagan". */
const personPrimary = (name: string) => slug(withoutInitials(name));

/** An organisation's name without "the" and its corporate suffix: "Exxon Corp" -> "exxon", "U.S." as "US". */
const orgPrimary = (written: string) => {
  const name = written.replace(/\b(\p{Lu})\.(?=\p{Lu}\.|\s|$)/gu, '$1');
  const p = parseOrgName(name);
  // parse() drops the owner only from names of three words or more; the primary keeps it
  const suffixless = p.owner ? name.replace(/^the\s+/i, '').split(/\s+/)[0] + ' ' + p.canonical : p.canonical;
  return slug(suffixless);
};

function personAnswers(e: Entity): string[] {
  const name = withoutInitials(e.name);
  const words = name.split(/\s+/);
  // a surname: the last word of a name of two words or more
  if (words.length < 2) return [];
  const out = [slug(words[words.length - 1]!)];
  // and its first initial with the rest ("Alec Stewart" answers to "A. Stewart", the form of
  // scorecards and results tables), where the given name is a word and not an initial already
  const given = words[0]!;
  if (/^\p{Lu}\p{Ll}+$/u.test(given)) out.push(slug(`${given[0]} ${words.slice(1).join(' ')}`));
  // and a surname of several words where the article itself names the person so ("Arantxa Sanchez
  // Vicario ... Sanchez Vicario"): an alias that ends the name. Only the article's word for it:
  // "John Paul Jones" answers to no "Paul Jones" it never used.
  for (const a of e.aliases) {
    const alias = withoutInitials(a);
    if (alias.includes(' ') && alias !== name && name.endsWith(` ${alias}`)) out.push(slug(alias));
  }
  return [...new Set(out)];
}

function orgAnswers(e: Entity, primary: string): string[] {
  const out = new Set<string>();
  for (const n of [e.name, ...e.aliases]) {
    const p = parseOrgName(n);
    out.add(orgPrimary(n));
    if (p.owner) out.add(slug(p.canonical)); // "U.S. Agriculture Department" answers to "Agriculture Department"
    if (!isAcronym(n)) for (const a of orgInitials(p.bare, p.owner, n)) out.add(slug(a));
  }
  out.delete(primary);
  out.delete('');
  return [...out].sort();
}

/**
 * A title's role: its head word, the last one ("Defense Secretary" -> "secretary", "Prime Minister"
 * -> "minister"), so "Foreign Minister" and "Prime Minister" are one role and a governor another;
 * English puts "general" after its head ("Secretary General", "Attorney General").
 */
export function roleOf(title: string): string {
  const words = title
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length > 1 && words[words.length - 1] === 'general') words.pop();
  return words.pop() ?? '';
}

/** Each person's roles in an article: the heads of the titles its HOLDS_POSITION facts carry. */
function rolesIn(relations: ExtractOutput['relations']): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const r of relations) {
    const title = r.type === 'HOLDS_POSITION' ? r.properties.title : undefined;
    const role = typeof title === 'string' ? roleOf(title) : '';
    if (role) out.set(r.source, (out.get(r.source) ?? new Set<string>()).add(role));
  }
  return new Map([...out].map(([k, v]) => [k, [...v].sort()]));
}

/** The locals of one extracted article, in its entities' order. */
export function localsOf(doc: Pick<ExtractOutput, 'entities'> & Partial<Pick<ExtractOutput, 'relations'>>): Local[] {
  const roles = rolesIn(doc.relations ?? []);
  const locals = doc.entities.map((e): Local => {
    const names = [e.name, ...e.aliases.filter((a) => a !== e.name)];
    if (!RESOLVED_TYPES.has(e.type)) return { localId: e.id, type: e.type, primary: e.id, answers: [], names };
    const primary = e.type === 'Person' ? personPrimary(e.name) : orgPrimary(e.name);
    const answers = e.type === 'Person' ? personAnswers(e) : orgAnswers(e, primary);
    return { localId: e.id, type: e.type, primary: primary || slug(e.name), answers, names };
  });
  // what else the article names: the context that tells two people of one surname apart
  const named = [...new Set(locals.filter((l) => RESOLVED_TYPES.has(l.type)).map((l) => `${l.type}|${l.primary}`))];
  return locals.map((l, i) => {
    if (!RESOLVED_TYPES.has(l.type)) return l;
    const out: Local = { ...l, context: named.filter((k) => k !== `${l.type}|${l.primary}`).sort() };
    // roles from the article's titled facts ("NATO Secretary General") and its bare titles ("King Hussein")
    const titles = doc.entities[i]!.titles ?? []; // locals are the entities, in order
    const r = [...new Set([...(roles.get(l.localId) ?? []), ...titles.map(roleOf).filter(Boolean)])].sort();
    if (r.length) out.roles = r;
    return out;
  });
}

/** The index keys of a local: what links its article to others ("Person|reagan"). */
export const keysOf = (l: Local): string[] => [l.primary, ...l.answers].map((k) => `${l.type}|${k}`);

export const resolvable = (l: Local): boolean => RESOLVED_TYPES.has(l.type);

/** The name keys of an article's people and organisations, sorted. */
export const nameKeys = (locals: Local[]): string[] => [...new Set(locals.filter(resolvable).flatMap(keysOf))].sort();
