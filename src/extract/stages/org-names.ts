/**
 * The names one organisation goes by within an article, joined under its fullest form: with and
 * without a corporate suffix ("Exxon Corp" and "Exxon"), with and without the country that owns it
 * ("U.S. Agriculture Department" and "Agriculture Department", when only one country's department is
 * named), and an acronym of its initials ("SEC" for "Securities and Exchange Commission", "GM" for
 * "General Motors Corp"). Two countries' ministries never meet: a bare name joins a prefixed one only
 * when it is the only candidate.
 */
import { commonWordTag } from '../lexicon/english';
import { country, demonym, placeAnyCase } from '../lexicon/gazetteer';
import { givenNames } from '../lexicon/names';

const SUFFIX =
  /[\s,]+(?:Corp\.?|Corporation|Inc\.?|Incorporated|Co\.?|Company|Cos\.?|Ltd\.?|Limited|plc|Plc|PLC|AG|SA|S\.A\.|SpA|S\.p\.A\.|AB|Oy|ASA|BV|B\.V\.|NV|N\.V\.|Group|Holdings?|LLC|L\.P\.|LP)$/;
/** A name with a corporate suffix is a company's ("Swiss Bank Corp", "Exxon Corp"). */
export const isCompanyName = (name: string) => SUFFIX.test(name);
const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', '&', 'de', 'on', 'in', 'to']);

/** how a department's name is built from its field: "Commerce Department", "Department of Commerce" */
const DEPARTMENT_OF = [
  (field: string) => `${field} department`,
  (field: string) => `department of ${field}`,
  (field: string) => `${field} ministry`,
  (field: string) => `ministry of ${field}`,
];

export interface Parsed {
  name: string;
  /** the country that owns it, from a leading country name or people adjective ("U.S.", "Russian") */
  owner: string | null;
  /** the name without the owner, the suffix and a leading "the", lower-cased */
  bare: string;
  /** the name without the suffix and a leading "the", lower-cased: the owner kept ("british airways") */
  whole: string;
  /** the bare name with an "X of Y" office put as "Y X": "Department of Agriculture" is "agriculture department" */
  canonical: string;
}

/** an office named "X of Y": its field first, as the other way of writing it does */
const OFFICE_OF = /^(department|ministry|bureau|office|secretariat) of (?:the )?(.+)$/;

export function parse(name: string): Parsed {
  let rest = name.replace(/^the\s+/i, '');
  const whole = (rest.replace(SUFFIX, '').trim() || rest).toLowerCase();
  let owner: string | null = null;
  const words = rest.split(/\s+/);
  // only a name of three words or more keeps a name when its country is taken off; a country of
  // two words leaves one ("United States Senate" is the Senate)
  const c1 = words.length > 2 ? (country(words[0]!) ?? demonym(words[0]!)) : undefined;
  const c2 = !c1 && words.length > 2 ? country(`${words[0]} ${words[1]}`) : undefined;
  const c = c1 ?? c2;
  if (c) {
    owner = c.key;
    rest = words.slice(c1 ? 1 : 2).join(' ');
  }
  const unsuffixed = rest.replace(SUFFIX, '');
  if (unsuffixed.trim()) rest = unsuffixed;
  const bare = rest.toLowerCase();
  return { name, owner, bare, whole, canonical: bare.replace(OFFICE_OF, '$2 $1') };
}

/** "Securities and Exchange Commission" -> "SEC", "U.S. Department of Agriculture" -> "USDA". */
export function initials(bare: string, owner: string | null, name: string): string[] {
  const own = (s: string) =>
    s
      .split(/\s+/)
      .filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()))
      .map((w) => (/^(?:\p{Lu}\.)+$/u.test(w) ? w.replace(/\./g, '') : w[0]!))
      .join('')
      .toUpperCase();
  const out = [own(bare)];
  if (owner) out.push(own(name.replace(/^the\s+/i, '').replace(SUFFIX, '')));
  return out.filter((x) => x.length >= 2);
}

