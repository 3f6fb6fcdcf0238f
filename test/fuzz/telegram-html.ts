/** Tags Telegram's HTML parse mode accepts, with the attributes each may carry. */
const allowedTags: Record<string, readonly string[]> = {
  b: [], strong: [], i: [], em: [], u: [], ins: [], s: [], strike: [], del: [],
  'tg-spoiler': [], span: ['class'], a: ['href'], 'tg-emoji': ['emoji-id'],
  code: ['class'], pre: [], blockquote: ['expandable'],
}

/** Telegram's limit on a message's text. */
export const telegramMaxLength = 4096

// es2022 lib has no String.isWellFormed
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const tokenPattern = /<(\/?)([a-zA-Z][\w-]*)((?:\s+[\w-]+(?:="[^"<>]*")?)*)\s*>|&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});|[<>&]/g

/**
 * The reasons `html` would be refused or mangled by Telegram's HTML parse mode: unknown or
 * unbalanced tags, unescaped `<`, `>` or `&`, broken UTF-16, empty text, over 4096 characters.
 * [] when it is a valid message.
 */
export function findHtmlProblems(html: string): string[] {
  const problems: string[] = []
  if (html.length > telegramMaxLength) problems.push(`too long: ${html.length} > ${telegramMaxLength}`)
  if (loneSurrogate.test(html)) problems.push('lone surrogate (not encodable as UTF-8)')
  const open: string[] = []
  let text = ''
  let last = 0
  for (const match of html.matchAll(tokenPattern)) {
    text += html.slice(last, match.index)
    last = match.index + match[0].length
    const [token, closing, name, attributes] = match
    if (name === undefined) {
      if (token.length === 1) problems.push(`unescaped ${token} at ${match.index}`)
      else text += 'x'
      continue
    }
    const tag = name.toLowerCase()
    const allowed = allowedTags[tag]
    if (allowed === undefined) {
      problems.push(`unsupported tag <${closing}${name}> at ${match.index}`)
      continue
    }
    if (closing === '/') {
      const top = open.pop()
      if (top !== tag) problems.push(`</${tag}> at ${match.index} ${top === undefined ? 'closes nothing open' : `crosses <${top}>`}`)
      continue
    }
    for (const [, attribute] of (attributes ?? '').matchAll(/([\w-]+)(?:=|\s|$)/g)) {
      if (!allowed.includes(attribute!)) problems.push(`<${tag}> may not carry ${attribute}`)
    }
    open.push(tag)
  }
  text += html.slice(last)
  if (open.length > 0) problems.push(`unclosed ${open.map((t) => `<${t}>`).join('')}`)
  if (text.trim() === '') problems.push('no visible text')
  return problems
}
