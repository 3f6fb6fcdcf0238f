import { findTermSpans } from '../core/present/highlights.js'
import { shownHits } from '../core/present/shown-hits.js'
import type { Answer, Hit, Source } from '../core/types.js'
import { lacksChinese, messagesFor, type Messages } from '../messages.js'

/** How an answer is laid out for a terminal. */
export interface AnswerTextOptions {
  /** Mark the hit's `terms` in ANSI bold, as the bot marks them in HTML; default false (a pipe or file gets plain text). */
  bold: boolean
  /** A question that works, offered when a question without Chinese is declined; default none. */
  example?: string
}

const defaultAnswerTextOptions: AnswerTextOptions = { bold: false }

/** A citation in one line: 《标题》 浙江法制报 2021-07-01 第4版 第3段 (wording from the messages module). */
export function formatCitationText(source: Source, messages: Messages = messagesFor()): string {
  return messages.citation(source)
}

/**
 * An answer as plain text for a terminal: numbered snippets, the answering sentence, citations;
 * when abstained, the "no reliable answer" line, then any passages that came close, marked so.
 */
export function formatAnswerText(answer: Answer, messages: Messages = messagesFor(), options: Partial<AnswerTextOptions> = {}): string {
  const opts = { ...defaultAnswerTextOptions, ...options }
  const hits = shownHits(answer)
  const head = answer.assumed === undefined ? [answer.question] : [answer.question, `  ${messages.followUpAssumed(answer.assumed)}`]
  const hint = answer.abstained && lacksChinese(answer.question) ? [`  ${messages.askInChinese(opts.example)}`] : []
  if (hits.length === 0) return [...head, `  （${messages.noAnswer}）`, ...hint].join('\n')
  if (!answer.abstained) return [...head, ...formatHits(hits, messages, opts)].join('\n')
  return [...head, `  （${messages.noAnswer}）`, ...hint, `\n${messages.mayBeRelated}`, ...formatHits(hits, messages, opts)].join('\n')
}

function formatHits(hits: readonly Hit[], messages: Messages, options: AnswerTextOptions): string[] {
  const mark = (hit: Hit, text: string) => (options.bold ? markBold(text, hit.terms) : text)
  return hits.flatMap((hit, i) => [`\n${i + 1}. ${mark(hit, hit.sentence)}`, `   ${mark(hit, hit.text).replace(/\n/g, ' ')}`, `   —— ${messages.citation(hit.source)}`])
}

/** `text` with every span of `terms` (as the bot finds them) in ANSI bold. */
export function markBold(text: string, terms: readonly string[]): string {
  let out = ''
  let at = 0
  for (const { start, end } of findTermSpans(text, terms)) {
    out += `${text.slice(at, start)}\x1b[1m${text.slice(start, end)}\x1b[22m`
    at = end
  }
  return out + text.slice(at)
}
