import { HONOUR_NOUNS, WHEN_WORDS, alternation, escapeRegExp } from '../text/vocabulary.js'
import { readChineseNumeral } from '../text/numbers.js'

/**
 * What a question says about the answer it wants, beyond its type: the forms of the thing it names
 * after its question word (什么载体 → 载体), the act whose object it asks for (讲的是啥 → 讲; ''
 * when none), and whether it asks for several (哪些, 哪几).
 */
export interface AnswerCues {
  askedForms: readonly string[]
  act: string
  plural: boolean
  /**
   * Who a question asks to be introduced (王立新 of 王立新是谁, 王立新是干什么的): the answer says what
   * they are (所长王立新, 王立新是一名民警), not another person. '' when it asks no such thing, and
   * once weighed (`weighQuestion`) when the tagger finds no person there (驿站是干什么的).
   */
  identity: string
  /**
   * What a question asks the place of (东湖派出所 of 东湖派出所在哪里): a sentence naming only it
   * does not say where it is. '' when it asks no such thing.
   */
  located: string
  /**
   * Whom or what a question asks the honours of (东湖派出所 of 东湖派出所得过什么称号): the answer
   * is a title said of them (先进集体东湖派出所, 东湖派出所荣获…). '' when it asks no such thing.
   */
  honoured: string
  /**
   * Whose words a question asks for (王立新 of 王立新说了什么, 大队长是怎么说的): the answer is what
   * they said, quoted or after their 说. '' when it asks no such thing.
   */
  speaker: string
  /**
   * The words whose source a question asks (我们会一直守下去 of 谁说过我们会一直守下去, 这话是谁说的,
   * 出自哪篇文章), punctuation left out: a passage answers only if it holds them. '' when it asks no
   * such thing.
   */
  source: string
  /**
   * Which item of an enumeration a question asks (3 of 第三类诈骗是什么, 第二项措施): passages list
   * them as 一是…二是…, 第一，…, （一）…; 0 when it asks no such thing.
   */
  ordinal: number
  /**
   * What a yes-no question asks whether its subject can do or has (一次, 办完 of 年审能一次办完吗;
   * 无人机 of 有没有配无人机): its content words after 能, 会, 可以 or 有 (or 能不能, 有没有 …).
   * A sentence stating them answers it. [] when it asks no such thing.
   */
  asserted: readonly string[]
  /**
   * The title a question says was conferred (全国优秀党建品牌 of 哪个品牌被评为全国优秀党建品牌,
   * after 评为, 获评, 授予, 命名为, 入选, 荣获 or 当选): a passage that never names it, even loosely,
   * does not say who holds it. '' when it names none, or asks for it (被评为什么).
   */
  conferred: string
  /**
   * The forms of the words naming the event whose date a question asks (通水 of 淡化厂啥时候能通水):
   * its words after the when-question word, which a passage dates apart from the subject named
   * before it. [] when it asks no date.
   */
  event: readonly string[]
}

// 第三类, 第二项, 第四点: the place of an item in a list (not 第一批, 第五中队, 第三人民医院, which name things).
const ASKS_ORDINAL = /第([一二三四五六七八九十]|[1-9])(?:类|项|点|条|种|步|个方面|方面)/u

/** Where a normalized question names the item of an enumeration it asks, and which; undefined when it names none. */
export function findOrdinal(normalizedQuestion: string): { start: number; end: number; value: number } | undefined {
  const match = ASKS_ORDINAL.exec(normalizedQuestion)
  if (match === null) return undefined
  const numeral = match[1]!
  return { start: match.index, end: match.index + match[0].length, value: /\d/u.test(numeral) ? Number(numeral) : readChineseNumeral(numeral)[0]! }
}

