import surnameList from 'chinese-surnames/index.json' with { type: 'json' }
import type { TaggedWord } from '../types.js'
import { DEMONSTRATIVES, MEASURE_WORDS, ORGANIZATION_WORDS, PERSON_NOUN, PLACE_SUFFIXES, SCHOOL_WORDS, SIZE_ADJECTIVES } from './vocabulary.js'

// Persons and names in a sentence, for 谁 and 叫什么 questions and for telling whom a sentence is
// about: jieba's tags, a surname list and the ways news stories name people (老张, 姑娘小丽).

// Surnames are data, never the corpus' own names. The hundred most common surnames of mainland China
// (national name rankings) make a tagged or unknown word of 2–4 characters a name, and 老/小/阿 before
// one a nickname. The rarer ones of the classic Hundred Family Surnames (the single-character ones
// the chinese-surnames package lists before the compound 万俟, 司马 …) are many ordinary characters
// too (时, 安, 常, 越): they make a name only of a full name of three characters that jieba learnt
// from the corpus (tag x), as recurring names are; its own name tags are too noisy for them (越传越).
const COMMON_SURNAMES: ReadonlySet<string> = new Set('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向')
// Of those, a demonstrative (那) or a measure word (支, 家, 项, 时) starts a phrase far more often
// than a name (那帮人, 那篇登, 支义警): they are left out.
const CLASSIC_SURNAMES: ReadonlySet<string> = new Set([
  ...COMMON_SURNAMES,
  ...surnameList
    .slice(0, surnameList.indexOf('万俟'))
    .filter((s) => s.length === 1 && !DEMONSTRATIVES.includes(s) && !MEASURE_WORDS.includes(s)),
])

// The classic compound surnames of the Hundred Family Surnames (司马, 欧阳, 诸葛 …: the
// chinese-surnames package lists them from 万俟 to 司空, and the rest from 第五 to 段干), less those
// that are mostly ordinary words or places (东方, 长孙, 司空, 单于, 濮阳, 第五, 南宫, 东门, 西门, 南门, 百里).
const COMPOUND_SURNAMES: ReadonlySet<string> = new Set(
  [...surnameList.slice(surnameList.indexOf('万俟'), surnameList.indexOf('司空') + 1), ...surnameList.slice(surnameList.indexOf('第五'), surnameList.indexOf('段干') + 1)].filter(
    (s) => s.length === 2 && !['东方', '长孙', '司空', '单于', '濮阳', '第五', '南宫', '东门', '西门', '南门', '百里'].includes(s),
  ),
)

/** True when the sentence names a person the question does not already name. */
export function hasPerson(sentence: string, known: ReadonlySet<string>, tag?: (text: string) => TaggedWord[]): boolean {
  if (tag === undefined) return false
  const words = joinSurnames(tag(sentence))
  return words.some((_, i) => isNewPerson(words, i, known, false)) || findNamesAfterRoles(sentence, tag).some((name) => !isKnownName(name, known))
}

// What a role ends in: a person noun (渔民, 总工程师, 学生), a head (所长) or a trade (收购商, 水手, 电工).
const ROLE_ENDING = `(?:${PERSON_NOUN.source.replace(/\$$/u, '')}|长|商|手|工|经理|主任|书记|总监)`
const ROLE_AT_END = new RegExp(`\\p{Script=Han}${ROLE_ENDING}$`, 'u')

/** Whether a text ends in a role of two characters or more (学生, 总工程师, 所长), as before the name of whoever holds it. */
export function endsWithRole(text: string): boolean {
  return ROLE_AT_END.test(text)
}

const SURNAME_ALTERNATION = [...COMPOUND_SURNAMES, ...surnameList.filter((s) => s.length === 1)].join('|')
// Verbs of saying, which a name stands right before (经理管漪说, 收购商韩秀娥介绍).
const SAYING = '说|介绍|表示|告诉'
// A role word, a surname and two more characters, then what the person says or is, or a pause:
// 收购商韩秀娥说, 所长乐正岚介绍.
const NAME_AFTER_ROLE = new RegExp(`(?<=\\p{Script=Han}${ROLE_ENDING})((?:${SURNAME_ALTERNATION})\\p{Script=Han}{2}?)(?=${SAYING}|认为|坦言|回忆|指出|透露|笑着|是|今年|[，。、；：“]|$)`, 'gu')

