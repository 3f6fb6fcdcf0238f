/** Longest article id in UTF-8 bytes: ids travel in Telegram callback data (64 bytes in all). */
export const maxIdBytes = 32

/**
 * Whether `id` is a valid article id: letters, digits, - and _ (starting with a letter or digit),
 * at most {@link maxIdBytes}. Ids end up in passage ids (`id#3`), file names and callback data.
 */
export function isArticleId(id: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(id) && new TextEncoder().encode(id).length <= maxIdBytes
}
