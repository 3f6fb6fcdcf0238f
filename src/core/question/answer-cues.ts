import { escapeRegExp } from '../text/vocabulary.js'

/**
 * What a question says about the answer it wants, beyond its type: the forms of the thing it names
 * after its question word (什么载体 → 载体), the act whose object it asks for (讲的是啥 → 讲; ''
 * when none), and whether it asks for several (哪些, 哪几).
 */
export interface AnswerCues {
  askedForms: readonly string[]
  act: string
  plural: boolean
}

// 哪些, 哪几处: an answer that names several, which a passage gives as a list.
const ASKS_FOR_SEVERAL = /哪些|哪几/

/** Reads the {@link AnswerCues} of a normalized question from its focus and its words (with their forms). */
export function readAnswerCues(normalizedQuestion: string, focus: string, words: readonly { term: string; forms: readonly string[] }[]): AnswerCues {
  // spaces and punctuation do not separate words here (啥 载体), as for the focus itself
  const normalized = normalizedQuestion.replace(/[^\p{Script=Han}a-z0-9]/gu, '')
  // the focus after 什么/啥/哪(个|家…) is the thing asked for; before 怎么 it is who acts
  const asked = focus.length >= 2 && new RegExp(`(?:什么|啥|哪[一几]?.?)${escapeRegExp(focus)}`, 'u').test(normalized)
  const askedForms = asked ? (words.find((word) => word.term === focus)?.forms ?? []) : []
  // 讲的是啥, 用的是什么: the word before 的是 is the act whose object is asked for
  const act = words.find(({ term }) => normalized.includes(`${term}的是什么`) || normalized.includes(`${term}的是啥`))?.term ?? ''
  return { askedForms, act, plural: ASKS_FOR_SEVERAL.test(normalized) }
}
