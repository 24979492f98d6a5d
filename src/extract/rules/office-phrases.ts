/**
 * A title that names its office with "of" ("Chancellor of the Exchequer Nigel Lawson", "Secretary of
 * Defense William Perry") runs straight into the holder's name, and the office's words read as the
 * first words of it. The person begins at the given name: the words before it belong to the title.
 */
import { givenNames } from '../lexicon/names';
import { TITLE_WORDS } from '../lexicon/words';
import { within } from '../sorted';
import type { TypedSpan } from '../tagger/tags';
import type { Token } from '../types';

/** a title word, "of" and perhaps "the", right before the span */
const OFFICE_OF = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+of\s+(?:the\s+)?$/u;

export function personsAfterOffices(spans: TypedSpan[], tokens: Token[], text: string): TypedSpan[] {
  return spans.map((span) => {
    if (span.type !== 'Person') return span;
    const title = OFFICE_OF.exec(text.slice(Math.max(0, span.start - 40), span.start))?.[1];
    if (!title || !TITLE_WORDS.has(title.toLowerCase())) return span;
    const words = within(tokens, span.start, span.end);
    // the given name that opens the holder's name, and at least a surname after it
    const k = words.findIndex((t, i) => i > 0 && i < words.length - 1 && givenNames().has(t.text.toLowerCase()));
    if (k <= 0 || givenNames().has(words[0]!.text.toLowerCase())) return span;
    return { ...span, start: words[k]!.start };
  });
}