export const isAcronym = (s: string) => /^(?:\p{Lu}\.?){2,6}$/u.test(s);

/** The initials that organisations of these names spell ("GM" for "General Motors Corp", "USDA" for "U.S. Department of Agriculture"). */
export function initialsOf(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names)
    if (!isAcronym(name)) {
      const p = parse(name);
      for (const i of initials(p.bare, p.owner, p.name)) out.add(i);
    }
  return out;
}

/**
 * Do the acronym's letters appear in the name in order, the first opening it (after Schwartz &
 * Hearst 2003, the standard test of an acronym defined beside its long form): "ICCO" in
 * "International Cocoa Organization", not "ESP" in "Real Madrid". An acronym of the name's last
 * words only ("PUK" after "Iraqi Kurdish Patriotic Union of Kurdistan") names those words, not the span.
 */
export function spellsOut(acronym: string, name: string): boolean {
  const a = acronym.replace(/\./g, '').toLowerCase();
  const n = name.replace(/^the\s+/i, '').toLowerCase();
  if (a.length === 0 || n[0] !== a[0]) return false;
  let j = n.length - 1;
  for (let i = a.length - 1; i >= 1; i--) {
    while (j >= 1 && n[j] !== a[i]) j--;
    if (j < 1) return false;
    j--;
  }
  return true;
}

/** the same letters in any order: "CAF" and "AFC" */
const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');

/**
 * Each organisation name of the article -> the name of the organisation it is. `defined` are the
 * article's definitions in brackets ("The African Football Confederation (CAF)": [name, acronym]):
 * there an acronym of the same initials in another order is the name's own, taken from the name in
 * its language (Confédération Africaine de Football); a bracket of other letters is no acronym of it.
 */
