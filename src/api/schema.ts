import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../util';

const SCHEMA_DIR = projectPath('schema');

/** The SDL from schema/*.graphql (the same files codegen reads). */
export function loadTypeDefs(): string {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
}
