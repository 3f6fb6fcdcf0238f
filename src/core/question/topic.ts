import { joinSurnames } from '../text/person-names.js'
import { ENDS_IN_PLACE_OR_INSTITUTION } from '../text/vocabulary.js'
import type { TaggedWord } from '../types.js'

// The topic of a question, as a follow-up reads the previous one: its leading noun phrase, by jieba's tags.

/**
 * jieba tags that can make up a topic phrase (东湖/ns 派出所/n, 王/nr 二妮/n, 七/m 大队/n, 白/a 秋菊/nr,
 * 城东/s 派出所/n, 综合/vn 服务/vn 大厅/n).
 */
export const TOPIC_TAGS = /^(?:n|nr|ns|nt|nz|nrt|ng|j|x|eng|m|a|s|vn)$/u
// A word asking (多大, 哪里, 什么): the question's subject has ended before it.
const ASKING_START = /^(?:多少|多[大久长高远重宽]|几|哪|什么|谁|怎)/u
// jieba's guess at an unknown stretch (tagged x) may glue an asking word to what precedes it (了谁,
// 有多大): such a word asks too, wherever in it the asking word stands.
const ASKING_INSIDE = /多少|多[大久长高远重宽]|几|哪|什么|谁|怎/u
/** Whether a tagged word asks (多大, 哪里, or a corpus word holding one, 有多大): a subject ends before it. */
export const ASKING_WORD = { test: (word: string, tag?: string) => ASKING_START.test(word) || (tag === 'x' && ASKING_INSIDE.test(word)) }
// A word the corpus taught jieba (tagged x) may run on into the next function character (展区群在
// 哪里 → 群在): that character is no part of a name.
const FUNCTION_END = /(?<=\p{Script=Han})[在由了是的有把被从向给和与及将]$/u
/** The words with the unit of a number a corpus word swallowed (2015|年东湖|派出所) split off. */
export function splitTimeUnits(words: readonly TaggedWord[]): TaggedWord[] {
  return words.flatMap((w, i) =>
    i > 0 && /^\p{N}+$/u.test(words[i - 1]!.word) && /^[年月日号]\p{Script=Han}/u.test(w.word) ? [{ word: w.word[0]!, tag: 'm' }, { word: w.word.slice(1), tag: w.tag }] : [w],
  )
}

/** Whether a word is a time (2020年, 今年): when something happened, not what it is about. */
export const isTime = (w: TaggedWord, next: TaggedWord | undefined) => w.tag === 't' || (/^\p{N}+$/u.test(w.word) && /^[年月日号]$/u.test(next?.word ?? ''))
/** Tags of a word that names something itself: a question holding one has its own subject. */
export const NAME_TAGS = /^(?:nr|ns|nt|nz|nrt|eng)$/u
/** A word of letters and digits only, no punctuation. */
export const WORDY = /^[\p{Script=Han}\p{L}\p{N}]+$/u

/**
 * The topic of a question: its leading noun phrase (东湖派出所 in 东湖派出所属于哪个县公安局, 王二妮 in
 * 王二妮是干什么工作的), else its first name (or corpus word of three characters or more, which
 * jieba tags x); '' when it has neither.
 */
export function findTopic(question: string, tag: (text: string) => TaggedWord[]): string {
  // a name jieba cut after its surname (孙/zg 文华/nz) is one word of the phrase
  const words = joinSurnames(tag(question))
  const topic = withoutMeasured(leadingPhrase(words, tag), question).map((w) => w.word).join('')
  // a lone number or adjective is no topic
  if ([...topic].length >= 2 && /\p{Script=Han}{2}|\p{L}{3}/u.test(topic)) return topic
  return words.find((w) => (NAME_TAGS.test(w.tag) && [...w.word].length >= 2) || (w.tag === 'x' && /^\p{Script=Han}{3,}$/u.test(w.word)))?.word ?? ''
}

// The noun phrase a question opens with (leading punctuation and a time skipped), as tagged words;
// [] when it opens otherwise.
function leadingPhrase(tagged: readonly TaggedWord[], tag: (text: string) => TaggedWord[]): TaggedWord[] {
  const words = splitTimeUnits(tagged)
  const run: TaggedWord[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (run.length === 0 && (!WORDY.test(w.word) || isTime(w, words[i + 1]) || (/^[年月日号]$/u.test(w.word) && isTime(words[i - 1] ?? w, w)))) continue
    // jieba may cut 多大 in two (刘洋/x 多/m 大/a): the halves ask too
    if (!WORDY.test(w.word) || !TOPIC_TAGS.test(w.tag) || ASKING_WORD.test(w.word, w.tag) || ASKING_WORD.test(w.word + (words[i + 1]?.word ?? '').slice(0, 1))) break
    if (w.tag === 'x' && FUNCTION_END.test(w.word)) {
      // 展区群在 keeps 群 (a noun's suffix), 派出所建了 drops 建 (a verb)
      const rest = tag(w.word.slice(0, -1))
      if (rest.every((r) => TOPIC_TAGS.test(r.tag) && r.tag !== 'vn')) run.push(...rest)
      break
    }
    // a word followed by 于 (毕业于, 成立于) is a verb, whatever jieba tags it: the phrase ended before it
    if (run.length > 0 && words[i + 1]?.word === '于') break
    run.push(w)
  }
  // a phrase ends in its head noun: an adverb jieba calls an abbreviation (一共/j), a number, a
  // verbal noun, or an adjective after a common noun (派出所远) is not part of it; after a name it may be (金天红)
  while (run.length > 0 && (/^(?:j|m|vn)$/u.test(run.at(-1)!.tag) || (run.at(-1)!.tag === 'a' && run.at(-2)?.tag === 'n'))) run.pop()
  return run
}

// An amount asked right after the subject (辖区面积多大, 党员有多少): what is measured is no part of it.
const AMOUNT_ASKED = /^[^\p{L}\p{N}]*(?:有|是|一共|共|总共|大约|约)?(?:多少|多[大久长高远重宽]|几)/u
// A person, or the last word of a place or an institution, after which a phrase may go on to what it has.
const namesEntity = (w: TaggedWord) => /^nrt?$/u.test(w.tag) || ENDS_IN_PLACE_OR_INSTITUTION.test(w.word)

// The leading phrase without the attribute an amount is asked of (东湖派出所辖区 of 东湖派出所辖区面积多大):
// cut after its last place, institution or person when an amount is asked right after it; else as it is.
function withoutMeasured(phrase: TaggedWord[], question: string): TaggedWord[] {
  const text = phrase.map((w) => w.word).join('')
  const at = question.indexOf(text)
  if (text === '' || at < 0 || !AMOUNT_ASKED.test(question.slice(at + text.length))) return phrase
  let head = phrase.length - 1
  while (head >= 0 && !namesEntity(phrase[head]!)) head--
  return head < 0 ? phrase : phrase.slice(0, head + 1)
}

/** Whether a question opens with its own subject: a phrase of three characters or more, or one holding a name. */
export function hasOwnSubject(question: string, tag: (text: string) => TaggedWord[]): boolean {
  const phrase = leadingPhrase(tag(question), tag)
  return [...phrase.map((w) => w.word).join('')].length >= 3 || phrase.some((w) => NAME_TAGS.test(w.tag) && [...w.word].length >= 2)
}
