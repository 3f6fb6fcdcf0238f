import { HONOUR_NOUNS, HONOUR_TITLE_WORDS, HONOUR_VERBS, alternation } from '../text/vocabulary.js'
import { findPersons } from '../text/person-names.js'
import type { TaggedWord } from '../types.js'
import { findOccurrences, type Span } from '../text/occurrences.js'

/**
 * How well a sentence gives an honour of the one asked about, 0–1, for 王立新得过什么称号: 1 where
 * an honour title stands right before the name (全国优秀民警王立新, “二级英模”王立新) or the rest of
 * the sentence confers one (王立新荣获…, 王立新、张三等人“…”称号); 0.5 where it only names them; 0
 * where it does not. A name the sentence words apart (东湖所 for 东湖派出所) is found by its words.
 */
export function scoreHonour(sentence: string, subject: string, tag?: (text: string) => TaggedWord[]): number {
  const places = placesOf(sentence, subject, tag)
  if (places.length === 0) return 0
  return places.some(({ start, end }) => isTitledBefore(sentence.slice(0, start)) || isConferredAfter(sentence.slice(end))) ? 1 : 0.5
}

const TITLE = new RegExp(alternation(HONOUR_TITLE_WORDS), 'u')
// A verb the one named receives an honour by (荣获, 被…授予; 授予 alone gives it to whoever follows).
const RECEIVED = new RegExp(`${alternation(HONOUR_VERBS)}|被[^，,。；;]{0,12}?授予`, 'u')
// The honour's noun closing a quoted title or a list of them (“…”称号, …等殊荣), but not a room or
// wall named after honours (荣誉室).
const NAMED_HONOUR = new RegExp(`(?:等|[”"」』])(?:${alternation(HONOUR_NOUNS)})`, 'u')

// The rest of the sentence says they received one, or the name's own clause (with the list it
// stands in) ends in an honour's noun: 王立新、张三等人“优秀民警”称号.
function isConferredAfter(after: string): boolean {
  return RECEIVED.test(after) || NAMED_HONOUR.test(after.split(/[，,。；;！!？?]/u)[0] ?? '')
}
// Other names of a list (民警张三、王立新) between a title and the name.
const LISTED_BEFORE = /(?:\p{Script=Han}{2,4}、)+$/u

// A closing quote right before the name ends a quoted title (“二级英模”王立新); otherwise the item of
// the list or clause right before it holds a title word (先进个人王立新, 全省好干部王立新).
function isTitledBefore(before: string): boolean {
  const trimmed = before.replace(/\s+$/u, '')
  if (/[”"」』]$/u.test(trimmed)) return true
  const item = trimmed.replace(LISTED_BEFORE, '').split(/[，,。；;！!？?：:、]/u).at(-1) ?? ''
  return TITLE.test(item)
}

// Where the sentence names the subject: the whole of it, or the person it names (王立新 of 徒弟王立新),
// or else its words all there, placed from the first to the last of them.
function placesOf(sentence: string, subject: string, tag?: (text: string) => TaggedWord[]): Span[] {
  const whole = findOccurrences(sentence, subject)
  if (whole.length > 0 || tag === undefined) return whole
  const persons = findPersons(subject, tag).flatMap((person) => findOccurrences(sentence, person))
  if (persons.length > 0) return persons
  const words = tag(subject).map((w) => w.word)
  if (words.length < 2 || !words.every((word) => sentence.includes(word))) return []
  const last = words.at(-1)!
  const at = sentence.indexOf(last)
  return [{ start: Math.min(...words.map((word) => sentence.indexOf(word))), end: at + last.length }]
}
