import { requireData } from './require-data';
/** Given names from gender-detection-from-name's lists (en, de, es, fr, it, tr), lower-case. */
let cache: Set<string> | null = null;

export function givenNames(): Set<string> {
  if (cache) return cache;
  const out = new Set<string>();
  for (const lang of ['en', 'de', 'es', 'fr', 'it', 'tr']) {
    const map = requireData<Map<string, string>>(`gender-detection-from-name/names/${lang}.js`);
    for (const k of map.keys()) if (k.length > 1) out.add(k);
  }
  // Common in news but missing from those lists.
  for (const n of 'serhiy volodymyr vladimir dmitry dmitri sergei sergey oleksandr oleksiy mykhailo hanna olena yevgeny yevgeniy valery valeriy vitali vitaliy kyrylo andriy yuriy yuri petro taras bohdan denys iryna olha xi li wang zhang ali mohammed muhammad ahmed abdul hassan hussein omar recep tayyip narendra shinzo fumio kim moon yoon benjamin emmanuel olaf rishi jens josep ursula antony lloyd kamala joe donald boris liz keir'.split(
    ' ',
  ))
    out.add(n);
  cache = out;
  return out;
}
