import type { KindContext } from '../rerank/answer-kinds.js'
import type { TaggedWord } from '../types.js'

// Persons and names in a sentence, for 谁 and 叫什么 questions and for telling whom a sentence is
// about: jieba's tags, a surname list and the ways news stories name people (老何, 姑娘小欢).

// The most common Chinese surnames: a tagged or unknown word of 2–4 characters starting with one
// reads as a person's name (jieba tags names it learned from the corpus only as x).
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤季巫施祝柴楼应童项俞葛洪翁裘'.split(''),
)

/** True when the sentence names a person the question does not already name. */
export function hasPerson(sentence: string, known: ReadonlySet<string>, tag?: (text: string) => TaggedWord[]): boolean {
  if (tag === undefined) return false
  const words = joinSurnames(tag(sentence))
  return words.some((_, i) => isNewPerson(words, i, known, false))
}

// A person the question does not already name; for a name asked, not one the text withholds (林某).
function isNewPerson(words: readonly TaggedWord[], i: number, known: ReadonlySet<string>, askingName: boolean): boolean {
  const w = words[i]!
  return isPersonAt(words, i) && !isKnownName(w.word, known) && !(askingName && isWithheld(w.word))
}

function isPersonAt(words: readonly TaggedWord[], i: number): boolean {
  return isNickname(words[i]!.word) || isTaggedName(words[i]!, words[i + 1])
}

/** The persons a text names (李兔儿, 老何), as jieba's tags and the surname list read them. */
export function findPersons(text: string, tag: (text: string) => TaggedWord[]): string[] {
  const words = joinSurnames(tag(text))
  return words.filter((_, i) => isPersonAt(words, i)).map((w) => w.word)
}

// A word jieba tags as a name (or leaves unknown) that starts with a surname, unless a place or
// institution word follows it: 杜桥派出所 is a place.
function isTaggedName(w: TaggedWord, next: TaggedWord | undefined): boolean {
  return /^(?:nr|x)/.test(w.tag) && /^\p{Script=Han}{2,4}$/u.test(w.word) && SURNAMES.has(w.word[0]!) && !PLACE_AFTER.has(next?.word ?? '')
}

// 林某 answers 谁 as the article can, but is no answer to 叫什么名字.
function isWithheld(name: string): boolean {
  return name.endsWith('某')
}

// 老何, 小李, 阿张: how colleagues name each other in news stories (jieba tags them n or r).
const NICKNAME_PREFIXES = new Set(['老', '小', '阿'])

/** True when `nickname` (小巫, 老何) can stand for `name` (巫伟勇, 何海明): the same surname. */
export function isNicknameOf(nickname: string, name: string): boolean {
  const surname = surnameOfNickname(nickname)
  return surname !== undefined && name !== nickname && name.startsWith(surname)
}

/** The surname a nickname stands for (李 of 老李, 巫 of 小巫), or undefined for any other word. */
export function surnameOfNickname(word: string): string | undefined {
  return isNickname(word) ? word[1] : undefined
}

function isNickname(word: string): boolean {
  return word.length === 2 && NICKNAME_PREFIXES.has(word[0]!) && SURNAMES.has(word[1]!)
}

// 杜桥派出所, 王家村: a name before a place or institution word names the place, not a person.
const PLACE_AFTER = new Set(['派出所', '分局', '公安', '公安局', '法院', '法庭', '检察院', '医院', '学校', '小学', '中学', '社区', '街道', '镇', '乡', '村', '县', '市', '区', '路', '街', '巷', '大队', '中队'])

// The question's own person is no answer, however jieba cut the name there (李兔儿 as 李/兔儿).
function isKnownName(name: string, known: ReadonlySet<string>): boolean {
  if (known.has(name)) return true
  for (const word of known) if (word.length >= 2 && name.endsWith(word) && name.length - word.length === 1) return true
  return false
}

// jieba tags a surname alone when the given name is a word of its own (李/nr 兔儿/n): the two are
// one name.
function joinSurnames(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = []
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    const next = words[i + 1]
    if (NICKNAME_PREFIXES.has(w.word) && next !== undefined && isNickname(w.word + next.word)) {
      out.push({ word: w.word + next.word, tag: 'nr' })
      i++
    } else if (
      w.word.length === 1 &&
      SURNAMES.has(w.word) &&
      next !== undefined &&
      /^\p{Script=Han}{1,2}$/u.test(next.word) &&
      // 李/nr 兔儿/n, and 黄/a 秋香/nr: either half may carry the name's tag
      (w.tag === 'nr' || (next.tag === 'nr' && next.word.length === 2))
    ) {
      out.push({ word: w.word + next.word, tag: 'nr' })
      i++
    } else out.push(w)
  }
  return out
}

