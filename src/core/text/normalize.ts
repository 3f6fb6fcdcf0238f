/** Text in the one form both documents and questions are matched in, with a map back to the original. */
export interface NormalizedText {
  text: string
  /**
   * `origin[i]` is the index in the original text of the character that produced `text[i]`; only
   * indexes below `text.length` are meaningful (an unchanged text shares one identity table).
   */
  origin: readonly number[]
}

/** Maps original text to its matching form; built once per process and shared by index and query. */
export interface Normalizer {
  normalize(text: string): string
  normalizeWithOrigin(text: string): NormalizedText
}

// Format characters (Unicode Cf: zero-width space and joiners U+200B–U+200D, word joiner U+2060,
// BOM U+FEFF, soft hyphen U+00AD, direction marks) are invisible: pasted text carries them inside
// words (东\u200b湖路), where they would split a word the reader sees whole.
const INVISIBLE = /^\p{Cf}$/u

/**
 * Creates a normalizer: invisible format characters dropped, NFKC (full-width → half-width),
 * script conversion (e.g. traditional → simplified, injected so the core stays free of
 * dictionaries), lower case. Works per character, memoised, so every normalized character can be
 * traced back to the original for highlighting.
 */
export function createNormalizer(convertScript: (text: string) => string = (text) => text): Normalizer {
  const memo = new Map<string, string>()
  const normalizeChar = (char: string): string => {
    let out = memo.get(char)
    if (out === undefined) {
      out = INVISIBLE.test(char) ? '' : convertScript(char.normalize('NFKC')).toLowerCase()
      memo.set(char, out)
    }
    return out
  }
  // Most text (simplified, lower case) is already normalized: it is returned as it is, with an
  // identity origin shared across calls, instead of being rebuilt character by character.
  // per UTF-16 unit: 0 not seen yet, 1 normalizes to itself, 2 changes; checking a code here
  // instead of making a one-character string and looking it up halved the cost of indexing's normalization
  const kept = new Uint8Array(0x10000)
  const unchanged = (text: string): boolean => {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code >= 0xd800 && code <= 0xdfff) return false
      if (kept[code] === 0) kept[code] = normalizeChar(text[i]!) === text[i] ? 1 : 2
      if (kept[code] === 2) return false
    }
    return true
  }
  let identity: number[] = []
  const identityOrigin = (length: number): readonly number[] => {
    if (identity.length < length) identity = Array.from({ length: Math.max(length, 2 * identity.length) }, (_, i) => i)
    return identity
  }
  const normalizeWithOrigin = (text: string): NormalizedText => {
    if (unchanged(text)) return { text, origin: identityOrigin(text.length) }
    let out = ''
    const origin: number[] = []
    let index = 0
    for (const char of text) {
      const mapped = normalizeChar(char)
      out += mapped
      for (let k = 0; k < mapped.length; k++) origin.push(index)
      index += char.length
    }
    return { text: out, origin }
  }
  return {
    normalize: (text) => {
      if (unchanged(text)) return text
      let out = ''
      for (const char of text) out += normalizeChar(char)
      return out
    },
    normalizeWithOrigin,
  }
}

/**
 * A text in its matching form at the same length, so the spans of the original (its sentences) hold
 * in it: each character normalized alone, kept as it was where its form has another length (㎡),
 * and corner quotation marks (「」『』) read as the curly ones (“”‘’). Checks that read a passage's
 * wording (a name, a quotation, a measure word) read this form, so a traditional-script article
 * (「…」陳志偉說) is read as the simplified question asks (“…”陈志伟说).
 */
export function toPlainText(text: string, normalize: (text: string) => string): string {
  const marked = text.replace(CORNER_MARKS, (mark) => CURLY[mark]!)
  const whole = normalize(marked)
  if (whole === marked) return marked
  let out = ''
  for (const char of marked) {
    const form = normalize(char)
    out += form.length === char.length ? form : char
  }
  return out
}

const CORNER_MARKS = /[「」『』]/gu
const CURLY: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' }
