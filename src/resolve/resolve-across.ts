/**
 * Resolution across articles: which graph entity each article's entity (its "local") is. A pure
 * function of the SET of articles given, so ingesting the same articles in any order gives the same
 * entities, ids, names and aliases.
 *
 * - Locals with the same primary key are one entity: "Exxon Corp" and "Exxon", "Ronald W. Reagan"
 *   and "Ronald Reagan". Its id is built from that key, never from whichever form came first.
 * - A short form ("Reagan", "SEC", "Agriculture Department") is a local whose primary key another
 *   entity answers to. It joins that entity when it is the only plausible one: the same type, and
 *   seen within a few years of the short form's article, in the same role where both are titled
 *   ("Governor Johnson" is not Prime Minister Boris Johnson); of several such, the only one whose
 *   articles name someone the short form's article names too. Otherwise it stays an entity of its own:
 *   "Stoltenberg" in a 1987 finance story is not the NATO chief of 2023.
 * - The entity's name is the fullest form its own articles use; every other form is an alias.
 */
import type { Local } from './keys';
import type { Override } from './overrides';

export interface ArticleLocals {
  articleId: string;
  /** publication date (YYYY-MM-DD), or null when unknown */
  date: string | null;
  locals: Local[];
}

export interface GlobalEntity {
  id: string;
  name: string;
  aliases: string[];
}

/** article id -> local id -> the graph entity it is */
export type Resolution = Map<string, Map<string, GlobalEntity>>;

/** How far apart in time a short form and the entity it names may be. */
export const YEARS_APART = 5;

interface Member {
  article: ArticleLocals;
  local: Local;
}

interface Group {
  key: string;
  id: string;
  members: Member[];
  answers: Set<string>;
  /** the earliest and latest publication year of its members' articles */
  years: [number, number] | null;
  /** the roles its members hold in their articles */
  roles: Set<string>;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const allCaps = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();
/**
 * The fullest form: the longest; of one name written in two cases, the mixed case (headlines,
 * datelines and tables print names in capitals: "SEATTLE" is "Seattle"); then code-point order.
 */
const fullest = (names: string[]) =>
  [...names].sort(
    (a, b) =>
      b.length - a.length ||
      byText(a.toLowerCase(), b.toLowerCase()) ||
      Number(allCaps(a)) - Number(allCaps(b)) ||
      byText(a, b),
  )[0]!;
const year = (date: string | null) => (date && /^\d{4}/.test(date) ? Number(date.slice(0, 4)) : null);

/**
 * A short form titled in its article ("Governor Johnson") fits an entity only if the entity's
 * articles title it in the same role, or never title it: a governor is not the prime minister of
 * the same surname.
 */
const rolesFit = (mine: string[] | undefined, theirs: Set<string>) =>
  !mine?.length || theirs.size === 0 || mine.some((r) => theirs.has(r));

const idOf = (l: Local) => (l.primary === l.localId ? l.localId : `${l.type.toLowerCase()}:${l.primary}`);

/**
 * Operators' merges redirect a group to another (followed to the end, a cycle ignored); their splits
 * keep the members whose own name is the alias on their own group.
 */
function applyOverrides(target: Map<Member, Group>, groups: Map<string, Group>, overrides: Override[]): void {
  const into = new Map<string, string>();
  for (const o of overrides) if (o.kind === 'merge' && o.into) into.set(o.from, o.into);
  const final = (key: string) => {
    const seen = new Set<string>([key]);
    let k = key;
    while (into.has(k) && !seen.has(into.get(k)!) && groups.has(into.get(k)!)) seen.add((k = into.get(k)!));
    return groups.get(k)!;
  };
  const splits = overrides.filter((o) => o.kind === 'split');
  for (const [m, g] of target) {
    let t = final(g.key);
    const own = groups.get(`${m.local.type}|${m.local.primary}`)!;
    if (splits.some((o) => o.from === t.key && o.alias === m.local.names[0])) t = own;
    target.set(m, t);
  }
}

export function resolveAcross(articles: ArticleLocals[], overrides: Override[] = []): Resolution {
  const groups = new Map<string, Group>();
  for (const article of articles)
    for (const local of article.locals) {
      const key = `${local.type}|${local.primary}`;
      let g = groups.get(key);
      if (!g) {
        g = { key, id: idOf(local), members: [], answers: new Set(), years: null, roles: new Set() };
        groups.set(key, g);
      }
      g.members.push({ article, local });
      for (const a of local.answers) g.answers.add(`${local.type}|${a}`);
      for (const r of local.roles ?? []) g.roles.add(r);
      const y = year(article.date);
      if (y !== null) g.years = g.years ? [Math.min(g.years[0], y), Math.max(g.years[1], y)] : [y, y];
    }

  const answeredBy = new Map<string, Group[]>();
  for (const g of groups.values())
    for (const a of g.answers) if (a !== g.key) answeredBy.set(a, [...(answeredBy.get(a) ?? []), g]);
  const isShort = (g: Group) => (answeredBy.get(g.key) ?? []).some((o) => o !== g);

  // each member's entity: its own group's, or for a short form the one root it names
  const target = new Map<Member, Group>();
  for (const g of groups.values())
    for (const m of g.members) {
      if (!isShort(g)) {
        target.set(m, g);
        continue;
      }
      const y = year(m.article.date);
      const plausible = (answeredBy.get(g.key) ?? []).filter(
        (o) =>
          o !== g &&
          !isShort(o) &&
          (y === null || o.years === null || (y >= o.years[0] - YEARS_APART && y <= o.years[1] + YEARS_APART)) &&
          rolesFit(m.local.roles, o.roles),
      );
      // of several, the one whose articles name someone this article names too ("Nakasone" beside "Reagan")
      const mine = new Set(m.local.context ?? []);
      const sharing =
        plausible.length > 1
          ? plausible.filter((o) =>
              o.members.some((x) => (x.local.context ?? []).some((k) => k !== g.key && mine.has(k))),
            )
          : plausible;
      target.set(m, sharing.length === 1 ? sharing[0]! : g);
    }

  applyOverrides(target, groups, overrides);

  // names: the fullest of the entity's own members' names; aliases: every other form of every member
  const names = new Map<Group, { own: string[]; all: Set<string> }>();
  for (const [m, g] of target) {
    const n = names.get(g) ?? { own: [], all: new Set<string>() };
    if (m.local.primary === g.key.slice(g.key.indexOf('|') + 1)) n.own.push(m.local.names[0]!);
    for (const x of m.local.names) n.all.add(x);
    names.set(g, n);
  }
  const entities = new Map<Group, GlobalEntity>();
  for (const [g, n] of names) {
    const name = fullest(n.own.length ? n.own : [...n.all]);
    entities.set(g, { id: g.id, name, aliases: [...n.all].filter((x) => x !== name).sort(byText) });
  }

  const out: Resolution = new Map();
  for (const [m, g] of target) {
    const map = out.get(m.article.articleId) ?? new Map<string, GlobalEntity>();
    map.set(m.local.localId, entities.get(g)!);
    out.set(m.article.articleId, map);
  }
  return out;
}
