import type { Section } from './binary-container.js'

/**
 * An inverted index in flat typed arrays: postings (passage, term frequency) per term and field,
 * built and scored as MiniSearch does, but loaded without rebuilding millions of Map entries.
 */
export interface CompactIndex {
  fields: string[]
  documentCount: number
  averageLengths: number[]
  terms: Map<string, number>
  /** Where the postings of term t in field f start (`t * fields.length + f`), and how many. */
  start: Uint32Array
  count: Uint32Array
  documents: Uint32Array
  frequencies: Uint16Array
  /** Length of field f of passage p at `p * fields.length + f`. */
  lengths: Uint32Array
}

/** One OR'ed group of terms searched in some fields, as in MiniSearch's nested queries. */
export interface CompactQuery {
  terms: readonly string[]
  /** Fields searched and their boosts. */
  fields: Readonly<Record<string, number>>
  termBoost?: (term: string) => number
}

/** A passage found, with MiniSearch's score for it. */
export interface CompactResult {
  id: number
  score: number
}

/** Builds a {@link CompactIndex} passage by passage; ids must be added in order 0, 1, 2 … */
export interface CompactIndexBuilder {
  /** Adds passage `id` with the terms of each field (in `fields` order), repeats included. */
  add(id: number, fieldTerms: readonly (readonly string[])[]): void
  finish(): CompactIndex
}

/**
 * Creates a builder that indexes as MiniSearch's `add` does: a field's length is its number of
 * distinct terms, the average is kept incrementally, postings run in passage order. The postings
 * are gathered flat and sorted by term and field once at the end, instead of in millions of Maps.
 */
export function createCompactIndexBuilder(fields: readonly string[]): CompactIndexBuilder {
  const width = fields.length
  const terms = new Map<string, number>()
  const keys = createGrowingArray()
  const docs = createGrowingArray()
  const frequencies = createGrowingArray()
  const lengths = createGrowingArray()
  const averageLengths = fields.map(() => 0)
  // one map reused for every field of every passage: a new one each time is most of the garbage
  const counts = new Map<string, number>()
  let documentCount = 0
  return {
    add(id, fieldTerms) {
      if (id !== documentCount) throw new Error(`passage ${id} added out of order (expected ${documentCount})`)
      for (let f = 0; f < width; f++) {
        counts.clear()
        for (const term of fieldTerms[f] ?? []) counts.set(term, (counts.get(term) ?? 0) + 1)
        lengths.push(counts.size)
        averageLengths[f] = (averageLengths[f]! * documentCount + counts.size) / (documentCount + 1)
        for (const [term, count] of counts) {
          if (term === '') continue
          let t = terms.get(term)
          if (t === undefined) terms.set(term, (t = terms.size))
          keys.push(t * width + f)
          docs.push(id)
          frequencies.push(Math.min(count, 0xffff))
        }
      }
      documentCount++
    },
    finish() {
      const { start, count, order } = sortByKey(keys.view(), terms.size * width)
      const sortedDocs = new Uint32Array(order.length)
      const sortedFrequencies = new Uint16Array(order.length)
      const docView = docs.view()
      const frequencyView = frequencies.view()
      order.forEach((from, to) => {
        sortedDocs[to] = docView[from]!
        sortedFrequencies[to] = frequencyView[from]!
      })
      return {
        fields: [...fields],
        documentCount,
        averageLengths,
        terms,
        start,
        count,
        documents: sortedDocs,
        frequencies: sortedFrequencies,
        lengths: Uint32Array.from(lengths.view()),
      }
    },
  }
}

// A stable counting sort of posting positions by key (term × field): passages stay in order.
function sortByKey(keys: Uint32Array, keyCount: number): { start: Uint32Array; count: Uint32Array; order: Uint32Array } {
  const count = new Uint32Array(keyCount)
  for (const key of keys) count[key] = count[key]! + 1
  const start = new Uint32Array(keyCount)
  for (let key = 1; key < keyCount; key++) start[key] = start[key - 1]! + count[key - 1]!
  const next = start.slice()
  const order = new Uint32Array(keys.length)
  keys.forEach((key, position) => {
    order[next[key]!] = position
    next[key] = next[key]! + 1
  })
  return { start, count, order }
}

