/** Tags Telegram accepts in HTML parse mode (https://core.telegram.org/bots/api#html-style). */
const allowedTags = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji'])

/**
 * Checks text the way Telegram parses HTML: known tags only, properly nested and closed, `<`, `>`
 * and `&` only as tags or entities, and at most 4096 characters once parsed. Returns the problems.
 */
export function checkTelegramHtml(html: string): string[] {
  const problems: string[] = []
  const open: string[] = []
  const token = /<(\/?)([a-z-]+)(\s[^<>]*)?>|&(#\d+|#x[0-9a-f]+|lt|gt|amp|quot);|[<>&]/giu
  for (const match of html.matchAll(token)) {
    const [whole, closing, name] = match
    if (name === undefined) {
      if (!whole.startsWith('&') || match[4] === undefined) problems.push(`bare "${whole}" at ${match.index}`)
      continue
    }
    const tag = name.toLowerCase()
    if (!allowedTags.has(tag)) problems.push(`unsupported tag <${tag}>`)
    else if (closing === '') open.push(tag)
    else if (open.pop() !== tag) problems.push(`</${tag}> does not close the innermost open tag`)
  }
  if (open.length > 0) problems.push(`unclosed tags: ${open.join(', ')}`)
  const length = [...toPlainText(html)].length
  if (length > 4096) problems.push(`text is ${length} characters after parsing (limit 4096)`)
  if (toPlainText(html).trim() === '') problems.push('text is empty after parsing')
  return problems
}

/** The text a user sees: tags removed, entities decoded. */
export function toPlainText(html: string): string {
  return html
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|lt|gt|amp|quot);/giu, (_, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      return { lt: '<', gt: '>', amp: '&', quot: '"' }[name.toLowerCase()]!
    })
}
