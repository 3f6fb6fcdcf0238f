import { findAsserted, findOrdinal, readAnswerCues, readSubjectCues, type AnswerCues, type SubjectCues } from './answer-cues.js'
import type { AnalyzedText, Analyzer, Term } from '../text/analyzer.js'
import { findQuestionNumbers, findUnitAfter, writeLabelsInDigits } from '../text/numbers.js'
import { isFamiliarTitle, isNickname, isNicknamePrefix, isSurname, surnameOfNickname } from '../text/person-names.js'
import type { Synonyms } from '../text/synonyms.js'
import { alternation, COMPOUND_UNITS, COUNTING_QUESTION_WORDS, MEASURE_WORDS, PERSON_MEASURES, SIZE_ADJECTIVES, THING_MEASURES, WHEN_WORDS, without } from '../text/vocabulary.js'
import { findFocus } from './focus.js'
import { ASKING_YES_NO, detectQuestionType, type QuestionType } from './question-type.js'
import { detectUnit, type Unit } from './unit.js'

/** A content word of the question and the words that may stand for it in a passage. */
export interface QueryWord {
  term: string
  /** The word itself first, then its synonyms. */
  forms: string[]
  /**
   * Near-synonyms from the general thesaurus that are not among `forms` (徒弟 → 学徒), for a whole
   * word only: weaker evidence, matched at a lower weight. Absent when there are none.
   */
  near?: string[]
  /** The longer question word this one was found inside (search mode: 派出 in 派出所); else ''. */
  within: string
  /**
   * For a one-character Han word, the question's text of it with the whole word just before or
   * after it (三中队 for 三 in 三中队有几名队员), which highlighting marks instead of the lone
   * character; absent for longer words, empty when nothing touches it.
   */
  compounds?: string[]
}

/** A question as the ranker sees it. */
export interface ParsedQuestion {
  text: string
  /** The question as the analyzer normalized it (simplified, half-width, lower case). */
  normalized: string
  type: QuestionType
  words: QueryWord[]
  bigrams: string[]
  /** The bigrams of characters the segmenter left alone: an unknown name's (see `AnalyzedText.pairs`). */
  pairs: string[]
  /** What the answer must carry: a count in a measure word (名 for 多少名), a date part, a kind of place … */
  unit: Unit
  /** The word naming what is asked about (门票 in 门票多少钱, 称号 in 什么称号); '' when unclear. */
  focus: string
  /** Numbers the question names (2018年, 第五中队), each as the values it may stand for. */
  numbers: number[][]
  /** The unit each of `numbers` is given in the question (名 of 25名, 年 of 2018年), by index; undefined when none. */
  numberUnits: (string | undefined)[]
  /** What it says of the answer it wants beyond its type: the thing or act asked about, several or one. */
  cues: AnswerCues
}

// 多少名, 几所, 哪位, 多少钱, 几趟: the measure word belongs to the question word, not to what is
// asked about (书 of 多少书 is what is counted).
const QUESTION_BEFORE_MEASURE = new RegExp(`(?:${COUNTING_QUESTION_WORDS.join('|')})[^\\p{Script=Han}]*$`, 'u')
const QUESTION_MEASURES = `${MEASURE_WORDS}钱遍回趟番轮`

function isMeasureWordOfQuestion(term: string, before: string): boolean {
  // 哪一段: jieba cuts 哪/一段
  if (term.length === 2 && term[0] === '一' && QUESTION_MEASURES.includes(term[1]!) && /哪[^\p{Script=Han}]*$/u.test(before)) return true
  return /^\p{Script=Han}$/u.test(term) && QUESTION_MEASURES.includes(term) && QUESTION_BEFORE_MEASURE.test(before)
}

// 哪一年开始, 什么时候起: asks for a starting point, which a passage gives as 2019年以来, 自2015年,
// 2019年起 as often as with 开始; the date asked for is the evidence, not the verb.
const WHEN_BEFORE_START = new RegExp(`(?:${WHEN_WORDS.join('|')})[^\\p{Script=Han}]*$`, 'u')

function isStartOfWhen(term: string, before: string): boolean {
  return (term === '开始' || term === '起') && WHEN_BEFORE_START.test(before)
}

