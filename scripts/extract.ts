/** `npm run extract -- [--format jsonl|json] PATH...`: articles to graph documents (JSON on stdout). */
import { Command, Option } from 'commander';
import { ExtractError, expandPaths, readArticle, extract } from '../src/extract';

const program = new Command('extract')
  .description('Extract entities, relations, statements and events from news articles (no database needed)')
  .addOption(new Option('--format <format>', 'output format').choices(['jsonl', 'json']).default('jsonl'))
  .argument('<paths...>', 'files, folders (their *.txt, *.json, *.md, *.html) or - for stdin')
  .action((paths: string[], opts: { format: 'jsonl' | 'json' }) => {
    const inputs = expandPaths(paths);
    let failed = 0;
    for (const source of inputs) {
      try {
        const out = extract(readArticle(source));
        process.stdout.write(
          opts.format === 'json' && inputs.length === 1
            ? `${JSON.stringify(out, null, 2)}\n`
            : `${JSON.stringify(out)}\n`,
        );
        for (const d of out.diagnostics)
          if (d.level === 'warn') process.stderr.write(`${source}: warning (${d.stage}): ${d.message}\n`);
      } catch (err) {
        failed++;
        const msg =
          err instanceof ExtractError ? `${err.code}: ${err.message}` : `unexpected error: ${(err as Error).message}`;
        process.stderr.write(`${source}: ${msg}\n`);
      }
    }
    if (inputs.length === 0) {
      process.stderr.write('extract: no article files found\n');
      failed = 1;
    }
    process.exitCode = failed ? 1 : 0;
  });

program.parse();
