/** Closed word lists the recogniser and relation rules rely on. Lower-case. */
const set = (s: string) => new Set(s.trim().split(/\s*\|\s*|\s*\n\s*/));

/** Titles that name a trade, which people of any country hold: no office of a state ("American director"). */
export const TRADES = [
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'forward',
  'winger',
  'economist',
  'professor',
  'prof.',
];

/** Position titles, multiword first; "NATO Secretary General Jens Stoltenberg". */
export const TITLES = [
  'secretary general',
  'secretary-general',
  'deputy secretary general',
  'prime minister',
  'deputy prime minister',
  'foreign minister',
  'defence minister',
  'defense minister',
  'interior minister',
  'finance minister',
  'deputy defense minister',
  'deputy defence minister',
  'deputy foreign minister',
  'defense secretary',
  'defence secretary',
  'foreign secretary',
  'home secretary',
  'secretary of state',
  'secretary of defense',
  'foreign policy chief',
  'chief of staff',
  'chief executive',
  'chief executive officer',
  'chairman',
  'chairwoman',
  'chair',
  'president',
  'vice president',
  'vice-president',
  'minister',
  'secretary',
  'governor',
  'regional governor',
  'mayor',
  'ambassador',
  'envoy',
  'general',
  'gen',
  'gen.',
  'lieutenant general',
  'lt. gen.',
  'major general',
  'maj. gen.',
  'brig. gen.',
  'brigadier general',
  'colonel',
  'col.',
  'lt. col.',
  'lieutenant colonel',
  'captain',
  'capt.',
  'admiral',
  'adm.',
  'commander',
  'sergeant',
  'sgt.',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'congressman',
  'congresswoman',
  'chancellor',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'spokeperson',
  'head',
  'chief',
  'leader',
  'director',
  'coach',
  'manager',
  'ceo',
  'cfo',
  'founder',
  'co-founder',
  'analyst',
  'judge',
  'justice',
  'attorney general',
  'prosecutor',
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'lord',
  'lady',
  'sheikh',
  'emir',
  'ayatollah',
  'patriarch',
  'bishop',
  'archbishop',
  'cardinal',
  'premier',
  'speaker',
  'commissioner',
  'official',
  'officer',
  ...TRADES,
  'minister of defence',
];
export const TITLE_WORDS = new Set(TITLES.flatMap((t) => t.split(' ')).filter((w) => !['of', 'state'].includes(w)));

/**
 * Offices of counties, towns and courts that TITLES lacks ("Carver County Sheriff Jim Olson"). Not
 * features of the tagger, which learnt TITLE_WORDS: the rules after it and the relations read them.
 */
export const LOCAL_OFFICES = new Set(
  'sheriff coroner marshal constable magistrate treasurer comptroller auditor superintendent warden ombudsman registrar assessor'.split(
    ' ',
  ),
);

/** Titles that are honorifics only: they mark a person but are not positions. */
export const HONORIFICS = set('mr | mrs | ms | dr | mr. | mrs. | ms. | dr. | sir | lady | lord');

/** Last words of organisation names. */
export const ORG_HEADS = set(`
ministry | army | armies | forces | force | navy | command | council | committee | commission | union | party | agency
| bank | group | company | corporation | corp | inc | ltd | llc | plc | organization | organisation | alliance | coalition
| front | brigade | brigades | division | battalion | regiment | corps | department | office | service | services | institute
| university | college | school | association | federation | league | movement | authority | administration | government
| parliament | assembly | congress | senate | court | police | guard | guards | fund | programme | program | foundation
| club | fc | times | news | post | press | agency | broadcasting | broadcaster | tv | television | radio | network | airlines
| airways | motors | industries | holdings | partners | technologies | systems | labs | laboratories | group | bureau
| secretariat | cabinet | kremlin | pentagon | directorate | unit | squadron | fleet | marines | militia | militias
| taskforce | centre | center | hospital | church | mission | cartel | syndicate | society | trust | exchange | reserve
| board | tribunal | politburo | duma | knesset | bundestag | ministries | nations | jazeera | journal | herald | telegraph
| guardian | gazette | tribune | reuters | bloomberg | staff | headquarters | intelligence | airforce | military
`);

/** First words that open organisation names ("Ministry of Defence", "Bank of England"). */
export const ORG_OPENERS = set(
  'ministry | department | bank | university | council | court | office | house | federation | union | commission | board | institute | league | party | organisation | organization | league | agency | army | church | operation | task | joint | combined | royal | national | international | united | federal | islamic | democratic | popular | free | people’s | peoples',
);

/** First words that open place names ("Mount Sinjar", "Lake Tharthar", "Fort Campbell"). */
export const PLACE_OPENERS = set(
  'mount | mt | lake | lakes | fort | cape | port | camp | gulf | sea | river | tal | tell | ras | jabal | jebel | wadi | east | west | north | south | upper | lower | greater | new | san | santa | saint | st | el | al | bay | isle | sierra | mar',
);

/** Lower-case heads that make the capitalised words before them an organisation ("Assad regime", "Phoenix broadcaster"). */
export const ORG_TAILS = set(
  'regime | government | administration | tribe | militia | broadcaster | newspaper | agency | ministry | forces | rebels | coalition | party | group | army | authorities',
);

