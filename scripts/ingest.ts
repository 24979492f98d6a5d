/** `npm run ingest -- PATH...` | `npm run ingest -- --delete ARTICLE_ID`: articles into the graph. */
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { deleteArticle, ingestPaths } from '../src/ingest';
import { connect } from './lib/connect';
import { runProgram } from './lib/run-program';

const program = new Command('ingest')
  .description('Extract articles and write them into Neo4j, one transaction per article')
  .argument('[paths...]', 'files, folders or - for stdin')
  .option('--delete <articleId>', 'remove an article and every fact only it supported')
  .option('--json', 'print only a JSON summary')
  .action(async (paths: string[], opts: { delete?: string; json?: boolean }) => {
    const graph = await connect();
    try {
      if (opts.delete) {
        const removed = await deleteArticle(graph, opts.delete);
        if (opts.json) console.log(JSON.stringify({ deleted: removed, articleId: opts.delete }));
        else console.log(removed ? `Deleted article ${opts.delete}` : `No article ${opts.delete}`);
        process.exitCode = removed ? 0 : 1;
        return;
      }
      if (paths.length === 0) throw new Error('give at least one path (or --delete ARTICLE_ID)');
      const bar =
        !opts.json && process.stderr.isTTY
          ? new SingleBar(
              { format: 'ingest [{bar}] {value}/{total} articles | {rate}/s | ETA {eta}s', hideCursor: true },
              Presets.shades_classic,
            )
          : null;
      const t0 = Date.now();
      let started = false;
      const summary = await ingestPaths(graph, paths, {
        onProgress: (done, total, outcome) => {
          if (bar && !started) {
            bar.start(total, 0, { rate: '0.0' });
            started = true;
          }
          bar?.update(done, { rate: (done / ((Date.now() - t0) / 1000)).toFixed(1) });
          if (outcome.error && !opts.json) process.stderr.write(`\n${outcome.source}: ${outcome.error}\n`);
        },
      });
      bar?.stop();
      if (opts.json) console.log(JSON.stringify(summary));
      else {
        console.log(
          `${summary.articles} articles in ${summary.seconds}s: ${summary.created} created, ${summary.updated} updated, ` +
            `${summary.unchanged} unchanged, ${summary.failed} failed; ${summary.entities} entities, ${summary.relations} relations, ` +
            `${summary.statements} statements written`,
        );
        for (const f of summary.failures) console.log(`  failed ${f.source}: ${f.error}`);
      }
      process.exitCode = summary.failed ? 1 : 0;
    } finally {
      await graph.close();
    }
  });

runProgram(program);
