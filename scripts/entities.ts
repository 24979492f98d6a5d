/**
 * `npm run entities -- merge FROM_ID INTO_ID | split ID --alias NAME | undo LOG_ID | log`: operators'
 * corrections of entity resolution, each one transaction recorded in the graph's resolution log.
 */
import { Command } from 'commander';
import { ConfigError } from '../src/config';
import {
  correctionLog,
  DatabaseUnavailableError,
  type GraphClient,
  mergeEntities,
  ResolutionError,
  splitEntity,
  undoCorrection,
  type CorrectionResult,
} from '../src/graph';
import { connect } from './lib/connect';

async function withGraph(work: (graph: GraphClient) => Promise<void>): Promise<void> {
  const graph = await connect();
  try {
    await work(graph);
  } finally {
    await graph.close();
  }
}

const report = (r: CorrectionResult) =>
  console.log(
    `${r.entry.id}: ${r.entry.kind} ${r.entry.fromId}${r.entry.intoId ? ` into ${r.entry.intoId}` : ''}${
      r.entry.alias ? ` (alias ${r.entry.alias})` : ''
    }; ${r.rewritten.length} article(s) written again`,
  );

const program = new Command('entities').description("operators' corrections of entity resolution");
program
  .command('merge <fromId> <intoId>')
  .description('make FROM part of INTO: its mentions, facts and aliases move')
  .action((from: string, into: string) => withGraph(async (g) => report(await mergeEntities(g, from, into))));
program
  .command('split <id>')
  .requiredOption('--alias <name>', 'the alias whose articles get an entity of their own')
  .description('take the articles that name ID by one alias off it')
  .action((id: string, { alias }: { alias: string }) =>
    withGraph(async (g) => report(await splitEntity(g, id, alias))),
  );
program
  .command('undo <logId>')
  .description('take a merge or split back')
  .action((id: string) => withGraph(async (g) => report(await undoCorrection(g, id))));
program
  .command('log')
  .description('the resolution log, newest first')
  .action(() =>
    withGraph(async (g) => {
      for (const e of await correctionLog(g))
        console.log(
          [e.id, e.at, e.kind, e.fromId, e.intoId ?? '', e.alias ?? '', e.undoneAt ? `undone ${e.undoneAt}` : ''].join(
            '\t',
          ),
        );
    }),
  );

program.parseAsync().catch((err: unknown) => {
  console.error(
    err instanceof ConfigError || err instanceof DatabaseUnavailableError || err instanceof ResolutionError
      ? err.message
      : `entities: ${(err as Error).message}`,
  );
  process.exit(1);
});
