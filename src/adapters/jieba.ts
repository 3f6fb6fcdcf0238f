import { existsSync, readFileSync } from 'node:fs'
import nodejieba from 'nodejieba' // CommonJS native addon: default import, this file only
import { isNickname } from '../core/text/person-names.js'
import type { SegmentedWord, Segmenter, TaggedWord } from '../core/types.js'

/** Options for the jieba segmenter. */
export interface JiebaOptions {
  /** Words added to jieba's dictionary for this process (corpus terms, synonyms); default none. */
  words?: readonly string[]
}

let loaded = false

/**
 * Loads jieba's dictionaries once per process (~0.6 s, ~110 MB; see patches/) and returns a search-mode segmenter.
 * HMM is off so unknown words split into characters the same way in questions and passages.
 */
export function createJiebaSegmenter(options: JiebaOptions = {}): Segmenter {
  if (!loaded) {
    nodejieba.load()
    loaded = true
  }
  for (const word of options.words ?? []) insertUnknownWord(word)
  return { cut: cutForSearch, cutEach, tag, generalIdf }
}

// jieba's dictionary tags many common words as names (顾客, 师傅, 荣誉, 明白), which then read as
// persons: a two-character "name" that is common in general language is a noun. Given names are
// rare words (王飞 11.6, 张伟 10.6); 8.5 sits below them and above 顾客 (7.8) and 荣誉 (7.5).
const COMMON_WORD_IDF = 8.5

function tag(text: string): TaggedWord[] {
  const words = nodejieba.tag(text) as TaggedWord[]
  return words.map(retag)
}

// jieba tags familiar names as anything (老周/t, 老何/r, 小王/x): 老, 小 or 阿 before a surname is a person.
function retag(w: TaggedWord): TaggedWord {
  if (isNickname(w.word)) return w.tag === 'nr' ? w : { word: w.word, tag: 'nr' }
  return w.tag === 'nr' && w.word.length === 2 && (generalIdf(w.word) ?? Infinity) < COMMON_WORD_IDF ? { word: w.word, tag: 'n' } : w
}

// jieba's keyword extractor weighs a one-word text by that word's IDF; words outside its IDF table
// get the table's average, and single characters are skipped, which both read as "unknown" here.
const idfCache = new Map<string, number | undefined>()

// Words on the extractor's stop list (开始, 人, 所) are left out of it for being too common to say
// anything: they are the least specific words there are, not unknown ones.
let extractorStopWords: ReadonlySet<string> | undefined

/**
 * jieba's own dictionary as word → frequency (the words a modern text uses, which jieba can cut as
 * one), read from the file nodejieba ships; loads no dictionary into the segmenter.
 */
export function readDictionaryFrequencies(): Map<string, number> {
  // exported by nodejieba's index.js, though its typings omit it
  const file = (nodejieba as unknown as { DEFAULT_DICT: string }).DEFAULT_DICT
  const frequencies = new Map<string, number>()
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, frequency] = line.split(' ')
    if (word !== undefined && frequency !== undefined) frequencies.set(word, Number(frequency))
  }
  return frequencies
}

function readExtractorStopWords(): ReadonlySet<string> {
  // exported by nodejieba's index.js, though its typings omit it
  const file = (nodejieba as unknown as { DEFAULT_STOP_WORD_DICT?: unknown }).DEFAULT_STOP_WORD_DICT
  if (typeof file !== 'string' || !existsSync(file)) return new Set()
  return new Set(readFileSync(file, 'utf8').split('\n').map((line) => line.trim()).filter(Boolean))
}

function generalIdf(word: string): number | undefined {
  extractorStopWords ??= readExtractorStopWords()
  if (extractorStopWords.has(word)) return 0
  if (idfCache.has(word)) return idfCache.get(word)
  const [only, ...rest] = nodejieba.extract(word, 2)
  const idf = only !== undefined && rest.length === 0 && only.word === word ? only.weight : undefined
  // question words come from a bounded vocabulary, but strangers can type anything
  if (idfCache.size > 100_000) idfCache.clear()
  idfCache.set(word, idf)
  return idf
}

const insertionOrder: string[] = []

/**
 * Every word inserted into this thread's jieba so far, in order: inserting them into a fresh jieba
 * (another thread's) gives it the same dictionary, so both cut alike.
 */
export function listInsertedWords(): readonly string[] {
  return insertionOrder
}

