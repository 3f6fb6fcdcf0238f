import type { Answer, Source } from '../core/types.js'
import { messagesFor, type Messages } from '../messages.js'

/** A citation in one line: 《标题》 浙江法制报 2021-07-01 第4版 第3段 (wording from the messages module). */
export function formatCitationText(source: Source, messages: Messages = messagesFor()): string {
  return messages.citation(source)
}

/** An answer as plain text for a terminal: numbered snippets, the answering sentence, citations. */
export function formatAnswerText(answer: Answer, messages: Messages = messagesFor()): string {
  if (answer.abstained || answer.results.length === 0) return `${answer.question}\n  （${messages.noAnswer}）`
  const lines = [answer.question]
  answer.results.forEach((hit, i) => {
    lines.push(`\n${i + 1}. ${hit.sentence}`, `   ${hit.text.replace(/\n/g, ' ')}`, `   —— ${messages.citation(hit.source)}`)
  })
  return lines.join('\n')
}
