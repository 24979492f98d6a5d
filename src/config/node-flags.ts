/**
 * V8 heap flags the API server runs with: `npm start` (package.json), the Docker image's CMD and
 * the benchmark's newsgraph process all pass these; a test keeps the three in step.
 *
 * Why: at concurrency 32 every in-flight request's objects survive two scavenges and are promoted,
 * and V8's default old-space growth (4x the live heap on a machine with this much memory) let the
 * heap climb to ~220 MB between full collections for ~50-70 MB live (full collections here take
 * ~8 ms). Growth capped at 1.5x live keeps the old space small.
 * Measured on the 1M bench graph, c32, server alone (2 runs each):
 *   flags                          entity CPU/req   entity peak RSS   subgraph after ingest, peak RSS
 *   Node defaults                  1.48-1.65 ms     296-311 MB        (full bench run: 419 MB)
 *   semi-space 32, growth 2x       1.44-1.49 ms     232 MB            292-303 MB (full bench run: 312)
 *   semi-space 16, growth 1.5x     1.63-1.66 ms     178-181 MB        241 MB
 * The last is chosen: under 300 MB with a margin, for about 5 % more CPU than Node's defaults.
 * A hard --max-old-space-size cost 10-20 % CPU instead: V8 then also shrinks its growth steps.
 */
export const NODE_HEAP_FLAGS = ['--max-semi-space-size=16', '--heap-growing-percent=50'] as const;
