import { readChineseNumeral } from '../text/numbers.js'
import type { ArticleMeta } from '../types.js'

/**
 * What a question asks of an article's metadata rather than of its text: its byline, the day it
 * ran, its page, column, title, subtitle or newspaper, or what it is about (its title and subtitle
 * say); `unknown` for what no article records (its editor, its word count), which is declined.
 */
export type MetaField = 'authors' | 'date' | 'page' | 'column' | 'subtitle' | 'title' | 'newspaper' | 'about' | 'unknown'

/** A metadata question: the field asked for, what is left to find the article by, and a page it names. */
export interface MetaQuestion {
  field: MetaField
  /** The question without the words asking for the field or pointing at the piece: what picks the article. */
  subject: string
  /** A page the question names (哪篇文章登在第4版): the articles asked about ran there. */
  page?: string
  /** A column the question names (法治视点栏目有哪些): the articles asked about ran under it. */
  column?: string
  /** Every article is asked for (有哪些文章). */
  every?: boolean
}

// A reference to the piece itself (那篇文章, 这张照片, 这篇报道, 稿子): the question is about it as a
// published item. The measure words of a piece (篇, 张, 幅, 则) after a demonstrative count too.
const PIECE = /(?:这|那|该|哪|此|一)[篇张幅则组](?:文章|报道|稿子|稿件|图片|照片|图|新闻|消息|评论|社论|短评|通讯|特写|专访|简讯)?|文章|报道|稿子|稿件|图片|照片|新闻稿|消息稿/g

// The words for a picture's caption, which is printed text (图片说明里他在讲什么).
const CAPTION_WORDS = /(?:图片|照片)(?:说明|注释)|图说|图注/g

// Publishing verbs: a date asked together with one of them is the day the piece ran.
const PUBLISHED = '(?:登|刊|发表|发布|见报|刊出|刊发|出版|发的)'
const WHEN = '(?:哪一?天|哪一?日|什么时候|什么时间|何时|哪年哪月|几月几[日号]|日期|时间)'

// Field patterns, first match first; `strong` ones name a field of a published piece on their own
// (作者, 副标题), the others only with a reference to the piece (那篇文章的记者 is its byline; 记者在现场 is text).
const FIELD_PATTERNS: { field: MetaField; pattern: RegExp; strong: boolean }[] = [
  { field: 'unknown', pattern: /责任编辑|编辑是谁|谁编辑|校对|审校|字数|多少字|稿费|阅读量|点击量/g, strong: false },
  { field: 'subtitle', pattern: /副标题|副题|引题|肩题/g, strong: true },
  { field: 'authors', pattern: /作者|撰稿人?|执笔|署名|(?:首席|见习)?记者|通讯员|摄影师?|拍摄者|(?:是)?谁(?:写|拍|摄)的?|(?:写|拍|摄)的人/g, strong: false },
  { field: 'date', pattern: new RegExp(`(?:是|在)?${WHEN}(?:[^，。？?]{0,4})${PUBLISHED}的?|${PUBLISHED}(?:的|于)?(?:日期|时间)|(?:出版|发表|刊登|刊发|见报)日期`, 'g'), strong: false },
  { field: 'page', pattern: /(?:在|登在|刊登在|刊在|发在)?(?:哪一?个?版(?:面)?|第几版|几版|什么版面?|版面|版次)/g, strong: true },
  // 专题 and 版块 name a text's topics (专题实践活动) as often as a paper's sections: not counted
  { field: 'column', pattern: /(?:在|登在|刊登在)?(?:哪个|什么|哪一?)?(?:栏目|专栏)(?:下)?/g, strong: true },
  // 什么报 alone is also 什么报警
  { field: 'newspaper', pattern: /(?:哪家|哪份|什么|哪个|哪一?)报(?:纸|社)|(?:哪家|哪份)报/g, strong: true },
  // a talk's 题目 is text: a title only of the piece
  { field: 'title', pattern: /(?:标题|题目|篇名)/g, strong: false },
  // 那篇文章讲什么: what a piece is about, which its title and subtitle say; 民警讲了什么 is text
  { field: 'about', pattern: /(?:主要)?(?:讲|说|写|报道|介绍)(?:了|的是|的)?(?:些)?(?:什么|啥|哪些)(?:内容|事)?|(?:主要)?内容(?:是什么|有哪些)?|是?关于什么的?|大意|讲的啥/g, strong: false },
]

// each pattern once more without the global flag, for testing (a global one keeps its lastIndex)
const FIELDS = FIELD_PATTERNS.map((f) => ({ ...f, asking: new RegExp(f.pattern.source) }))
// a title in book-title marks (《…》哪天登的) names the piece too
const REFERS_TO_PIECE = new RegExp(`${PIECE.source}|《[^》]+》`)

