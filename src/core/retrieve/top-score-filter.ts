/**
 * A filter for MiniSearch's `search` that lets through every result that can still be among the
 * `limit` best, ties included, and drops the others before MiniSearch sorts them all. It keeps the
 * `limit` best scores seen so far: their lowest never exceeds the final `limit`-th best, so every
 * result scoring at least that is let through, and the best `limit` (ties at the cut kept) are
 * the same as without the filter. Results must arrive one at a time, as MiniSearch hands them.
 */
export function createTopScoreFilter(limit: number): (result: { score: number }) => boolean {
  // a min-heap of the best scores so far: its root is the lowest of them
  const heap = new Float64Array(Math.max(1, limit))
  let size = 0
  return ({ score }) => {
    if (limit <= 0) return false
    if (size < limit) {
      push(heap, size++, score)
      return true
    }
    if (score < heap[0]!) return false
    if (score > heap[0]!) replaceRoot(heap, size, score)
    return true
  }
}

function push(heap: Float64Array, at: number, score: number): void {
  while (at > 0) {
    const parent = (at - 1) >> 1
    if (heap[parent]! <= score) break
    heap[at] = heap[parent]!
    at = parent
  }
  heap[at] = score
}

function replaceRoot(heap: Float64Array, size: number, score: number): void {
  let at = 0
  for (;;) {
    const left = 2 * at + 1
    if (left >= size) break
    const right = left + 1
    const child = right < size && heap[right]! < heap[left]! ? right : left
    if (heap[child]! >= score) break
    heap[at] = heap[child]!
    at = child
  }
  heap[at] = score
}
