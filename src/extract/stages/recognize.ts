import { distance } from 'fastest-levenshtein';
import { country, demonym } from '../lexicon/gazetteer';
import { knownOrgFits } from '../lexicon/organizations';
import { groupBy } from '../sorted';
import type { DocState, Mention } from '../types';
import { pieces } from '../rules/name-runs';
import { compromiseType, classify } from '../rules/classify';
import { MONEY, QUANTITY } from '../rules/values';
import { pronouns, resolveTitleRefs } from '../rules/references';

const TITLE_IN_SPAN = true;

/** Stage 3: mentions of people, organisations, places, nationalities, money and quantities. */
export function recognize(state: DocState): DocState {
  const { text } = state;
  const docLower = new Set<string>();
  for (const m of text.matchAll(/(?<![.!?]\s)\b\p{Ll}[\p{Ll}'-]+\b/gu)) docLower.add(m[0]);
  const mentions: Mention[] = [];
  const unknown: Mention[] = [];
  const titleRefs: Mention[] = [];
  for (const s of state.sentences) {
    const tokens = state.tokens[s.index]!;
    for (const p of pieces(tokens, docLower)) {
      if (p.titleOnly) {
        const start = p.tokens[0]!.start;
        const end = p.tokens[p.tokens.length - 1]!.end;
        titleRefs.push({
          start,
          end,
          text: text.slice(start, end),
          type: 'Person',
          sentence: s.index,
          rule: 'title-coref',
        });
        continue;
      }
      let start = p.tokens[0]!.start;
      let end = p.tokens[p.tokens.length - 1]!.end;
      const nameText = text.slice(start, end);
      let c = classify(p, tokens, nameText);
      // a curated alias that is also a surname or a word names its organisation only in context
      if (c.rule === 'alias' && !knownOrgFits(c.key!, text)) c = { type: null, rule: 'alias-out-of-context' };
      if (c.type === null || c.weak) {
        const second = compromiseType(nameText);
        // a shape-only guess gives way to compromise; an unknown name stays unknown unless compromise knows it
        if (second && (second.type !== null || c.weak)) c = second;
      }
      if (c.extend) end = tokens[p.to + c.extend - 1]!.end;
      // The mention covers a capitalised title before the name ("Col. John Dorrian"); the entity is named without it.
      if (TITLE_IN_SPAN && c.type === 'Person' && p.titleFrom !== undefined) start = tokens[p.titleFrom]!.start;
      const surface = text.slice(start, end);
      const m: Mention = { start, end, text: surface, type: c.type ?? 'Organization', sentence: s.index, rule: c.rule };
      if (c.key) m.key = c.key;
      if (surface !== nameText && c.type === 'Person') m.name = nameText;
      if (c.type === 'Organization') {
        const owner = demonym(p.tokens[0]!.text) ?? country(p.tokens[0]!.text);
        // "Taiwan Affairs Office" (China's), "Veterans Affairs": a place before "Affairs" is the office's
        // business, not its owner
        const business = p.tokens[1]?.text === 'Affairs';
        if (owner && !business && p.tokens.length + (c.extend ?? 0) > 1) m.countryOf = owner.key;
      }
      if (c.value) m.value = c.value;
      (c.type ? mentions : unknown).push(m);
    }
    const sText = text.slice(s.start, s.end);
    for (const re of [MONEY, QUANTITY]) {
      re.lastIndex = 0;
      for (const m of sText.matchAll(re)) {
        const start = s.start + m.index!;
        mentions.push({
          start,
          end: start + m[0].trimEnd().length,
          text: m[0].trimEnd(),
          type: re === MONEY ? 'Money' : 'Quantity',
          sentence: s.index,
          rule: 'regex',
        });
      }
    }
  }
  // Second pass: single words that name a person already seen ("Stoltenberg", "Austin"; "Maltyar" for "Malyar").
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.type === 'Person') {
      const parts = (m.name ?? m.text).split(/\s+/);
      if (parts.length > 1 || m.rule === 'title') surnames.add(parts[parts.length - 1]!);
    }
  const retype = (m: Mention): boolean => {
    if (m.text.includes(' ') || (m.key?.startsWith('place:') && country(m.text))) return false;
    if (surnames.has(m.text)) return true;
    if (m.text.length >= 5) for (const s of surnames) if (distance(s, m.text) === 1 && s[0] === m.text[0]) return true;
    return false;
  };
  for (const m of [...mentions, ...unknown]) {
    if ((m.type === 'Person' || m.type === 'Place' || m.rule === 'unknown') && retype(m)) {
      m.type = 'Person';
      m.rule = 'surname';
      delete m.key;
      if (!mentions.includes(m)) mentions.push(m);
    }
  }
  const placesBySentence = groupBy(
    mentions.filter((x) => x.type === 'Place'),
    (x) => x.sentence,
  );
  // Coordinated with a place, or named by a place noun: "Kramatorsk and Sloviansk", "regions of Kherson and Zaporizhzhia".
  for (const m of unknown) {
    if (mentions.includes(m)) continue;
    const sentenceMentions = placesBySentence.get(m.sentence) ?? [];
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    const after = text.slice(m.end, m.end + 30);
    const coordinated = sentenceMentions.some(
      (x) =>
        (x.end <= m.start && /^\s*(,|and|or)\s*$/.test(text.slice(x.end, m.start))) ||
        (x.start >= m.end && /^\s*(,|and|or)\s*$/.test(text.slice(m.end, x.start))),
    );
    const placeNoun =
      /\b(cit(?:y|ies)|towns?|villages?|regions?|provinces?|districts?|oblasts?|areas?) (?:of )?$|\b(cities|towns|villages|regions),\s*$/i.test(
        before,
      ) || /^\s+(province|region|oblast|district)\b/i.test(after);
    if (coordinated || placeNoun)
      mentions.push({ ...m, type: 'Place', rule: coordinated ? 'coordination' : 'place-noun' });
  }
  // Unknown single words that elsewhere in the article are a known organisation or place keep that type.
  const byText = new Map(mentions.filter((m) => m.type !== 'Nationality').map((m) => [m.text, m]));
  for (const m of unknown) {
    if (mentions.includes(m)) continue;
    const same = byText.get(m.text);
    if (same) mentions.push({ ...m, type: same.type, rule: 'same-text', ...(same.key ? { key: same.key } : {}) });
  }
  mentions.push(...resolveTitleRefs(titleRefs, mentions, text));
  mentions.push(...pronouns(state, mentions));
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...state, mentions };
}
