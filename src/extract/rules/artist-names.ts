/**
 * "the singer Wizkid", "rapper Megan Thee Stallion", "novelist Elena Ferrante": a noun for what one
 * person does in the arts, in lower case right before a name, makes the name that person's, though
 * a stage name may read as a firm's or a place's. (A trade's noun in capitals opens a title or a
 * name: "Director Smith", "Painter Street".)
 */
import type { TypedSpan } from '../tagger/tags';

const ARTIST_BEFORE =
  /(?:^|[^\p{L}])(?:singer|rapper|actor|actress|comedian|novelist|author|poet|painter|sculptor|songwriter|singer-songwriter|musician|guitarist|drummer|pianist|violinist|composer|conductor|playwright|filmmaker|film-maker|DJ|dancer|ballerina|model|photographer|designer)\s+$/u;

export function artistNames(spans: TypedSpan[], _tokens: unknown, text: string): TypedSpan[] {
  return spans.map((span) =>
    (span.type === 'Organization' || span.type === 'Place') &&
    ARTIST_BEFORE.test(text.slice(Math.max(0, span.start - 30), span.start))
      ? { ...span, type: 'Person' }
      : span,
  );
}
