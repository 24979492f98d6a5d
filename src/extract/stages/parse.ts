import { articleId } from '../../vocabulary';
import { ExtractError } from '../errors';
import { MONTHS } from '../lexicon/words';
import { DATE_ONLY_DATELINE, DATED_DATELINE } from '../rules/dateline';
import type { ArticleMeta, CommentBlock, DocState, Range } from '../types';

export interface ArticleInput {
  source: string;
  /** the text exactly as read: every offset indexes into it */
  text: string;
  meta?: Partial<Omit<ArticleMeta, 'id' | 'language'>>;
}

const DATE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;
const COPYRIGHT =
  /(?:©\s*)?\(c\)\s*Copyright\s+([^\n]*?)\s*(\d{4})?\.?[ \t]*$|©\s*(?:Copyright\s+)?([^\n]*?)\s*(\d{4})?\.?[ \t]*$/im;
const PUBLISHER_NAMES: [RegExp, string][] = [
  [/\breuters?\b/i, 'Reuters'],
  [/associated press|\bAP\b/, 'Associated Press'],
  [/agence france|\bAFP\b/, 'AFP'],
];
/**
 * A wire story signs off with its agency's name on a line of its own ("Reuter", "REUTER", "AP"):
 * who sent the story, not a name in it.
 */
const SIGN_OFF = /\n[ \t]*(Reuters?|REUTERS?|AP|AFP|UPI|dpa|DPA|Xinhua|XINHUA|Kyodo|KYODO)[ \t]*$/;
const MD_TITLE = /^\s*#\s+(.+)\n/;

/** "aug" -> "08": a month's first three letters, as datelines abbreviate it */
const MONTH_NUMBERS = new Map(MONTHS.map((m, i) => [m.slice(0, 3), String(i + 1).padStart(2, '0')]));
/** The year an article was published in, null when undated: the curated tables' eras are read by it. */
export const articleYear = (article: ArticleMeta): number | null =>
  article.publishedAt ? Number(article.publishedAt.slice(0, 4)) : null;

/** The ISO date of a dateline in the first lines of the body, if it is a real day. */
function datelineDate(head: string): string | null {
  const g = (DATED_DATELINE.exec(head) ?? DATE_ONLY_DATELINE.exec(head))?.groups;
  if (!g) return null;
  const [year, month, day] = g.isoYear
    ? [g.isoYear, g.isoMonth!, g.isoDay!]
    : [g.year!, MONTH_NUMBERS.get(g.month!.toLowerCase()), g.day!];
  if (!month) return null;
  const iso = `${year}-${month}-${day.padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) ? iso : null;
}

/** A handle line in the comment section: short, no sentence punctuation. */
function isHandle(line: string): boolean {
  const t = line.trim();
  return (
    t.length > 0 &&
    t.length <= 40 &&
    t.split(/\s+/).length <= 4 &&
    !/[.!?…:;,"”)]$/.test(t) &&
    (!/^[a-z]/.test(t) || !/\s/.test(t)) &&
    !/^\$?\d/.test(t)
  );
}

/** Splits the text after the copyright line into comments: a handle line, then the comment's lines. */
export function parseComments(text: string, from: number): CommentBlock[] {
  const comments: CommentBlock[] = [];
  const lineRe = /[^\n]*\n?/g;
  lineRe.lastIndex = from;
  let current: CommentBlock | null = null;
  for (let m = lineRe.exec(text); m && m[0].length > 0; m = lineRe.exec(text)) {
    const lineStart = m.index;
    const raw = m[0].replace(/\n$/, '');
    const lineEnd = lineStart + raw.length;
    if (raw.trim() === '') continue;
    if (isHandle(raw) && (!current || current.end > current.start)) {
      const lead = raw.length - raw.trimStart().length;
      current = {
        index: comments.length,
        author: raw.trim(),
        authorStart: lineStart + lead,
        start: lineEnd + 1,
        end: lineEnd + 1,
      };
      comments.push(current);
    } else if (current) {
      if (current.end === current.start) current.start = lineStart;
      current.end = lineEnd;
    }
  }
  return comments.filter((c) => c.end > c.start);
}

function publisherFrom(holder: string): string {
  for (const [re, name] of PUBLISHER_NAMES) if (re.test(holder)) return name;
  return holder.replace(/[.\s]+$/, '');
}

/** Stage 1: header, body, copyright and reader comments of a plain-text, Markdown or pre-decoded article. */
export function parse(input: ArticleInput): DocState {
  const { text } = input;
  if (text.trim() === '') throw new ExtractError('EMPTY_INPUT', 'input is empty');
  let bodyStart = 0;
  let publishedAt = input.meta?.publishedAt ?? null;
  let title = input.meta?.title ?? null;
  const header = DATE_HEADER.exec(text);
  if (header) {
    publishedAt ??= header[1]!;
    bodyStart = header[0].length;
  }
  const md = MD_TITLE.exec(text.slice(bodyStart));
  if (md && !title) {
    title = md[1]!.trim();
    bodyStart += md[0].length;
  }
  let bodyEnd = text.length;
  let publisher = input.meta?.publisher ?? null;
  let comments: CommentBlock[] = [];
  const copyright = COPYRIGHT.exec(text);
  if (copyright && copyright.index >= bodyStart) {
    bodyEnd = copyright.index;
    const holder = (copyright[1] ?? copyright[3] ?? '').trim();
    if (holder) publisher ??= publisherFrom(holder);
    comments = parseComments(text, copyright.index + copyright[0].length);
  }
  while (bodyStart < bodyEnd && /\s/.test(text[bodyStart]!)) bodyStart++;
  while (bodyEnd > bodyStart && /\s/.test(text[bodyEnd - 1]!)) bodyEnd--;
  const signOff = SIGN_OFF.exec(text.slice(bodyStart, bodyEnd));
  if (signOff) {
    publisher ??= publisherFrom(signOff[1]!);
    bodyEnd = bodyStart + signOff.index;
    while (bodyEnd > bodyStart && /\s/.test(text[bodyEnd - 1]!)) bodyEnd--;
  }
  // the story's own dateline dates it when no header or metadata does (the first three lines)
  const dated =
    publishedAt === null ? datelineDate(text.slice(bodyStart, bodyEnd).split('\n').slice(0, 3).join('\n')) : null;
  publishedAt ??= dated;
  if (bodyEnd <= bodyStart && comments.length === 0) throw new ExtractError('NO_TEXT', 'input has no article text');
  const body: Range[] = bodyEnd > bodyStart ? [{ start: bodyStart, end: bodyEnd }] : [];
  return {
    source: input.source,
    text,
    article: {
      // an article with a URL keeps its id when its text is corrected; otherwise the text is its identity
      id: input.meta?.url ? articleId(`url:${input.meta.url}`) : articleId(text),
      title,
      url: input.meta?.url ?? null,
      publishedAt,
      publisher,
      language: 'en',
    },
    body,
    comments,
    sentences: [],
    tokens: [],
    mentions: [],
    entities: [],
    relations: [],
    statements: [],
    diagnostics: dated
      ? [{ stage: 'parse', level: 'info', message: `publication date ${dated} read from the dateline` }]
      : publishedAt
        ? []
        : [{ stage: 'parse', level: 'info', message: 'no publication date: relative dates stay unresolved' }],
  };
}
