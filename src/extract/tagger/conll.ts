/**
 * CoNLL-2003 files as training documents: each document's sentences detokenised the way news is
 * written (one sentence a line, as ../shared/eval/conll.py writes them for scoring, so the tagger
 * trains on exactly the text it is scored on), with the character span and type of every entity.
 */
import fs from 'node:fs';
import type { Range } from '../types';
import type { NamedType, TypedSpan } from './tags';

export interface ConllDocument {
  text: string;
  gold: TypedSpan[];
  /** Where the gold cannot say how CoNLL-2003 would tag (another corpus's convention): sentences here are not trained on. */
  unsure?: Range[];
}

const TYPES: Record<string, NamedType> = { PER: 'Person', ORG: 'Organization', LOC: 'Place', MISC: 'Misc' };
const NO_SPACE_BEFORE = new Set([
  ',',
  '.',
  ';',
  ':',
  '?',
  '!',
  ')',
  ']',
  '}',
  '%',
  "'s",
  "'S",
  "n't",
  "'re",
  "'ve",
  "'ll",
  "'d",
  "'m",
  "'",
]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$']);

/** Tokens -> the sentence as written, with each token's offsets in it. */
export function detokenise(tokens: string[]): { text: string; offsets: [number, number][] } {
  let text = '';
  let quoteOpen = false;
  let prev: string | null = null;
  const offsets: [number, number][] = [];
  for (const tok of tokens) {
    let space = text.length > 0;
    if (NO_SPACE_BEFORE.has(tok) || (prev !== null && NO_SPACE_AFTER.has(prev))) space = false;
    if (tok === '"') {
      if (quoteOpen) space = false;
      quoteOpen = !quoteOpen;
    } else if (prev === '"' && quoteOpen) space = false;
    if (space) text += ' ';
    offsets.push([text.length, text.length + tok.length]);
    text += tok;
    prev = tok;
  }
  return { text, offsets };
}

/** IOB1/IOB2 tags -> [first, last + 1, type] token ranges. */
function spans(tags: string[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  let start: number | null = null;
  let type: string | null = null;
  [...tags, 'O'].forEach((t, i) => {
    if (t === 'O' || t.startsWith('B-') || (t.startsWith('I-') && t.slice(2) !== type)) {
      if (start !== null) out.push([start, i, type!]);
      [start, type] = t === 'O' ? [null, null] : [i, t.slice(2)];
    }
  });
  return out;
}

function toDocument(sentences: [string, string][][]): ConllDocument {
  const lines: string[] = [];
  const gold: TypedSpan[] = [];
  let pos = 0;
  for (const sentence of sentences) {
    const { text, offsets } = detokenise(sentence.map(([w]) => w));
    for (const [a, b, type] of spans(sentence.map(([, t]) => t)))
      if (TYPES[type]) gold.push({ start: pos + offsets[a]![0], end: pos + offsets[b - 1]![1], type: TYPES[type] });
    lines.push(text);
    pos += text.length + 1;
  }
  return { text: lines.join('\n') + '\n', gold };
}

/** Reads a CoNLL-2003 file (token ... NER-tag per line, -DOCSTART- between documents). */
export function readConll(file: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: [string, string][][] = [];
  let sentence: [string, string][] = [];
  const endSentence = () => {
    if (sentence.length) doc.push(sentence);
    sentence = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) {
      endSentence();
      if (doc.length) docs.push(toDocument(doc));
      doc = [];
    } else if (!line.trim()) endSentence();
    else {
      const parts = line.split(' ');
      sentence.push([parts[0]!, parts[parts.length - 1]!]);
    }
  }
  endSentence();
  if (doc.length) docs.push(toDocument(doc));
  return docs;
}