// 王立新是谁, 老王是干什么的, 张三到底是什么人, 王立新的职务是什么, 王立新在所里担任什么职务: the
// question names someone and asks what they are.
const POST = '(?:职务|职位|身份|头衔|职业|职称)'
const ASKS_IDENTITY = new RegExp(
  `^(\\p{Script=Han}{2,4}?)(?:到底|究竟|以前|原来|过去|之前|现在|目前)?(?:是(?:谁|干什么的|做什么的|干嘛的|干啥的|做啥的|什么人|何人|哪位|什么${POST}|(?:做|干)什么工作的)` +
    `|的${POST}(?:是什么)?|(?:在[^是]{1,12}?)?(?:担任|任|当)(?:什么|哪个)${POST}|(?:从事|做|干)什么工作)$`,
  'u',
)

// 王立新得过什么称号, 驻所民警王立新都获得过哪些荣誉, 东湖派出所有哪些荣誉, 大队被评为什么: the
// honours of the one the question opens with. 素有什么称号 asks what a place is called instead.
const ASKS_HONOUR = new RegExp(
  `^(?:\\p{Script=Han}*的)?(\\p{Script=Han}{2,12}?)(?:都|先后|曾经?|还|也|一共)?` +
    `(?:(?:(?<![素享])有|获得|荣获|获评|得到|拿到|拿|得|获|评上)(?:过|了)?(?:什么|哪些|哪个|哪几个|几个|哪几项|哪项)(?:${alternation(HONOUR_NOUNS)})` +
    `|(?:被评为|被授予|评为|获评)了?什么(?:${alternation(HONOUR_NOUNS)})?)$`,
  'u',
)

// 王立新说了什么, 王立新在会上说过什么话, 大队负责人告诉记者什么, 王立新是怎么说的: the words of
// the one the question opens with (a role too: 负责人说了什么). 讲了什么 and 介绍了什么 more often
// ask what was taught or presented (给学生讲了什么), which no quotation answers.
const ASKS_SPEECH = new RegExp(
  `^(?:\\p{Script=Han}*的)?(\\p{Script=Han}{2,12}?)(?:[在对跟向给][^说讲]{1,6}?)?` +
    `(?:(?:说|表示|谈|告诉记者|告诉)(?:了|过)?(?:些)?(?:什么|哪些)(?:话)?|是?怎么说的?)$`,
  'u',
)

// 谁说过“…”, “…”是谁说的, …这句话是谁说的, …出自哪篇文章: who said these words, or where they stand.
const ASKS_SOURCE = [
  /^谁(?:说|讲)(?:过|了|的)?(.+?)[\s？?！!。]*$/du,
  /^(.+?)[，,\s]*(?:这句话|这话|这句)?(?:是|又是)?谁(?:说|讲)的[\s？?！!。]*$/du,
  /^(.+?)[，,\s]*(?:这句话|这话|这句)?出自(?:哪篇文章|哪篇报道|哪里|哪儿|何处|哪)[\s？?！!。]*$/du,
]

// A role (所长, 民警, 负责人) or a pointer (他, 这个人) asked about is not someone named: 所长是谁 asks
// who holds the role.
const NOT_NAMED = /(?:人|员|警|官|者|师|生|长|主任|书记|代表|他|她|这|那)$|^[他她这那该此]/u

// 东湖派出所在哪里, 纪念馆位于什么地方: where the thing the question opens with is.
const ASKS_LOCATION = /^(\p{Script=Han}{2,12}?)(?:到底|究竟|具体)?(?:在|位于|坐落在?)(?:哪里|哪儿|哪|什么地方|何处|什么位置)$/u

// What follows the act in 讲的是啥, 研究什么; 讲了什么 is left out (it cost a tuning answer).
const ACT_ASKED = ['的是什么', '的是啥', '什么', '啥']

