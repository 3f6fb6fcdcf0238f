import { Composer } from 'grammy'
import type { InlineQueryResultArticle } from 'grammy/types'
import { shownHits } from '../core/present/shown-hits.js'
import { cutText } from '../core/text/cut-text.js'
import { checkQuestion } from './answer-handler.js'
import { maxOffset } from './callback-data.js'
import type { BotContext, BotServices } from './context.js'
import { escapeHtml, highlightHit } from './format.js'

/** Inline results per page; Telegram allows up to 50. */
export const inlinePageSize = 10

// results depend on who asks (language, allow-list, rate limit), so Telegram must cache them per
// user (is_personal); and only briefly, since the corpus may be reloaded
const cache = { is_personal: true, cache_time: 30 } as const

/** `@bot keywords` in any chat: the best passages as articles; choosing one posts it with its citation. */
export function createInline(services: BotServices): Composer<BotContext> {
  const inline = new Composer<BotContext>()
  inline.on('inline_query', async (ctx) => {
    const query = ctx.inlineQuery.query.replace(/\s+/gu, ' ').trim()
    const offset = readOffset(ctx.inlineQuery.offset)
    if (offset === undefined || checkQuestion(query, ctx.messages) !== undefined) {
      return void (await ctx.answerInlineQuery([], { ...cache, next_offset: '' }))
    }
    const answer = await services.library().answer(query, { limit: inlinePageSize, offset })
    // below the threshold, passages that came close are offered marked as such, and not paged
    const hits = shownHits(answer)
    if (offset === 0) await services.stats.recordQuestion(answer.abstained)
    ctx.outcome = { results: hits.length, abstained: answer.abstained }
    const mark = answer.abstained ? `${ctx.messages.inlineMayBeRelated}：` : ''
    const results = hits.map((hit, i): InlineQueryResultArticle => {
      const citation = ctx.messages.citation(hit.source)
      return {
        type: 'article',
        id: String(offset + i),
        title: shorten(`${mark}${hit.sentence}`, 80),
        description: citation,
        input_message_content: {
          message_text: `${mark && `<i>${escapeHtml(mark)}</i>`}${highlightHit(hit)}\n—— ${escapeHtml(citation)}`,
          parse_mode: 'HTML',
          link_preview_options: { is_disabled: true },
        },
      }
    })
    const next = !answer.abstained && hits.length === inlinePageSize && offset + inlinePageSize <= maxOffset ? String(offset + inlinePageSize) : ''
    await ctx.answerInlineQuery(results, { ...cache, next_offset: next })
  })
  return inline
}

// the offset is ours, but it comes back from the client: accept only what we could have sent
function readOffset(offset: string): number | undefined {
  if (offset === '') return 0
  if (!/^\d{1,4}$/.test(offset)) return undefined
  const n = Number(offset)
  return n <= maxOffset ? n : undefined
}

function shorten(text: string, max: number): string {
  return cutText(text.replace(/\s+/gu, ' ').trim(), max, '…')
}
