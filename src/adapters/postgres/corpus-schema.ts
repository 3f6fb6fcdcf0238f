import type { PassageFields } from '../../core/retrieve/indexed-passage.js'

/** How each search field is numbered in the `field` columns. */
export const fieldNumbers = { words: 0, heading: 1, title: 2, pairs: 3 } as const satisfies Record<keyof PassageFields, number>

/** A search field's name. */
export type SearchField = keyof typeof fieldNumbers

/** The search fields in field-number order. */
export const searchFields = Object.keys(fieldNumbers) as SearchField[]

/** The channel every corpus write NOTIFYs, with the new corpus version as payload. */
export const corpusChannel = 'wenda_corpus'

/** Largest term frequency a posting stores (smallint); a passage repeating a term more is capped. */
export const maxTermFrequency = 32_767
