/** What one stored passage contributes to the index, as the `passages` table keeps it. */
export interface PassageEntry {
  pid: number
  /** Distinct terms per field, in field-number order. */
  lengths: number[]
  /** Term ids of its sentences, each once. */
  sentence_terms: number[]
  /** Its postings' term ids and field numbers, pairwise. */
  posting_terms: number[]
  posting_fields: number[]
}

/** The counters a write changes, summed over the passages it adds and removes. */
export interface IndexDelta {
  add(entry: PassageEntry): void
  remove(entry: PassageEntry): void
  /** Net passages added. */
  readonly passages: number
  /** Postings added plus removed: how much the write moved. */
  readonly postingsTouched: number
  /** Net change of each field's length sum, in field-number order. */
  readonly lengthSums: number[]
  /** Net change of each term's sentence document frequency; zero changes left out. */
  termChanges(): { ids: number[]; counts: number[] }
  /** Net change of each term's per-field document frequency; zero changes left out. */
  fieldChanges(): { ids: number[]; fields: number[]; counts: number[] }
}

const fieldCount = 4

/** Creates an empty delta. */
export function createIndexDelta(): IndexDelta {
  const terms = new Map<number, number>()
  // keyed by term id × 4 + field: one number instead of a string per posting
  const fields = new Map<number, number>()
  const lengthSums = new Array<number>(fieldCount).fill(0)
  let passages = 0
  let postingsTouched = 0
  const apply = (entry: PassageEntry, sign: 1 | -1) => {
    passages += sign
    postingsTouched += entry.posting_terms.length
    entry.lengths.forEach((length, f) => (lengthSums[f] = lengthSums[f]! + sign * length))
    for (const id of entry.sentence_terms) terms.set(id, (terms.get(id) ?? 0) + sign)
    entry.posting_terms.forEach((id, i) => {
      const key = id * fieldCount + entry.posting_fields[i]!
      fields.set(key, (fields.get(key) ?? 0) + sign)
    })
  }
  return {
    add: (entry) => apply(entry, 1),
    remove: (entry) => apply(entry, -1),
    get passages() {
      return passages
    },
    get postingsTouched() {
      return postingsTouched
    },
    lengthSums,
    termChanges() {
      const changed = [...terms].filter(([, n]) => n !== 0)
      return { ids: changed.map(([id]) => id), counts: changed.map(([, n]) => n) }
    },
    fieldChanges() {
      const changed = [...fields].filter(([, n]) => n !== 0)
      return {
        ids: changed.map(([key]) => Math.floor(key / fieldCount)),
        fields: changed.map(([key]) => key % fieldCount),
        counts: changed.map(([, n]) => n),
      }
    },
  }
}