/**
 * How well a sentence gives the name a 叫什么 question asks for, 0–1. 全名 and 姓名 are persons'
 * names; 店名 and 名称 are things'; 叫什么 may be either. The name must stand by what the question
 * asks the name of (负责人张三, 党组织——中共杭州小组, “板凳夜话”…机制) or follow a naming verb
 * (称为“红巷丽警”): a name elsewhere belongs to someone or something else.
 */
export function scoreName(sentence: string, context: KindContext): number {
  const { unit = '', focus = '' } = context
  const spans = findNameSpans(sentence, context)
  if (focus.length < 2) return spans.length > 0 ? 1 : 0
  if (spans.some(([start]) => NAMING_VERB.test(sentence.slice(0, start)))) return 1
  // the thing may be named by a synonym (女孩 in the question, 姑娘小欢 in the passage)
  const forms = [...new Set([focus, ...(context.focusForms ?? [])])].filter((form) => form.length >= 2 && sentence.includes(form))
  if (forms.length === 0) return spans.length > 0 ? UNSEEN_FOCUS_CREDIT : 0
  return forms.some((form) => isNameBound(sentence, form, spans, unit)) ? 1 : 0
}

// True when, at one of the places `focus` stands in the sentence, a name stands by it.
function isNameBound(sentence: string, focus: string, spans: readonly [number, number][], unit: string): boolean {
  for (let at = sentence.indexOf(focus); at >= 0; at = sentence.indexOf(focus, at + 1)) {
    const end = at + focus.length
    if ((unit !== '物' && UNNAMED_PERSON.test(sentence.slice(end))) || APPOSITION.test(sentence.slice(end))) return true
    // 打造“桥”警务: a quoted word right before the thing names it, however short
    if (unit !== '人' && CLOSING_QUOTE.test(sentence.slice(0, at))) return true
    // a name holding the thing's word is its name too (研发了“伪基站综合取证设备”)
    const bound = ([start, stop]: readonly [number, number]) =>
      (start <= at && stop >= end) || (start >= end && NAME_GAP.test(sentence.slice(end, start))) || (stop <= at && SAME_PHRASE.test(sentence.slice(stop, at)))
    if (spans.some(bound)) return true
  }
  return false
}

// A name with the thing it names out of the sentence may still be its name (the 负责人 named as 所长
// 张三), or another's: half the credit. On the three tuning sets 0.3–0.6 declined as many
// unanswerable questions, and none of them cost an answerable one.
const UNSEEN_FOCUS_CREDIT = 0.5

// Where the persons (unless a thing's name is asked) and quoted names (unless a person's) stand.
function findNameSpans(sentence: string, context: KindContext): [number, number][] {
  const { tag, unit = '', known = new Set<string>() } = context
  const spans: [number, number][] = []
  if (unit !== '物' && tag !== undefined) {
    const words = joinSurnames(tag(sentence))
    let at = 0
    words.forEach((w, i) => {
      const start = sentence.indexOf(w.word, at)
      if (start < 0) return
      at = start + w.word.length
      if (isNewPerson(words, i, known, true)) spans.push([start, at])
    })
  }
  if (unit !== '人') for (const m of newQuotedNames(sentence, known)) spans.push([m.index!, m.index! + m[0].length])
  return spans
}

const NAMING_VERB = /(?:称为|称作|叫做|叫作|名为|名叫|取名|命名为|誉为|号称|简称|俗称|人称|又称|叫)$/

// What may stand between a role or thing and its name: nothing (负责人张三), a dash or a colon, or
// a description ending in 的 within one clause (户籍民警同时也是…副岗长的陆春妹); before it, only
// the rest of one noun phrase (“板凳夜话”矛盾纠纷警情源头预防机制).
const NAME_GAP = /^(?:[\s—\-:：]{0,3}|[^，,。；;！？!?]{0,20}的)$/u
const SAME_PHRASE = /^\p{Script=Han}{0,12}$/u

// 党组织——中共杭州小组: a dash or colon after the thing introduces its name, quoted or not.
const APPOSITION = /^\s*(?:——|—|：|:)\s*\p{Script=Han}{2}/u

const CLOSING_QUOTE = /[”"」』》]$/

// 姑娘小欢: how news stories name people they do not name in full.
const UNNAMED_PERSON = /^[小老阿]\p{Script=Han}(?:[在的说是和向从被把将]|(?!\p{Script=Han}))/u

// A name given in quotes (“板凳夜话”) answers 叫什么, unless the question already holds it.
function newQuotedNames(sentence: string, known: ReadonlySet<string>): RegExpMatchArray[] {
  return [...sentence.matchAll(/[“"「『《]([^”"」』》]{2,20})[”"」』》]/gu)].filter((match) => isNewName(match[1]!, known))
}

/** True when a name has two characters more than the question's own words (宜山镇三轮车 for 三轮车). */
export function isNewName(name: string, known: ReadonlySet<string>): boolean {
  let rest = name
  for (const word of known) if (word.length >= 2) rest = rest.replaceAll(word, '')
  return (rest.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2
}