// A demonstrative with its measure word (那位, 这起, 那家, 该所; 那两个, 这两名: a count the story
// already gave) only points at what follows, and jieba may glue the measure word to it (那位) or to
// the next word (那家小饭店 → 那/家小/饭店).
// 只, 本, 根 are left out (这只是, 这本来, 这根本 read otherwise), and so are 人 (这人 is the person
// itself) and the units of time and quantity (这天, 这年, 那块地 name something).
const DEMONSTRATIVE_MEASURE = new RegExp(`[那这该此某每各][一两二三四五六七八九]?[${without(PERSON_MEASURES + THING_MEASURES, '人只本根')}次](?=[\\p{Script=Han}\\d])`, 'gu')

// 看到新闻说…, 听说…, 报上讲…: where the asker read it (the articles themselves), said before
// what they ask; the words would count as missing from every passage.
const HEARSAY = /^[\s，,]*(?:(?:我|刚才|刚刚|今天|昨天|前几天)?(?:在)?(?:看到|看见|看了|读到|刷到|听到|听|看)?(?:新闻|报道|报纸|文章|消息|电视|报上|网上)(?:里|上|中)?(?:说|讲|提到|写|报道)(?:了|的|过)?|听说|听人说|据说|有人说)[\s，,：:]*/u

/** The question without a hearsay opening (看到新闻说…, 听说…), which says where it was read, not what is asked. */
export function dropHearsay(normalizedQuestion: string): string {
  return normalizedQuestion.replace(HEARSAY, (match) => ' '.repeat(match.length))
}

/**
 * The question without demonstratives and their measure words, which carry no content. 某 after a
 * surname names a person whose name the story withholds (柴某起诉时: 柴某, not 某起).
 */
export function dropDemonstratives(normalizedQuestion: string): string {
  return normalizedQuestion.replace(DEMONSTRATIVE_MEASURE, (match, at: number) =>
    match[0] === '某' && isSurname(normalizedQuestion[at - 1] ?? '') ? match : ' '.repeat(match.length),
  )
}

// 是不是第一条开进深山的公交: a yes-no question claiming firstness asks whether it was the first,
// not what the first item of a list is (第一条是什么), which the passage need not enumerate.
function withoutFirstClaimed(type: QuestionType, cues: AnswerCues): AnswerCues {
  return type === 'yes_no' && cues.ordinal === 1 ? { ...cues, ordinal: 0 } : cues
}

// In a how-many question these only name the count or share asked for (党员 人数, 淘汰比例), which the
// unit and the answer kind already check; passages give the count (38名党员) or the share (占比60%),
// seldom the noun.
const QUANTITY_NOUNS = new Set(['人数', '数量', '次数', '金额', '数目', '总数', '人次', '比例', '占比', '比重', '百分比', '比分'])

// 多大, 多高, 多远: jieba cuts the question word in two, and neither half is content; or it keeps it
// whole, with 有 at times (多长, 有多深), which is the asking too.
const SIZE_ADJECTIVE = new RegExp(`^[${SIZE_ADJECTIVES}]`, 'u')
const SIZE_ASKED_WHOLE = new RegExp(`^有?多[${SIZE_ADJECTIVES}]$`, 'u')

function isHalfOfHowMuch(term: string, before: string, after: string): boolean {
  return (term === '多' && SIZE_ADJECTIVE.test(after)) || (term.length === 1 && SIZE_ADJECTIVE.test(term) && before.endsWith('多')) || SIZE_ASKED_WHOLE.test(term)
}

// Likewise in a where question, words that only name a place (那个地址是哪儿, 在哪一带): passages
// give the place itself, and an address asked for is checked as the unit (see `detectUnit`).
// 一带: on the tuning sets one more answer first (tuning7), nothing else moved.
const PLACE_NOUNS = new Set(['地方', '地点', '地址', '住址', '门牌', '位置', '场所', '方位', '一带'])

// In a name question, the words naming the name asked for (叫什么名字, 店名是什么): passages give
// the name itself (茶馆“清风楼”).
const NAME_NOUNS = new Set(['名字', '名称', '全名', '姓名', '称呼', '店名'])

// In a when question, the words naming the time asked for (开放时间是几点, 什么日期): passages give the
// time itself.
const TIME_NOUNS = new Set(['时间', '日期', '时段', '年份'])

// 咨询电话是多少, 热线号码是多少: the word naming the number asked for, which passages give as the
// number itself (拨打96110咨询), seldom with the word.
const NUMBER_NOUN = /(?:电话|号码|热线|手机号?)$/u

