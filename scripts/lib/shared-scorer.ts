/** Runs one of the shared evaluation scripts (../shared/eval) with a model: what it printed, picked, or why it could not run. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { childEnv } from '../../src/config';

export function sharedScorer(
  script: string,
  file: string,
  env: Record<string, string>,
  pick: (lines: string[]) => string[],
): string {
  try {
    const out = execFileSync('bash', [path.resolve(__dirname, '../../../shared/eval', script), file], {
      encoding: 'utf8',
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return pick(out.split('\n')).join('\n');
  } catch (e) {
    return `(not scored: ${(e as Error).message.split('\n')[0]})`;
  }
}
