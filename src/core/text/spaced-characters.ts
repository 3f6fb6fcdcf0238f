/**
 * Joins Han characters typed one by one with spaces between them (王 立 新 是 谁 → 王立新是谁), as
 * some people type in a chat, so the words they spell are found; spaces between words are kept.
 */
export function joinSpacedCharacters(text: string): string {
  return text.replace(SPACED_RUN, (run) => run.replace(/\s+/gu, ''))
}

// Three or more single Han characters, each standing alone between spaces.
const SPACED_RUN = /(?<!\p{Script=Han})\p{Script=Han}(?:[ \t\u3000]+\p{Script=Han}(?!\p{Script=Han})){2,}/gu
