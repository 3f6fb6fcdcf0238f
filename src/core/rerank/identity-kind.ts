import { findOccurrences } from '../text/occurrences.js'
import type { TaggedWord } from '../types.js'

/**
 * How well a sentence says what someone is, 0–1, for 王立新是谁 or 王立新是干什么的: 1 where a
 * description stands right before the name (所长王立新, 身为驻点民警的王立新, “优秀民警”王立新) or
 * the sentence goes on to say it (王立新是…, 王立新，一名…, 王立新担任…); 0.5 where it only names
 * them; 0 where it does not.
 */
export function scoreIdentity(sentence: string, name: string, tag?: (text: string) => TaggedWord[]): number {
  const places = findOccurrences(sentence, name)
  if (places.length === 0) return 0
  return places.some(({ start, end }) => isDescribedBefore(sentence.slice(0, start), tag) || DESCRIBED_AFTER.test(sentence.slice(end))) ? 1 : 0.5
}

// After the name, within its clause: a copula or a verb taking a post (是, 为, 系 but not the 系 of
// 联系 or 关系, 担任, 当), an apposition after a comma (，一名…) or a dash (失主——在江城做建材生意的
// 赵先生), or the rest of a list and 等 (王立新、张三等几位青年).
const DESCRIBED_AFTER = /^(?:[^，,。；;！!？?]{0,12}?(?:是|为|(?<![联关体派维])系|担任|任职|出任|当选|作为)|[，,]\s*(?:一名|一位|一个|是)|——|(?:、\p{Script=Han}{2,4})*等)/u

// Closing quotes and the other names of a list (民警张三、王立新) between a description and the name.
const BETWEEN = /(?:[”"」』\s]|\p{Script=Han}{2,4}、)+$/u

// The clause before the name ends in a noun (所长, 老人, 好干部), or in a description closed by 的
// (身为驻点民警的): jieba's tags tell a noun; a pronoun (他, 她) or a verb (说) is no description.
function isDescribedBefore(before: string, tag?: (text: string) => TaggedWord[]): boolean {
  const clause = before.replace(BETWEEN, '').split(/[，,。；;！!？?：:]/u).at(-1) ?? ''
  if (clause === '') return false
  if (/\p{Script=Han}{3,}的$/u.test(clause)) return true
  const last = tag?.(clause).at(-1)
  return last !== undefined && /^n(?!r)/.test(last.tag) && [...last.word].length >= 2
}
