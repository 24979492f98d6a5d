import { ExtractError } from './errors';
import type { ArticleInput } from './stages/parse';

/**
 * Turns a file's text into the parser's input. JSON articles give their `text`
 * field (offsets index into it); HTML has its tags blanked with spaces so that
 * offsets still index into the file exactly as read.
 */
export function toArticleInput(source: string, raw: string): ArticleInput {
  const trimmed = raw.trimStart();
  if (source.endsWith('.json') || (trimmed.startsWith('{') && trimmed.trimEnd().endsWith('}'))) {
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(raw);
    } catch (err) {
      throw new ExtractError('INVALID_JSON', `invalid JSON article: ${(err as Error).message}`);
    }
    if (typeof obj.text !== 'string' || obj.text.trim() === '')
      throw new ExtractError('NO_TEXT', 'JSON article has no "text" string');
    const str = (k: string) => (typeof obj[k] === 'string' && obj[k] ? (obj[k] as string) : null);
    const date = str('publishedAt');
    return {
      source,
      text: obj.text,
      meta: {
        title: str('title'),
        url: str('url'),
        publisher: str('publisher'),
        publishedAt: date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null,
      },
    };
  }
  if (/\.html?$/i.test(source) || /^<(!doctype|html|body|p|div|article)\b/i.test(trimmed)) {
    const titleMatch = /<title[^>]*>([^<]*)<\/title>/i.exec(raw);
    return { source, text: blankHtml(raw), meta: { title: titleMatch?.[1]?.trim() || null } };
  }
  return { source, text: raw };
}

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/** Same-length text: scripts, styles and tags become spaces; block ends become newlines. */
export function blankHtml(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi, blank)
    .replace(/<\/(p|div|h[1-6]|li|br|article|section)\s*>|<br\s*\/?>/gi, (m) => `${' '.repeat(m.length - 1)}\n`)
    .replace(/<[^>]*>/g, blank)
    .replace(/&(amp|quot|apos|lt|gt|nbsp|#39);/g, (m, name: string) => {
      const ch = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', '#39': "'" }[name] ?? ' ';
      return ch + ' '.repeat(m.length - 1);
    });
}