// A Uint32Array that doubles as it fills: 17 million postings as JS arrays would cost 4× the memory.
function createGrowingArray(): { push(value: number): void; view(): Uint32Array } {
  let data = new Uint32Array(1024)
  let length = 0
  return {
    push(value) {
      if (length === data.length) {
        const bigger = new Uint32Array(data.length * 2)
        bigger.set(data)
        data = bigger
      }
      data[length++] = value
    },
    view: () => data.subarray(0, length),
  }
}

// MiniSearch's BM25+ defaults.
const k = 1.2
const b = 0.7
const d = 0.5

/**
 * Searches like MiniSearch's `search({ combineWith: 'OR', queries })`: BM25+ per term and field,
 * times boosts, summed in MiniSearch's order, times the number of distinct terms matched; ties keep
 * first-found order. Returns the best `limit` passages, best first.
 */
export function createCompactSearch(index: CompactIndex): (queries: readonly CompactQuery[], limit: number) => CompactResult[] {
  const n = index.lengths.length / Math.max(1, index.fields.length)
  const total = new Float64Array(n)
  const group = new Float64Array(n)
  const term = new Float64Array(n)
  const matched = new Uint16Array(n)
  const found = new Uint32Array(n)
  const touched = { group: new Uint32Array(n), term: new Uint32Array(n) }
  return (queries, limit) => {
    let foundCount = 0
    // a term in two groups (a two-character word is also a bigram) is matched once, as in MiniSearch
    const repeated = findRepeatedTerms(queries)
    const seenBy = new Map<string, Set<number>>()
    for (const query of queries) {
      let groupCount = 0
      for (const text of query.terms) {
        const termCount = scoreTerm(index, text, query, term, touched.term)
        const earlier = seenBy.get(text)
        const later = repeated.has(text) && earlier === undefined ? new Set<number>() : undefined
        if (later !== undefined) seenBy.set(text, later)
        for (let i = 0; i < termCount; i++) {
          const doc = touched.term[i]!
          if (group[doc] === 0) touched.group[groupCount++] = doc
          if (total[doc] === 0 && group[doc] === 0) found[foundCount++] = doc
          group[doc] = group[doc]! + term[doc]!
          term[doc] = 0
          if (earlier === undefined || !earlier.has(doc)) matched[doc] = matched[doc]! + 1
          later?.add(doc)
        }
      }
      for (let i = 0; i < groupCount; i++) {
        const doc = touched.group[i]!
        total[doc] = total[doc]! + group[doc]!
        group[doc] = 0
      }
    }
    const results: CompactResult[] = []
    for (let i = 0; i < foundCount; i++) {
      const doc = found[i]!
      results.push({ id: doc, score: total[doc]! * matched[doc]! })
      total[doc] = 0
      matched[doc] = 0
    }
    return selectBest(results, limit)
  }
}

function findRepeatedTerms(queries: readonly CompactQuery[]): Set<string> {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const query of queries) for (const text of query.terms) (seen.has(text) ? repeated : seen).add(text)
  return repeated
}

// One term's weighted BM25+ over the query's fields into `scores`; returns how many passages it hit.
function scoreTerm(index: CompactIndex, text: string, query: CompactQuery, scores: Float64Array, touched: Uint32Array): number {
  const t = index.terms.get(text)
  if (t === undefined) return 0
  const width = index.fields.length
  const termBoost = query.termBoost?.(text) ?? 1
  let hits = 0
  for (const [name, boost] of Object.entries(query.fields)) {
    const f = index.fields.indexOf(name)
    if (f < 0) continue
    const from = index.start[t * width + f]!
    const count = index.count[t * width + f]!
    const idf = Math.log(1 + (index.documentCount - count + 0.5) / (count + 0.5))
    const average = index.averageLengths[f]!
    for (let p = from; p < from + count; p++) {
      const doc = index.documents[p]!
      const tf = index.frequencies[p]!
      const raw = idf * (d + (tf * (k + 1)) / (tf + k * (1 - b + (b * index.lengths[doc * width + f]!) / average)))
      if (scores[doc] === 0) touched[hits++] = doc
      scores[doc] = scores[doc]! + termBoost * boost * raw
    }
  }
  return hits
}

// A stable top-k: a result only displaces strictly lower scores, so ties keep first-found order.
function selectBest(results: CompactResult[], limit: number): CompactResult[] {
  const best: CompactResult[] = []
  for (const result of results) {
    if (best.length >= limit && result.score <= best[best.length - 1]!.score) continue
    let i = best.length < limit ? best.length : limit - 1
    while (i > 0 && best[i - 1]!.score < result.score) {
      best[i] = best[i - 1]!
      i--
    }
    best[i] = result
  }
  return best
}