// 被评为全国优秀党建品牌, 入选了“枫桥式派出所”: the title after the verb conferring it, up to 的 or
// 是 (…的是哪个所) or a particle ending the question.
const CONFERRED = /(?:评为|评上|获评|授予|命名为|入选|荣获|当选)(?:了|过)?[“"]?(\p{Script=Han}{4,16})/u
const CONFERRED_END = /的是|的有|的|是|吗|没有|没|呢|了/u
const ASKING = /什么|哪|啥|谁|几|多少/u

function findConferred(normalized: string): string {
  const title = CONFERRED.exec(normalized)?.[1]?.split(CONFERRED_END)[0] ?? ''
  return title.length >= 4 && !ASKING.test(title) ? title : ''
}

// 哪些, 哪几处: an answer that names several, which a passage gives as a list.
const ASKS_FOR_SEVERAL = /哪些|哪几/

/** Reads the {@link AnswerCues} of a normalized question from its focus and its words (with their forms). */
export function readAnswerCues(
  normalizedQuestion: string,
  focus: string,
  words: readonly { term: string; forms: readonly string[] }[],
  subject: SubjectCues = readSubjectCues(normalizedQuestion),
  asserted: readonly string[] = [],
): AnswerCues {
  // spaces and punctuation do not separate words here (啥 载体), as for the focus itself
  const normalized = normalizedQuestion.replace(/[^\p{Script=Han}a-z0-9]/gu, '')
  // the focus after 什么/啥/哪(个|家…) is the thing asked for; before 怎么 it is who acts
  const asked = focus.length >= 2 && new RegExp(`(?:什么|啥|哪[一几]?.?)${escapeRegExp(focus)}`, 'u').test(normalized)
  const askedForms = asked ? (words.find((word) => word.term === focus)?.forms ?? []) : []
  // 讲的是啥, 用的是什么, 研究什么: the word before 的是 or right before the question word is the
  // act whose object is asked for
  const act = words.find(({ term }) => ACT_ASKED.some((asking) => normalized.includes(`${term}${asking}`)))?.term ?? ''
  // 是干啥的, 在啥地方: the colloquial question word reads as the standard one
  const standard = normalized.replaceAll('啥', '什么')
  return {
    askedForms,
    act,
    plural: ASKS_FOR_SEVERAL.test(normalized),
    located: ASKS_LOCATION.exec(standard)?.[1] ?? '',
    identity: subject.identity,
    honoured: subject.honoured,
    speaker: subject.speaker,
    source: subject.source?.words ?? '',
    ordinal: findOrdinal(normalizedQuestion)?.value ?? 0,
    asserted,
    conferred: findConferred(normalizedQuestion),
    event: findEvent(standard, words),
  }
}

const WHEN_ASKED = new RegExp(`${WHEN_WORDS.join('|')}|几时`, 'u')

function findEvent(standard: string, words: readonly { term: string; forms: readonly string[] }[]): string[] {
  const m = WHEN_ASKED.exec(standard)
  if (m === null) return []
  const after = standard.slice(m.index + m[0].length)
  return words.filter((w) => w.term.length >= 2 && after.includes(w.term)).flatMap((w) => w.forms)
}

// 能, 会, 可以, 有 and their A-not-A forms: what follows is what a yes-no question asks its subject can do or has.
const MODAL_LIST = ['可不可以', '能不能', '会不会', '有没有', '能否', '可否', '有无', '可以', '能', '会', '有']
const MODALS: ReadonlySet<string> = new Set(MODAL_LIST)
// The modals in the question's text, longest first; 有 not as the end of 没有, 所有, 还有, 只有, 具有,
// 拥有, 享有, 含有, 已有 or 占有.
const MODAL_IN_TEXT = new RegExp(MODAL_LIST.map((m) => (m === '有' ? '(?<![没所还只具拥享含已占])有' : m)).join('|'), 'gu')

type Span = { term: string; start: number; end: number }

/**
 * The words a yes-no question asks about after its modal (一次, 办完 of 年审能一次办完吗), as cut
 * (`terms`, its words in order, and `content`, the question's words); [] when it has none. A modal
 * the analyzer dropped as a stop word (有, 可以) is found in `normalized` where no term stands. A
 * modal opening the question (有人知道…) asks nothing of a subject.
 */
export function findAsserted(terms: readonly Span[], content: readonly { term: string; start: number }[], normalized = ''): string[] {
  const covered = (start: number, end: number) => terms.some((t) => t.start < end && t.end > start)
  const dropped = [...normalized.matchAll(MODAL_IN_TEXT)].map((m) => ({ term: m[0], start: m.index, end: m.index + m[0].length })).filter((m) => !covered(m.start, m.end))
  const modal = [...terms, ...dropped].sort((a, b) => a.start - b.start).find((t) => t.start > 0 && MODALS.has(t.term))
  if (modal === undefined) return []
  return [...new Set(content.filter((t) => t.start >= modal.end).map((t) => t.term))]
}

/** The cues naming whom or what a question asks something of, read from its words alone. */
export interface SubjectCues {
  identity: string
  honoured: string
  speaker: string
  /** The words whose source is asked, and where they stand in the question. */
  source: { start: number; end: number; words: string } | undefined
}

/**
 * Reads a normalized question's {@link SubjectCues} once, for the answer cues and for leaving out
 * the words that only ask (得过, 称号, 谁说过).
 */
export function readSubjectCues(normalizedQuestion: string): SubjectCues {
  return { identity: readIdentity(normalizedQuestion), honoured: readHonoured(normalizedQuestion), speaker: readSpeaker(normalizedQuestion), source: findSource(normalizedQuestion) }
}

/**
 * Whom or what a normalized question asks the honours of (see {@link AnswerCues.honoured}); '' when
 * it asks no such thing.
 */
export function readHonoured(normalizedQuestion: string): string {
  return readNamed(ASKS_HONOUR, standardize(normalizedQuestion))
}

/**
 * Whom a normalized question asks to be introduced (see {@link AnswerCues.identity}); '' when it
 * asks no such thing.
 */
export function readIdentity(normalizedQuestion: string): string {
  return readNamed(ASKS_IDENTITY, standardize(normalizedQuestion))
}

/**
 * Whose words a normalized question asks for (see {@link AnswerCues.speaker}); '' when it asks no
 * such thing. A role may speak (负责人说了什么); a pointer (他说了什么) names no one.
 */
export function readSpeaker(normalizedQuestion: string): string {
  const subject = ASKS_SPEECH.exec(standardize(normalizedQuestion))?.[1] ?? ''
  return /^[他她这那该此]/u.test(subject) ? '' : subject
}

/**
 * The words whose source a normalized question asks (see {@link AnswerCues.source}); '' when it
 * asks no such thing or quotes fewer than four characters.
 */
export function readSource(normalizedQuestion: string): string {
  return findSource(normalizedQuestion)?.words ?? ''
}

/**
 * Where in a normalized question the words whose source it asks stand, and those words with
 * punctuation left out; undefined when it asks no such thing (or quotes fewer than four characters).
 */
export function findSource(normalizedQuestion: string): { start: number; end: number; words: string } | undefined {
  for (const pattern of ASKS_SOURCE) {
    const match = pattern.exec(normalizedQuestion)
    const [start, end] = match?.indices?.[1] ?? [0, 0]
    const words = normalizedQuestion.slice(start, end).replace(/[^\p{Script=Han}a-z0-9]/gu, '')
    if (words.length >= 4) return { start, end, words }
  }
  return undefined
}

function standardize(normalizedQuestion: string): string {
  return normalizedQuestion.replace(/[^\p{Script=Han}a-z0-9]/gu, '').replaceAll('啥', '什么')
}

// The one a question opens with, when it is named, not a role or a pointer.
function readNamed(asking: RegExp, normalized: string): string {
  const subject = asking.exec(normalized)?.[1] ?? ''
  return NOT_NAMED.test(subject) ? '' : subject
}
