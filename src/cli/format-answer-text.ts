import { shownHits } from '../core/present/shown-hits.js'
import type { Answer, Hit, Source } from '../core/types.js'
import { messagesFor, type Messages } from '../messages.js'

/** A citation in one line: 《标题》 浙江法制报 2021-07-01 第4版 第3段 (wording from the messages module). */
export function formatCitationText(source: Source, messages: Messages = messagesFor()): string {
  return messages.citation(source)
}

/**
 * An answer as plain text for a terminal: numbered snippets, the answering sentence, citations;
 * when abstained, the "no reliable answer" line, then any passages that came close, marked so.
 */
export function formatAnswerText(answer: Answer, messages: Messages = messagesFor()): string {
  const hits = shownHits(answer)
  if (hits.length === 0) return `${answer.question}\n  （${messages.noAnswer}）`
  if (!answer.abstained) return [answer.question, ...formatHits(hits, messages)].join('\n')
  return [answer.question, `  （${messages.noAnswer}）`, `\n${messages.mayBeRelated}`, ...formatHits(hits, messages)].join('\n')
}

function formatHits(hits: readonly Hit[], messages: Messages): string[] {
  return hits.flatMap((hit, i) => [`\n${i + 1}. ${hit.sentence}`, `   ${hit.text.replace(/\n/g, ' ')}`, `   —— ${messages.citation(hit.source)}`])
}
