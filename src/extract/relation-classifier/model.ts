/**
 * The shipped relation model: `relation-model.json`, built by `npm run train:relations` from CoNLL04
 * (its model card, `relation-model.md`, says what it was trained on and how it scores). Loaded
 * once, lazily, from the checkout. NEWSGRAPH_RELATION_MODEL (src/config) names another model file,
 * or `off` for the rules' relations alone.
 */
import fs from 'node:fs';
import { extractionSettings } from '../../config';
import { projectPath } from '../../util';
import { modelLoader } from '../model-file';
import { RelationClassifier, type RelationModel } from './classifier';

export const DEFAULT_RELATION_MODEL_PATH = projectPath('src', 'extract', 'relation-classifier', 'relation-model.json');

export function loadRelationClassifier(file: string): RelationClassifier {
  return RelationClassifier.fromModel(JSON.parse(fs.readFileSync(file, 'utf8')) as RelationModel);
}

/** The classifier the pipeline uses by default; null when turned off or when no model file exists. */
export const defaultRelationClassifier = modelLoader(
  () => extractionSettings().relationModel,
  DEFAULT_RELATION_MODEL_PATH,
  loadRelationClassifier,
);