// No piece a word jieba knows otherwise (助理 of 警务助理), and no verb or pronoun opening it (人说我傻);
// or a surname jieba tags as one and a given name it knows as a noun (甘/nr 霁月/n).
const isUnknownName = (pieces: readonly TaggedWord[]) =>
  isSurnameThenNoun(pieces) ||
  (!/^[vpcudr]/u.test(pieces[0]?.tag ?? 'v') && pieces.every((w) => w.word.length === 1 || /^(?:x|nr|nrt|nz)$/u.test(w.tag) || COMPOUND_SURNAMES.has(w.word)))

// 甘/nr 霁月/n: a surname jieba tags as a name, then a given name it knows as a noun
const isSurnameThenNoun = (pieces: readonly TaggedWord[]) => pieces.length === 2 && pieces[0]!.word.length === 1 && pieces[0]!.tag === 'nr' && /^n/u.test(pieces[1]!.tag)

/**
 * Names of three characters (or a compound surname and one or two) right after a role and before
 * what the person says or is (收购商韩秀娥说), that jieba cut into pieces none of which it knows as
 * another word (警务助理 holds 助理: no name); and of two that it leaves one unknown word, between a
 * role and a verb of saying (经理管漪说).
 */
export function findNamesAfterRoles(sentence: string, tag: (text: string) => TaggedWord[]): string[] {
  // 管漪说, read as three characters, is a name of two and the verb after it
  const long = [...sentence.matchAll(NAME_AFTER_ROLE)].map((m) => m[1]!).filter((name) => (name.length === 3 || COMPOUND_SURNAMES.has(name.slice(0, 2))) && !name.endsWith('说') && isUnknownName(tag(name)))
  const short = [...sentence.matchAll(TWO_AFTER_ROLE)].map((m) => m[1]!).filter((name) => !long.some((l) => l.startsWith(name)) && isOneUnknownWord(tag(name)))
  return [...long, ...short]
}

// 经理管漪说: a name of two characters, a surname and one more, that jieba leaves unknown, between a
// role and a verb of saying
const TWO_AFTER_ROLE = new RegExp(`(?<=\\p{Script=Han}${ROLE_ENDING})(\\p{Script=Han}{2})(?=${SAYING})`, 'gu')
const isOneUnknownWord = (pieces: readonly TaggedWord[]) => pieces.length === 1 && pieces[0]!.tag === 'x' && CLASSIC_SURNAMES.has(pieces[0]!.word[0]!)

/** A person the question does not already name at `i`; when `askingName`, not one the text withholds (林某). */
export function isNewPerson(words: readonly TaggedWord[], i: number, known: ReadonlySet<string>, askingName: boolean): boolean {
  const w = words[i]!
  return isPersonAt(words, i) && !isKnownName(w.word, known) && !(askingName && isWithheld(w.word))
}

function isPersonAt(words: readonly TaggedWord[], i: number): boolean {
  if (isRareNameAfterRole(words, i)) return true
  return isNickname(words[i]!.word) || isTransliterated(words[i]!) || (isTaggedName(words[i]!, words[i + 1]) && !isQuotedTerm(words, i) && !AFTER_NUMBER.test(words[i - 1]?.word ?? ''))
}

// Any single-character surname of the list, the rarest too (邝): they make a name only of a
// three-character word jieba does not know, right after a role (总工程师邝以宁).
const ALL_SINGLE_SURNAMES: ReadonlySet<string> = new Set(surnameList.filter((s) => s.length === 1))

function isRareNameAfterRole(words: readonly TaggedWord[], i: number): boolean {
  const w = words[i]!
  return w.tag === 'x' && /^\p{Script=Han}{3}$/u.test(w.word) && ALL_SINGLE_SURNAMES.has(w.word[0]!) && endsWithRole(words[i - 1]?.word ?? '')
}

// 托马斯·施密特: names joined by the middle dot (see joinSurnames) are a foreign person's, whom no
// Chinese surname starts. A lone word jieba calls a transliterated name (nrt) is not enough: it
// tags 里拉 of 平房里拉起 so.
function isTransliterated(w: TaggedWord): boolean {
  return w.tag === 'nrt' && /^\p{Script=Han}+·\p{Script=Han}+$/u.test(w.word)
}

// 5500余人, 3名: a word right after a number counts (余 is a surname too), it names no one.
const AFTER_NUMBER = /[\d零〇一二两三四五六七八九十百千万]$/u

