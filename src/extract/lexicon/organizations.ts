/**
 * Curated alias table of well-known organisations: canonical name, aliases
 * (matched case-sensitively as whole words) and Wikidata id. Extend freely;
 * ids here give cross-article and cross-dataset identity.
 */
export interface KnownOrg {
  name: string;
  aliases: string[];
  wikidataId?: string;
  /**
   * For an alias that is also a common surname or word ("Wagner"): words of which one must occur in
   * the article for the alias to name this organisation. A 1987 finance story's Mr Wagner is no
   * mercenary group; its full name, or its leader, or its trade in the article make it one.
   */
  context?: string[];
}

export const KNOWN_ORGS: KnownOrg[] = [
  {
    name: 'NATO',
    aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'OTAN'],
    wikidataId: 'Q7184',
  },
  { name: 'European Union', aliases: ['EU', 'E.U.'], wikidataId: 'Q458' },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], wikidataId: 'Q1065' },
  {
    name: 'UN Security Council',
    aliases: ['United Nations Security Council', 'U.N. Security Council', 'Security Council'],
    wikidataId: 'Q37470',
  },
  { name: 'European Commission', aliases: [], wikidataId: 'Q8880' },
  { name: 'Reuters', aliases: ['Thomson Reuters'], wikidataId: 'Q130879' },
  { name: 'Associated Press', aliases: ['AP'], wikidataId: 'Q40469' },
  { name: 'Agence France-Presse', aliases: ['AFP'], wikidataId: 'Q40464' },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'], wikidataId: 'Q9531' },
  { name: 'CNN', aliases: [], wikidataId: 'Q48340' },
  { name: 'Kremlin', aliases: ['the Kremlin'] },
  {
    name: 'Pentagon',
    aliases: ['the Pentagon', 'U.S. Department of Defense', 'Department of Defense'],
    wikidataId: 'Q11209',
  },
  { name: 'World Health Organization', aliases: ['WHO'], wikidataId: 'Q7817' },
  { name: 'International Monetary Fund', aliases: ['IMF'], wikidataId: 'Q7804' },
  { name: 'World Bank', aliases: [], wikidataId: 'Q7164' },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC', 'Red Cross'], wikidataId: 'Q71380' },
  { name: 'Doctors Without Borders', aliases: ['Médecins Sans Frontières', 'Medecins Sans Frontieres', 'MSF'] },
  { name: 'Amnesty International', aliases: ['Amnesty'], wikidataId: 'Q42970' },
  {
    name: 'Islamic State',
    aliases: ['ISIS', 'ISIL', 'IS', 'Daesh', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
    wikidataId: 'Q2429253',
  },
  { name: 'Taliban', aliases: ['the Taliban'], wikidataId: 'Q42418' },
  { name: 'Hezbollah', aliases: [], wikidataId: 'Q41053' },
  { name: 'Hamas', aliases: [] },
  { name: 'al-Qaeda', aliases: ['al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'al-Qaida'], wikidataId: 'Q34490' },
  {
    name: 'Wagner Group',
    aliases: ['Wagner'],
    context: ['Wagner Group', 'Prigozhin', 'mercenar', 'private military', 'Wagner fighters', 'Wagner forces'],
  },
  { name: 'G7', aliases: ['Group of Seven', 'G-7'] },
  { name: 'G20', aliases: ['Group of 20', 'G-20'] },
  {
    name: 'OPEC',
    // wire copy leaves out the article ("The Organization of Petroleum Exporting Countries, OPEC,")
    aliases: ['Organization of the Petroleum Exporting Countries', 'Organization of Petroleum Exporting Countries'],
    wikidataId: 'Q7795',
  },
  { name: 'African Union', aliases: ['AU'], wikidataId: 'Q7159' },
  { name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe'], wikidataId: 'Q81299' },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], wikidataId: 'Q25255' },
  { name: 'International Criminal Court', aliases: ['ICC'], wikidataId: 'Q47488' },
  { name: 'FIFA', aliases: [], wikidataId: 'Q253414' },
  { name: 'UEFA', aliases: [], wikidataId: 'Q35572' },
  { name: 'Federal Reserve', aliases: ['the Fed', 'Fed'] },
  { name: 'European Central Bank', aliases: ['ECB'], wikidataId: 'Q8901' },
  { name: 'Syrian Democratic Forces', aliases: ['SDF'] },
  { name: 'YPG', aliases: ["People's Protection Units"] },
  { name: 'Hayat Tahrir al-Sham', aliases: ['HTS'] },
  { name: 'CENTCOM', aliases: ['U.S. Central Command', 'US Central Command', 'Central Command'] },
  { name: 'Ministry of Defence', aliases: ['MoD', 'MOD'] },
];

const BY_NAME = new Map(KNOWN_ORGS.map((o) => [o.name, o]));

/** The curated organisation of that canonical name, if any. */
export const knownOrg = (name: string): KnownOrg | undefined => BY_NAME.get(name);

/** Does the article give the curated organisation `name` the context its entry asks for (if any)? */
export function knownOrgFits(name: string, articleText: string): boolean {
  const context = knownOrg(name)?.context;
  return !context || context.some((c) => articleText.includes(c));
}