// 哪篇文章登在第4版, 第4版有哪篇: the article asked for by a page it ran on.
const PAGE_NAMED = /第\s*(\d+|[一二三四五六七八九十]+)\s*版/
const WHICH_PIECE = /哪(?:一|几)?[篇些]|什么文章|哪些文章/

// 有哪些文章, 你读过什么报道, 一共几篇文章: every piece asked for, not one.
const EVERY_PIECE = /^(?:你|这里|都|一共|总共|现在)*(?:有|收录了?|读过|看过|存了|包括)?(?:哪些|什么|哪几篇|几篇|多少篇)(?:文章|报道|稿子|稿件|新闻)(?:呢|吗|啊)?[？?。!！]*$/u

// 法治视点栏目有哪些, 在法治视点专栏下有什么文章: the pieces that ran under a named column.
const COLUMN_NAMED = /^(?:在|登在)?[“"「]?(\p{Script=Han}{2,8}?)[”"」]?(?:栏目|专栏)(?:里|下|中)?(?:都|一共)?有(?:哪些|什么|哪几篇|几篇)/u

// What of a question's subject names something: its Han characters but function characters and
// the pronouns for the piece (它是哪天登的).
const namingPart = (subject: string) => subject.replace(/[^\p{Script=Han}]|[的是了在那这哪篇它其]/gu, '')

/** Whether what is left of a question once its field is taken out names nothing (它是哪天登的). */
export const isBare = (subject: string) => namingPart(subject) === ''

/**
 * Whether a question's subject names a piece by its title (东湖夜话是谁写的), given the titles: its
 * naming part and a title's are the same, or one holds the other, four characters or more.
 */
export function namesTitle(titles: readonly string[]): (subject: string) => boolean {
  const named = titles.map(namingPart).filter((title) => [...title].length >= 4)
  return (subject) => {
    const part = namingPart(subject)
    return [...part].length >= 4 && named.some((title) => title.includes(part) || part.includes(title))
  }
}

/**
 * Reads a question as one about an article's metadata, or undefined when it asks about the text
 * (a question naming the byline's words without pointing at the piece, 记者在现场看到了什么, is text).
 * `afterMeta`: the chat's previous question asked about a piece, so 哪天登的 needs no 这篇文章;
 * `isTitle` tells a subject naming a piece by its title without 《》 (see {@link namesTitle}).
 */
export function readMetaQuestion(normalized: string, afterMeta = false, isTitle: (subject: string) => boolean = () => false): MetaQuestion | undefined {
  if (EVERY_PIECE.test(normalized)) return { field: 'title', subject: '', every: true }
  const column = COLUMN_NAMED.exec(normalized)
  if (column !== null) return { field: 'title', subject: '', column: column[1]! }
  const page = PAGE_NAMED.exec(normalized)
  if (page !== null && WHICH_PIECE.test(normalized)) {
    const numeral = page[1]!
    return { field: 'title', subject: '', page: /^\d+$/.test(numeral) ? String(Number(numeral)) : String(readChineseNumeral(numeral)[0]) }
  }
  // 图片说明里…: the caption is text of the article, not the piece (周慧敏在讲什么 is asked of it)
  const refersToPiece = REFERS_TO_PIECE.test(normalized.replace(CAPTION_WORDS, ' '))
  for (const { field, pattern, strong, asking } of FIELDS) {
    if (!asking.test(normalized)) continue
    const subject = normalized.replace(pattern, ' ').replace(PIECE, ' ').replace(/[的是谁都有哪些什么呢吗？?。，,！!\s]+$/u, '').trim()
    // a question that is nothing but the field (谁写的, 哪天登的) can only ask it of a piece; right
    // after a question about a piece, one naming at most a pronoun (它是哪天登的) asks it too, where
    // 记者在现场看到了什么 still asks the text
    const pieceOnly = isBare(subject) || (afterMeta && [...namingPart(subject)].length <= 1)
    if (!strong && !refersToPiece && !pieceOnly && !isTitle(subject)) continue
    return { field, subject }
  }
  return undefined
}

/** Which articles a listing question asks for (all of them, a page's, a column's); undefined for a question about one article. */
export function selectListed(meta: MetaQuestion): ((article: ArticleMeta) => boolean) | undefined {
  if (meta.every === true) return () => true
  if (meta.page !== undefined) return (article) => article.page === meta.page
  if (meta.column !== undefined) return (article) => article.column === meta.column
  return undefined
}
