import type { Command } from 'commander';
import { ConfigError } from '../../src/config';
import { DatabaseUnavailableError } from '../../src/graph';

/**
 * Runs an operator command: a failure prints one line and exits 1. Config and connection errors
 * already name the variable or the URI, so they print as they are; others get the command's name.
 */
export function runProgram(program: Command): void {
  program.parseAsync().catch((err: unknown) => {
    if (err instanceof ConfigError || err instanceof DatabaseUnavailableError) console.error(err.message);
    else console.error(`${program.name()}: ${(err as Error).message}`);
    process.exit(1);
  });
}
