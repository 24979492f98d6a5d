/**
 * The shipped tagger model: `ner-model.json`, built by `npm run train:ner` from CoNLL-2003 (its model
 * card, `ner-model.md`, says what it was trained on and how it scores). Loaded once, lazily, from
 * the checkout: nothing is downloaded. NEWSGRAPH_TAGGER_MODEL (src/config) names another model
 * file, or `off` for the rules alone; NEWSGRAPH_TAGGER_BEAM its beam width.
 */
import fs from 'node:fs';
import { extractionSettings } from '../../config';
import { Tagger, type TaggerModel } from './tagger';
import { projectPath } from '../../util';
import { modelLoader } from '../model-file';

// from the checkout, not __dirname: the compiled tree (dist/) has no copy of the JSON
export const DEFAULT_MODEL_PATH = projectPath('src', 'extract', 'tagger', 'ner-model.json');

export function loadTagger(file: string): Tagger {
  return Tagger.fromModel(JSON.parse(fs.readFileSync(file, 'utf8')) as TaggerModel, extractionSettings().taggerBeam);
}

/** The tagger the pipeline uses by default; null when turned off or when no model file exists. */
export const defaultTagger = modelLoader(() => extractionSettings().taggerModel, DEFAULT_MODEL_PATH, loadTagger);
