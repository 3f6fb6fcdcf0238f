// A Han bigram is cut from UTF-16 code units, so a character outside the Basic Multilingual Plane
// (CJK Extension B and beyond) yields "pairs" that hold half of it: a lone surrogate. MiniSearch
// keeps such strings; PostgreSQL cannot (text is UTF-8, and its JSON parser refuses them). Terms
// cross into the database with each lone surrogate as a private-use character of plane 15 and come
// back restored, so both engines index and count the very same terms.

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const hasLoneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const standIn = /[\u{F0000}-\u{F07FF}]/gu
const hasStandIn = /[\u{F0000}-\u{F07FF}]/u
const standInBase = 0xf0000

/** A term (or text of terms) as the database stores it: lone surrogates become private-use characters. */
export function encodeTerm(term: string): string {
  if (!hasLoneSurrogate.test(term)) return term
  return term.replace(loneSurrogate, (half) => String.fromCodePoint(standInBase + half.charCodeAt(0) - 0xd800))
}

/** The term {@link encodeTerm} stored, restored. */
export function decodeTerm(stored: string): string {
  if (!hasStandIn.test(stored)) return stored
  return stored.replace(standIn, (char) => String.fromCharCode(0xd800 + char.codePointAt(0)! - standInBase))
}
