/**
 * What a single line of newspaper text looks like: a sentence end, a byline, a photo credit, a
 * short headline-like line. Pure string tests shared by the import steps.
 */

// A closing quote or bracket ends a sentence only after 。！？…: `“平安大妈”` at a line end does not.
const sentenceEnd = /(?:[。！？!?…]|\.{3})[”’」』）)\]]*$/u
const clauseEnd = /[，、；：,;:]$/u
const innerSentenceMark = /[。！？!?]/u
const roleWords = '(?:本报)?(?:首席|见习|特约|实习)?(?:记者|通讯员|摄影记者|摄影|撰稿|文|图)'
const bylinePattern = new RegExp(`^(?:${roleWords}[ \\u3000]+[\\p{Script=Han}·]{2,4}(?:[ \\u3000]+[\\p{Script=Han}·]{2,4})*[ \\u3000]*)+(?:摄)?$`, 'u')
const rolePrefix = new RegExp(`^${roleWords}[ \\u3000]`, 'u')
const creditPattern = /[ \u3000](?:摄|摄影)$/u

/** True when the line ends a sentence: 。！？… possibly followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return sentenceEnd.test(text)
}

/** True when the line ends in the middle of a sentence on a comma, 、, ； or colon. */
export function endsClause(text: string): boolean {
  return clauseEnd.test(text)
}

/** Characters that count for length: everything but spaces. */
export function visibleLength(text: string): number {
  return text.replace(/\s/gu, '').length
}

/** Number of Han characters in the text. */
export function countHan(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length
}

/**
 * True for a line that could be a title, heading or caption: 4–40 visible characters, no sentence
 * mark inside or at the end, and not broken off on a comma.
 */
export function isHeadlineLike(text: string): boolean {
  const length = visibleLength(text)
  return length >= 4 && length <= 40 && countHan(text) >= 2 && !innerSentenceMark.test(text) && !endsClause(text) && !text.endsWith('…')
}

/**
 * True for a two-part headline (`红心建盟，构建“善治大格局”`, `红色筑基 为基层所队赋能`,
 * `市公安局治安支队三大队:新老党员勇创新`): both parts 2–12 characters, so that the start of a
 * sentence broken off after its first comma does not pass.
 */
export function hasTwoParts(text: string): boolean {
  return /^[^ ，,：:]{2,12}(?: |，|,|：|:)[^ ，,：:]{2,12}$/u.test(text)
}

// How a byline may be wrapped: a dateline before it (本报讯（记者 龚睿）), brackets around it
// (（记者 龚晓岚 通讯员 韦思琪）, as web copy ends a story) or a label (作者：韦一苇).
/** The dateline that may open a story before its byline: 本报讯, 本报杭州讯, 新华社北京电 (a pattern's source). */
export const DATELINE = '(?:本报讯|本报\\p{Script=Han}{2,4}讯|新华社\\p{Script=Han}{2,4}电)'
const dateline = new RegExp(`^${DATELINE}[ \\u3000]*`, 'u')
const bracketed = /^[（(]([^（）()]+)[）)]$/u
const labelled = /^(?:作者|撰文|文)[：:／/][ \u3000]*([\p{Script=Han}·]{2,4}(?:[ \u3000、，,]+[\p{Script=Han}·]{2,4})*)$/u

/** True for a byline such as `见习记者 王梓`, `通讯员 周海凡 陈奇`, `通讯员 杨继划 摄`, `（记者 龚睿）` or `作者：韦一苇`. */
export function isByline(text: string): boolean {
  return readByline(text) !== undefined
}

/**
 * The byline's entries, one per role (`记者 龚睿`, `通讯员 蓝婧`; a labelled one gives its names:
 * `作者：韦一苇` is `韦一苇`), or undefined when the line is not a byline.
 */
export function readByline(text: string): string[] | undefined {
  if (text.length > 48) return undefined
  const folded = foldTraditional(text)
  if (folded !== text) return unfoldEach(readByline(folded), folded, text)
  const unwrapped = text.replace(dateline, '')
  const inner = bracketed.exec(unwrapped)?.[1]?.trim() ?? (unwrapped !== text ? undefined : unwrapped)
  if (inner === undefined) return undefined
  const label = labelled.exec(inner)
  if (label !== null) return label[1]!.split(/[ \u3000、，,]+/u)
  return rolePrefix.test(inner) && bylinePattern.test(inner) ? splitByline(inner) : undefined
}

/** True for a photo credit line (`通讯员 姜杨彪 吴警宇 摄`). */
export function isPhotoCredit(text: string): boolean {
  return isByline(text) && creditPattern.test(text)
}

/** Splits a byline printed on one line with several roles into one entry per role. */
export function splitByline(text: string): string[] {
  const parts = text.split(new RegExp(`[ \\u3000]+(?=${roleWords}[ \\u3000])`, 'u'))
  return parts.map((part) => part.trim()).filter((part) => part !== '')
}

/** True when the line holds no Han character at all (an English rubric, a phone number). */
export function isLatinOnly(text: string): boolean {
  return countHan(text) === 0 && /[A-Za-z]/.test(text)
}

// 【港城区新增3处口袋公园】: a news roundup opens each item with its headline in brackets.
const bracketedHeadline = /^【([^【】]{2,40})】$/u

/** The headline of a roundup item's bracketed line (【东溪区启动冬季供暖】 → 东溪区启动冬季供暖), else undefined. */
export function readBracketedHeadline(text: string): string | undefined {
  return bracketedHeadline.exec(text)?.[1]
}

// The characters of the words the import reads (记者, 本报讯, 来源, 责任编辑 …) in traditional form,
// each with its simplified one: a page from Hong Kong or Taiwan (記者 陳大文, 明報) reads the same.
// One character for one, so a match in the folded text stands at the same place in the original.
const TRADITIONAL: Readonly<Record<string, string>> = {
  記: '记', 報: '报', 訊: '讯', 員: '员', 攝: '摄', 圖: '图', 來: '来', 編: '编', 輯: '辑', 責: '责',
  審: '审', 發: '发', 時: '时', 間: '间', 週: '周', 導: '导', 電: '电', 設: '设', 計: '计', 術: '术',
  聞: '闻', 熱: '热', 線: '线', 郵: '邮', 話: '话', 網: '网', 號: '号', 製: '制', 為: '为', 見: '见',
  習: '习', 實: '实', 約: '约', 價: '价', 專: '专', 傳: '传', 對: '对', 稱: '称', 佈: '布',
}
const TRADITIONAL_CHARACTERS = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'gu')

/** The text with the traditional characters of the import's words simplified, one for one (記者 → 记者). */
export function foldTraditional(text: string): string {
  return text.replace(TRADITIONAL_CHARACTERS, (c) => TRADITIONAL[c]!)
}

// Entries read from the folded text, as the original writes them (記者 陳大文, not 记者 陳大文).
function unfoldEach(entries: string[] | undefined, folded: string, original: string): string[] | undefined {
  if (entries === undefined) return undefined
  let from = 0
  return entries.map((entry) => {
    const at = folded.indexOf(entry, from)
    if (at < 0) return entry
    from = at + entry.length
    return original.slice(at, at + entry.length)
  })
}
