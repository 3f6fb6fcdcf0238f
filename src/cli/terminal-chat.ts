import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import { listMainArticles } from '../core/examples.js'
import { createFollowUpMemory, type FollowUpMemory } from '../core/follow-up-memory.js'
import type { Library } from '../core/library.js'
import { shownHits } from '../core/present/shown-hits.js'
import { lacksChinese, messagesForQuestion, type Messages } from '../messages.js'
import { formatAnswerText, type AnswerTextOptions } from './format-answer-text.js'

/** Where the terminal chat reads questions and writes answers. */
export interface TerminalChatOptions {
  library: () => Library
  messages: Messages
  input: Readable
  output: Writable
  /** Where a failed answer's cause is reported, one line (the database away); default stderr. */
  log?: (message: string) => void
}

/**
 * A plain-text chat on a terminal with the bot's own core and wording: one question per line,
 * answered until the input ends. Resolves when stdin closes (Ctrl+D).
 */
export async function runTerminalChat(options: TerminalChatOptions): Promise<void> {
  const { messages, output } = options
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`))
  const library = options.library()
  const interactive = (options.input as { isTTY?: boolean }).isTTY === true
  // bold only on a terminal: escape codes would litter a pipe or a file
  const bold = (output as { isTTY?: boolean }).isTTY === true
  output.write(`${messages.terminalWelcome(library.articleCount, library.passageCount)}\n`)
  // one per main article, each checked against the index now; a library that cannot answer yet
  // (the database away) still opens the chat
  const examples = await library.examples().catch(() => [])
  if (examples.length > 0) output.write(`${[messages.tryAsking, ...examples.map((e) => `  • ${e.question}`)].join('\n')}\n`)
  const memory = createFollowUpMemory()
  const paging: TerminalPaging = {}
  const lines = createInterface({ input: options.input, output: interactive ? output : undefined, terminal: interactive })
  if (interactive) lines.setPrompt(messages.terminalPrompt)
  lines.prompt()
  for await (const line of lines) {
    let reply: string | undefined
    try {
      reply = await answerLine(line, options.library(), messages, { bold }, memory, paging)
    } catch (error) {
      // the chat goes on: the next question may find the database back
      log(`wenda: ${(error as Error).message}`)
      reply = messages.sorry
    }
    if (reply !== undefined) output.write(`${reply}\n\n`)
    lines.prompt()
  }
}

/** The chat's last answered question and how many of its results were shown, for 更多 (more). */
export interface TerminalPaging {
  last?: { question: string; messages: Messages; shown: number }
}

// What a reader types for the next results, as the bot's 更多结果 button gives them.
const MORE = /^(?:更多|更多结果|还有更多|下一页|more)[。.!！]?$/iu

// Results per answer in the terminal, as in the bot.
const PAGE = 3

/**
 * The reply to one typed line, or undefined for an empty line; `bold` marks the matched terms in ANSI
 * bold; with a `memory`, a follow-up is read against the previous question (and this one kept);
 * with `paging`, 更多 shows the next results of the last question.
 */
export async function answerLine(
  line: string,
  library: Library,
  chatMessages: Messages,
  textOptions: Partial<AnswerTextOptions> = {},
  memory?: FollowUpMemory,
  paging?: TerminalPaging,
): Promise<string | undefined> {
  const question = line.replace(/\s+/gu, ' ').trim()
  if (question === '') return undefined
  if (paging !== undefined && MORE.test(question)) return answerMore(library, chatMessages, textOptions, paging)
  if (!/[\p{L}\p{N}]/u.test(question)) return chatMessages.notWords
  // a bot command out of habit (/help): a question would be declined in English for lacking Chinese
  if (/^\/[a-z]+(?:@\w+)?(?:\s|$)/iu.test(question)) return chatMessages.terminalCommands
  if ([...question].length > 500) return chatMessages.tooLong(500)
  const messages = messagesForQuestion(question, chatMessages)
  const answer = await library.answer(question, { limit: PAGE, previous: memory?.recall('terminal') })
  memory?.remember('terminal', answer.asked ?? question)
  const example = answer.abstained ? (await library.examples())[0]?.question : undefined
  const hits = shownHits(answer)
  if (paging !== undefined) paging.last = hits.length > 0 ? { question: answer.asked ?? question, messages, shown: hits.length } : undefined
  if (hits.length > 0) return withMoreHint(formatAnswerText(answer, messages, { ...textOptions, example }), hits.length, messages)
  // declined with nothing close: the question as answers show it, one line, the main articles and
  // how many others, something to try
  const { shown, more } = listMainArticles(await library.listArticles())
  const foreign = lacksChinese(question)
  return [
    answer.question,
    ...(answer.assumed === undefined ? [] : [`  ${messages.followUpAssumed(answer.assumed)}`]),
    messages.noAnswer,
    ...(foreign ? [messages.askInChinese(example)] : []),
    messages.corpusCovers,
    ...shown.map((a) => `  • ${messages.sourceLine(a)}`),
    ...(more > 0 ? [`  ${messages.moreItems(more)}`] : []),
    ...(!foreign && example !== undefined ? [`${messages.tryAsking} ${example}`] : []),
  ].join('\n')
}

// A full page may go on: say how to see more.
function withMoreHint(text: string, shown: number, messages: Messages): string {
  return shown === PAGE ? `${text}\n\n${messages.terminalMoreHint}` : text
}

// The next page of the last question's results (the question as it was read, so a follow-up's
// reading holds); "no more" when there is none or nothing was asked yet.
async function answerMore(library: Library, chatMessages: Messages, textOptions: Partial<AnswerTextOptions>, paging: TerminalPaging): Promise<string> {
  const last = paging.last
  if (last === undefined) return chatMessages.noMoreResults
  const answer = await library.answer(last.question, { limit: PAGE, offset: last.shown })
  const hits = shownHits(answer)
  if (hits.length === 0) return last.messages.noMoreResults
  const offset = last.shown
  paging.last = { ...last, shown: last.shown + hits.length }
  const text = formatAnswerText({ ...answer, assumed: undefined }, last.messages, { ...textOptions, offset })
  return withMoreHint(`${last.messages.moreHeading(offset + 1)}\n${text}`, hits.length, last.messages)
}
