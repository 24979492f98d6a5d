/**
 * The API benchmark: synthetic graphs at each size, three systems (newsgraph, @neo4j/graphql, the
 * raw driver) each in its own process on the same Neo4j, loaded by autocannon from this process,
 * interleaved so machine noise falls on all of them alike.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { SingleBar, Presets } from 'cli-progress';
import { childEnv, loadConfig, NODE_HEAP_FLAGS } from '../../src/config';
import { checkFairness, type FairnessResult } from './fairness';
import {
  type BenchSample,
  type EventsPage,
  namesOf,
  pathPairsOf,
  placesWithEvents,
  type SampledEntity,
  sampleIndexes,
  samplePlaces,
  searchTextsOf,
} from './sample';
import { shapeFor, syntheticBatchCount, syntheticGraph, syntheticId } from './synthetic';
import { type GraphClient, cypher } from '../../src/graph';
import { PROJECT_ROOT } from '../../src/util';
import { connect } from '../lib/connect';
import { managedInstance } from '../lib/instance-from-config';
import { reset, start, status, stop } from '../lib/managed-neo4j';
import {
  EVENTS_NEO4J_GRAPHQL,
  EVENTS_NEWSGRAPH,
  requestFor,
  SCENARIOS,
  SYSTEMS,
  type Scenario,
  type System,
} from './scenarios';

export interface ApiResult {
  scenario: Scenario;
  system: System;
  concurrency: number;
  entities: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  errors: number;
}

export interface ApiBenchOptions {
  sizes: number[];
  concurrencies: number[];
  seconds: number;
  repetitions: number;
  /** only these scenarios (default: all) */
  scenarios?: Scenario[];
  /** write a V8 CPU profile of each server into this directory (`node --cpu-prof`) */
  profileDir?: string;
}

/** CPU time per request, from /proc: where a system's cost goes (its own process, or Neo4j). */
export interface CpuPerRequest {
  scenario: Scenario;
  system: System;
  concurrency: number;
  entities: number;
  serverMs: number;
  neo4jMs: number;
}

export interface ApiBenchReport {
  results: ApiResult[];
  cpu: CpuPerRequest[];
  loads: { entities: number; seconds: number; nodes: number; relationships: number }[];
  maxRssMb: Record<System, number>;
  /** where each system's peak RSS was sampled: "<entities> <scenario>" */
  peakRssAt: Record<System, string>;
  /** the answers compared before timing, per size and scenario (a mismatch fails the bench) */
  fairness: (FairnessResult & { entities: number })[];
  options: ApiBenchOptions;
}

const PORTS: Record<System, number> = { newsgraph: 4101, 'neo4j-graphql': 4102, 'raw-driver': 4103 };
const urlOf = (s: System) =>
  s === 'raw-driver' ? `http://127.0.0.1:${PORTS[s]}/` : `http://127.0.0.1:${PORTS[s]}/graphql`;

async function load(graph: GraphClient, entities: number): Promise<ApiBenchReport['loads'][number]> {
  const shape = shapeFor(entities);
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: `load ${entities} entities [{bar}] {value}/{total} batches` }, Presets.shades_classic)
    : null;
  bar?.start(syntheticBatchCount(shape), 0);
  const t0 = performance.now();
  for (const q of syntheticGraph(shape)) {
    await graph.write(q);
    bar?.increment();
  }
  await graph.read(cypher('CALL db.awaitIndexes(600)'));
  const seconds = Number(((performance.now() - t0) / 1000).toFixed(1));
  bar?.stop();
  const [c] = await graph.read<{ nodes: number; relationships: number }>(
    cypher(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    ),
  );
  process.stderr.write(
    `loaded ${entities} entities in ${seconds}s (${c!.nodes} nodes, ${c!.relationships} relationships)\n`,
  );
  return { entities, seconds, ...c! };
}

async function post(url: string, body: string): Promise<any> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return res.json();
}

/**
 * The seeded sample every read scenario draws from (sample.ts), with each GraphQL system's cursor
 * of the first events page of every sampled place that has events.
 */