/** Acronyms that name things, not organisations. */
export const THING_ACRONYMS = set(
  'ied | ieds | vbied | vbieds | uav | uavs | ugv | gmt | utc | mw | kw | gw | km | mm | ddg | rpg | rpgs | atgm | manpads | apc | apcs | ifv | mlrs | himars | gdp | ceo | cfo | tv | pm | am | dna | hiv | aids | ok | faq | pdf | usb | gps | cctv | isr',
);

/** Last words of place names. */
export const PLACE_HEADS = set(`
province | region | oblast | district | county | city | town | village | river | mountains | mountain | mount | island
| islands | sea | gulf | bay | valley | street | avenue | airport | base | square | bridge | plant | peninsula | coast
| strait | desert | lake | ocean | basin | heights | plain | plains | state | territory | territories | governorate
| prefecture | canal | dam | port | harbour | harbor | station | stadium | arena | park | hill | hills | border | front
| highway | road | corridor | zone | republic | kingdom | emirate | emirates | oblast | krai | raion | municipality | quarter
| barrage | mosque | depression | regulator | complex | refinery | airfield | airbase | checkpoint | crossing | camp | prison
| palace | embassy | consulate | temple | cathedral | museum | university campus | market | mall | mine | field | oilfield
`);

/** Lower-case words that signal a place right after them. */
export const PLACE_PREPOSITIONS = set(
  'in | near | at | from | to | into | across | outside | inside | around | towards | toward | via | throughout | over | of',
);

/** Lower-case nouns that make "Ukrainian forces", "U.S. troops" an organisation. */
/** What is given as support: arms, troops, aid or money ("sent tanks", "pledged $2 billion in aid"). */
export const AID_GOODS =
  /\b(?:aid|arms|weapons?|weaponry|ammunition|munitions|tanks?|troops|soldiers|missiles?|rockets?|artillery|shells|rounds|jets|aircraft|warplanes|helicopters|drones|equipment|supplies|firepower|vehicles|systems|assistance|help|support|food|medicine|medical|money|funds|funding|loans?|grants?|cash|humanitarian|military|instructors|advisers|advisors|peacekeepers)\b|\$|€|£|\b(?:million|billion|euros?|dollars?)\b/i;

export const MILITARY_NOUNS = set(
  'forces | troops | military | army | navy | soldiers | service | servicemen | government | authorities | officials | air | coast | police | security | militants | fighters | rebels | special | marines | aircraft | regime | warplanes | jets | opposition | television | intelligence | insurgency | insurgents | state | officers | partners | allies',
);

/**
 * Military nouns that name forces only with the noun after them ("air force", "coast guard", "special
 * forces", "service members"): "the Colombian coast" or "Bulgarian air traffic" names no forces.
 */
export const FORCE_MODIFIERS = set('air | coast | special | service');

/** Frequent capitalised words that are not names at the start of a sentence. */
export const COMMON_WORDS = set(`
the | a | an | and | but | or | nor | so | yet | for | in | on | at | by | to | of | from | with | without | as | after
| before | during | since | until | while | when | where | which | who | whom | whose | what | why | how | this | that
| these | those | it | its | he | she | they | we | i | you | his | her | their | our | my | your | there | here | then
| now | later | earlier | also | however | meanwhile | still | even | only | just | both | all | some | many | most | more
| several | other | another | each | every | no | not | if | although | though | because | unless | whether | yet | once
| according | among | amid | against | between | under | over | about | above | below | last | next | first | second
| third | new | old | one | two | three | four | five | six | seven | eight | nine | ten | is | are | was | were | be
| been | has | have | had | do | does | did | will | would | can | could | may | might | must | shall | should | said
| says | say | told | tell | asked | added | photographs | photograph | yes | no | instead | despite | following
| further | finally | such | much | since | today | yesterday | tomorrow | unfortunately | actually | remember | including
| bolstered | later | western | eastern | northern | southern | central | senior | early | late | recent | thousands
| hundreds | dozens | millions | billions | any | few | whatever | wherever | whoever | why | let | please | thank | thanks
| regional | local | national | international | global | official | officials | military | government | police
`);

/** Feasts and holidays, named like places and people but neither ("over Christmas in Canada", "during Ramadan"). */
export const HOLIDAYS = set(
  'christmas | easter | ramadan | eid | thanksgiving | hanukkah | diwali | passover | pentecost | navruz | nowruz | halloween',
);

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
export const TIME_WORDS = new Set([
  ...MONTHS,
  ...WEEKDAYS,
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'jan.',
  'feb.',
  'mar.',
  'apr.',
  'jun.',
  'jul.',
  'aug.',
  'sep.',
  'sept.',
  'oct.',
  'nov.',
  'dec.',
  'christmas',
  'easter',
  'ramadan',
  'eid',
]);

/** Speech verbs for quotes and reported speech. */
export const SPEECH_VERBS = set(
  'said | says | say | told | tells | added | adds | wrote | writes | stated | declared | announced | urged | warned | claimed | insisted | noted | explained | argued | posted | tweeted | replied | stressed | confirmed | denied | acknowledged | vowed | promised | saying',
);
