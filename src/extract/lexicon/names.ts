import { requireData } from './require-data';

/** name particles that open a name in lower case ("de Klerk", "van der Pas", "al-Qaeda") */
export const NAME_PARTICLES = new Set(
  'de da das do dos du del della di van von der den ter ten le la al el bin ibn abu'.split(' '),
);
/** Given names from gender-detection-from-name's lists (en, de, es, fr, it, tr), lower-case. */
let cache: Set<string> | null = null;
let genders: Map<string, 'male' | 'female'> | null = null;

export function givenNames(): Set<string> {
  if (cache) return cache;
  const out = new Set<string>();
  const gender = new Map<string, 'male' | 'female' | null>();
  for (const lang of ['en', 'de', 'es', 'fr', 'it', 'tr']) {
    const map = requireData<Map<string, string>>(`gender-detection-from-name/names/${lang}.js`);
    for (const [k, g] of map) {
      if (k.length <= 1) continue;
      out.add(k);
      // a name the lists give both genders ("andrea": female in English, male in Italian) has none
      const one = g === 'male' || g === 'female' ? g : null;
      gender.set(k, gender.has(k) && gender.get(k) !== one ? null : one);
    }
  }
  // Common in news but missing from those lists.
  for (const n of 'serhiy volodymyr vladimir dmitry dmitri sergei sergey oleksandr oleksiy mykhailo hanna olena yevgeny yevgeniy valery valeriy vitali vitaliy kyrylo andriy yuriy yuri petro taras bohdan denys iryna olha xi li wang zhang ali mohammed muhammad ahmed abdul hassan hussein omar recep tayyip narendra shinzo fumio kim moon yoon benjamin emmanuel olaf rishi jens josep ursula antony lloyd kamala joe donald boris liz keir'.split(
    ' ',
  ))
    out.add(n);
  genders = new Map([...gender].flatMap(([k, g]) => (g ? [[k, g] as const] : [])));
  cache = out;
  return out;
}

/** The gender every name list gives a given name, if they agree on one ("caroline": female). */
export function givenNameGender(name: string): 'male' | 'female' | undefined {
  if (!genders) givenNames();
  return genders!.get(name.toLowerCase());
}
