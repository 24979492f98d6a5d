/**
 * The shipped tagger model: `ner-model.json`, built by `npm run train:ner` from CoNLL-2003 (its model
 * card, `ner-model.md`, says what it was trained on and how it scores). Loaded once, lazily, from
 * the checkout: nothing is downloaded. NEWSGRAPH_TAGGER_MODEL (src/config) names another model
 * file, or `off` for the rules alone.
 */
import fs from 'node:fs';
import { extractionSettings } from '../../config';
import { Tagger, type TaggerModel } from './tagger';
import { projectPath } from '../../util';

// from the checkout, not __dirname: the compiled tree (dist/) has no copy of the JSON
export const DEFAULT_MODEL_PATH = projectPath('src', 'extract', 'tagger', 'ner-model.json');

let cached: { setting: string; tagger: Tagger | null } | null = null;

export function loadTagger(file: string): Tagger {
  return Tagger.fromModel(JSON.parse(fs.readFileSync(file, 'utf8')) as TaggerModel);
}

/** The tagger the pipeline uses by default; null when turned off or when no model file exists. */
export function defaultTagger(): Tagger | null {
  const setting = extractionSettings().taggerModel;
  if (cached?.setting === setting) return cached.tagger;
  const file = setting === 'default' ? DEFAULT_MODEL_PATH : setting;
  const tagger = setting === 'off' || !fs.existsSync(file) ? null : loadTagger(file);
  cached = { setting, tagger };
  return tagger;
}
