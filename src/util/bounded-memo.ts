/**
 * `compute` remembered per key, for keys that recur (the words of a corpus): the memory is cleared
 * when it holds `limit` keys, so a stream of new words cannot grow it forever.
 */
export function boundedMemo<K, V>(compute: (key: K) => V, limit = 50_000): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    let value = memo.get(key);
    if (value === undefined) {
      value = compute(key);
      if (memo.size >= limit) memo.clear();
      memo.set(key, value);
    }
    return value;
  };
}
