/**
 * V8 heap flags the API server runs with: `npm start` (package.json), the Docker image's CMD and
 * the benchmark's newsgraph process all pass these; a test keeps the three in step.
 *
 * Why: at concurrency 32 every in-flight request's objects survive two scavenges and are promoted,
 * and V8's default old-space growth factor (4x live on a machine with this much memory) let the heap
 * climb to ~220 MB between full GCs for ~50 MB of live data: peak RSS ~300 MB on the entity
 * scenario. A 32 MB semi-space lets more requests finish before their objects are promoted, and
 * growth capped at 2x live keeps the old space small (full GCs here take ~8 ms at 50 MB live).
 * Measured (entity and subgraph at 1M, c32, 2 runs each): peak RSS 296-302 -> 232-238 MB,
 * server CPU per request within run-to-run noise (1.48-1.53 vs 1.50-1.58 ms on entity).
 * A hard --max-old-space-size cost 10-20 % CPU instead: V8 then also shrinks its growth steps.
 */
export const NODE_HEAP_FLAGS = ['--max-semi-space-size=32', '--heap-growing-percent=100'] as const;
