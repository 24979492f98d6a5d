/**
 * npm run cypher                     an interactive Cypher shell (history, :param, :params, table output)
 * npm run cypher -- -f queries.cypher  runs a file and exits (stops at the first error, exit code 1)
 * echo 'MATCH (n) RETURN count(n);' | npm run cypher
 * Read-only unless --write: statements run in read transactions, so Neo4j refuses writes.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { Command, Option } from 'commander';
import { connect } from './lib/connect';
import { isComplete, splitScript } from './lib/cypher-shell/input';
import { HELP, ShellSession } from './lib/cypher-shell/session';
import { runProgram } from './lib/run-program';
import { cypherHistoryFile } from '../src/config';

const HISTORY = cypherHistoryFile();

/** Runs statements and colon commands in order; false once :exit is reached. */
async function runScript(session: ShellSession, script: string): Promise<boolean> {
  for (const cmd of splitScript(script)) {
    if (!(await session.run(cmd))) return false;
  }
  return true;
}

async function interactive(session: ShellSession): Promise<void> {
  const history = fs.existsSync(HISTORY) ? fs.readFileSync(HISTORY, 'utf8').split('\n').filter(Boolean).reverse() : [];
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    history,
    historySize: 1000,
    prompt: 'neo4j> ',
  });
  rl.on('history', (h: string[]) => {
    fs.writeFileSync(HISTORY, [...h].reverse().join('\n') + '\n');
  });
  console.log(`Connected. ${HELP.split('\n')[0]} :help for more.`);
  rl.prompt();
  let buf = '';
  for await (const line of rl) {
    buf += (buf ? '\n' : '') + line;
    if (!isComplete(buf)) {
      rl.setPrompt(buf.trim() ? '     > ' : 'neo4j> ');
      rl.prompt();
      continue;
    }
    const text = buf;
    buf = '';
    try {
      // the same parser as files and pipes: comments, strings, several statements on a line
      if (!(await runScript(session, text))) break;
    } catch (err) {
      console.error((err as Error).message);
    }
    rl.setPrompt('neo4j> ');
    rl.prompt();
  }
  rl.close();
}

const program = new Command('cypher')
  .description('A Cypher shell over neo4j-driver, on the configured Neo4j')
  .option('-f, --file <path>', 'run the statements in this file, then exit')
  .option('-P, --param <name=>value...>', 'set a parameter, as :param does (repeatable)')
  .option('--write', 'allow writes (statements run in write transactions)')
  .addOption(new Option('--format <format>', 'output').choices(['table', 'json']).default('table'))
  .action(async (opts: { file?: string; param?: string[]; write?: boolean; format: 'table' | 'json' }) => {
    const graph = await connect();
    const session = new ShellSession(graph, {
      mode: opts.write ? 'WRITE' : 'READ',
      format: opts.format,
      print: (t) => console.log(t),
    });
    try {
      // `:param {"a": 1, "b": 2}` sets several: the script parser expands it
      for (const p of opts.param ?? []) await runScript(session, `:param ${p}`);
      if (opts.file) await runScript(session, fs.readFileSync(opts.file, 'utf8'));
      else if (!process.stdin.isTTY) await runScript(session, fs.readFileSync(0, 'utf8'));
      else await interactive(session);
    } finally {
      await graph.close();
    }
  });

runProgram(program);
