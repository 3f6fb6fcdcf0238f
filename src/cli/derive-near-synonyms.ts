/** One dictionary entry as the thesaurus reads it: a simplified headword, its pinyin and its English senses. */
export interface GlossedWord {
  word: string
  pinyin: string
  glosses: readonly string[]
}

/** How near-synonyms are drawn from a Chinese–English dictionary. */
export interface DeriveOptions {
  /**
   * A sense shared by more words than this is a generic one (to do, good) and links nothing.
   * Default 10: on the tuning sets 8–12 alike answered two more questions, 6 none, 15 one and
   * moved an answering sentence.
   */
  maxGroup: number
  /**
   * Whether two words sharing one sense must also share a character (徒弟 学徒, not 窗口 媒介 through
   * "medium"): English words have senses of their own. Two shared senses link words regardless.
   */
  sharedCharacter: boolean
  /**
   * Whether a word whose sense is a phrase holding another word's whole sense (师徒 "master and
   * disciple", 徒弟 "disciple") is linked to it too, when they share a character. Default true:
   * without it no setting gained anything on the tuning sets.
   */
  containment: boolean
  /** Whether a word is common enough to keep (in jieba's dictionary above a frequency floor, say). */
  keep: (word: string) => boolean
}

/** The defaults stated on {@link DeriveOptions}, less `keep`. */
export const defaultDeriveOptions: Omit<DeriveOptions, 'keep'> = { maxGroup: 10, sharedCharacter: true, containment: true }

// Glosses that describe a word instead of translating it (variant of, abbr. for, surname …) or
// that mark it as literary, dialect or dated: sharing one of these says nothing about meaning.
const NOT_A_SENSE = /\b(?:variant|abbr\.|abbreviation|surname|lit\.|see |used in|classical|archaic|old |old\)|dialect|cantonese|taiwan|tw\)|slang|pr\.|also written|also pr\.|erhua|onom\.|interj\.|particle|radical|name of|place name|prefix|suffix|idiom|proverb|\bsb\b|\bsth\b)/i

/**
 * The sense a gloss names, normalised so that glosses of synonyms compare equal: lower case, no
 * parenthetical remarks, no leading "to", "a", "the" or "fig."; '' for a gloss that is no sense
 * (a variant, an abbreviation, a surname, a literal reading) or names a proper noun.
 */
export function normaliseGloss(gloss: string): string {
  if (NOT_A_SENSE.test(gloss) || /^[A-Z]/.test(gloss.trim())) return ''
  let sense = gloss.replace(/\([^()]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' ').toLowerCase()
  sense = sense.replace(/^\s*(?:fig\.\s*|to be\s+|to\s+|an?\s+|the\s+)+/, ' ')
  sense = sense.replace(/[^a-z' -]+/g, ' ').replace(/\s+/g, ' ').trim()
  return sense.length < 3 ? '' : sense
}

// A gloss may hold several senses apart by semicolons ("to go abroad; to leave the country").
function sensesOf(glosses: readonly string[]): Set<string> {
  return new Set(glosses.flatMap((g) => g.split(';')).map(normaliseGloss).filter((s) => s !== ''))
}

const shareCharacter = (a: string, b: string) => [...a].some((c) => b.includes(c))

// The phrases of two or more words inside a sense of up to four words, and its single words of
// four letters or more ("disciple" in "master and disciple", not "and").
function innerPhrases(sense: string): string[] {
  const tokens = sense.split(' ')
  if (tokens.length < 2 || tokens.length > 4) return []
  const out: string[] = []
  for (let from = 0; from < tokens.length; from++) {
    for (let to = from + 1; to <= tokens.length; to++) {
      if (to - from === tokens.length) continue
      const phrase = tokens.slice(from, to).join(' ')
      if (to - from > 1 || phrase.length >= 4) out.push(phrase)
    }
  }
  return out
}

/**
 * For each kept word (two or more Han characters, not a proper noun), the kept words it shares a
 * normalised English sense with (see {@link DeriveOptions}), sorted; words with none are left out.
 */
export function deriveNearSynonyms(entries: Iterable<GlossedWord>, options: DeriveOptions): Map<string, string[]> {
  const senses = new Map<string, Set<string>>()
  for (const { word, pinyin, glosses } of entries) {
    // capitalised pinyin marks a proper noun (a place, a person, a brand)
    if (!/^\p{Script=Han}{2,}$/u.test(word) || /[A-Z]/.test(pinyin) || !options.keep(word)) continue
    const own = senses.get(word) ?? new Set<string>()
    for (const sense of sensesOf(glosses)) own.add(sense)
    senses.set(word, own)
  }
  const bySense = new Map<string, Set<string>>()
  for (const [word, own] of senses) {
    for (const sense of own) bySense.set(sense, (bySense.get(sense) ?? new Set<string>()).add(word))
  }
  const near = new Map<string, Set<string>>()
  const link = (a: string, b: string) => {
    if (a === b) return
    near.set(a, (near.get(a) ?? new Set<string>()).add(b))
    near.set(b, (near.get(b) ?? new Set<string>()).add(a))
  }
  for (const words of bySense.values()) {
    if (words.size < 2 || words.size > options.maxGroup) continue
    for (const a of words) {
      for (const b of words) {
        if (a >= b) continue
        const shared = [...senses.get(a)!].filter((s) => senses.get(b)!.has(s)).length
        if (!options.sharedCharacter || shared >= 2 || shareCharacter(a, b)) link(a, b)
      }
    }
  }
  if (options.containment) {
    for (const [sense, words] of bySense) {
      if (words.size > options.maxGroup) continue
      for (const phrase of innerPhrases(sense)) {
        const inner = bySense.get(phrase)
        if (inner === undefined || inner.size > options.maxGroup) continue
        for (const a of words) for (const b of inner) if (shareCharacter(a, b)) link(a, b)
      }
    }
  }
  return new Map([...near].sort(([a], [b]) => a.localeCompare(b)).map(([word, others]) => [word, [...others].sort()]))
}
