import fs from 'node:fs';
import path from 'node:path';
import { decodeArticle } from './decode';
import { ExtractError } from './errors';
import { toArticleInput } from './formats';
import type { ArticleInput } from './stages/parse';

const ARTICLE_FILE = /\.(txt|json|md|markdown|html?)$/i;

/** Expands CLI paths: files as given, folders to their article files in sorted order, "-" for stdin. */
export function expandPaths(paths: string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (p === '-') out.push(p);
    else if (fs.existsSync(p) && fs.statSync(p).isDirectory())
      out.push(
        ...fs
          .readdirSync(p)
          .filter((f) => ARTICLE_FILE.test(f) && fs.statSync(path.join(p, f)).isFile())
          .sort()
          .map((f) => path.join(p, f)),
      );
    else out.push(p);
  }
  return out;
}

/** Reads and decodes one input; ExtractError (typed) for anything that is not an article. */
export function readArticle(source: string): ArticleInput {
  let bytes: Buffer;
  try {
    bytes = source === '-' ? fs.readFileSync(0) : fs.readFileSync(source);
  } catch (err) {
    throw new ExtractError(
      'NO_TEXT',
      `cannot read ${source}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`,
    );
  }
  return toArticleInput(source === '-' ? 'stdin' : source, decodeArticle(bytes));
}
