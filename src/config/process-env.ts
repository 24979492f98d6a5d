/**
 * The process environment, read in one place: settings of the command-line tools that are no server
 * settings, and the environment a child process inherits.
 */
import os from 'node:os';
import path from 'node:path';

/** Where `npm run cypher` keeps its history (NEWSGRAPH_CYPHER_HISTORY, default ~/.newsgraph_cypher_history). */
export function cypherHistoryFile(env: NodeJS.ProcessEnv = process.env): string {
  return env.NEWSGRAPH_CYPHER_HISTORY || path.join(os.homedir(), '.newsgraph_cypher_history');
}

/** This process's environment with `extra` over it: what a child process it starts should see. */
export function childEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
