import type { CorpusStatistics } from '../retrieve/retriever.js'
import { bigramKey } from '../retrieve/indexed-passage.js'
import type { ParsedQuestion, QueryWord } from '../question/read-question.js'
import { findPersons } from '../text/person-names.js'
import type { TaggedWord } from '../types.js'
import { AGE_UNIT, PERSON_NOUN } from '../text/vocabulary.js'
import { defaultRankWeights, type RankWeights } from './rank-weights.js'

/** Inverse document frequency (BM25's, always > 0); unseen terms weigh most. */
export function inverseDocumentFrequency(statistics: CorpusStatistics, term: string): number {
  const n = statistics.passageCount
  const df = statistics.documentFrequency.get(term) ?? 0
  return Math.log(1 + (n - df + 0.5) / (df + 0.5))
}

/** A question word with its weight, its bigrams, and the words found inside it. */
export interface WeightedWord {
  word: QueryWord
  weight: number
  bigrams: string[]
  noun: boolean
  /**
   * A name (a person, place or organisation as jieba tags it, or a word it knows only from the
   * corpus): what the question is about rather than what it asks of it.
   */
  name: boolean
  /** A word jieba knows only from the corpus (tagged x): a name or term, never scaffolding. */
  coined: boolean
  /**
   * A word the question did not say but a follow-up carried over from the previous question (王立新
   * for 他): the passage must be about it, the answering sentence may refer to it as 他.
   */
  assumed?: boolean
  parts: WeightedWord[]
}

/** Weighted question terms, computed once per question. */
export interface WeightedQuestion {
  question: ParsedQuestion
  /**
   * `noun`: a noun of the question (what is asked about), which confidence counts more;
   * `parts`: the search-mode words found inside this one.
   */
  words: WeightedWord[]
  bigrams: { term: string; weight: number; assumed?: boolean }[]
  /** Every form of every question word: a person or place the question names is not its answer. */
  forms: ReadonlySet<string>
  /** The persons the question names. */
  persons: string[]
}

/** General-language IDF of a word, or undefined when unknown (see `Segmenter.generalIdf`). */
export type GeneralIdf = (word: string) => number | undefined

/**
 * Attaches weights (and each word's own bigrams) to a parsed question: the corpus IDF, scaled by
 * how specific the word is in general language, so a missing 办法 costs less than a missing 值班.
 */
export function weighQuestion(
  statistics: CorpusStatistics,
  question: ParsedQuestion,
  weights: RankWeights = defaultRankWeights,
  generalIdf?: GeneralIdf,
  tag?: (text: string) => TaggedWord[],
  assumed: (term: string) => boolean = () => false,
): WeightedQuestion {
  // nouns by jieba's tags (n, nr, ns, nt, nz, ng …); a search-mode sub-word of a noun is one too
  const tagged = tag?.(question.normalized) ?? []
  const nouns = tagged.filter((w) => w.tag.startsWith('n')).map((w) => w.word)
  const names = tagged.filter((w) => /^(?:nr|ns|nt|nz|x)/.test(w.tag) && w.word.length >= 2).map((w) => w.word)
  const coined = tagged.filter((w) => w.tag === 'x' && /^\p{Script=Han}{2,}$/u.test(w.word)).map((w) => w.word)
  const words: WeightedWord[] = question.words.map((word) => ({
    word: word.near !== undefined && isUsed(statistics, word) ? withoutNear(word) : word,
    weight: inverseDocumentFrequency(statistics, word.term) * measureSpecificity(word.term, weights, generalIdf),
    bigrams: word.term.length === 1 ? pairsAround(word, question.bigrams) : hanBigrams(word.term),
    noun: nouns.some((noun) => noun.includes(word.term)),
    name: names.some((name) => name.includes(word.term)),
    coined: coined.includes(word.term),
    assumed: assumed(word.term),
    parts: [],
  }))
  for (const part of words) words.find((w) => w.word.term === part.word.within)?.parts.push(part)
  const persons = tag === undefined ? [] : findPersons(question.normalized, tag)
  const read = readWithPersons(question, persons)
  return {
    question: readWithFocus(read, tagged),
    words: withoutAgeNouns(words, read, persons),
    bigrams: question.bigrams.map((pair) => {
      const term = bigramKey(pair)
      return { term, weight: inverseDocumentFrequency(statistics, term), ...(assumed(pair) ? { assumed: true } : {}) }
    }),
    forms: new Set(question.words.flatMap((w) => w.forms)),
    persons,
  }
}

// 周老伯多大年纪, 王立新 年龄: asked of a person, the word naming the age asked is no content (the
// passage gives 78岁). Not for an age asked of someone described (那位老太太多大年纪): there it cost
// tuning4 an answer, whose passages differ by the description.
const AGE_NOUNS = new Set(['年纪', '年龄', '岁数'])

