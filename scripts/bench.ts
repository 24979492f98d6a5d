/**
 * `npm run bench [-- --quick] [--json FILE]`: extraction throughput and memory,
 * and ingestion of a 1,000-article corpus into a Neo4j of its own (port 7689),
 * cold and warm. A full run writes docs/performance.md and its raw results to docs/bench-results.json
 * (and to FILE as JSON, any run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { extract } from '../src/extract';
import { cypher } from '../src/graph';
import { ingestPaths, type IngestSummary } from '../src/ingest';
import { childEnv, loadConfig } from '../src/config';
import { benchApi, type ApiBenchReport } from './bench/api-bench';
import { apiReport } from './bench/api-report';
import { SCENARIOS, type Scenario } from './bench/scenarios';
import { benchTexts, writeCorpus } from './lib/bench-corpus';
import { connect } from './lib/connect';
import { managedInstance } from './lib/instance-from-config';
import { reset, start, stop } from './lib/managed-neo4j';
import { runProgram } from './lib/run-program';

interface ExtractBench {
  texts: number;
  kb: number;
  seconds: number;
  kbPerSecondPerCore: number;
  /** the first pass over the texts: every name new to the process's caches, the JIT cold */
  firstSightKbPerSecond: number;
  oneMbSeconds: number;
  oneMbPeakRssMb: number;
}

function benchExtraction(quick: boolean): ExtractBench {
  const texts = benchTexts();
  const rounds = quick ? 2 : 5;
  extract({ source: 'load', text: texts[0]! }); // load models and gazetteers
  // the first sight of each text: what a stream of new articles pays, with names read for the first time
  const f0 = performance.now();
  for (const t of texts) extract({ source: 'warm', text: t });
  const firstSeconds = (performance.now() - f0) / 1000;
  const t0 = performance.now();
  let bytes = 0;
  for (let r = 0; r < rounds; r++)
    for (const t of texts) {
      extract({ source: 'bench', text: t });
      bytes += Buffer.byteLength(t);
    }
  const seconds = (performance.now() - t0) / 1000;
  // one article of 1 MB: every text once as paragraphs, repeated
  let big = 'date 2023-02-16\n';
  while (Buffer.byteLength(big) < 1024 * 1024) big += `${texts.join('\n')}\n`;
  big = big.slice(0, 1024 * 1024);
  const b0 = performance.now();
  extract({ source: 'big', text: big });
  const oneMbSeconds = (performance.now() - b0) / 1000;
  // the process's high-water mark (the kernel's): a timer sampling rss never fires while the
  // extraction runs, so it saw only the memory before and after. It includes the rounds above,
  // which hold less.
  const peak = process.resourceUsage().maxRSS * 1024;
  return {
    texts: texts.length,
    kb: Math.round(bytes / 1024),
    seconds: Number(seconds.toFixed(2)),
    kbPerSecondPerCore: Math.round(bytes / 1024 / seconds),
    firstSightKbPerSecond: Math.round(bytes / rounds / 1024 / firstSeconds),
    oneMbSeconds: Number(oneMbSeconds.toFixed(2)),
    oneMbPeakRssMb: Math.round(peak / 1048576),
  };
}

interface IngestBench extends IngestSummary {
  run: 'cold' | 'warm';
  threads: number;
  articlesPerSecond: number;
  writeShare: number;
}

async function benchIngestion(n: number): Promise<IngestBench[]> {
  const instance = managedInstance('bench');
  // a cold start on an empty store: the API part leaves up to a million entities behind, too many
  // to delete in one transaction
  await reset(instance);
  const started = await start(instance);
  const config = loadConfig(
    childEnv({
      NEO4J_URI: started.uri,
      NEO4J_PASSWORD: instance.password,
      LOG_LEVEL: 'silent',
    }),
  );
  const graph = await connect(config);
  const dir = writeCorpus(n);
  const out: IngestBench[] = [];
  try {
    for (const run of ['cold', 'warm'] as const) {
      await graph.write(cypher('MATCH (n) DETACH DELETE n'));
      const s = await ingestPaths(graph, [dir], { workers: 'on' });
      out.push({
        ...s,
        run,
        threads: s.threads,
        articlesPerSecond: Number((s.articles / s.seconds).toFixed(1)),
        writeShare: Number((s.writeSeconds / s.seconds).toFixed(2)),
      });
      process.stderr.write(`ingest ${run}: ${s.articles} articles in ${s.seconds}s\n`);
    }
  } finally {
    await graph.close();
    fs.rmSync(dir, { recursive: true, force: true });
    if (started.started) await stop(instance);
  }
  return out;
}