async function buildSample(graph: GraphClient, entities: number): Promise<BenchSample> {
  const indexes = sampleIndexes(entities);
  const sampled = await graph.read<SampledEntity>(namesOf(indexes.map(syntheticId)));
  const from = '2022-01-01';
  const to = '2023-12-31';
  const places = (await graph.read<{ id: string }>(placesWithEvents(samplePlaces(indexes)))).map((p) => p.id);
  const events: EventsPage[] = [];
  for (const placeId of places) {
    const vars = { from, to, placeId };
    const ng = await post(urlOf('newsgraph'), JSON.stringify({ query: EVENTS_NEWSGRAPH, variables: vars }));
    const n4 = await post(urlOf('neo4j-graphql'), JSON.stringify({ query: EVENTS_NEO4J_GRAPHQL, variables: vars }));
    events.push({
      placeId,
      newsgraphCursor: ng.data.events.pageInfo.endCursor,
      neo4jGraphqlCursor: n4.data.eventsConnection.pageInfo.endCursor,
    });
  }
  const sample: BenchSample = {
    entities: sampled,
    searchTexts: searchTextsOf(sampled.filter((e) => e.label === 'Person')),
    pathPairs: pathPairsOf(sampled),
    events,
    from,
    to,
  };
  process.stderr.write(
    `sample: ${sampled.length} entities, ${sample.searchTexts.length} search texts, ${sample.pathPairs.length} path pairs, ${events.length} places with events\n`,
  );
  return sample;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** One autocannon run; latencies are kept per request so p95 is exact. */
async function cannon(
  system: System,
  scenario: Scenario,
  sample: BenchSample,
  concurrency: number,
  seconds: number,
  apiKey: string,
) {
  const req = requestFor(system, scenario, sample, apiKey)!;
  const latencies: number[] = [];
  let errors = 0;
  let n = 0;
  let done!: (r: autocannon.Result) => void;
  let fail!: (e: Error) => void;
  const finished = new Promise<autocannon.Result>((resolve, reject) => ((done = resolve), (fail = reject)));
  const instance = autocannon(
    {
      url: urlOf(system),
      connections: concurrency,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...req.headers },
          setupRequest: (r: any) => ({ ...r, body: req.body(n++) }),
          onResponse: (status: number, body: string) => {
            if (status !== 200 || body.includes('"errors"')) errors++;
          },
        } as any,
      ],
    },
    (err, result) => (err ? fail(err) : done(result)),
  );
  instance.on('response', (_c: unknown, _s: number, _b: number, ms: number) => latencies.push(ms));
  const result = await finished;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds: result.duration,
    latencies,
    errors: errors + result.errors + result.timeouts,
  };
}

/**
 * Compiles the servers once (`tsc -p tsconfig.build.json` into dist/): they run as plain JS, as a
 * deployment would, not under tsx (whose loader and source-mapped stack traces cost memory and CPU).
 */
function buildServers(): void {
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}