// “武林大妈”, “红巷义警”: a short quotation is the name of a group, a brand or a scheme, as the
// articles quote them; a word in it is no person's name unless the quotation is that name alone and
// jieba knows it as one (“李兔儿”), not only from the corpus (tag x).
function isQuotedTerm(words: readonly TaggedWord[], i: number): boolean {
  let open = i - 1
  while (open >= 0 && i - open <= 3 && !OPENING.test(words[open]!.word)) open--
  let close = i + 1
  while (close < words.length && close - i <= 3 && !CLOSING.test(words[close]!.word)) close++
  if (open < 0 || !OPENING.test(words[open]!.word) || !CLOSING.test(words[close]?.word ?? '')) return false
  const alone = open === i - 1 && close === i + 1
  return !alone || words[i]!.tag === 'x'
}

const OPENING = /^[“「『"]$/u
const CLOSING = /^[”」』"]$/u

/** The persons a text names (张小川, 老张), as jieba's tags and the surname list read them. */
export function findPersons(text: string, tag: (text: string) => TaggedWord[]): string[] {
  const words = joinSurnames(tag(text))
  return words.filter((_, i) => isPersonAt(words, i)).map((w) => w.word)
}

// A word jieba tags as a name (or leaves unknown) that starts with a surname, unless a place or
// institution word follows it: 东桥派出所 is a place.
function isTaggedName(w: TaggedWord, next: TaggedWord | undefined): boolean {
  if (!/^(?:nr|x)/.test(w.tag) || PLACE_AFTER.has(next?.word ?? '') || NOT_IN_NAMES.test(w.word)) return false
  const surname = w.word[0]!
  // 司马骁远, 诸葛婧: a compound surname and a given name of one or two characters
  if (COMPOUND_SURNAMES.has(w.word.slice(0, 2))) return /^\p{Script=Han}{3,4}$/u.test(w.word)
  return /^\p{Script=Han}{2,4}$/u.test(w.word) && (COMMON_SURNAMES.has(surname) || (CLASSIC_SURNAMES.has(surname) && w.word.length === 3 && w.tag === 'x'))
}

// A demonstrative opening the word (这位, 那帮人), or a sentence particle in it (成了没, 丁怎么): jieba
// glued a phrase together, no name.
const NOT_IN_NAMES = new RegExp(`^[${DEMONSTRATIVES}]|[了么吗呢吧没]`, 'u')

/** Whether a character is a surname of the common or classic single-character list (王, 柴, 葛). */
export function isSurname(character: string): boolean {
  return CLASSIC_SURNAMES.has(character)
}

// 林某 answers 谁 as the article can, but is no answer to 叫什么名字.
function isWithheld(name: string): boolean {
  return name.endsWith('某')
}

// 老张, 小李, 阿王: how colleagues name each other in news stories (jieba tags them n or r).
const NICKNAME_PREFIXES = new Set(['老', '小', '阿'])

/** True when `nickname` (小王, 老张) can stand for `name` (王立新, 张海明): the same surname. */
export function isNicknameOf(nickname: string, name: string): boolean {
  const surname = surnameOfNickname(nickname)
  return surname !== undefined && name !== nickname && name.startsWith(surname)
}

/** The surname a nickname or a surname with a title stands for (李 of 老李, 王 of 小王, 吴 of 吴老师), or undefined for any other word. */
export function surnameOfNickname(word: string): string | undefined {
  if (isNickname(word)) return word[1]
  return COMMON_SURNAMES.has(word[0] ?? '') && FAMILIAR_TITLES.has(word.slice(1)) ? word[0] : undefined
}

/** Whether a word is what opens a nickname before a surname (老, 小, 阿). */
export function isNicknamePrefix(word: string): boolean {
  return NICKNAME_PREFIXES.has(word)
}

// What follows a surname to name someone familiarly or by post (吴老师, 王所长, 张阿姨, 刘师傅).
const FAMILIAR_TITLES = new Set([
  '老师', '医生', '大夫', '警官', '师傅', '阿姨', '大妈', '大爷', '大姐', '大哥', '大叔', '奶奶', '爷爷', '婆婆', '先生', '女士', '教授', '律师', '法官', '记者', '老板',
  '所长', '队长', '局长', '院长', '校长', '站长', '村长', '镇长', '主任', '书记', '经理', '处长', '科长', '部长', '会长', '厂长', '馆长', '组长', '班长',
  '老汉', '老太', '大娘', '大伯', '老伯', '阿婆', '阿公', '教练', '同学',
])

/** Whether `title` follows a surname to name someone (吴老师, 王所长, 张阿姨). */
export function isFamiliarTitle(title: string): boolean {
  return FAMILIAR_TITLES.has(title)
}

/**
 * The full names among a corpus' words (three Han characters opening with a common surname: 吴秀兰,
 * which jieba then keeps whole), by surname: what 老吴 or 吴老师 may stand for there.
 */
export function groupNamesBySurname(words: readonly string[]): Map<string, string[]> {
  const names = new Map<string, string[]>()
  for (const word of words) {
    if (!/^\p{Script=Han}{3}$/u.test(word) || !COMMON_SURNAMES.has(word[0]!)) continue
    const same = names.get(word[0]!)
    if (same === undefined) names.set(word[0]!, [word])
    else same.push(word)
  }
  return names
}

/** Whether a word is a familiar name (老周, 小王, 阿明: 老, 小 or 阿 before a common surname). */
export function isNickname(word: string): boolean {
  return word.length === 2 && NICKNAME_PREFIXES.has(word[0]!) && COMMON_SURNAMES.has(word[1]!)
}

// 东桥派出所, 王家村: a name before a place or institution word names the place, not a person.
const PLACE_AFTER = new Set([...PLACE_SUFFIXES, ...ORGANIZATION_WORDS, ...SCHOOL_WORDS, '公安'])

// The question's own person is no answer, however jieba cut the name there (张小川 as 张/小川).
function isKnownName(name: string, known: ReadonlySet<string>): boolean {
  if (known.has(name)) return true
  for (const word of known) if (word.length >= 2 && name.endsWith(word) && name.length - word.length === 1) return true
  return false
}

/**
 * Tagged words with the names jieba cut wrongly read back whole: a surname tagged alone joined to
 * its given name (张/nr 小川/n → 张小川/nr), 老/小 joined to a surname (老张), and the repairs below.
 */
export function joinSurnames(words: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = []
  for (let i = 0; i < words.length; ) {
    const repaired = repairNameAt(words, i)
    out.push(...(repaired?.words ?? [words[i]!]))
    i += repaired?.consumed ?? 1
  }
  return out
}

type Repair = { words: TaggedWord[]; consumed: number }

// Right after 、 following a word that names a person (金佛庄、…).
function isListedAfterPerson(words: readonly TaggedWord[], i: number): boolean {
  return words[i - 1]?.word === '、' && i >= 2 && isTaggedName(words[i - 2]!, words[i - 1])
}

const joined = (w: TaggedWord, next: TaggedWord): Repair => ({ words: [{ word: w.word + next.word, tag: 'nr' }], consumed: 2 })

// The first way jieba is known to cut a name wrongly that applies at word `i`, read back; undefined when none does.
function repairNameAt(words: readonly TaggedWord[], i: number): Repair | undefined {
  const w = words[i]!
  const next = words[i + 1]
  const after = words[i + 2]
  // 托马斯/nrt ·/x 施密特/nr: one foreign name
  if (/^nrt?$/u.test(w.tag) && next?.word === '·' && after !== undefined && /^nrt?$/u.test(after.tag)) return { words: [{ word: `${w.word}·${after.word}`, tag: 'nrt' }], consumed: 3 }
  if (next === undefined) return undefined
  if (NICKNAME_PREFIXES.has(w.word) && isNickname(w.word + next.word)) return joined(w, next)
  // 金佛庄、于/p 树德/n 等: in a list after a person, a surname and one or two characters are the next person
  if (isListedAfterPerson(words, i) && COMMON_SURNAMES.has(w.word) && /^\p{Script=Han}{1,2}$/u.test(next.word) && !/^[vpcudr]/u.test(next.tag)) return joined(w, next)
  // 司马/nr 骁远/x, 诸葛/nr 婧/g: a compound surname and its given name; 司徒/n 蔓/v 医生: one the
  // verb tag hides, told by the title after it; 司徒医生 is the surname and a title, no full name
  if (COMPOUND_SURNAMES.has(w.word) && /^\p{Script=Han}{1,2}$/u.test(next.word) && !FAMILIAR_TITLES.has(next.word)) {
    if (!/^[vdpuc]/u.test(next.tag) || (next.word.length === 1 && FAMILIAR_TITLES.has(after?.word ?? ''))) return joined(w, next)
  }
  // 王浩得/x 了, 何俊多/x 大: jieba's guess glued to a two-character name the verb before 了, or the 多 of 多大
  if (w.tag === 'x' && /^\p{Script=Han}{3}$/u.test(w.word) && COMMON_SURNAMES.has(w.word[0]!) && (ASPECT.test(next.word) || (w.word[2] === '多' && HOW_MUCH_AFTER.test(next.word)))) {
    return { words: [{ word: w.word.slice(0, 2), tag: 'nr' }, { word: w.word[2]!, tag: w.word[2] === '多' ? 'm' : 'v' }], consumed: 1 }
  }
  // 汪美华住/x 在: the verb before a preposition glued to a three-character name (a name of four
  // characters is rare; one of three before 在 is common: 施林松/x 在)
  if (w.tag === 'x' && /^\p{Script=Han}{4}$/u.test(w.word) && COMMON_SURNAMES.has(w.word[0]!) && PLACE_PREPOSITION.test(next.word)) {
    return { words: [{ word: w.word.slice(0, -1), tag: 'nr' }, { word: w.word.at(-1)!, tag: 'v' }], consumed: 1 }
  }
  // 聂芃/x 芃/x: jieba's guess at a name with a rare character (a doubled one: 芃芃) cut off its last
  // character, which it knows no better; read back as a three-character unknown word
  if (w.tag === 'x' && /^\p{Script=Han}{2}$/u.test(w.word) && ALL_SINGLE_SURNAMES.has(w.word[0]!) && next.tag === 'x' && /^\p{Script=Han}$/u.test(next.word)) {
    return { words: [{ word: w.word + next.word, tag: 'x' }], consumed: 2 }
  }
  if (opensLongName(w)) {
    // 梁国/ns 栋/zg: a three-character name cut before a character that is no word alone
    if (/^\p{Script=Han}$/u.test(next.word) && /^[zn]g$/u.test(next.tag)) return joined(w, next)
    // 梁国/ns 栋考/x 了: jieba's guess glued the name's last character to the verb before 了 (梁国栋 考了)
    if (next.tag === 'x' && /^\p{Script=Han}{2}$/u.test(next.word) && ASPECT.test(after?.word ?? '')) {
      return { words: [{ word: w.word + next.word[0]!, tag: 'nr' }, { word: next.word[1]!, tag: 'v' }], consumed: 2 }
    }
  }
  // 蒲/nr 长庚/nrt: a rarer surname jieba tags as one, then a given name it tags as a name; read
  // back as the unknown word jieba makes of such names (邝以宁/x), which only a classic surname opens
  if (w.tag === 'nr' && w.word.length === 1 && CLASSIC_SURNAMES.has(w.word) && /^\p{Script=Han}{2}$/u.test(next.word) && /^nrt?$/u.test(next.tag)) {
    return { words: [{ word: w.word + next.word, tag: 'x' }], consumed: 2 }
  }
  if (w.word.length !== 1 || !COMMON_SURNAMES.has(w.word)) return undefined
  // 张某某, 李某: a name the story withholds (jieba tags 张/q 某某/r)
  if (/^某某?$/u.test(next.word)) return joined(w, next)
  return isGivenNameAfterSurname(w, next) ? joined(w, next) : undefined
}

// A preposition after a verb of staying or going (住在, 去到, 来自).
const PLACE_PREPOSITION = /^[在到于自往向]$/u
// An aspect particle after a verb (得了, 考过).
const ASPECT = /^[了过着]$/u
// What follows the 多 of 多大, 多高, 多少.
const HOW_MUCH_AFTER = new RegExp(`^[少${SIZE_ADJECTIVES}]`, 'u')

// Two characters jieba tags a person or a place that open with a surname (梁国/ns of 梁国栋).
function opensLongName(w: TaggedWord): boolean {
  return w.word.length === 2 && COMMON_SURNAMES.has(w.word[0]!) && /^n[rs]$/u.test(w.tag)
}

// After a lone surname: its given name, unless it is a verb (赵/nr 明说/v is 赵 who said). 王/nr 二妮/n
// and 白/a 秋菊/nr: either half may carry the name's tag; jieba tags a surname it cannot place zg
// (孙/zg 文华/nz), or a noun morpheme ng (林/ng 文华/nz).
function isGivenNameAfterSurname(surname: TaggedWord, next: TaggedWord): boolean {
  if (!/^\p{Script=Han}{1,2}$/u.test(next.word) || /^[vdpu]/.test(next.tag)) return false
  const given = next.word.length === 2
  return surname.tag === 'nr' || (next.tag === 'nr' && given) || (surname.tag === 'zg' && given && /^n[rz]?$/u.test(next.tag)) || (surname.tag === 'ng' && given && /^n[rz]$/u.test(next.tag))
}

/** True when a name has two characters more than the question's own words (东山镇三轮车 for 三轮车). */
export function isNewName(name: string, known: ReadonlySet<string>): boolean {
  let rest = name
  for (const word of known) if (word.length >= 2) rest = rest.replaceAll(word, '')
  return (rest.match(/\p{Script=Han}/gu)?.length ?? 0) >= 2
}
