import { findTermSpans } from '../core/present/highlights.js'
import { shownHits } from '../core/present/shown-hits.js'
import type { Answer, Hit, Source } from '../core/types.js'
import { lacksChinese, messagesFor, type Messages } from '../messages.js'

/** How an answer is laid out for a terminal. */
export interface AnswerTextOptions {
  /**
   * For a terminal: each snippet once, its answering sentence underlined and the hit's `terms` in bold
   * (as the bot marks them in HTML); default false (a pipe or file gets plain text, sentence first).
   */
  bold: boolean
  /** A question that works, offered when a question without Chinese is declined; default none. */
  example?: string
  /** Results shown before these (a later page): numbering starts after them; default 0. */
  offset?: number
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
  const head = [
    answer.question,
    ...(answer.assumed === undefined ? [] : [`  ${messages.followUpAssumed(answer.assumed)}`]),
    ...(answer.described === undefined ? [] : [`  ${messages.describedAs(answer.described.words, answer.described.name)}`]),
  ]
  const hint = answer.abstained && lacksChinese(answer.question) ? [`  ${messages.askInChinese(opts.example)}`] : []
  if (hits.length === 0) return [...head, `  （${messages.noAnswer}）`, ...hint].join('\n')
  if (!answer.abstained) return [...head, ...formatHits(hits, messages, opts)].join('\n')
  return [...head, `  （${messages.noAnswer}）`, ...hint, `\n${messages.mayBeRelated}`, ...formatHits(hits, messages, opts)].join('\n')
}

// On a terminal the snippet is printed once, its answering sentence underlined; in a pipe or a file
// (no escape codes) the sentence comes first, then the snippet it stands in, unless the snippet is
// no more than that sentence (a one-sentence caption, an article's details)
function formatHits(hits: readonly Hit[], messages: Messages, options: AnswerTextOptions): string[] {
  return hits.flatMap((hit, i) => {
    const n = (options.offset ?? 0) + i + 1
    const citation = `   —— ${messages.citation(hit.source)}`
    if (options.bold) return [`\n${n}. ${markSnippet(hit).replace(/\n/g, ' ')}`, citation]
    const snippet = hit.text.replace(/\n/g, ' ')
    if (snippet.trim() === hit.sentence.trim()) return [`\n${n}. ${hit.sentence}`, citation]
    return [`\n${n}. ${hit.sentence}`, `   ${snippet}`, citation]
  })
}

/** A hit's snippet with its answering sentence underlined and its terms in bold (ANSI); the snippet alone when the sentence is not in it. */
export function markSnippet(hit: Pick<Hit, 'text' | 'sentence' | 'terms'>): string {
  const at = hit.sentence === '' ? -1 : hit.text.indexOf(hit.sentence)
  if (at < 0) return markBold(hit.text, hit.terms)
  const end = at + hit.sentence.length
  return `${markBold(hit.text.slice(0, at), hit.terms)}\x1b[4m${markBold(hit.sentence, hit.terms)}\x1b[24m${markBold(hit.text.slice(end), hit.terms)}`
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
