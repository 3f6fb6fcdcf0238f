import type MiniSearch from 'minisearch'

/** MiniSearch's plain-object form (what `toJSON` returns and `loadJS` reads). */
export type MiniSearchJS = Parameters<typeof MiniSearch.loadJS>[0]

/** One term's postings as MiniSearch's plain object holds them: field id → { document short id → term frequency }. */
type TermData = MiniSearchJS['index'][number][1]

/**
 * MiniSearch's postings as numbers, term by term (in the order {@link orderForTree} gives): the term's id (given by `idOf`), its field count,
 * then per field its id, its document count and that many (document short id, frequency) pairs.
 * Numbers are written and read without parsing; as JSON the postings were half of the index file.
 */
export function encodePostings(saved: MiniSearchJS['index'], idOf: (term: string) => number): Int32Array {
  const index = orderForTree(saved)
  // grown by doubling, not sized first: counting every entry's keys first made all its key strings twice
  let out = new Int32Array(1 << 16)
  let at = 0
  const put = (n: number) => {
    if (at === out.length) {
      const grown = new Int32Array(out.length * 2)
      grown.set(out)
      out = grown
    }
    out[at++] = n
  }
  for (const [term, data] of index) {
    const fields = Object.keys(data)
    put(idOf(term))
    put(fields.length)
    for (const field of fields) {
      const entry = data[field]!
      const documents = Object.keys(entry)
      put(integer(Number(field)))
      put(documents.length)
      for (const document of documents) {
        put(integer(Number(document)))
        put(integer(entry[document]!))
      }
    }
  }
  return out.slice(0, at)
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

// ids per document above which a term's documents are few and far apart (see decodePostings)
const sparse = 4

function integer(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 0x7fffffff) throw new Error(`a MiniSearch posting holds ${n}, not a count or id`)
  return n
}

/**
 * The postings {@link encodePostings} wrote, as the `[term, data]` entries `MiniSearch.loadJS` reads,
 * made one term at a time while it reads them (so no object graph of every posting ever exists at
 * once). Throws when the numbers run out mid-term or name a term outside `terms`.
 */
export function* decodePostings(numbers: Int32Array, terms: { readonly size: number; term(id: number): string }): Generator<[string, TermData]> {
  const damaged = () => new Error('the index is damaged (its search postings do not add up)')
  let at = 0
  while (at < numbers.length) {
    if (at + 2 > numbers.length) throw damaged()
    const id = numbers[at]!
    const fieldCount = numbers[at + 1]!
    at += 2
    if (!(id >= 0 && id < terms.size)) throw damaged()
    const term = terms.term(id)
    const data: TermData = {}
    for (let f = 0; f < fieldCount; f++) {
      if (at + 2 > numbers.length) throw damaged()
      const field = numbers[at]!
      const end = at + 2 + 2 * numbers[at + 1]!
      if (numbers[at + 1]! < 0 || end > numbers.length) throw damaged()
      const entry: Record<number, number> = {}
      // Documents come in ascending order. A term in few documents spread far apart gets its last
      // one first, so the object keeps its keys in a dictionary instead of growing (and scanning)
      // an array as long as the largest id, which loadJS's Object.keys would walk through again.
      const count = numbers[at + 1]!
      if (count > 0 && numbers[end - 2]! >= sparse * count) entry[numbers[end - 2]!] = numbers[end - 1]!
      for (at += 2; at < end; at += 2) entry[numbers[at]!] = numbers[at + 1]!
      data[field] = entry
    }
    yield [term, data]
  }
}
