import { findPersons } from '../text/person-names.js'
import { PERSON_NOUN } from '../text/vocabulary.js'
import type { TaggedWord } from '../types.js'

/** Words of a question that point at one person without naming them (那个老民警, 老片警): where they stand and the noun. */
export interface PersonDescription {
  start: number
  end: number
  /** The noun naming what the person is (民警, 老师, 大妈). */
  role: string
}

// A noun naming people (民警, 老师, 居民: PERSON_NOUN), or what people are called by in speech
// (警察, 大妈, 阿姨, 师傅, 司机, 的哥, 小伙, 姑娘 …).
const isRole = (word: string) => PERSON_NOUN.test(word) || /(?:察|妈|爷|姨|婆|傅|机|哥|姐|叔|伙|娘)$/u.test(word)

// 那个 / 这个 / 那位 / 这位 with an age and up to three characters of description before the noun
// (那个退休老师, 那个32岁的程序员), or 老 right before it (老民警): one particular person, not people of
// that kind (多少名民警).
const POINTING = '那个|这个|那位|这位'
const POINTER = new RegExp(`(?:(?:${POINTING})(?:\\d{1,3}岁的)?\\p{Script=Han}{0,3}|老)$`, 'u')
const POINTS = new RegExp(`${POINTING}|老`, 'u')

/** Whether a question may describe a person it does not name: it holds a pointer (那个, 这位) or 老. */
export function mayDescribePerson(text: string): boolean {
  return POINTS.test(text)
}

/**
 * The words describing one person the question asks about without naming them, pointed at by 那个,
 * 这位 or 老 (那个老民警多大了, 老片警快退休了吗); undefined when there are none. `words` are the
 * question's content words, in order.
 */
export function findPersonDescription(text: string, words: readonly string[]): PersonDescription | undefined {
  for (const role of words) {
    if (role.length < 2 || !isRole(role)) continue
    const at = text.indexOf(role)
    const pointer = POINTER.exec(text.slice(0, at))
    if (at >= 0 && pointer !== null) return { start: pointer.index, end: at + role.length, role }
  }
  return undefined
}

/**
 * The person a passage names as the role described, first passage first: the role right before the
 * name (社区民警李兔儿), or the name given and the role said in the same sentence (他叫李兔儿，一名…
 * 民警…). `roles` are the role and its synonyms. Undefined when no passage binds a name to it.
 */
export function nameDescribedPerson(passages: readonly string[], roles: readonly string[], tag: (text: string) => TaggedWord[]): string | undefined {
  for (const text of passages) {
    for (const person of findPersons(text, tag)) {
      if (person.length >= 2 && bindsRole(text, person, roles)) return person
    }
  }
  return undefined
}

function bindsRole(text: string, person: string, roles: readonly string[]): boolean {
  if (roles.some((role) => text.includes(role + person))) return true
  const at = text.indexOf(`叫${person}`)
  if (at < 0) return false
  const sentence = text.slice(at, sentenceEnd(text, at))
  return roles.some((role) => sentence.includes(role))
}

function sentenceEnd(text: string, from: number): number {
  const match = /[。！？!?]/u.exec(text.slice(from))
  return match === null ? text.length : from + match.index
}
