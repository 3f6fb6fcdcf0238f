import { InlineKeyboard } from 'grammy'
import type { Message } from 'grammy/types'
import type { Hit } from '../core/types.js'
import { shownHits } from '../core/present/shown-hits.js'
import { allMessages, messagesForQuestion, type Messages } from '../messages.js'
import { encodeCallback } from './callback-data.js'
import type { BotContext, BotServices } from './context.js'
import { formatAnswer, formatCitationPlain, formatNoAnswer, questionMarker } from './format.js'

/** Longest question accepted, in characters. */
export const maxQuestionChars = 500

/** Results per answer message. */
export const resultsPerPage = 3

// Telegram's limit for a copy_text button's text
const maxCopyChars = 256

/** The question in a message's text: a leading /ask command and @mentions of the bot removed. */
export function readQuestion(text: string, botUsername: string): string {
  const mention = new RegExp(`@${botUsername.replace(/[^\w]/g, '')}\\b`, 'giu')
  return text.replace(/^\/ask(@\w+)?(?=\s|$)/iu, '').replace(mention, ' ').replace(/\s+/gu, ' ').trim()
}

/** Why a question cannot be answered as typed (a message to show), or undefined when it can. */
export function checkQuestion(question: string, messages: Messages): string | undefined {
  if (question === '') return messages.emptyQuestion
  if ([...question].length > maxQuestionChars) return messages.tooLong(maxQuestionChars)
  if (!/[\p{L}\p{N}]/u.test(question)) return messages.notWords
  return undefined
}

/**
 * The question an answer message answered: its own first line when it shows it (example buttons),
 * else the text of the message it replies to; with what a follow-up was read against when the
 * message says so (its 按上一问 line). Undefined when the question is not there any more.
 */
export function recoverQuestion(message: Message | undefined, botUsername: string): { question: string; shown: boolean; assumed?: string } | undefined {
  const text = message?.text ?? ''
  const assumed = readAssumed(text.split('\n').slice(0, 3))
  const recovered = recoverAsked(message, text, botUsername)
  return recovered === undefined || assumed === undefined ? recovered : { ...recovered, assumed }
}

function recoverAsked(message: Message | undefined, text: string, botUsername: string): { question: string; shown: boolean } | undefined {
  if (text.startsWith(questionMarker)) return { question: text.slice(questionMarker.length).split('\n')[0]!.trim(), shown: true }
  const asked = message?.reply_to_message?.text
  if (asked === undefined) return undefined
  const question = readQuestion(asked, botUsername)
  return question === '' ? undefined : { question, shown: false }
}

// The focus in a "（按上一问：…）" line of any language, read back through the message's own wording.
function readAssumed(lines: readonly string[]): string | undefined {
  for (const messages of allMessages) {
    const [before, after] = messages.followUpAssumed('\u0000').split('\u0000') as [string, string]
    const line = lines.find((l) => l.startsWith(before) && l.endsWith(after) && l.length > before.length + after.length)
    if (line !== undefined) return line.slice(before.length, line.length - after.length)
  }
  return undefined
}

/**
 * Replies `text` about invalid input (quoting the message) when the user has had no notice in the
 * current window; silent otherwise, so a flood of bad input gets one notice, not one each.
 */
export async function sendNotice(ctx: BotContext, services: BotServices, text: string): Promise<void> {
  // usually claimed already, before the update queued (see admitUpdates)
  if (!ctx.noticeClaimed && ctx.from !== undefined && !(await services.limits.claimNotice(ctx.from.id))) {
    ctx.dropped = 'notice already sent'
    return
  }
  await ctx.reply(text, replyTo(ctx.msg?.message_id))
}

/**
 * Answers `question` in the current chat: a typing action, then the results from `offset` as HTML
 * with buttons, replying to `replyToId`; when unsure, "no reliable answer" above the passages that
 * came close; when nothing came close, "no answer" with suggestions. A question (unless `standalone`)
 * is read against the chat's previous one when it leans on it (他, 这个所). Validation is the caller's
 * job; rate limiting happened before the update reached it.
 */
