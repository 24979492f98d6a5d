/** Runs an operator script (scripts/*.ts) as a user would, against the test Neo4j. */
import { execFile } from 'node:child_process';
import path from 'node:path';
import type { Config } from '../../src/config';

export const ROOT = path.resolve(__dirname, '../..');

export function runScript(
  config: Config,
  script: string,
  args: string[],
  input?: string,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      [script, ...args],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          NEO4J_URI: config.NEO4J_URI,
          NEO4J_PASSWORD: config.NEO4J_PASSWORD,
          LOG_LEVEL: 'silent',
        },
        maxBuffer: 64 * 1024 * 1024,
      },
      (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}
