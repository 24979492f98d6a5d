/**
 * Every id format of the graph, built and parsed here only. Ids are strings so they survive
 * JSON, GraphQL and Cypher unchanged.
 */
import crypto from 'node:crypto';

/** ASCII slug for canonical ids: "Jens Stoltenberg" -> "jens-stoltenberg". */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const sha = (algo: 'sha1' | 'sha256', s: string) => crypto.createHash(algo).update(s).digest('hex');

/** Stable article id: the same text (or `url:` + its URL) always gives the same id. */
export const articleId = (identity: string) => sha('sha256', identity).slice(0, 16);

/** `person:jens-stoltenberg`: an entity's type and its name's slug. */
export const entityId = (type: string, name: string) => `${type.toLowerCase()}:${slug(name)}`;

export const sentenceId = (article: string, index: number) => `${article}:s${index}`;
export const commentId = (article: string, index: number) => `${article}:c${index}`;
export const commenterId = (author: string) => `commenter:${author.toLowerCase().replace(/\s+/g, '-')}`;

/** A statement's id: its article, where it starts and what it says. */
export const statementId = (article: string, start: number, text: string) =>
  `statement:${article}:${sha('sha1', `${start}:${text}`).slice(0, 12)}`;

/** The article a sentence id belongs to. */
export const articleOfSentence = (sentence: string) => sentence.slice(0, sentence.lastIndexOf(':s'));