function report(ex: ExtractBench, ing: IngestBench[], quick: boolean): string {
  const neo4j = fs.readFileSync(path.resolve(__dirname, 'neo4j/pom.xml'), 'utf8').match(/<neo4j.version>([^<]+)/)?.[1];
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const rows = ing
    .map(
      (r) =>
        `| ${r.run} | ${r.articles} | ${r.threads} | ${r.seconds} | **${r.articlesPerSecond}** | ${r.extractSeconds} | ${r.writeSeconds} | ${Math.round(r.writeShare * 100)}% | ${r.failed} |`,
    )
    .join('\n');
  return `# Performance

Measured by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${cpu}),
${Math.round(os.totalmem() / 1073741824)} GiB, Node ${process.version}, Neo4j Community ${neo4j} (managed, 1 GiB heap, 512 MiB page cache).
Numbers are from one run on a shared machine: read them as an order of magnitude.

## Extraction (one core)

| texts | KB | seconds | KB/s per core | first sight: KB/s | 1 MB article: seconds | 1 MB article: peak RSS |
| --- | --- | --- | --- | --- | --- | --- |
| ${ex.texts} | ${ex.kb} | ${ex.seconds} | **${ex.kbPerSecondPerCore}** | ${ex.firstSightKbPerSecond} | ${ex.oneMbSeconds} | ${ex.oneMbPeakRssMb} MB |

KB/s per core is over repeated rounds of the texts, after a first pass; first sight is that first
pass, where the process reads every word and name for the first time and the JIT is still cold: a
stream of new articles runs between the two, as its names recur.

## Ingestion (extraction on worker threads, one write transaction per article)

The corpus is the seed, the test articles and the re3d documents, repeated with distinct
dates and closing lines. Cold: first run after Neo4j started, empty graph. Warm: the
same corpus again into an emptied graph, caches warm. Extraction seconds are summed over
workers; write seconds are the wall time of the transactions.

| run | articles | worker threads | seconds | articles/s | extraction s (CPU) | write s | write share | failed |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows}

Two cores serve the extraction workers and Neo4j at once, so write time includes
waiting for the CPU the workers hold.
`;
}

interface BenchOptions {
  quick?: boolean;
  json?: string;
  docs: boolean;
  sizes?: string;
  apiOnly?: boolean;
  scenarios?: string;
  profile?: string;
}

function parseScenarios(list: string): Scenario[] {
  const names = list.split(',').map((s) => s.trim());
  const unknown = names.filter((n) => !(SCENARIOS as readonly string[]).includes(n));
  if (unknown.length) throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${SCENARIOS.join(', ')}`);
  return names as Scenario[];
}

const program = new Command('bench')
  .option('--quick', 'smaller: 200 articles, a 10k-entity graph, 3 s per run, two repetitions')
  .option('--json <file>', 'also write the API results as JSON: [{scenario, system, concurrency, entities, ...}]')
  .option('--sizes <list>', 'entity counts of the synthetic graphs (default 10000,100000,1000000; quick 10000)')
  .option('--api-only', 'skip the extraction and ingestion parts')
  .option('--no-docs', 'do not rewrite docs/performance.md and docs/bench-results.json (a full run does by default)')
  .option('--scenarios <list>', `API scenarios to run (default all: ${SCENARIOS.join(',')})`)
  .option('--profile <dir>', 'write a CPU profile of each API server into DIR (open in Chrome DevTools)')
  .action(async (opts: BenchOptions) => {
    const quick = Boolean(opts.quick);
    let md = '';
    if (!opts.apiOnly) {
      const ex = benchExtraction(quick);
      process.stderr.write(
        `extraction: ${ex.kbPerSecondPerCore} KB/s per core (first sight ${ex.firstSightKbPerSecond})\n`,
      );
      const ing = await benchIngestion(quick ? 200 : 1000);
      md = report(ex, ing, quick);
    }
    const sizes = opts.sizes ? opts.sizes.split(',').map(Number) : quick ? [10_000] : [10_000, 100_000, 1_000_000];
    const api: ApiBenchReport = await benchApi({
      sizes,
      concurrencies: [1, 32],
      // two repetitions even when quick: the order of the systems rotates between them, so none is
      // always measured first, against a Neo4j still settling from the previous run
      seconds: quick ? 3 : 6,
      repetitions: 2,
      scenarios: opts.scenarios ? parseScenarios(opts.scenarios) : undefined,
      profileDir: opts.profile ? path.resolve(opts.profile) : undefined,
    });
    md += apiReport(api, quick);
    // only a full run is the record: a quick or partial run must not replace its table
    if (opts.docs && !opts.apiOnly && !quick && !opts.sizes && !opts.scenarios) {
      fs.writeFileSync(path.resolve(__dirname, '../docs/performance.md'), md);
      fs.writeFileSync(path.resolve(__dirname, '../docs/bench-results.json'), JSON.stringify(api.results, null, 2));
    }
    if (opts.json) fs.writeFileSync(opts.json, JSON.stringify(api.results, null, 2));
    process.stdout.write(md);
  });

runProgram(program);
