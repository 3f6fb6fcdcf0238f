import type { IndexedPassage } from '../retrieve/indexed-passage.js'
import { overlaps } from '../text/occurrences.js'
import type { TaggedWord } from '../types.js'
import { scoreHonour } from './honour-kind.js'
import { placeSource } from './source-match.js'
import { findSpeech, scoreSpeech } from './speech-kind.js'
import type { WeightedQuestion } from './weigh-question.js'

/** A passage's sentences as a question read across sentences sees them (see {@link readAcrossSentences}). */
export interface AcrossSentences {
  /** Each sentence's coverage, lifted or lowered where the answer lies beside the words asked about. */
  coverages: { i: number; coverage: number }[]
  /** The answer kind of sentence `i` when this reading settles it; undefined to score it as usual. */
  kindOf(i: number): number | undefined
  /** False when the sentence shown must stay where this reading put it (not move on to the next). */
  mayFollow: boolean
}

/**
 * Reads a passage's sentences for the questions whose answer lies in other sentences than those
 * naming what they ask about: 王立新说了什么 (a quotation spans sentences, its speaker named in
 * another) and 谁说过… (who said the words is named beside them), in the passage's `plain` text
 * (see `toPlainText`), and 谁 or 叫什么 when a sentence names, as 他叫…, the one described before
 * it. Other questions pass through.
 */
export function readAcrossSentences(q: WeightedQuestion, passage: IndexedPassage, plain: string, coverages: readonly number[], tag?: (text: string) => TaggedWord[]): AcrossSentences {
  const asRead = coverages.map((coverage, i) => ({ i, coverage }))
  const { speaker, source } = q.question.cues
  if (speaker !== '') {
    const speech = findSpeech(plain, namedAs(q, speaker, plain), tag)
    const sentenceScore = (i: number) => scoreSpeech(speech, passage.sentences[i]!)
    // a sentence within their words covers the question as well as the one naming them
    const naming = Math.max(0, ...asRead.filter(({ i }) => speech.named.some((n) => overlaps(n, passage.sentences[i]!))).map((s) => s.coverage))
    return { coverages: asRead.map((s) => (sentenceScore(s.i) > 0.5 ? { i: s.i, coverage: Math.max(s.coverage, naming) } : s)), kindOf: sentenceScore, mayFollow: false }
  }
  if (source !== '') {
    const place = placeSource(plain, passage.sentences, source)
    // the sentence holding the words is nearest the answer, the one saying who said them nearly as
    // near, any other far
    const held = Math.max(...coverages)
    const lifted = asRead.map((s) => ({ i: s.i, coverage: s.i === place.holder ? held : s.i === place.speaker ? held * BESIDE_SOURCE : s.coverage * FAR_FROM_SOURCE }))
    return { coverages: lifted, kindOf: (i) => (i === place.speaker && q.question.type === 'who' ? 1 : undefined), mayFollow: true }
  }
  if (q.question.cues.honoured !== '') return readHonourByPronoun(q.question.cues.honoured, passage, plain, asRead, tag)
  if (q.question.type === 'who' || q.question.type === 'name') return readNamedByPronoun(passage, plain, asRead)
  return { coverages: asRead, kindOf: () => undefined, mayFollow: true }
}

// 总会有一个瘦削的身影默默俯身将它们拾起。他叫李兔儿，…: a sentence naming through 他叫 or 她就是
// the one the sentence before describes answers 谁 as well as that sentence matches it.
const NAMES_BY_PRONOUN = /^[^\p{Script=Han}]*[他她](?:叫|名叫|就是|便是|正是)/u

function readNamedByPronoun(passage: IndexedPassage, plain: string, asRead: { i: number; coverage: number }[]): AcrossSentences {
  const textOf = (i: number) => plain.slice(passage.sentences[i]!.start, passage.sentences[i]!.end)
  const coverages = asRead.map((s) => (s.i > 0 && NAMES_BY_PRONOUN.test(textOf(s.i)) ? { i: s.i, coverage: Math.max(s.coverage, asRead[s.i - 1]!.coverage) } : s))
  return { coverages, kindOf: () => undefined, mayFollow: true }
}

// 刘婷说。去年，她发现…，被评为“青年岗位能手”: a sentence opening with 他 or 她 right after one naming
// the one whose honours are asked speaks of them, and is read with their name in its place.
const OPENS_WITH_PRONOUN = /^[^\p{Script=Han}]*(?:\p{Script=Han}{1,4}[，,])?[他她](?![们])/u

function readHonourByPronoun(honoured: string, passage: IndexedPassage, plain: string, asRead: { i: number; coverage: number }[], tag?: (text: string) => TaggedWord[]): AcrossSentences {
  const textOf = (i: number) => plain.slice(passage.sentences[i]!.start, passage.sentences[i]!.end)
  const standsFor = (i: number) => i > 0 && OPENS_WITH_PRONOUN.test(textOf(i)) && textOf(i - 1).includes(honoured) && !textOf(i).includes(honoured)
  const kindOf = (i: number) => (standsFor(i) ? scoreHonour(textOf(i).replace(/[他她]/u, honoured), honoured, tag) : undefined)
  // the sentence speaking of them through 她 covers the question as the one naming them does
  const coverages = asRead.map((s) => (standsFor(s.i) ? { i: s.i, coverage: Math.max(s.coverage, asRead[s.i - 1]!.coverage) } : s))
  return { coverages, kindOf, mayFollow: true }
}

// The sentence saying who said the words counts a little less than the one holding them; any other
// sentence, half.
const BESIDE_SOURCE = 0.95
const FAR_FROM_SOURCE = 0.5

// The speaker as the passage calls them, by a synonym of the question's word (警察怎么说: 民警提醒…);
// the question's word when the passage has none of its forms.
function namedAs(q: WeightedQuestion, speaker: string, plain: string): string {
  if (plain.includes(speaker)) return speaker
  const forms = q.words.find((w) => w.word.term === speaker)?.word.forms ?? []
  return forms.find((form) => plain.includes(form)) ?? speaker
}
