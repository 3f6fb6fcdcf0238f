/** A sentence of a text with its offsets in that text. */
export interface Sentence {
  text: string
  start: number
  end: number
}

// A sentence ends at 。！？；!? or a line break, together with any closing quotes or brackets that
// follow, so “……。” stays whole; 、，： do not end a sentence.
const SENTENCE = /[^。！？；!?\n]*(?:[。！？；!?]+[”’」』）)》]*|\n|$)/gu

/** Splits text into sentences (trimmed, offsets kept); [] for blank text. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = []
  for (const match of text.matchAll(SENTENCE)) {
    if (match[0] === '') continue
    const raw = match[0]
    const lead = raw.length - raw.trimStart().length
    const body = raw.trim()
    if (body === '') continue
    const start = match.index + lead
    sentences.push({ text: body, start, end: start + body.length })
  }
  return sentences
}