/** The typed arrays and JSON-able rest of a compact index, for saving. */
export function splitCompactIndex(index: CompactIndex): { head: object; sections: Section[] } {
  const head = { fields: index.fields, documentCount: index.documentCount, averageLengths: index.averageLengths, terms: [...index.terms.keys()] }
  return { head, sections: [index.start, index.count, index.documents, index.frequencies, index.lengths] }
}

/** Rebuilds a compact index from {@link splitCompactIndex}'s parts; throws when they do not fit together. */
export function joinCompactIndex(head: unknown, sections: readonly Section[]): CompactIndex {
  const h = head as Partial<{ fields: string[]; documentCount: number; averageLengths: number[]; terms: string[] }>
  const [start, count, documents, frequencies, lengths] = sections
  if (
    !Array.isArray(h.fields) || !Array.isArray(h.terms) || !Array.isArray(h.averageLengths) || typeof h.documentCount !== 'number' ||
    !(start instanceof Uint32Array) || !(count instanceof Uint32Array) || !(documents instanceof Uint32Array) ||
    !(frequencies instanceof Uint16Array) || !(lengths instanceof Uint32Array) ||
    start.length !== h.terms.length * h.fields.length || count.length !== start.length ||
    frequencies.length !== documents.length || lengths.length !== h.documentCount * h.fields.length
  ) {
    throw new Error('the index postings are incomplete')
  }
  const terms = new Map(h.terms.map((term, i) => [term, i]))
  return { fields: h.fields, documentCount: h.documentCount, averageLengths: h.averageLengths, terms, start, count, documents, frequencies, lengths }
}

/**
 * Joins indexes of consecutive slices of one corpus (the first holds passages 0…, the next
 * continues the numbering) into the index one builder would have made over the whole.
 */
export function mergeCompactIndexes(parts: readonly CompactIndex[]): CompactIndex {
  const fields = parts[0]?.fields ?? []
  const width = fields.length
  const terms = new Map<string, number>()
  // each part's term ids, renumbered in the merged index (a part's ids follow its map's order)
  const termIds = parts.map((part) => [...part.terms.keys()].map((term) => {
    let id = terms.get(term)
    if (id === undefined) terms.set(term, (id = terms.size))
    return id
  }))
  const count = new Uint32Array(terms.size * width)
  parts.forEach((part, p) => part.terms.forEach((t) => {
    for (let f = 0; f < width; f++) {
      const key = termIds[p]![t]! * width + f
      count[key] = count[key]! + part.count[t * width + f]!
    }
  }))
  const start = new Uint32Array(count.length)
  for (let key = 1; key < count.length; key++) start[key] = start[key - 1]! + count[key - 1]!
  const total = parts.reduce((sum, part) => sum + part.documents.length, 0)
  const documents = new Uint32Array(total)
  const frequencies = new Uint16Array(total)
  const next = start.slice()
  let offset = 0
  parts.forEach((part, p) => {
    part.terms.forEach((t) => {
      for (let f = 0; f < width; f++) {
        const key = termIds[p]![t]! * width + f
        const from = part.start[t * width + f]!
        const n = part.count[t * width + f]!
        for (let i = 0; i < n; i++) documents[next[key]! + i] = part.documents[from + i]! + offset
        frequencies.set(part.frequencies.subarray(from, from + n), next[key]!)
        next[key] = next[key]! + n
      }
    })
    offset += part.documentCount
  })
  const lengths = new Uint32Array(offset * width)
  let at = 0
  for (const part of parts) {
    lengths.set(part.lengths, at)
    at += part.lengths.length
  }
  return { fields: [...fields], documentCount: offset, averageLengths: runningAverages(lengths, width), terms, start, count, documents, frequencies, lengths }
}

// The average field lengths exactly as adding passages one by one computes them (same rounding).
function runningAverages(lengths: Uint32Array, width: number): number[] {
  const averages = new Array<number>(width).fill(0)
  for (let doc = 0; doc < lengths.length / width; doc++) {
    for (let f = 0; f < width; f++) averages[f] = (averages[f]! * doc + lengths[doc * width + f]!) / (doc + 1)
  }
  return averages
}
