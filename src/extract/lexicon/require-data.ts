/**
 * Loads a large data package (a gazetteer, a name list) for one-time indexing, then forgets it:
 * the package and everything it pulled in leave the module cache, so once the caller has built its
 * small index the raw data (100+ MB for GeoNames' cities) can be garbage-collected. Without this, the
 * API server would carry every city on earth for as long as it runs.
 */
export function requireData<T>(id: string): T {
  const before = new Set(Object.keys(require.cache));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the point: a require we can undo
  const value = require(id) as T;
  const added = new Set(Object.keys(require.cache).filter((k) => !before.has(k)));
  for (const key of added) delete require.cache[key];
  // the module object of this file lists what it required: drop those references too
  module.children = module.children.filter((c) => !added.has(c.id));
  return value;
}
