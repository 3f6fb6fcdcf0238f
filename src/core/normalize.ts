/** Text in the one form both documents and questions are matched in, with a map back to the original. */
export interface NormalizedText {
  text: string
  /** `origin[i]` is the index in the original text of the character that produced `text[i]`. */
  origin: number[]
}

/** Maps original text to its matching form; built once per process and shared by index and query. */
export interface Normalizer {
  normalize(text: string): string
  normalizeWithOrigin(text: string): NormalizedText
}

/**
 * Creates a normalizer: NFKC (full-width → half-width), script conversion (e.g. traditional →
 * simplified, injected so the core stays free of dictionaries), lower case. Works per character,
 * memoised, so every normalized character can be traced back to the original for highlighting.
 */
export function createNormalizer(convertScript: (text: string) => string = (text) => text): Normalizer {
  const memo = new Map<string, string>()
  const normalizeChar = (char: string): string => {
    let out = memo.get(char)
    if (out === undefined) {
      out = convertScript(char.normalize('NFKC')).toLowerCase()
      memo.set(char, out)
    }
    return out
  }
  const normalizeWithOrigin = (text: string): NormalizedText => {
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
      let out = ''
      for (const char of text) out += normalizeChar(char)
      return out
    },
    normalizeWithOrigin,
  }
}