// 多久更新一次, 更新频率: the words of asking how often, which the answer states as 每周, 一年两次.
const FREQUENCY_WORDS = new Set(['一次', '几次', '频率', '频次'])

// In a how question, the words naming the means asked for (用什么办法, 靠什么方法): passages state the
// means itself (采用低容量喷雾), seldom with the word.
const METHOD_NOUNS = new Set(['办法', '方法', '手段', '方式', '措施', '做法', '招数', '法子'])

// The nouns that only name what a question of each type asks for (see the sets above).
const ASKED_NOUNS: Partial<Record<QuestionType, ReadonlySet<string>>> = { how_many: QUANTITY_NOUNS, where: PLACE_NOUNS, when: TIME_NOUNS, name: NAME_NOUNS, how: METHOD_NOUNS }

// The words of asking for a unit: how often, how it ended (调解结果是什么), a place in an order (排第几).
const ASKED_BY_UNIT: Partial<Record<Unit['kind'], ReadonlySet<string>>> = {
  frequency: FREQUENCY_WORDS,
  outcome: new Set(['结果']),
  rank: new Set(['第几', '名次', '排名', '排']),
}

// 几点到几点, 从哪里到哪里: the 到 of a range asked for joins two question words.
const RANGE_ASKED = /(?:几|多少|哪)\p{Script=Han}?$/u
const RANGE_ASKED_AFTER = /^(?:几|多少|哪)/u

function isRangeOfQuestion(term: string, before: string, after: string): boolean {
  return (term === '到' || term === '至') && RANGE_ASKED.test(before) && RANGE_ASKED_AFTER.test(after)
}

// Words that belong to asking rather than to what is asked about.
function isScaffolding(term: string, before: string, after: string, type: QuestionType, unit: Unit): boolean {
  return (
    isMeasureWordOfQuestion(term, before) ||
    isStartOfWhen(term, before) ||
    isRangeOfQuestion(term, before, after) ||
    (type === 'how_many' && isHalfOfHowMuch(term, before, after)) ||
    ASKED_NOUNS[type]?.has(term) === true ||
    ASKED_BY_UNIT[unit.kind]?.has(term) === true ||
    (unit.kind === 'phone' && NUMBER_NOUN.test(term)) ||
    isLocativeAfterNoun(term, before)
  )
}

// 诈骗案里, 老人手里: 里 after a noun only says "in", which a passage need not repeat.
function isLocativeAfterNoun(term: string, before: string): boolean {
  return /^[里内中]$/u.test(term) && /\p{Script=Han}{2}$/u.test(before)
}

// the yes-or-no asking words (see ASKING_YES_NO), wherever they stand, the asking for a purpose
// (做什么用, 有什么用), which jieba cuts into words of their own, and 真的吗 (is it true) closing a
// question that repeats what was heard
const ASKING = new RegExp(`${ASKING_YES_NO.source}|[做干有派]什么用[处途场]?|(?:是)?真的(?:吗|嘛|么|假的)?(?=[^\\p{Script=Han}]*$)`, 'gu')

function findAskingSpans(normalized: string): [number, number][] {
  return [...normalized.matchAll(ASKING)].map((m) => [m.index, m.index + m[0].length])
}

const insideAny = (spans: readonly [number, number][], start: number, end: number) => spans.some(([from, to]) => start >= from && end <= to)

// A word stands for itself and its synonyms; a nickname (老王) also for its surname, since jieba
// cuts the full name 张小川 as 张/小川 and a passage may never use the nickname. Where jieba keeps
// a full name whole (吴秀兰, a word of the corpus), a nickname or a surname before a title (吴老师)
// stands for the corpus' full names of that surname too (`names`).
function formsOf(term: string, synonyms: Synonyms, names: Synonyms = new Map(), titled = false): string[] {
  const surname = surnameOfNickname(term) ?? (titled ? term : undefined)
  const full = surname === undefined ? [] : (names.get(surname) ?? [])
  return [...new Set([term, ...(synonyms.get(term) ?? []), ...(surname === undefined ? [] : [surname]), ...full])]
}

