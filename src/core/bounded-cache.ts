/**
 * Memoizes `compute` for up to `limit` keys, then starts over: answering touches the same
 * passages and sentences again and again, but a large corpus must not be cached whole. The key is
 * the argument itself, or what `keyOf` picks of it.
 */
export function createBoundedCache<A, V, K = A>(compute: (arg: A) => V, limit: number, keyOf: (arg: A) => K = (arg) => arg as unknown as K): (arg: A) => V {
  const cache = new Map<K, V>()
  return (arg) => {
    const key = keyOf(arg)
    let value = cache.get(key)
    if (value === undefined) {
      if (cache.size >= limit) cache.clear()
      cache.set(key, (value = compute(arg)))
    }
    return value
  }
}
