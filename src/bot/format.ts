import { listMainArticles } from '../core/examples.js'
import { splitText } from '../core/text/cut-text.js'
import type { Answer, Article, ArticleMeta, ArticleSummary, Hit, Paragraph, Source } from '../core/types.js'
import { lacksChinese, type Messages } from '../messages.js'

/** Telegram's limit on a message's text. */
export const maxMessageLength = 4096

/** Marks the first line of an answer that is not a reply to the question (example buttons). */
export const questionMarker = '❓ '

/** Escapes text for Telegram's HTML parse mode (only <, > and & are special there). */
export function escapeHtml(text: string): string {
  return text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'))
}

/**
 * A hit's snippet as HTML: the answering sentence in italics and matched terms in bold, every
 * character escaped. Terms that are not in the snippet are skipped; tags always nest properly.
 */
export function highlightHit(hit: Pick<Hit, 'text' | 'sentence' | 'terms'>): string {
  const { text } = hit
  const italic = new Uint8Array(text.length)
  const bold = new Uint8Array(text.length)
  const at = hit.sentence === '' ? -1 : text.indexOf(hit.sentence)
  if (at >= 0) italic.fill(1, at, at + hit.sentence.length)
  for (const term of [...hit.terms].sort((a, b) => b.length - a.length)) {
    if (term.trim() === '') continue
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + term.length)) bold.fill(1, i, i + term.length)
  }
  let html = ''
  let inItalic = 0
  let inBold = 0
  for (let i = 0; i < text.length; i++) {
    if (italic[i] !== inItalic) {
      if (inBold) html += '</b>'
      html += italic[i] ? '<i>' : '</i>'
      inItalic = italic[i]!
      inBold = 0
    }
    if (bold[i] !== inBold) {
      html += bold[i] ? '<b>' : '</b>'
      inBold = bold[i]!
    }
    html += escapeHtml(text[i]!)
  }
  return html + (inBold ? '</b>' : '') + (inItalic ? '</i>' : '')
}

/** One result: number, highlighted snippet, and the escaped citation line. */
export function formatHit(hit: Hit, n: number, messages: Messages): string {
  return `<b>${n}.</b> ${highlightHit(hit)}\n—— ${escapeHtml(messages.citation(hit.source))}`
}

/**
 * An answer's results as messages (usually one), starting at result number `offset + 1`; with
 * `showQuestion` the question heads the first message so it can be recovered from it later.
 */
export function formatAnswer(
  answer: Answer,
  messages: Messages,
  options: { offset?: number; showQuestion?: boolean; uncertain?: boolean; assumed?: string; example?: string } = {},
): string[] {
  const offset = options.offset ?? 0
  const blocks = answer.results.map((hit, i) => formatHit(hit, offset + i + 1, messages))
  if (offset > 0) blocks.unshift(`<b>${escapeHtml(messages.moreHeading(offset + 1))}</b>`)
  if (options.uncertain) {
    const hint = lacksChinese(answer.question) ? `\n${escapeHtml(messages.askInChinese(options.example))}` : ''
    blocks.unshift(`${escapeHtml(messages.noAnswer)}${hint}\n<i>${escapeHtml(messages.mayBeRelated)}</i>`)
  }
  if (options.assumed !== undefined) blocks.unshift(`<i>${escapeHtml(messages.followUpAssumed(options.assumed))}</i>`)
  if (answer.described !== undefined) blocks.unshift(`<i>${escapeHtml(messages.describedAs(answer.described.words, answer.described.name))}</i>`)
  if (options.showQuestion) blocks.unshift(`${questionMarker}<b>${escapeHtml(answer.question)}</b>`)
  return splitBlocks(blocks)
}

/**
 * The honest "no reliable answer" reply, kept short: one line saying so (to a question without
 * Chinese, a hint to ask in Chinese like `example`), the main articles and how many other items
 * there are, and `example` as something to try. `assumed` is the focus a follow-up was read against.
 */
export function formatNoAnswer(messages: Messages, articles: readonly ArticleSummary[], options: { question?: string; example?: string; assumed?: string } = {}): string {
  const { shown, more } = listMainArticles(articles)
  const parts = options.assumed === undefined ? [] : [`<i>${escapeHtml(messages.followUpAssumed(options.assumed))}</i>`]
  parts.push(escapeHtml(messages.noAnswer))
  const foreign = lacksChinese(options.question ?? '')
  if (foreign) parts.push(escapeHtml(messages.askInChinese(options.example)))
  parts.push('', escapeHtml(messages.corpusCovers), ...shown.map((a) => `• ${escapeHtml(messages.sourceLine(a))}`))
  if (more > 0) parts.push(escapeHtml(messages.moreItems(more)))
  if (!foreign && options.example !== undefined) parts.push('', `${escapeHtml(messages.tryAsking)} ${escapeHtml(options.example)}`)
  return truncateHtmlLines(parts)
}

