import type { Span } from './occurrences.js'

/** A paragraph opened by who speaks and a colon (王立新：…, 记者：…), as interviews print their turns. */
export interface Turn {
  /** The name before the colon. */
  speaker: Span
  /** The rest of the paragraph: what they say. */
  said: Span
}

// At a paragraph's start (a passage joins its paragraphs with line breaks): a name and a colon.
const TURN = /(?<=^|\n)[\p{Script=Han}·]{2,5}(?=[：:])/gu

/** The turns of a text, in order. */
export function findTurns(text: string): Turn[] {
  return [...text.matchAll(TURN)].map((m) => {
    const speaker = { start: m.index, end: m.index + m[0].length }
    const close = text.indexOf('\n', speaker.end)
    return { speaker, said: { start: speaker.end + 1, end: close < 0 ? text.length : close } }
  })
}

/** True when a text ends asking (…是什么？, closing quotes aside): an interviewer's question, a lead-in. */
export function endsAsking(text: string): boolean {
  return ASKING_END.test(text)
}

const ASKING_END = /[?？][”’」』"')）]*\s*$/u