function withoutAgeNouns(words: WeightedWord[], question: ParsedQuestion, persons: readonly string[]): WeightedWord[] {
  const asksAge = question.unit.kind === 'count' && question.unit.measure === AGE_UNIT
  return asksAge && persons.length > 0 ? words.filter((w) => !AGE_NOUNS.has(w.word.term)) : words
}

// What the persons the tagger finds change in the question's reading: 多大 after one asks an age,
// and a 王立新是谁 question introduces someone only when a person is asked about (驿站是干什么的
// asks what a thing is for, which a description before its name does not say).
function readWithPersons(question: ParsedQuestion, persons: readonly string[]): ParsedQuestion {
  const age = asksAge(question, persons)
  const { identity } = question.cues
  const noPerson = identity !== '' && !PERSON_NOUN.test(identity) && !persons.some((person) => person.includes(identity) || identity.includes(person))
  if (!age && !noPerson) return question
  return {
    ...question,
    ...(age ? { unit: { kind: 'count', measure: AGE_UNIT } } : {}),
    ...(noPerson ? { cues: { ...question.cues, identity: '' } } : {}),
  }
}

// 在哪个派出所工作, 哪个单位上班, 哪几个站点暂停使用: the words after the question word run on
// into a verb (and the adverb before it), which is what they do there, not what is asked about;
// the noun before them is the focus.
function readWithFocus(question: ParsedQuestion, tagged: readonly TaggedWord[]): ParsedQuestion {
  let at = tagged.findIndex((w) => w.word === question.focus)
  if (at <= 0 || !/^v/.test(tagged[at]!.tag)) return question
  at--
  if (/^[dv]/.test(tagged[at]!.tag) && at > 0) at--
  const before = tagged[at]!
  if (!/^n/.test(before.tag) || before.word.length < 2 || !question.words.some((w) => w.term === before.word)) return question
  return { ...question, focus: before.word }
}

// 王立新多大, 老王今年多大了, 那位老人多大了: 多大 after a person, or a noun naming people, asks
// their age, as 几岁 does; after a place (辖区多大) it asks its size, so the question's unit is read
// only once a person is found there.
const SIZE_ASKED = /多大[了呀啊呢]?$/u

function asksAge(question: ParsedQuestion, persons: readonly string[]): boolean {
  const words = question.normalized.replace(/[^\p{L}\p{N}]/gu, '')
  if (question.unit.kind !== 'any' || !SIZE_ASKED.test(words)) return false
  const before = words.replace(SIZE_ASKED, '').replace(/(?:今年|现在|目前|如今|已经|有)+$/u, '')
  return persons.some((person) => before.endsWith(person)) || /[他她]$/u.test(before) || PERSON_NOUN.test(before) || /(?:娃|宝宝)$/u.test(before)
}

// A thesaurus near-synonym stands in only for a word the articles never use, nor its synonyms
// (徒弟 when they say 师徒): where they use the word, a near-synonym found is mostly another sense
// or another matter (see `RankWeights.thesaurusCredit` for the figures).
function isUsed(statistics: CorpusStatistics, word: QueryWord): boolean {
  return word.forms.some((form) => (statistics.documentFrequency.get(form) ?? 0) > 0)
}

function withoutNear(word: QueryWord): QueryWord {
  const { near: _near, ...rest } = word
  return rest
}

/** A word's specificity factor: 1 without a general IDF table, else its IDF relative to a typical word. */
export function measureSpecificity(term: string, weights: RankWeights, generalIdf?: GeneralIdf): number {
  if (generalIdf === undefined) return 1
  const idf = generalIdf(term)
  if (idf === undefined) return /^\p{Script=Han}$/u.test(term) ? weights.singleCharSpecificity : 1
  return Math.min(weights.maxSpecificity, Math.max(weights.minSpecificity, idf / weights.typicalIdf))
}

// 主塔有多高, cut 主/塔 where a passage cuts 大桥/主/塔高: a lone character of the question is found
// as the pair it stands in there, with the next or the previous character (主塔), as a word found
// only as a pair is (see `RankWeights.pairCredit`).
function pairsAround(word: QueryWord, questionBigrams: readonly string[]): string[] {
  return (word.compounds ?? []).filter((c) => c.length === 2 && questionBigrams.includes(c)).map(bigramKey)
}

function hanBigrams(word: string): string[] {
  if (!/^\p{Script=Han}{2,}$/u.test(word)) return []
  const out: string[] = []
  for (let i = 0; i + 1 < word.length; i++) out.push(bigramKey(word.slice(i, i + 2)))
  return out
}
