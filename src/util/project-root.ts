import fs from 'node:fs';
import path from 'node:path';

/**
 * The checkout's root (the folder holding package.json), found by walking up from this file: the
 * same answer from source (src/util) and from the compiled tree (dist/src/util), so data files
 * (schema/, seeds/, the tagger model) are found either way.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(__dirname);

/** A path inside the checkout, e.g. projectPath('schema'). */
export const projectPath = (...parts: string[]): string => path.join(PROJECT_ROOT, ...parts);
