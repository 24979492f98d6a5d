import fs from 'node:fs';
import path from 'node:path';
import { print } from 'graphql';
import { mergeTypeDefs } from '@graphql-tools/merge';
import { projectPath } from '../util';

const SCHEMA_DIR = projectPath('schema');

/**
 * The SDL from schema/*.graphql (the same files codegen reads), merged into one document. Merging
 * lets schema/explore.graphql add arguments to a field of the contract: a field declared twice
 * becomes one with both argument lists, which plain `extend type` cannot do.
 */
export function loadTypeDefs(): string {
  const files = fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
  return print(mergeTypeDefs(files, { sort: false }));
}
