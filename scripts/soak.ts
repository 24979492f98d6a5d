/**
 * `npm run test:soak [-- --minutes N] [--kills N]`: the long reliability runs kept out of `npm test`.
 * 1. kill -9 of `npm run ingest` at random points over a 50-article batch, N times; then
 *    check:graph and a comparison with a clean ingest of the same articles.
 * 2. A load soak of the API at concurrency 32: 28 connections of valid reads (the benchmark's shapes,
 *    spread over many API keys) plus an ingestArticle every few seconds, and 4 connections of hostile
 *    traffic (fast-check's fuzzed requests and one key flooding past its rate limit). 5xx counted
 *    apart for valid and hostile requests, RSS growth after warm-up.
 * Runs on its own Neo4j (port 7689) and prints a Markdown report.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command } from 'commander';
import fc from 'fast-check';
import { childEnv, loadConfig } from '../src/config';
import { checkGraph, cypher, type GraphClient } from '../src/graph';
import { ingestPaths } from '../src/ingest';
import { writeCorpus } from './lib/bench-corpus';
import { connect } from './lib/connect';
import { hostileRequests } from './lib/hostile-requests';
import { managedInstance } from './lib/instance-from-config';
import { start, stop } from './lib/managed-neo4j';
import { runProgram } from './lib/run-program';

const ROOT = path.resolve(__dirname, '..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function counts(graph: GraphClient): Promise<string> {
  const rows = await graph.read<{ l: string; n: number }>(
    cypher('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS n ORDER BY l'),
  );
  const rels = await graph.read<{ n: number }>(cypher('MATCH ()-[r]->() RETURN count(r) AS n'));
  return `${rows.map((r) => `${r.l}=${r.n}`).join(' ')} rels=${rels[0]!.n}`;
}

async function killLoop(graph: GraphClient, env: NodeJS.ProcessEnv, kills: number): Promise<string> {
  const dir = writeCorpus(50);
  await graph.write(cypher('MATCH (n) DETACH DELETE n'));
  let killed = 0;
  for (let i = 0; i < kills; i++) {
    const child = spawn(TSX, ['scripts/ingest.ts', '--json', dir], { cwd: ROOT, env, detached: true, stdio: 'ignore' });
    await sleep(1500 + Math.random() * 4000);
    try {
      process.kill(-child.pid!, 'SIGKILL');
      killed++;
    } catch {
      /* it had finished */
    }
    await sleep(300);
  }
  const finish = await ingestPaths(graph, [dir]);
  const afterKills = await counts(graph);
  const problems = (await checkGraph(graph)).filter((c) => c.violations > 0);
  await graph.write(cypher('MATCH (n) DETACH DELETE n'));
  await ingestPaths(graph, [dir]);
  const clean = await counts(graph);
  return [
    `| kill -9 during ingest | ${killed} kills over a 50-article batch, then one full run (${finish.created} created, ${finish.unchanged} already complete, ${finish.failed} failed) |`,
    `| check:graph afterwards | ${problems.length === 0 ? 'clean' : problems.map((p) => `${p.name}: ${p.violations}`).join(', ')} |`,
    `| counts equal a clean ingest | ${afterKills === clean ? 'yes' : `no: ${afterKills} vs ${clean}`} |`,
  ].join('\n');
}

async function rss(url: string): Promise<number> {
  const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
  return Number(/process_resident_memory_bytes (\d+)/.exec(text)?.[1] ?? 0) / 1048576;
}

