/**
 * Joining broken lines back into running text. Chinese is written without spaces, so a line break
 * inside Chinese text is dropped; between Latin words it becomes a space.
 */

const latinEnd = /[A-Za-z0-9][.,;:!?%)'"]?$/
const latinStart = /^[A-Za-z0-9]/
const wide = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201f\\u2026\\u2014\\u00b7'
const strayWideSpace = new RegExp(`(?<=[${wide}])[ \\t\\u00a0\\u3000]+(?=[${wide}])`, 'gu')

/** True when joining `left` and `right` needs a space: Latin letters meet across the break. */
export function needsSpace(left: string, right: string): boolean {
  if (!latinEnd.test(left) || !latinStart.test(right)) return false
  // a digit broken from a digit is one number cut by the line end (1 / 000), not two words
  return !(/\d$/.test(left) && /^\d/.test(right))
}

/** Joins the lines of one paragraph: no space between CJK characters, one between Latin words. */
export function joinLines(lines: readonly string[]): string {
  let text = ''
  for (const raw of lines) {
    const line = raw.trim()
    if (line === '') continue
    text = text === '' ? line : `${text}${needsSpace(text, line) ? ' ' : ''}${line}`
  }
  return text
}

/**
 * Removes spaces the PDF extraction left between two Chinese characters (`深 化` → `深化`);
 * spaces next to Latin words or numbers are kept.
 */
export function removeStraySpaces(text: string): string {
  return text.replace(strayWideSpace, '')
}
