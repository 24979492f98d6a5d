/** Operator commands for the managed local Neo4j: npm run db:start|db:stop|db:status|db:reset */
import { Command } from 'commander';
import { managedInstance } from './lib/instance-from-config';
import { diskUsage, logFile, provision, reset, start, status, stop } from './lib/managed-neo4j';
import { runProgram } from './lib/run-program';

const program = new Command('db').description('Manage the local Neo4j Community 5.26 (no Docker)');
const instanceOpt = ['--instance <name>', 'dev (port 7687) or test (port 7688)', 'dev'] as const;
const pick = (name: string) => managedInstance(name === 'test' ? 'test' : 'dev');

program
  .command('start')
  .option(...instanceOpt)
  .action(async ({ instance }) => {
    const t0 = Date.now();
    const r = await start(pick(instance));
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    console.log(
      `${r.started ? 'Started' : 'Already running:'} Neo4j ${r.version} (pid ${r.pid}) on ${r.uri} in ${secs}s; ` +
        `disk ${diskUsage()} in .neo4j/`,
    );
  });
program
  .command('provision')
  .description('resolve the Neo4j jars from Maven Central without starting it')
  .action(() => {
    provision();
    console.log(`Neo4j jars ready in .neo4j/lib (${diskUsage()} in .neo4j/)`);
  });
program
  .command('stop')
  .option(...instanceOpt)
  .action(async ({ instance }) => {
    console.log((await stop(pick(instance))) ? 'Neo4j stopped' : 'Neo4j was not running');
  });
program
  .command('status')
  .option(...instanceOpt)
  .action(async ({ instance }) => {
    const o = pick(instance);
    const s = await status(o);
    if (!s.pid) {
      console.log('Neo4j is not running');
      process.exitCode = 3;
    } else
      console.log(
        `Neo4j ${s.version ?? '(not answering yet)'} pid ${s.pid} on bolt://${o.host}:${o.port}; log ${logFile(o)}`,
      );
  });
program
  .command('reset')
  .option(...instanceOpt)
  .description('stop and delete all data of the instance (the jars stay)')
  .action(async ({ instance }) => {
    await reset(pick(instance));
    console.log('Neo4j data deleted; run npm run db:start to start afresh');
  });

runProgram(program);