// Inserting a word jieba already knows resets its frequency to the user-word default, which can
// make jieba prefer single characters (值班电话 → 值班/电/话), so only new words are inserted.
function insertUnknownWord(word: string): void {
  const cut = nodejieba.cut(word, false)
  if (cut.length !== 1 || cut[0] !== word) {
    nodejieba.insertWord(word)
    insertionOrder.push(word)
    subwordCache.clear()
    if (/^\p{Script=Han}{2,8}$/u.test(word)) {
      insertedWords.add(word)
      for (let length = 1; length < word.length; length++) insertedPrefixes.add(word.slice(0, length))
    }
  }
}

// Words inserted at run time get jieba's median frequency, which loses to two common characters
// (东湖 → 小/营, 之称 → 之/称): where jieba's pieces spell one exactly, they are joined back.
// Pieces are strung together only while they still spell the beginning of an inserted word.
const insertedWords = new Set<string>()
const insertedPrefixes = new Set<string>()

function joinInsertedWords(words: readonly string[]): readonly string[] {
  if (insertedWords.size === 0) return words
  let out: string[] | undefined // allocated at the first join: most cuts need none
  for (let i = 0; i < words.length; ) {
    const end = findInsertedWordEnd(words, i)
    if (end > i + 1) out ??= words.slice(0, i)
    out?.push(end > i + 1 ? words.slice(i, end).join('') : words[i]!)
    i = end
  }
  return out ?? words
}

// The end of the longest run of pieces from `start` that spells an inserted word; start + 1 if none.
// Only a run that begins with a lone character is tried: that is how jieba breaks a word it
// ranks too low, and testing every piece cost a second of a 100k-passage build.
function findInsertedWordEnd(words: readonly string[], start: number): number {
  let end = start + 1
  let spelled = words[start]!
  if (spelled.length !== 1) return end
  for (let j = start + 1; j < words.length && insertedPrefixes.has(spelled); j++) {
    spelled += words[j]!
    if (insertedWords.has(spelled)) end = j + 1
  }
  return end
}

function cutForSearch(text: string): SegmentedWord[] {
  return addSearchWords(joinInsertedWords(nodejieba.cut(text, false)))
}

// Runs joined by a line break, which jieba never joins to a word, are cut exactly as each alone,
// in one native call instead of one per run (~20% less time in jieba while indexing).
function cutEach(runs: readonly string[]): SegmentedWord[][] {
  if (runs.length < 2) return runs.map(cutForSearch)
  const groups: string[][] = [[]]
  for (const word of nodejieba.cut(runs.join('\n'), false)) {
    if (word === '\n') groups.push([])
    else groups[groups.length - 1]!.push(word)
  }
  return groups.map((group) => addSearchWords(joinInsertedWords(group)))
}

// jieba's partition of one run with offsets, plus the dictionary words inside its longer words.
function addSearchWords(words: readonly string[]): SegmentedWord[] {
  const out: SegmentedWord[] = []
  let start = 0
  for (const word of words) {
    if (word.length > 2) addSubwords(out, word, start)
    out.push({ word, start })
    start += word.length
  }
  return out
}

// cutForSearch on the word alone yields the dictionary words inside it, which is what search mode
// adds; offsets are recovered within the word because jieba returns strings only.
// Long words recur throughout a corpus; each native call costs more than the lookup. Cleared
// whenever a word is inserted, since new words change how longer ones split.
const subwordCache = new Map<string, { word: string; at: number }[]>()

function addSubwords(out: SegmentedWord[], word: string, start: number): void {
  let subwords = subwordCache.get(word)
  if (subwords === undefined) {
    subwords = nodejieba
      .cutForSearch(word, false)
      .filter((sub) => sub.length < word.length)
      .map((sub) => ({ word: sub, at: word.indexOf(sub) }))
      .filter(({ at }) => at >= 0)
    if (subwordCache.size > 200_000) subwordCache.clear()
    subwordCache.set(word, subwords)
  }
  for (const { word: sub, at } of subwords) out.push({ word: sub, start: start + at })
}

/** Plain `cutForSearch` (jieba's defaults, no pre-processing): the evaluation's baseline tokenizer. */
export function createPlainJiebaTokenizer(): (text: string) => string[] {
  createJiebaSegmenter()
  return (text) => nodejieba.cutForSearch(text)
}