async function loadSoak(env: NodeJS.ProcessEnv, minutes: number, apiKey: string): Promise<string> {
  const server = spawn(TSX, ['scripts/start.ts'], {
    cwd: ROOT,
    env: { ...env, PORT: '4555', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const t = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 90_000);
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /Apollo Sandbox: (\S+)/.exec(out);
      if (m) {
        clearTimeout(t);
        resolve(m[1]!);
      }
    });
  });
  const queries = [
    '{ entity(id: "organization:nato") { name relationships(first: 20) { edges { node { type other { name } evidence { sentence { text } } } } } } }',
    '{ search(text: "stoltenberg", first: 10) { score entity { id name } } }',
    '{ events(from: "2023-01-01", to: "2023-12-31", first: 50) { totalCount edges { node { name date } } } }',
    '{ shortestPath(fromId: "person:jens-stoltenberg", toId: "place:bakhmut") { length } }',
    '{ subgraph(centerId: "place:ukraine", depth: 2, limit: 200) { nodes { id } edges { id } } }',
  ];
  // valid readers spread over keys, each far inside its own read bucket
  const valid = Array.from({ length: 60 }, (_, k) =>
    queries.map((q) => ({
      method: 'POST' as const,
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'x-api-key': `soak-reader-${k}` },
      body: JSON.stringify({ query: q }),
    })),
  ).flat();
  // hostile: fuzzed requests (seeded), and one key flooding its read bucket
  const fuzzed = fc.sample(hostileRequests(queries), { seed: 7, numRuns: 400 }).map((r) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: r.headers,
    body: r.body,
  }));
  const flood = queries.map((q) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json', 'x-api-key': 'soak-flooder' },
    body: JSON.stringify({ query: q }),
  }));
  const hostile = fuzzed.flatMap((r, i) => (i % 4 === 0 ? [r, ...flood] : [r]));
  let ingests = 0;
  let ingestErrors = 0;
  const ingestOne = async () => {
    const text = `date 2023-03-${String((ingests % 28) + 1).padStart(2, '0')}\nNATO Secretary General Jens Stoltenberg met officials in Brussels on Monday. Soak article ${ingests}.`;
    ingests++;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({
        query: 'mutation ($t: String!) { ingestArticle(input: { text: $t }) { created } }',
        variables: { t: text },
      }),
    }).catch(() => null);
    if (!res || !res.ok) ingestErrors++;
  };
  // warm-up: the first ingest loads the gazetteers, the first reads fill the caches; RSS growth counts from here
  await ingestOne();
  await autocannon({ url: url.replace(/\/graphql$/, ''), connections: 32, duration: 30, requests: valid });
  const rssStart = await rss(url);
  const ingester = setInterval(() => void ingestOne(), 3000);
  let peak = rssStart;
  const sampler = setInterval(async () => (peak = Math.max(peak, await rss(url).catch(() => 0))), 5000);
  const [result, bad] = await Promise.all([
    autocannon({ url: url.replace(/\/graphql$/, ''), connections: 28, duration: minutes * 60, requests: valid }),
    autocannon({ url: url.replace(/\/graphql$/, ''), connections: 4, duration: minutes * 60, requests: hostile }),
  ]);
  const limited = bad.statusCodeStats?.['429']?.count ?? 0;
  clearInterval(ingester);
  clearInterval(sampler);
  const rssEnd = await rss(url);
  server.kill('SIGINT');
  await new Promise((r) => server.on('exit', r));
  const growth = ((rssEnd - rssStart) / rssStart) * 100;
  return [
    `| load soak | ${minutes} min at concurrency 32 (28 valid, 4 hostile): ${result.requests.total + bad.requests.total} requests, ${Math.round(result.requests.average + bad.requests.average)} req/s; valid p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms |`,
    `| valid requests | ${result.requests.total}: 5xx ${result['5xx']}, non-2xx ${result.non2xx}; errors ${result.errors}, timeouts ${result.timeouts} |`,
    `| hostile requests | ${bad.requests.total} (${fuzzed.length} fuzzed shapes and a flooding key): 5xx ${bad['5xx']}, 4xx ${bad['4xx']} (429: ${limited}), 2xx ${bad['2xx']}; errors ${bad.errors}, timeouts ${bad.timeouts} |`,
    `| ingests during the soak | ${ingests} ingestArticle mutations, ${ingestErrors} failed |`,
    `| API RSS | ${rssStart.toFixed(0)} MB after warm-up, ${rssEnd.toFixed(0)} MB at the end (${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%), peak ${peak.toFixed(0)} MB |`,
  ].join('\n');
}

const program = new Command('soak')
  .option('--minutes <n>', 'length of the load soak', '5')
  .option('--kills <n>', 'kill -9 count', '20')
  .action(async (opts: { minutes: string; kills: string }) => {
    const instance = managedInstance('bench');
    const started = await start(instance);
    const apiKey = 'soak-api-key-1234';
    const env = childEnv({
      NEO4J_URI: started.uri,
      NEO4J_PASSWORD: instance.password,
      API_KEY: apiKey,
      LOG_LEVEL: 'silent',
    });
    const graph = await connect(loadConfig(env));
    try {
      const kill = await killLoop(graph, env, Number(opts.kills));
      const load = await loadSoak(env, Number(opts.minutes), apiKey);
      console.log(
        `Run on ${new Date().toISOString().slice(0, 10)} by \`npm run test:soak\`:\n\n| run | result |\n| --- | --- |\n${kill}\n${load}`,
      );
    } finally {
      await graph.close();
      if (started.started) await stop(instance);
    }
  });

runProgram(program);
