/**
 * The output contract (../shared/contracts/extract-output.md) over generated articles: news-like
 * sentences built from names, titles, nationality words, countries, quotes and reader comments in
 * random combinations, so the references between the output's parts hold for texts nobody wrote.
 */
import fc from 'fast-check';
import { extract } from '../../src/extract/pipeline';

const given = fc.constantFrom('Maria', 'John', 'Olena', 'Ahmed', 'Kenji', 'Fatima', 'Pierre');
const family = fc.constantFrom('Kowalski', 'Okafor', 'Lindqvist', 'Haddad', 'Moreno', 'Tanaka');
const person = fc.tuple(given, family).map(([g, f]) => `${g} ${f}`);
const org = fc.constantFrom('NATO', 'the United Nations', 'Reuters', 'Acme Corp', 'the Defence Ministry', 'Siemens');
const place = fc.constantFrom('Kyiv', 'Paris', 'Lagos', 'Vietnam', 'Texas', 'Bakhmut', 'Donetsk region');
const people = fc.constantFrom('Vietnamese', 'Russian', 'French', 'Ukrainian', 'American');
const title = fc.constantFrom('President', 'Foreign Minister', 'chief executive', 'spokesman', 'General');

const sentence = fc.oneof(
  fc.tuple(person, title, org).map(([p, t, o]) => `${p}, ${t} of ${o}, visited the site.`),
  fc.tuple(title, person, place).map(([t, p, l]) => `${t} ${p} arrived in ${l} on Monday.`),
  fc.tuple(people, place).map(([n, l]) => `${n} forces attacked ${l} overnight.`),
  fc.tuple(person, org, place).map(([p, o, l]) => `${p} works for ${o} in ${l}.`),
  fc.tuple(person, org).map(([p, o]) => `"We will not stop," ${p} told ${o}.`),
  fc.tuple(org, place, person).map(([o, l, p]) => `${o} said the attack on ${l} killed ${p}.`),
  fc.tuple(person, place).map(([p, l]) => `${p} denied that troops would leave ${l}.`),
  fc.tuple(place, place).map(([a, b]) => `${a} lies in ${b}.`),
  fc.tuple(people, person).map(([n, p]) => `The ${n} leader ${p} met ${n} officials.`),
  fc.tuple(people, people, place).map(([a, b, l]) => `${a} and ${b} envoys met in ${l} on Tuesday.`),
);
const article = fc
  .tuple(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.array(sentence, { maxLength: 2 }))
  .map(([body, comments]) =>
    [
      'KYIV, Feb 16 (Reuters) -',
      ...body,
      ...(comments.length
        ? ['', 'Comments', '', ...comments.map((c, i) => `Reader${i} 2 hours ago`.concat('\n', c))]
        : []),
    ].join('\n'),
  );

describe('the output contract holds on generated articles', () => {
  it('points every relation, statement and attribution at an entity of the same output, with evidence in its sentences', () => {
    fc.assert(
      fc.property(article, (text) => {
        const out = extract({ source: 'generated.txt', text });
        const ids = new Set(out.entities.map((e) => e.id));
        const sentences = new Map(out.sentences.map((s) => [s.index, s]));
        const within = (ev: { sentence: number; start: number; end: number }) => {
          const s = sentences.get(ev.sentence);
          expect(s).toBeDefined();
          expect(ev.start).toBeGreaterThanOrEqual(s!.start);
          expect(ev.end).toBeLessThanOrEqual(s!.end);
          expect(ev.start).toBeLessThan(ev.end);
        };
        for (const r of out.relations) {
          expect(ids).toContain(r.source);
          expect(ids).toContain(r.target);
          expect(r.type).toMatch(/^[A-Z]+(?:_[A-Z]+)*$/);
          expect(r.evidence.length).toBeGreaterThan(0);
          r.evidence.forEach(within);
          expect(['reported', 'attributed']).toContain(r.assertion);
          if (r.assertion === 'attributed') expect(ids).toContain(r.attributedTo);
          else expect(r.attributedTo).toBeNull();
        }
        for (const s of out.statements) {
          expect(ids).toContain(s.speaker);
          for (const a of s.about) expect(ids).toContain(a);
          s.evidence.forEach(within);
        }
        for (const e of out.entities)
          for (const m of e.mentions) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(sentences.has(m.sentence)).toBe(true);
          }
      }),
      { numRuns: 150, seed: 17 },
    );
  });
});