export async function replyWithAnswer(
  ctx: BotContext,
  services: BotServices,
  question: string,
  options: { offset?: number; replyToId?: number; showQuestion?: boolean; standalone?: boolean; previous?: string } = {},
): Promise<void> {
  const offset = options.offset ?? 0
  const messages = messagesForQuestion(question, ctx.messages)
  // not awaited: a chat action stuck in retries must neither delay nor cost the answer
  void ctx.replyWithChatAction('typing').catch(() => {})
  const library = services.library()
  // a new question may lean on the chat's previous one; "more results" brings what its first page
  // assumed (options.previous), and an example button's question is whole by construction
  // per person in a chat: in a group, one member's question is not another's previous one
  const chat = ctx.chat === undefined ? undefined : `${ctx.chat.id}:${ctx.from?.id ?? ''}`
  const previous = options.previous ?? (offset === 0 && chat !== undefined && options.standalone !== true ? services.followUps.recall(chat) : undefined)
  const answer = await library.answer(question, { limit: resultsPerPage + 1, offset, previous })
  if (offset === 0 && chat !== undefined) services.followUps.remember(chat, answer.asked ?? question)
  // below the threshold, passages that came close are still offered, marked as maybe related
  const shown = shownHits(answer).slice(0, resultsPerPage)
  if (offset === 0) await services.stats.recordQuestion(answer.abstained)
  ctx.outcome = { results: shown.length, abstained: answer.abstained }
  const extra = replyTo(options.replyToId)
  const example = answer.abstained ? (await library.examples())[0]?.question : undefined
  if (shown.length === 0) {
    const text =
      offset > 0 ? messages.noMoreResults : formatNoAnswer(messages, await library.listArticles(), { question, example, assumed: answer.assumed })
    await ctx.reply(text, { ...extra, parse_mode: 'HTML' })
    return
  }
  const more = !answer.abstained && answer.results.length > resultsPerPage ? offset + resultsPerPage : undefined
  const parts = formatAnswer({ ...answer, results: shown }, messages, {
    offset,
    showQuestion: options.showQuestion,
    uncertain: answer.abstained,
    assumed: answer.assumed,
    example,
  })
  const keyboard = answerKeyboard(shown, offset, more, messages)
  for (const [i, part] of parts.entries()) {
    await ctx.reply(part, { ...extra, parse_mode: 'HTML', ...(i === parts.length - 1 && { reply_markup: keyboard }) })
  }
}

/** Reply options: quote `messageId` when given (still sent if it was deleted), no link previews. */
export function replyTo(messageId: number | undefined) {
  return {
    link_preview_options: { is_disabled: true },
    ...(messageId !== undefined && { reply_parameters: { message_id: messageId, allow_sending_without_reply: true } }),
  }
}

/** Reply options for a command's answer: quoting the command in groups, where several people talk. */
export function replyInGroups(ctx: BotContext) {
  return replyTo(ctx.chat?.type === 'private' ? undefined : ctx.msg?.message_id)
}

/** One row per result (context, full text, cite, 👍, 👎) and a "more results" row when there are more. */
export function answerKeyboard(hits: readonly Hit[], offset: number, more: number | undefined, messages: Messages): InlineKeyboard {
  const keyboard = new InlineKeyboard()
  hits.forEach((hit, i) => {
    const n = offset + i + 1
    const id = hit.source.passageId
    const buttons: [string, string | undefined][] = [
      [`${n} ${messages.buttons.context}`, encodeCallback({ kind: 'context', passageId: id })],
      [`${n} ${messages.buttons.full}`, encodeCallback({ kind: 'full', passageId: id })],
    ]
    for (const [label, data] of buttons) if (data !== undefined) keyboard.text(label, data)
    const citation = formatCitationPlain(hit, messages)
    const cite = encodeCallback({ kind: 'cite', passageId: id })
    if ([...citation].length <= maxCopyChars) keyboard.copyText(`${n} ${messages.buttons.cite}`, citation)
    else if (cite !== undefined) keyboard.text(`${n} ${messages.buttons.cite}`, cite)
    const up = encodeCallback({ kind: 'vote', vote: 1, passageId: id })
    const down = encodeCallback({ kind: 'vote', vote: -1, passageId: id })
    if (up !== undefined && down !== undefined) keyboard.text(`👍${n}`, up).text(`👎${n}`, down)
    keyboard.row()
  })
  const moreData = more === undefined ? undefined : encodeCallback({ kind: 'more', offset: more })
  if (moreData !== undefined) keyboard.text(`${messages.buttons.more} ›`, moreData)
  return keyboard
}
