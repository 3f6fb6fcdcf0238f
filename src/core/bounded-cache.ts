/**
 * Memoizes `compute` for up to `limit` keys, then starts over: answering touches the same
 * passages and sentences again and again, but a large corpus must not be cached whole.
 */
export function createBoundedCache<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const cache = new Map<K, V>()
  return (key) => {
    let value = cache.get(key)
    if (value === undefined) {
      if (cache.size >= limit) cache.clear()
      cache.set(key, (value = compute(key)))
    }
    return value
  }
}
