// Lengths are UTF-16 code units (String#length), as Telegram counts them; cuts fall only between
// graphemes, so neither a surrogate pair (𠀀, 😀) nor a combined character (e + ◌́, 👨‍👩‍👧) is split.
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** The user-perceived characters of `text`, in order; '' gives none. */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment)
}

/**
 * `text` itself when it is at most `maxLength` UTF-16 units long, else its longest prefix of whole
 * graphemes that leaves room for `ellipsis` (default none), followed by it. Never splits a grapheme.
 */
export function cutText(text: string, maxLength: number, ellipsis = ''): string {
  if (text.length <= maxLength) return text
  const room = maxLength - ellipsis.length
  if (room < 0) throw new Error(`cutText: maxLength ${maxLength} leaves no room for the ellipsis "${ellipsis}"`)
  let end = 0
  for (const { index, segment } of segmenter.segment(text)) {
    if (index + segment.length > room) break
    end = index + segment.length
  }
  return text.slice(0, end) + ellipsis
}

/**
 * `text` in consecutive pieces of at most `maxLength` UTF-16 units, each cut between graphemes; a
 * single grapheme longer than `maxLength` (a long emoji sequence) is kept whole in its own piece.
 * With `encode`, each grapheme is encoded (HTML-escaped, say) and lengths count the encoded text.
 */
export function splitText(text: string, maxLength: number, encode: (grapheme: string) => string = (g) => g): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const grapheme of graphemes(text)) {
    // lengths count what is sent: `encode` may lengthen a grapheme (an HTML entity for <)
    const token = encode(grapheme)
    if (piece !== '' && piece.length + token.length > maxLength) {
      pieces.push(piece)
      piece = ''
    }
    piece += token
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}