// The longest word ending where this one starts, and the longest starting where it ends, each
// joined to it as the question writes them (林晓岚 cut 林/晓/岚 gives 林晓 and 晓岚 for 晓).
function gluedTo(terms: readonly Term[], start: number, end: number, normalized: string): string[] {
  const longest = (touching: Term[]) => touching.sort((a, b) => b.end - b.start - (a.end - a.start))[0]
  const before = longest(terms.filter((t) => t.end === start && t.start < start))
  const after = longest(terms.filter((t) => t.start === end && t.end > end))
  return [before && normalized.slice(before.start, end), after && normalized.slice(start, after.end)].filter((c): c is string => c !== undefined)
}

// The thesaurus' words for a whole word, less those it already stands for; undefined when none.
function nearFormsOf(forms: readonly string[], thesaurus: Synonyms): string[] | undefined {
  const near = (thesaurus.get(forms[0]!) ?? []).filter((w) => !forms.includes(w))
  return near.length === 0 ? undefined : near
}

// 王立新得过什么称号, 王立新说了什么 and 王立新担任什么职务 ask for what is said of or by 王立新: the
// words after the name (得过, 称号, 在会上说, 职务) are the question's, as 什么 is; a passage answers
// with the title or post itself (先进个人王立新, 所长王立新) or the words quoted.
function askedOfSubject(normalized: string, cues: SubjectCues): [number, number][] {
  // 谁说过…, …出自哪篇文章: only the words quoted are what it asks about
  const { source } = cues
  if (source !== undefined) return [[0, source.start], [source.end, normalized.length]]
  const subject = cues.honoured || cues.speaker || cues.identity
  const at = subject === '' ? -1 : normalized.indexOf(subject)
  return at < 0 ? [] : [[at + subject.length, normalized.length]]
}

// 多少岁, 几倍, 几本书: jieba's dictionary holds some question words glued to their measure, and
// some to what they count too. The count is asking, and so is any word starting inside it (本书 of
// 几本书); what is counted (书) is the question's word.
const GLUED_COUNT = new RegExp(`^(?:${COUNTING_QUESTION_WORDS.join('|')})个?(?:${alternation(COMPOUND_UNITS)}|[${MEASURE_WORDS}])`, 'u')

function splitGluedCounts(terms: readonly Term[]): Term[] {
  const counts = terms.flatMap((t) => {
    const m = GLUED_COUNT.exec(t.term)
    return m === null ? [] : [{ ...t, countEnd: t.start + m[0].length }]
  })
  if (counts.length === 0) return [...terms]
  const insideCount = (t: Term) => counts.some((c) => t.start >= c.start && t.start < c.countEnd)
  const counted = counts.filter((c) => c.countEnd < c.end).map((c) => ({ term: c.term.slice(c.countEnd - c.start), start: c.countEnd, end: c.end }))
  return [...terms.filter((t) => !insideCount(t)), ...counted].sort((a, b) => a.start - b.start || b.end - a.end)
}

// 谁报的警, 帮了忙: a verb and its object split by a particle are one word in the passage (报警),
// which jieba cuts whole; the two characters alone match nothing there. So are two characters jieba
// left alone side by side (主塔有多高 → 主/塔), which it cuts whole in a passage (大桥主塔高126米).
// A count asked may stand between them too (转了几次账, 报过几回警).
const SPLITTING_PARTICLE = /^[的了过]?(?:(?:几|多少)[次回趟遍笔])?$/u

function joinSplitWords(kept: readonly Term[], normalized: string, words: Map<string, QueryWord>, synonyms: Synonyms): void {
  const single = (t: Term) => /^\p{Script=Han}$/u.test(t.term)
  for (const [i, verb] of kept.entries()) {
    const object = kept[i + 1]
    if (object === undefined || !single(verb) || !single(object) || !SPLITTING_PARTICLE.test(normalized.slice(verb.end, object.start))) continue
    // the joined word with its synonyms (谁出的钱: 出钱, 垫付)
    const joined = formsOf(verb.term + object.term, synonyms)
    for (const part of [verb, object]) {
      const word = words.get(part.term)
      if (word !== undefined) word.forms.push(...joined.filter((form) => !word.forms.includes(form)))
    }
  }
}

