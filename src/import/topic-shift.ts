/**
 * Where a text changes topic, measured as in TextTiling (Hearst 1997): the fewer character pairs
 * the paragraphs just before a point share with those just after it, the sharper the change.
 */

/** Paragraphs compared on each side of a point. */
const windowSize = 2

/**
 * The candidate paragraph index (a point just before that paragraph) where the topic changes most:
 * the lowest cosine similarity of Han character pairs between the two paragraphs before and the two
 * from it on. A point with no paragraph before it is no change. Ties go to the earliest candidate;
 * `candidates` must not be empty.
 */
export function findTopicShift(texts: readonly string[], candidates: readonly number[]): number {
  let best = candidates[0]!
  let lowest = Infinity
  for (const at of candidates) {
    const similarity = at === 0 ? 1 : cosine(countPairs(texts.slice(Math.max(0, at - windowSize), at)), countPairs(texts.slice(at, at + windowSize)))
    if (similarity < lowest - 1e-12) {
      lowest = similarity
      best = at
    }
  }
  return best
}

function countPairs(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const text of texts) {
    for (const [run] of text.matchAll(/\p{Script=Han}+/gu)) {
      for (let i = 0; i + 2 <= run.length; i++) {
        const pair = run.slice(i, i + 2)
        counts.set(pair, (counts.get(pair) ?? 0) + 1)
      }
    }
  }
  return counts
}

function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0
  let normA = 0
  let normB = 0
  for (const [pair, count] of a) {
    normA += count * count
    dot += count * (b.get(pair) ?? 0)
  }
  for (const count of b.values()) normB += count * count
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB)
}