/** /start: what the bot knows, the main articles' titles (and how many other items), and a heading for the example buttons. */
export function formatWelcome(messages: Messages, articles: readonly ArticleSummary[], passages: number, hasExamples: boolean): string {
  const { shown, more } = listMainArticles(articles, 20)
  const titles = shown.map((a) => `• ${escapeHtml(messages.sourceLine(a))}`)
  const parts = [escapeHtml(messages.welcome(articles.length, passages)), '', `<b>${escapeHtml(messages.titlesHeading)}</b>`, ...titles]
  if (more > 0) parts.push(escapeHtml(messages.moreItems(more)))
  if (hasExamples) parts.push('', escapeHtml(messages.examplesHeading))
  return truncateHtmlLines(parts)
}

/** /sources: every article with paper and date, split into messages as needed. */
export function formatSources(messages: Messages, articles: readonly ArticleMeta[]): string[] {
  const lines = articles.map((a, i) => `${i + 1}. ${escapeHtml(messages.sourceLine(a))}`)
  return splitBlocks([`<b>${escapeHtml(messages.sourcesHeading(articles.length))}</b>`, lines.join('\n')], '\n')
}

/** The paragraphs around a passage; the passage's own paragraphs are bold. */
export function formatContext(messages: Messages, source: Source, paragraphs: readonly Paragraph[], own: { from: number; to: number }): string[] {
  const blocks = paragraphs.map((p) => {
    const text = `${p.n}. ${escapeHtml(p.text)}`
    return p.n >= own.from && p.n <= own.to ? `<b>${text}</b>` : text
  })
  blocks.unshift(`<b>${escapeHtml(messages.contextHeading)}</b> ${escapeHtml(messages.citation(source))}`)
  return splitBlocks(blocks)
}

/** A whole article: title, metadata, headings in bold, numbered paragraphs; split under 4096. */
export function formatArticle(messages: Messages, article: Article): string[] {
  const subtitle = article.subtitle ? `\n${escapeHtml(article.subtitle)}` : ''
  const blocks = [`<b>《${escapeHtml(article.title)}》</b>${subtitle}\n${escapeHtml(messages.articleLine(article))}`]
  let heading = ''
  for (const p of article.paragraphs) {
    if (p.heading !== heading && p.heading !== '') blocks.push(`<b>${escapeHtml(p.heading)}</b>`)
    heading = p.heading
    blocks.push(`${p.n}. ${escapeHtml(p.text)}`)
  }
  const parts = splitBlocks(blocks)
  if (parts.length === 1) return parts
  return parts.map((part, i) => `${part}\n${escapeHtml(messages.fullPart(i + 1, parts.length))}`)
}

/** A copy-ready citation: the answering sentence in quotes (unless it is one quote already), then its source. */
export function formatCitationPlain(hit: Pick<Hit, 'sentence' | 'source'>, messages: Messages): string {
  const sentence = withoutDanglingQuote(hit.sentence.trim())
  // quotation marks inside the quote become single ones, as Chinese nests them
  const quoted = /^[“「『"].*[”」』"]$/su.test(sentence) ? sentence : `“${sentence.replaceAll('“', '‘').replaceAll('”', '’')}”`
  return `${quoted}（${messages.citation(hit.source)}）`
}

// A sentence cut from a longer quotation (its last: …卷土重来。”, or its first: “前几天…。) keeps
// one of the quotation's marks; quoting it again would double that mark.
function withoutDanglingQuote(sentence: string): string {
  const opens = (sentence.match(/“/gu) ?? []).length
  const closes = (sentence.match(/”/gu) ?? []).length
  if (closes > opens && sentence.endsWith('”')) return sentence.slice(0, -1)
  if (opens > closes && sentence.startsWith('“')) return sentence.slice(1)
  return sentence
}

/**
 * Joins HTML blocks into messages of at most `limit` characters, breaking only between blocks; a
 * block longer than a message on its own is cut at a line, or else at any character outside a tag.
 */
export function splitBlocks(blocks: readonly string[], separator = '\n\n', limit = maxMessageLength - 40): string[] {
  const messages: string[] = []
  let current = ''
  for (const block of blocks.flatMap((b) => cutBlock(b, limit))) {
    if (current !== '' && current.length + separator.length + block.length > limit) {
      messages.push(current)
      current = ''
    }
    current = current === '' ? block : current + separator + block
  }
  if (current !== '') messages.push(current)
  return messages
}

function cutBlock(block: string, limit: number): string[] {
  if (block.length <= limit) return [block]
  const lines = block.split('\n')
  if (lines.length > 1) return splitBlocks(lines, '\n', limit)
  // one long paragraph of escaped text (tags only wrap whole blocks): cut between characters, then
  // escape each piece again, so no cut falls inside an entity, a surrogate pair or a grapheme
  return splitText(unescapeHtml(block.replace(/<[^>]*>/g, '')), limit, escapeHtml)
}

function unescapeHtml(html: string): string {
  return html.replace(/&(lt|gt|amp);/g, (_, name: string) => (name === 'lt' ? '<' : name === 'gt' ? '>' : '&'))
}

function truncateHtmlLines(lines: string[]): string {
  return splitBlocks(lines, '\n')[0] ?? ''
}