function spawnServer(system: System, env: NodeJS.ProcessEnv, profileDir?: string): Promise<ChildProcess> {
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', path.join(profileDir, system)] : [];
  const child = spawn(
    process.execPath,
    // newsgraph runs with the heap flags it ships with; the baselines with Node's defaults
    [
      ...profile,
      ...(system === 'newsgraph' ? NODE_HEAP_FLAGS : []),
      path.join('dist', 'scripts', 'bench', 'serve.js'),
      system,
      String(PORTS[system]),
    ],
    { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${system} did not start`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      if (d.toString().includes('READY')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`${system} exited with ${code}`)));
  });
}

/** SIGTERM first: serve.ts exits cleanly on it, which is when node writes a CPU profile. */
async function stopServer(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** user + system CPU of a process in ms (/proc stat fields 14 and 15, in USER_HZ = 100 ticks/s on Linux). */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/**
 * Waits until Neo4j is idle (under 5 % of a core over a second, at most a minute): after a large
 * load it flushes and samples in the background, and that work would land on the first runs.
 */
async function settle(neo4jPid: number | undefined): Promise<void> {
  for (let i = 0; i < 60; i++) {
    const before = cpuMs(neo4jPid);
    await new Promise((r) => setTimeout(r, 1000));
    if (cpuMs(neo4jPid) - before < 50) return;
  }
}

function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

export async function benchApi(options: ApiBenchOptions): Promise<ApiBenchReport> {
  // production settings are what is measured, and production refuses the development secrets: the
  // bench's Neo4j is reset per size, so it takes a password of its own
  const instance = { ...managedInstance('bench'), password: 'newsgraph-bench-only', heap: '2g', pageCache: '2g' };
  const apiKey = 'newsgraph-bench-key';
  const results: ApiResult[] = [];
  const cpu: CpuPerRequest[] = [];
  const fullLoad = Math.max(...options.concurrencies);
  const loads: ApiBenchReport['loads'] = [];
  const maxRssMb: Record<System, number> = { newsgraph: 0, 'neo4j-graphql': 0, 'raw-driver': 0 };
  const peakRssAt: Record<System, string> = { newsgraph: '', 'neo4j-graphql': '', 'raw-driver': '' };
  const fairness: ApiBenchReport['fairness'] = [];
  let phase = '';
  buildServers();
  for (const entities of options.sizes) {
    await reset(instance);
    const started = await start(instance);
    const neo4jPid = (await status(instance)).pid ?? undefined;
    const env = childEnv({
      NEO4J_URI: started.uri,
      NEO4J_PASSWORD: instance.password,
      API_KEY: apiKey,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
    });
    // the bench's own loading and sampling reads walk the whole graph (1M entities): they get five
    // minutes, where the servers keep the API's timeout
    const graph = await connect(loadConfig({ ...env, NEO4J_QUERY_TIMEOUT_MS: String(5 * 60_000) }));
    const servers: Partial<Record<System, ChildProcess>> = {};
    let sampler: NodeJS.Timeout | undefined;
    try {
      loads.push(await load(graph, entities));
      for (const s of SYSTEMS) servers[s] = await spawnServer(s, env, options.profileDir);
      await settle(neo4jPid);
      sampler = setInterval(() => {
        for (const s of SYSTEMS) {
          const mb = servers[s]?.pid ? rssMb(servers[s]!.pid!) : 0;
          if (mb > maxRssMb[s]) [maxRssMb[s], peakRssAt[s]] = [mb, `${entities.toLocaleString('en')} ${phase}`];
        }
      }, 250);
      const sample = await buildSample(graph, entities);
      // Neo4j's JVM compiles its hot paths over its first minute or so of queries: until then the
      // same query costs it several times more CPU, whoever sends it. Warm it on every scenario first,
      // so that no system is measured against a colder Neo4j than another
      for (const scenario of options.scenarios ?? SCENARIOS)
        for (const s of SYSTEMS.filter((x) => requestFor(x, scenario, sample, apiKey))) {
          phase = `${scenario} (Neo4j warm-up)`;
          await cannon(s, scenario, sample, fullLoad, 2, apiKey);
        }
      for (const scenario of options.scenarios ?? SCENARIOS) {
        phase = scenario;
        const systems = SYSTEMS.filter((s) => requestFor(s, scenario, sample, apiKey));
        // warm-up at full load: Node's and Neo4j's JIT, plan caches, the pool's connections. A short,
        // light one left Neo4j still warming when the first measured run began (its CPU per request
        // twice the steady value), which penalised whichever system the rotation put first
        // reads only: an ingest writes, and @neo4j/graphql has no equivalent to compare with
        const fair =
          scenario === 'ingest'
            ? null
            : await checkFairness(scenario, systems, sample, (s, body) => post(urlOf(s), body), apiKey);
        if (fair) fairness.push({ entities, ...fair });
        if (fair?.mismatch)
          throw new Error(
            `fairness check failed: ${entities} ${scenario}, request ${fair.mismatch.n}:\n${JSON.stringify(fair.mismatch.answers, null, 2).slice(0, 4000)}`,
          );
        for (const s of systems) await cannon(s, scenario, sample, fullLoad, 3, apiKey);
        for (const concurrency of options.concurrencies) {
          const acc = new Map<
            System,
            {
              requests: number;
              seconds: number;
              latencies: number[];
              errors: number;
              serverMs: number;
              neo4jMs: number;
            }
          >();
          for (let rep = 0; rep < options.repetitions; rep++) {
            // rotate the order each repetition: no system always runs first or last
            const order = systems.map((_, i) => systems[(i + rep) % systems.length]!);
            for (const s of order) {
              const cpu0 = [cpuMs(servers[s]?.pid), cpuMs(neo4jPid)] as const;
              const r = await cannon(s, scenario, sample, concurrency, options.seconds, apiKey);
              const a = acc.get(s) ?? { requests: 0, seconds: 0, latencies: [], errors: 0, serverMs: 0, neo4jMs: 0 };
              a.serverMs += cpuMs(servers[s]?.pid) - cpu0[0];
              a.neo4jMs += cpuMs(neo4jPid) - cpu0[1];
              a.requests += r.requests;
              a.seconds += r.seconds;
              a.latencies.push(...r.latencies);
              a.errors += r.errors;
              acc.set(s, a);
            }
          }
          for (const [system, a] of acc) {
            a.latencies.sort((x, y) => x - y);
            const row: ApiResult = {
              scenario,
              system,
              concurrency,
              entities,
              requests: a.requests,
              rps: Number((a.requests / a.seconds).toFixed(1)),
              p50Ms: Number(percentile(a.latencies, 50).toFixed(1)),
              p95Ms: Number(percentile(a.latencies, 95).toFixed(1)),
              p99Ms: Number(percentile(a.latencies, 99).toFixed(1)),
              errors: a.errors,
            };
            results.push(row);
            const per = (ms: number) => Number((ms / Math.max(1, a.requests)).toFixed(2));
            cpu.push({ scenario, system, concurrency, entities, serverMs: per(a.serverMs), neo4jMs: per(a.neo4jMs) });
            process.stderr.write(
              `${entities} ${scenario} c=${concurrency} ${system}: ${row.rps} req/s p99 ${row.p99Ms} ms, ${row.errors} errors\n`,
            );
          }
        }
      }
    } finally {
      if (sampler) clearInterval(sampler);
      await Promise.all(SYSTEMS.map((s) => stopServer(servers[s])));
      await graph.close();
      await stop(instance);
    }
  }
  return { results, cpu, loads, maxRssMb, peakRssAt, fairness, options };
}
