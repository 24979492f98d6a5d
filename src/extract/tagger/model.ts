/**
 * The shipped tagger model: `re3d-model.json`, built by `npm run train:tagger` from the re3d corpus
 * (see docs/extraction.md for what it was trained on and how it was evaluated). Loaded once, lazily.
 * NEWSGRAPH_TAGGER_MODEL=path uses another model file; NEWSGRAPH_TAGGER_MODEL=off turns the tagger off.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { PerceptronModel } from './perceptron';
import { Tagger } from './tagger';
import { projectPath } from '../../util/project-root';

// from the checkout, not __dirname: the compiled tree (dist/) has no copy of the JSON
export const DEFAULT_MODEL_PATH = projectPath('src', 'extract', 'tagger', 're3d-model.json');

let cached: { path: string; tagger: Tagger | null } | null = null;

export function loadTagger(file: string): Tagger {
  return Tagger.fromModel(JSON.parse(fs.readFileSync(file, 'utf8')) as PerceptronModel);
}

/** The tagger the pipeline uses by default; null when turned off or when no model file exists. */
export function defaultTagger(): Tagger | null {
  const setting = process.env.NEWSGRAPH_TAGGER_MODEL;
  const file = setting && setting !== 'off' ? path.resolve(setting) : DEFAULT_MODEL_PATH;
  if (cached?.path === (setting === 'off' ? 'off' : file)) return cached.tagger;
  const tagger = setting === 'off' || !fs.existsSync(file) ? null : loadTagger(file);
  cached = { path: setting === 'off' ? 'off' : file, tagger };
  return tagger;
}
