import { SPEECH_VERBS, alternation } from '../text/vocabulary.js'
import type { TaggedWord } from '../types.js'
import type { IndexedSentence } from '../retrieve/indexed-passage.js'
import { findOccurrences, overlaps, type Span } from '../text/occurrences.js'
import { findTurns } from '../text/turns.js'

/** What a passage has the one asked about say: the spans of their words, and where they are named. */
export interface Speech {
  /** Their words: a quotation or what follows 说, as character spans of the passage. */
  said: readonly Span[]
  /** Of those, the sentence next to where they are named: a quotation's last before 王立新说, its first after. */
  near: readonly Span[]
  /** Where the passage names them. */
  named: readonly Span[]
}


const VERB = new RegExp(`(?:${alternation(SPEECH_VERBS)})`, 'u')
// A quotation that is speech, not a name: it holds a clause break (“红都义警” is a name).
const SPEECH_QUOTE = /“[^“”]*[，,。！!？?；;…][^“”]*”/gu
// 说, 介绍说, 告诉记者, then a comma or colon and what they said, up to the sentence's end.
// 认为 and 透露 take what was said right after them, with no comma (李女士认为装修存在问题).
const SAYS_THAT = new RegExp(`^[^，,。！!？?“”]{0,6}?(?:${VERB.source}(?:说|道)?(?:记者)?[，,：:]|(?:认为|透露)(?=\\p{Script=Han}))`, 'u')

/**
 * Finds what a passage has `speaker` say (王立新 of 王立新说了什么): a quotation they open or close
 * (王立新笑了，“…” ; “…”王立新说), or what follows their 说 (王立新说，要…); a speaker the text words
 * apart (大队负责人 for 巡逻大队负责人) is found by the last of its words.
 */
export function findSpeech(text: string, speaker: string, tag?: (text: string) => TaggedWord[]): Speech {
  const byName = findOccurrences(text, nameIn(text, speaker, tag))
  // …王立新救出3人。他说：“…” — the sentence after one naming them may speak of them as 他 or 她
  const named = [...byName, ...byName.flatMap((name) => pronounAfter(text, sentenceEnd(text, name.end)))]
  const turns = findTurns(text)
  const quotes = [...text.matchAll(SPEECH_QUOTE)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const said: Span[] = []
  const near: Span[] = []
  for (const name of named) {
    // a quotation opening later in the same sentence, with no other quotation between
    const after = quotes.find((q) => q.start >= name.end && !/[。！!？?]/u.test(text.slice(name.end, q.start)) && q.start - name.end <= 60)
    if (after !== undefined) {
      said.push(after)
      near.push({ start: after.start, end: after.start + 1 })
    }
    // a quotation closing just before, the speaker named in the clause after it, with a speech verb
    const before = quotes.filter((q) => q.end <= name.start && name.start - q.end <= 30 && !/[。！!？?]/u.test(text.slice(q.end, name.start))).at(-1)
    if (before !== undefined && VERB.test(text.slice(name.end, sentenceEnd(text, name.end)))) {
      said.push(before)
      near.push({ start: before.end - 1, end: before.end })
    }
    // 王立新：… opening a paragraph, as an interview gives the answers: the paragraph is their words
    const turn = turns.find((t) => t.speaker.start === name.start && t.speaker.end === name.end)
    if (turn !== undefined) {
      said.push(turn.said)
      near.push({ start: turn.said.start, end: sentenceEnd(text, turn.said.start) })
    }
    const rest = text.slice(name.end, sentenceEnd(text, name.end))
    const says = SAYS_THAT.exec(rest)
    if (says !== null && !rest.slice(says[0].length).startsWith('“')) {
      said.push({ start: name.end + says[0].length, end: name.end + rest.length })
      near.push(said.at(-1)!)
    }
  }
  return { said, near, named }
}

/**
 * How well a sentence gives what the speaker said, 0–1: 1 within their words and naming them or
 * next to where they are named (the end of a quotation before 王立新说), 0.9 elsewhere within their
 * words, 0.5 where it only names them, 0 otherwise.
 */
export function scoreSpeech(speech: Speech, sentence: Pick<IndexedSentence, 'start' | 'end'>): number {
  const inSentence = (span: Span) => overlaps(span, sentence)
  if (speech.near.some(inSentence)) return 1
  if (speech.said.some(inSentence)) return 0.9
  return speech.named.some(inSentence) ? 0.5 : 0
}

const PRONOUN_SPEAKS = new RegExp(`^\\s*[他她](?=[^，,。！!？?“”]{0,4}?${VERB.source})`, 'u')

// 他 or 她 opening the sentence at `from`, about to speak.
function pronounAfter(text: string, from: number): Span[] {
  const m = PRONOUN_SPEAKS.exec(text.slice(from))
  return m === null ? [] : [{ start: from + m[0].length - 1, end: from + m[0].length }]
}

function sentenceEnd(text: string, from: number): number {
  const m = /[。！!？?]/u.exec(text.slice(from))
  return m === null ? text.length : from + m.index + 1
}

// The speaker as the text names them: whole, or else the last of their words (负责人 of 巡逻大队负责人).
function nameIn(text: string, speaker: string, tag?: (text: string) => TaggedWord[]): string {
  if (text.includes(speaker) || tag === undefined) return speaker
  const last = tag(speaker).map((w) => w.word).filter((w) => w.length >= 2).at(-1)
  return last !== undefined && text.includes(last) ? last : speaker
}