// 赵明说了什么: jieba may glue the subject's last character to the asking (赵/明说), so the name is
// never asked whole; the question is cut again with a space after the subject. Likewise after the
// surname of a nickname jieba glued to the next word (老许多大年纪 → 老/许多/大/年纪).
function analyseAroundSubject(question: string, analyzer: Analyzer): { analysed: AnalyzedText; subject: SubjectCues } {
  const analysed = analyzer.analyze(question)
  const subject = readSubjectCues(analysed.normalized.text)
  const text = analysed.normalized.text
  const named = subject.honoured || subject.speaker || subject.identity
  const at = named === '' ? -1 : text.indexOf(named)
  const glued = (end: number) => analysed.words.some((w) => w.start < end && w.end > end)
  const ends = [...(at < 0 ? [] : [at + named.length]), ...nicknameEnds(analysed)].filter(glued)
  if (ends.length === 0) return { analysed, subject }
  const cut = [...new Set(ends)].sort((a, b) => b - a).reduce((t, end) => `${t.slice(0, end)} ${t.slice(end)}`, text)
  const apart = analyzer.analyze(cut)
  return { analysed: apart, subject: readSubjectCues(apart.normalized.text) }
}

// Where a nickname's surname ends when jieba cut its prefix alone and glued the surname onward (老/许多).
function nicknameEnds(analysed: AnalyzedText): number[] {
  const text = analysed.normalized.text
  return analysed.words.filter((w) => w.term.length >= 2 && w.start > 0 && isNickname(text.slice(w.start - 1, w.start + 1)) && !analysed.words.some((o) => o.start < w.start && o.end > w.start)).map((w) => w.start + 1)
}

/**
 * Reads a question: its type, unit, focus and numbers, its content words (with synonyms, and the
 * general thesaurus' near-synonyms of whole words) and its bigrams, deduplicated.
 */
export function readQuestion(text: string, analyzer: Analyzer, synonyms: Synonyms, thesaurus: Synonyms = new Map(), names: Synonyms = new Map()): ParsedQuestion {
  const { analysed, subject } = analyseAroundSubject(writeLabelsInDigits(dropDemonstratives(dropHearsay(analyzer.normalizer.normalize(text)))), analyzer)
  const normalized = analysed.normalized.text
  const type = detectQuestionType(normalized)
  const ordinal = findOrdinal(normalized)
  // the ordinal asked (第三类) is checked as the enumerator a sentence opens with, not as words
  const asking = [...findAskingSpans(normalized), ...askedOfSubject(normalized, subject), ...(ordinal === undefined ? [] : [[ordinal.start, ordinal.end] as [number, number]])]
  const words = new Map<string, QueryWord>()
  const terms = splitGluedCounts(analysed.words)
  const unit = detectUnit(normalized, (index) => terms.some((w) => w.start === index && w.end === index + 2))
  const kept = terms.filter(({ term, start, end }) => !insideAny(asking, start, end) && !isScaffolding(term, normalized.slice(0, start), normalized.slice(end), type, unit))
  for (const { term, start, end } of kept) {
    // a part of a word left out as scaffolding (咨询 of 咨询电话) stands whole
    const outer = kept.find((w) => w.start <= start && w.end >= end && w.end - w.start > end - start)
    if (words.has(term)) continue
    // 吴老师, 老吴 cut 老/吴: the surname names someone
    const titled = names.has(term) && (isFamiliarTitle(terms.find((t) => t.start === end)?.term ?? '') || isNicknamePrefix(terms.find((t) => t.end === start)?.term ?? ''))
    const word: QueryWord = { term, forms: formsOf(term, synonyms, names, titled), within: outer?.term ?? '' }
    const near = outer === undefined ? nearFormsOf(word.forms, thesaurus) : undefined
    if (near !== undefined) word.near = near
    if (/^\p{Script=Han}$/u.test(term)) word.compounds = gluedTo(analysed.words, start, end, normalized)
    words.set(term, word)
  }
  joinSplitWords(kept, normalized, words, synonyms)
  const numbers = findQuestionNumbers(normalized, type === 'who' || type === 'name' || type === 'which')
  const focus = findFocus(normalized, analysed.words, (term) => words.get(term)?.within === '')
  return {
    text,
    normalized,
    type,
    unit,
    focus,
    numbers,
    numberUnits: numbers.map((values) => findUnitAfter(normalized, values)),
    cues: withoutFirstClaimed(type, readAnswerCues(normalized, focus, [...words.values()], subject, type === 'yes_no' ? findAsserted(analysed.words, kept.filter((t) => words.has(t.term)), normalized) : [])),
    words: [...words.values()],
    bigrams: [...new Set(analysed.bigrams.filter((t) => !insideAny(asking, t.start, t.end)).map((t) => t.term))],
    pairs: [...new Set(analysed.pairs.map((t) => t.term))],
  }
}
