import * as chrono from 'chrono-node';
import type { DocState, Mention } from '../types';

const MONTH_NAMES = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
/** A year written out: "1996", "Aug. 26, 1996", "1996-08-26". */
const WRITTEN_YEAR = /(?<!\d)\d{4}(?!\d)/;
/**
 * A verb of the future before a date in its sentence ("the ministers would meet again on April 27",
 * "OPEC will meet in June"): the date is the next one, not the last.
 */
const FUTURE_BEFORE =
  /\b(?:will|would|shall|won't|(?:is|are|was|were) (?:due|scheduled|set|expected|planning) to|plans? to)\b/i;
const SAME_DAY = /\b(later|earlier) (in|on) the day\b|\bthe same day\b|\bthat day\b/i;

/** ISO value at the precision the text gives: "2023-02-15", "2022-12" or "2022". */
function isoValue(r: chrono.ParsedResult, ref: Date, forward: boolean): string | null {
  const k = r.start;
  const d = r.start.date();
  const pad = (n: number) => String(n).padStart(2, '0');
  let year = k.get('year') ?? d.getUTCFullYear();
  const hasDay = k.isCertain('day') || k.isCertain('weekday');
  if (k.isCertain('month') && !k.isCertain('year') && /^(last|in|since)\b/i.test(r.text.trim()) === false) {
    // "in December" / "Jan. 20" in a news story means the most recent one, not a future one
    const candidate = new Date(Date.UTC(year, (k.get('month') ?? 1) - 1, k.get('day') ?? 1));
    if (candidate.getTime() > ref.getTime() + 86400000 && !forward) year -= 1;
    // a coming date is in the article's year (chrono takes the nearest, which may be last year's)
    else if (forward && year < ref.getUTCFullYear()) year = ref.getUTCFullYear();
  }
  if (hasDay) {
    const dt = new Date(Date.UTC(year, (k.get('month') ?? d.getUTCMonth() + 1) - 1, k.get('day') ?? d.getUTCDate()));
    if (k.isCertain('weekday') && !k.isCertain('day')) {
      const base = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()));
      const back = (base.getUTCDay() - (k.get('weekday') ?? 0) + 7) % 7;
      base.setUTCDate(base.getUTCDate() - back);
      return base.toISOString().slice(0, 10);
    }
    return dt.toISOString().slice(0, 10);
  }
  if (k.isCertain('month')) {
    let m = k.get('month')!;
    if (!k.isCertain('year') && (m > ref.getUTCMonth() + 1 || /^last\b/i.test(r.text))) year = ref.getUTCFullYear() - 1;
    if (/^last\b/i.test(r.text) && m <= ref.getUTCMonth() + 1 && !k.isCertain('year')) year = ref.getUTCFullYear() - 1;
    m = Math.min(Math.max(m, 1), 12);
    return `${year}-${pad(m)}`;
  }
  if (k.isCertain('year') || /\byear\b/i.test(r.text)) return String(year);
  return null;
}

/** Day-precision date of each sentence, for events and statements ("" when none). */
export function sentenceDates(state: DocState): Map<number, string> {
  const out = new Map<number, string>();
  const firstDay = new Map<number, string>();
  for (const m of state.mentions)
    if (m.type === 'Date' && m.value?.length === 10 && !firstDay.has(m.sentence)) firstDay.set(m.sentence, m.value);
  let last: string | null = null;
  for (const s of state.sentences) {
    const value = firstDay.get(s.index);
    const own = value ? { value } : undefined;
    if (own?.value) {
      out.set(s.index, own.value);
      last = own.value;
    } else if (last && SAME_DAY.test(state.text.slice(s.start, s.end))) out.set(s.index, last);
  }
  return out;
}

/** Stage 5: dates resolved against the article date ("on Wednesday" in a Thursday story is the day before). */
export function temporal(state: DocState): DocState {
  const refIso = state.article.publishedAt;
  const ref = refIso ? new Date(`${refIso}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1));
  const dates: Mention[] = [];
  for (const s of state.sentences) {
    if (s.section !== 'body') continue;
    const sText = state.text.slice(s.start, s.end);
    for (const r of chrono.en.parse(sText, { instant: ref, timezone: 0 }, { forwardDate: false })) {
      const t = r.text;
      if (/^(in|on) the (day|morning|evening|night)$/i.test(t) || /^(now|currently)$/i.test(t)) continue;
      const before = sText.slice(0, r.index);
      const forward =
        /\b(ahead of|until|till|before|next|upcoming|by)\s+(the\s+)?$/i.test(before) || FUTURE_BEFORE.test(before);
      let start = s.start + r.index;
      let text = t;
      const lead = /^(on|in|at|since|by)\s+/i.exec(text);
      if (lead && !MONTH_NAMES.test(text)) {
        start += lead[0].length;
        text = text.slice(lead[0].length);
      }
      // with no article date only a date that writes its year can be placed: chrono counts the
      // year of "last week" or "a year earlier" as known, from the stand-in reference date
      const value = refIso || (r.start.isCertain('year') && WRITTEN_YEAR.test(t)) ? isoValue(r, ref, forward) : null;
      dates.push({
        start,
        end: start + text.length,
        text,
        type: 'Date',
        sentence: s.index,
        rule: 'chrono',
        ...(value ? { value } : {}),
      });
    }
  }
  const mentions = [...state.mentions, ...dates].sort((a, b) => a.start - b.start || b.end - a.end);
  return { ...state, mentions };
}
