import type { AsPlainObject } from 'minisearch'
import type { Section } from './binary-container.js'

/**
 * A MiniSearch index frozen into flat typed arrays: postings (passage, term frequency) per term and
 * field. It loads without rebuilding millions of Map entries and scores as MiniSearch does.
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

/**
 * Freezes MiniSearch's plain form (`toJSON()`); `decodeTerm` undoes its `processTerm`. Document ids
 * must be 0…n-1 (passage numbers), so postings hold them directly.
 */
export function compactMiniSearch(plain: AsPlainObject, decodeTerm: (term: string) => string = (t) => t): CompactIndex {
  const fields = Object.entries(plain.fieldIds).sort((a, b) => a[1] - b[1]).map(([name]) => name)
  const width = fields.length
  let total = 0
  for (const [, byField] of plain.index) for (const postings of Object.values(byField)) total += Object.keys(postings).length
  const index: CompactIndex = {
    fields,
    documentCount: plain.documentCount,
    averageLengths: plain.averageFieldLength,
    terms: new Map(),
    start: new Uint32Array(plain.index.length * width),
    count: new Uint32Array(plain.index.length * width),
    documents: new Uint32Array(total),
    frequencies: new Uint16Array(total),
    lengths: new Uint32Array(plain.documentCount * width),
  }
  let at = 0
  for (const [t, [term, byField]] of plain.index.entries()) {
    index.terms.set(decodeTerm(term), t)
    for (let f = 0; f < width; f++) {
      index.start[t * width + f] = at
      for (const [shortId, frequency] of Object.entries(byField[f] ?? {})) {
        index.documents[at] = documentNumber(plain, shortId)
        index.frequencies[at++] = Math.min(frequency, 0xffff)
      }
      index.count[t * width + f] = at - index.start[t * width + f]!
    }
  }
  for (const [shortId, lengths] of Object.entries(plain.fieldLength)) {
    const id = documentNumber(plain, shortId)
    lengths.forEach((length, f) => (index.lengths[id * width + f] = length))
  }
  return index
}

function documentNumber(plain: AsPlainObject, shortId: string): number {
  const id = plain.documentIds[shortId]
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 0 || id >= plain.documentCount) {
    throw new Error(`document id ${String(id)} is not a passage number below ${plain.documentCount}`)
  }
  return id
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
