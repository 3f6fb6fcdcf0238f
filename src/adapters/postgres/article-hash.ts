import { createHash } from 'node:crypto'
import type { Article } from '../../core/types.js'

/** The hash a stored article is compared by: a corpus sync rewrites an article only when it changed. */
export function hashArticle(article: Article): string {
  return createHash('sha256').update(JSON.stringify(article)).digest('base64url')
}
