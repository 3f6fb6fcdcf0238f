import { overlaps, type Span } from '../text/occurrences.js'
import { findTurns } from '../text/turns.js'
import { findQuotationSentences } from '../text/quotations.js'
import { SPEECH_VERBS, alternation } from '../text/vocabulary.js'

/**
 * How much of the words whose source is asked (see `AnswerCues.source`) a text holds verbatim, 0–1:
 * the share of their characters within runs of three or more found in the text, punctuation and
 * case aside. A quotation recalled a little loosely (a name left out) still scores high.
 */
export function measureSourceCover(text: string, words: string): number {
  if (words.length === 0) return 0
  const plain = text.normalize('NFKC').toLowerCase().replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '')
  let covered = 0
  for (let at = 0; at < words.length; ) {
    let length = 0
    while (at + length < words.length && plain.includes(words.slice(at, at + length + 1))) length++
    if (length >= MIN_RUN) {
      covered += length
      at += length
    } else at++
  }
  return covered / words.length
}

// Shorter runs (的是, 我们) are found in any text.
const MIN_RUN = 3

/**
 * Whether a text holds the words whose source is asked: at least 0.7 of them verbatim (see
 * {@link measureSourceCover}). On tuning11 0.5–0.9 alike; a quotation recalled with a name left out
 * covers 0.9 or more, a text sharing a common phrase with it (为人民服务) about 0.4.
 */
export function holdsSource(text: string, source: string): boolean {
  return measureSourceCover(text, source) >= 0.7
}

/** Where a passage holds the words whose source is asked: the sentence holding most of them, and the one saying who said them. */
export interface SourcePlace {
  holder: number
  /** The sentence naming who said them: the holder itself, the one after a quotation it closes (“…”王立新说), the one before that opens it (王立新说：), or none. */
  speaker: number | undefined
}

/** Places the words whose source is asked among a text's sentences (as spans of it). */
export function placeSource(text: string, spans: readonly Span[], source: string): SourcePlace {
  const sentences = spans.map((s) => text.slice(s.start, s.end))
  const covers = sentences.map((sentence) => measureSourceCover(sentence, source))
  const holder = covers.indexOf(Math.max(...covers))
  const held = sentences[holder] ?? ''
  if (SAYS.test(held)) return { holder, speaker: holder }
  // 王立新：… opening the paragraph, as an interview gives its turns: the one named there said it
  const turn = turnOpening(text, spans, holder)
  if (turn >= 0) return { holder, speaker: turn }
  // a quotation of several sentences is said by whoever is named where it closes or opens
  const [first, last] = findQuotationSentences(text, spans, holder)
  const after = sentences[last + 1]
  if (after !== undefined && /[”」"]\s*$/u.test(sentences[last]!) && SAYS.test(after)) return { holder, speaker: last + 1 }
  const before = sentences[first - 1]
  if (before !== undefined && /^\s*[“「"]/u.test(sentences[first]!) && OPENS_QUOTE.test(before)) return { holder, speaker: first - 1 }
  return { holder, speaker: undefined }
}

// The sentence naming who speaks when sentence `i` stands in an interview's turn (王立新：…), else -1.
function turnOpening(text: string, spans: readonly Span[], i: number): number {
  const span = spans[i]
  const turn = span === undefined ? undefined : findTurns(text).find((t) => overlaps(t.said, span))
  return turn === undefined ? -1 : spans.findIndex((s) => overlaps(s, turn.speaker))
}

const SAYS = new RegExp(alternation(SPEECH_VERBS), 'u')
// 王立新说： or 王立新说， ending a sentence: the quotation after it is theirs (这样说。 points back).
const OPENS_QUOTE = new RegExp(`(?:${alternation(SPEECH_VERBS)})(?:道)?[：:，,]\\s*$`, 'u')
