import { isArticleId } from '../core/article-id.js'

/** What a button asks for; everything needed is in the data, so buttons survive a restart. */
export type CallbackAction =
  | { kind: 'more'; offset: number }
  | { kind: 'context' | 'full' | 'cite'; passageId: string }
  | { kind: 'vote'; vote: 1 | -1; passageId: string }
  | { kind: 'example'; articleId: string }

/** Telegram's limit on callback_data, in bytes. */
export const maxCallbackBytes = 64

/** The largest offset "more results" may ask for; deeper pages are not worth reading. */
export const maxOffset = 300

const prefixes = { more: 'm', context: 'c', full: 'f', cite: 'q', example: 'e' } as const

/** Encodes an action as callback data, or undefined when it would not fit in 64 bytes. */
export function encodeCallback(action: CallbackAction): string | undefined {
  let data: string
  switch (action.kind) {
    case 'more':
      data = `${prefixes.more}:${action.offset}`
      break
    case 'example':
      // the article, not a position in the list: the list may differ after a corpus reload
      data = `${prefixes.example}:${action.articleId}`
      break
    case 'vote':
      data = `v${action.vote > 0 ? '+' : '-'}:${action.passageId}`
      break
    default:
      data = `${prefixes[action.kind]}:${action.passageId}`
  }
  return Buffer.byteLength(data, 'utf8') <= maxCallbackBytes ? data : undefined
}

/**
 * Decodes callback data from a button press, or undefined when it is malformed (forged or from
 * an older version). Ids are only checked for shape: the caller must look them up in the library.
 */
export function decodeCallback(data: string | undefined): CallbackAction | undefined {
  if (data === undefined || Buffer.byteLength(data, 'utf8') > maxCallbackBytes) return undefined
  const match = /^(m|e|c|f|q|v\+|v-):(.+)$/su.exec(data)
  if (match === null) return undefined
  const [, prefix, rest] = match as unknown as [string, string, string]
  if (prefix === 'm') {
    if (!/^\d{1,4}$/.test(rest)) return undefined
    const n = Number(rest)
    return n >= 1 && n <= maxOffset ? { kind: 'more', offset: n } : undefined
  }
  if (prefix === 'e') return isArticleId(rest) ? { kind: 'example', articleId: rest } : undefined
  // passage ids are `${articleId}#${paragraph}` (+ `.${part}`); control characters are never valid
  if (!/^[^\p{Cc}\s]{1,56}#\d{1,5}(\.\d{1,3})?$/u.test(rest)) return undefined
  if (prefix === 'v+' || prefix === 'v-') return { kind: 'vote', vote: prefix === 'v+' ? 1 : -1, passageId: rest }
  return { kind: prefix === 'c' ? 'context' : prefix === 'f' ? 'full' : 'cite', passageId: rest }
}