export function organisationNames(names: Iterable<string>, defined: [string, string][] = []): Map<string, string> {
  const parsed = [...new Set(names)].map(parse);
  // groups by owner and bare name; the fullest (longest) name names the group
  const groups = new Map<string, Parsed[]>();
  const keyOf = (p: Parsed) => `${p.owner ?? ''}|${p.canonical}`;
  for (const p of parsed) groups.set(keyOf(p), [...(groups.get(keyOf(p)) ?? []), p]);
  /**
   * Each group without an owner that `into` finds exactly one other group for joins that group.
   * `into(short, members)` gives the test of a candidate group, or null where the group joins none.
   */
  const joinEach = (into: (short: string, members: Parsed[]) => ((key: string, ps: Parsed[]) => boolean) | null) => {
    for (const key of [...groups.keys()]) {
      const members = groups.get(key);
      if (!members || !key.startsWith('|')) continue;
      const fits = into(key.slice(1), members);
      if (!fits) continue;
      const found = [...groups].flatMap(([k, ps]) => (k !== key && fits(k, ps) ? [k] : []));
      if (found.length !== 1) continue;
      groups.set(found[0]!, [...groups.get(found[0]!)!, ...members]);
      groups.delete(key);
    }
  };
  const bareOf = (key: string) => key.slice(key.indexOf('|') + 1);
  // a bare name without an owner joins the one owned group of the same bare name, or of the same
  // name with its country word kept: a name of two words keeps its "British" ("BRITISH AIRWAYS" in
  // a headline is the story's "British Airways Plc")
  joinEach((bare) => (k, ps) => !k.startsWith('|') && (bareOf(k) === bare || ps.some((p) => p.whole === bare)));
  // a department named by its field alone ("Commerce Secretary Malcolm Baldrige", "Agriculture
  // Secretary Richard Lyng") is the one department of that field the article names
  joinEach((field) => (field.includes(' ') ? null : (k) => DEPARTMENT_OF.some((form) => bareOf(k) === form(field))));
  // a party goes by its name without "Party" ("Labour won 412 seats" after "his Labour Party"), even
  // where that name is a common word, which the first-words join below refuses
  joinEach((short) => (_k, ps) => ps.some((p) => p.whole === `${short} party`));
  // a team goes by its name without its town ("Celtics" for "Boston Celtics", "Red Sox" for "Boston
  // Red Sox"), unless that name is a common word ("United" of many clubs; compromise's lexicon knows
  // some teams, "celtics", which are names)
  joinEach((short) =>
    (commonWordTag(short) ?? 'SportsTeam') !== 'SportsTeam'
      ? null
      : (_k, ps) =>
          ps.some((p) => {
            if (!p.whole.endsWith(` ${short}`)) return false;
            const town = p.name.slice(0, p.name.length - short.length).trim();
            // a town, not a word of direction ("North Melbourne" is no Melbourne's club)
            return placeAnyCase(town) !== undefined && !commonWordTag(town.toLowerCase());
          }),
  );
  // a company's name cut short to its first words ("Shearson" for "Shearson Lehman Brothers Holdings
  // Inc", "Nippon Life" for "Nippon Life Insurance Co") is the one longer name it opens, its country
  // word kept, unless those words are a place or a people ("China", "Muslim" open many names); a
  // name with a legal form is a company's whole name ("Dacom Corp" is not "Dacom International")
  // A common word opens only a company's name with its legal form: the tagger read the word as an
  // organisation's name, and "Zoom" for "Zoom Video Communications Inc", "Oracle" for "Oracle Corp"
  // are how the wires write a company the second time.
  joinEach((short, members) =>
    placeAnyCase(short) || demonym(short) || members.some((p) => isAcronym(p.name) || isCompanyName(p.name))
      ? null
      : (_k, ps) =>
          ps.some(
            (p) =>
              p.whole.startsWith(`${short} `) &&
              !FUNCTION_WORDS.has(p.whole.slice(short.length + 1).split(' ')[0]!) &&
              (!commonWordTag(short) || isCompanyName(p.name)),
          ),
  );
  // a company named after a person goes by the surname ("Disney" for "Walt Disney Co", "Schwab" for
  // "Charles Schwab Corp"): a name of a given name and one word more, with its legal form
  joinEach((short) =>
    short.includes(' ') || placeAnyCase(short) || demonym(short)
      ? null
      : (_k, ps) =>
          ps.some((p) => {
            const words = p.whole.split(' ');
            return words.length === 2 && words[1] === short && givenNames().has(words[0]!) && isCompanyName(p.name);
          }),
  );
  // the longest name, and of two as long the one in running text's case ("Bundesbank", not a headline's "BUNDESBANK")
  const shouted = (n: string) => (n === n.toUpperCase() && /\p{Lu}\p{Lu}/u.test(n) ? 1 : 0);
  const fullest = (ps: Parsed[]) =>
    ps
      .map((p) => p.name)
      .sort((a, b) => b.length - a.length || shouted(a) - shouted(b) || (a < b ? -1 : a > b ? 1 : 0))[0]!;
  const out = new Map<string, string>();
  for (const members of groups.values()) {
    const name = fullest(members);
    for (const p of members) out.set(p.name, name);
  }
  // an acronym joins the one longer name whose initials it spells
  for (const p of parsed) {
    if (!isAcronym(p.name)) continue;
    const letters = p.name.replace(/\./g, '');
    const spelled = new Set(
      parsed
        .filter(
          (q) =>
            q !== p &&
            !isAcronym(q.name) &&
            initials(q.bare, q.owner, q.name).some(
              (i) =>
                i === letters ||
                (defined.some(([n, a]) => n === q.name && a === p.name) &&
                  (sameLetters(i, letters) || spellsOut(letters, q.name))),
            ),
        )
        .map((q) => out.get(q.name)!),
    );
    if (spelled.size === 1) {
      const target = [...spelled][0]!;
      for (const [n, g] of out) if (g === out.get(p.name)) out.set(n, target);
    }
  }
  return out;
}
