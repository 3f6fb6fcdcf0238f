import type MiniSearch from 'minisearch'

/** MiniSearch's plain-object form (what `toJSON` returns and `loadJS` reads). */
export type MiniSearchJS = Parameters<typeof MiniSearch.loadJS>[0]

/** One term's postings as MiniSearch's plain object holds them: field id → { document short id → term frequency }. */
type TermData = MiniSearchJS['index'][number][1]

/**
 * MiniSearch's postings as saved: each term's data as MiniSearch's own JSON (field id → { document
 * short id → term frequency }), one after another in `text`, and per term its id and where its JSON
 * ends, in `terms`. Parsed a term at a time, JSON builds these objects faster than any JavaScript
 * that sets their properties one by one (which was a third of loading a large index).
 */
export interface SavedPostings {
  /** Per term, in the order {@link orderForTree} gives: its id (given by `idOf`), then the end of its JSON in `text`. */
  terms: Int32Array
  /** The terms' JSON, UTF-8 (digits and punctuation only). */
  text: Uint8Array
}

/** Writes MiniSearch's postings as {@link SavedPostings}; `idOf` numbers the terms. */
export function encodePostings(saved: MiniSearchJS['index'], idOf: (term: string) => number): SavedPostings {
  const index = orderForTree(saved)
  const terms = new Int32Array(2 * index.length)
  const parts = new Array<string>(index.length)
  let end = 0
  index.forEach(([term, data], i) => {
    parts[i] = JSON.stringify(data)
    end += parts[i].length
    terms[2 * i] = idOf(term)
    terms[2 * i + 1] = end
  })
  const text = new TextEncoder().encode(parts.join(''))
  // MiniSearch's keys and counts are numbers, so a character is a byte; the ends rely on it
  if (text.length !== end) throw new Error('MiniSearch\'s postings hold characters other than digits and punctuation')
  return { terms, text }
}

/**
 * Orders terms so that MiniSearch's radix tree is quick to rebuild from them. Finding a term's
 * place, the tree reads a node's children one by one, in the order they were made; Han text has
 * thousands of first characters, so in the order MiniSearch saves them each insertion read
 * thousands of children (most of loading a 100k-passage index). Here at every depth the
 * characters leading most terms come first, so most insertions find their child among the first.
 * Exact lookups find the same terms in any order.
 */
export function orderForTree<T extends readonly [string, ...unknown[]]>(entries: readonly T[]): T[] {
  const out: T[] = []
  const place = (group: readonly T[], depth: number) => {
    const byCharacter = new Map<string, T[]>()
    for (const entry of group) {
      if (entry[0].length <= depth) {
        out.push(entry)
        continue
      }
      const character = entry[0][depth]!
      const same = byCharacter.get(character)
      if (same === undefined) byCharacter.set(character, [entry])
      else same.push(entry)
    }
    for (const same of [...byCharacter.values()].sort((a, b) => b.length - a.length)) place(same, depth + 1)
  }
  place(entries, 0)
  return out
}

/**
 * The postings {@link encodePostings} wrote, as the `[term, data]` entries `MiniSearch.loadJS` reads,
 * parsed one term at a time while it reads them (so no object graph of every posting ever exists at
 * once). Throws when a term's JSON is cut short or damaged, or its id is outside `terms`.
 */
export function* decodePostings(saved: SavedPostings, terms: { readonly size: number; term(id: number): string }): Generator<[string, TermData]> {
  const damaged = () => new Error('the index is damaged (its search postings do not add up)')
  const decoder = new TextDecoder()
  const { text } = saved
  let start = 0
  for (let i = 0; i < saved.terms.length; i += 2) {
    const id = saved.terms[i]!
    const end = saved.terms[i + 1]!
    if (!(id >= 0 && id < terms.size) || !(end >= start && end <= text.length)) throw damaged()
    let data: unknown
    try {
      data = JSON.parse(decoder.decode(text.subarray(start, end)))
    } catch {
      throw damaged()
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) throw damaged()
    yield [terms.term(id), data as TermData]
    start = end
  }
  if (start !== text.length) throw damaged()
}
