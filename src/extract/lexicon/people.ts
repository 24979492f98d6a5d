/**
 * Curated table of people the news names most, with their Wikidata ids. A name is not an identity:
 * "George Bush" was two presidents and "Johnson" is thousands of people. So an entry fires only on
 * one of its full names, or on its surname alone where no other entry shares it, and only in an
 * article dated within the years the person was in the news (or undated, for a full name). Extend
 * freely; an id here gives cross-article and cross-dataset identity.
 */
export interface KnownPerson {
  /** the fullest common form, the entity's display name */
  name: string;
  /** other full forms and spellings */
  aliases: string[];
  wikidataId: string;
  /** the years the person was in the news: the table says nothing of articles dated outside them */
  active: [number, number];
  /** the surname alone names this person (in an article dated within `active`) */
  bySurname?: boolean;
}

const NOW = 9999;

export const KNOWN_PEOPLE: KnownPerson[] = [
  { name: 'Ronald Reagan', aliases: [], wikidataId: 'Q9960', active: [1966, 2004], bySurname: true },
  {
    name: 'Mikhail Gorbachev',
    aliases: ['Mikhail Gorbachov'],
    wikidataId: 'Q30487',
    active: [1978, 2022],
    bySurname: true,
  },
  { name: 'Margaret Thatcher', aliases: [], wikidataId: 'Q7416', active: [1970, 2013], bySurname: true },
  {
    name: 'George H. W. Bush',
    aliases: ['George H.W. Bush', 'George Herbert Walker Bush'],
    wikidataId: 'Q23505',
    active: [1966, 2018],
  },
  {
    name: 'Bill Clinton',
    aliases: ['William Jefferson Clinton', 'William J. Clinton'],
    wikidataId: 'Q1124',
    active: [1978, NOW],
  },
  { name: 'George W. Bush', aliases: ['George Walker Bush'], wikidataId: 'Q207', active: [1994, NOW] },
  { name: 'Barack Obama', aliases: ['Barack Hussein Obama'], wikidataId: 'Q76', active: [2004, NOW], bySurname: true },
  {
    name: 'Donald Trump',
    aliases: ['Donald J. Trump', 'Donald John Trump'],
    wikidataId: 'Q22686',
    active: [1980, NOW],
  },
  {
    name: 'Joe Biden',
    aliases: ['Joseph Biden', 'Joseph R. Biden', 'Joseph R. Biden Jr.'],
    wikidataId: 'Q6279',
    active: [1972, NOW],
    bySurname: true,
  },
  { name: 'Angela Merkel', aliases: [], wikidataId: 'Q567', active: [1990, NOW], bySurname: true },
  {
    name: 'Vladimir Putin',
    aliases: ['Vladimir Vladimirovich Putin'],
    wikidataId: 'Q7747',
    active: [1998, NOW],
    bySurname: true,
  },
  { name: 'Xi Jinping', aliases: [], wikidataId: 'Q15031', active: [2007, NOW] },
  { name: 'Emmanuel Macron', aliases: [], wikidataId: 'Q3052772', active: [2014, NOW], bySurname: true },
  {
    name: 'Boris Johnson',
    aliases: ['Alexander Boris de Pfeffel Johnson'],
    wikidataId: 'Q180589',
    active: [2001, NOW],
  },
  {
    name: 'Volodymyr Zelenskiy',
    aliases: ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskyi'],
    wikidataId: 'Q3874799',
    active: [2019, NOW],
    bySurname: true,
  },
];

const surnameOf = (name: string) => name.split(/\s+/).pop()!;
const byName = new Map<string, KnownPerson>();
const bySurname = new Map<string, KnownPerson[]>();
for (const p of KNOWN_PEOPLE) {
  for (const n of [p.name, ...p.aliases]) byName.set(n, p);
  if (p.bySurname)
    for (const n of [p.name, ...p.aliases]) {
      const list = bySurname.get(surnameOf(n)) ?? [];
      if (!list.includes(p)) list.push(p);
      bySurname.set(surnameOf(n), list);
    }
}

const within = (p: KnownPerson, year: number) => year >= p.active[0] && year <= p.active[1];

/**
 * The curated person a person entity named `name` is, in an article of `year` (null: undated):
 * a full name in or around the person's years in the news, or a surname alone only in them.
 */
export function knownPerson(name: string, year: number | null): KnownPerson | undefined {
  const full = byName.get(name);
  if (full) return year === null || within(full, year) ? full : undefined;
  if (name.includes(' ') || year === null) return undefined;
  const candidates = (bySurname.get(name) ?? []).filter((p) => within(p, year));
  return candidates.length === 1 ? candidates[0] : undefined;
}
