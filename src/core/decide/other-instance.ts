import type { WeightedQuestion } from '../rerank/weigh-question.js'
import type { IndexedPassage } from '../retrieve/indexed-passage.js'
import { alternation, ORGANIZATION_WORDS, PLACE_SUFFIXES } from '../text/vocabulary.js'
import type { TaggedWord } from '../types.js'

/** One unit a question names: the name's forms (康桥) and the unit word after it (派出所). */
export interface NamedInstance {
  forms: readonly string[]
  unit: string
  /** True when the name is a proper name by jieba's tags (康桥), not a kind (一级派出所). */
  proper: boolean
}

// Unit words of two characters or more: 村里, 镇上 read otherwise too often.
const UNIT_AFTER = new RegExp(`^(${alternation([...ORGANIZATION_WORDS, ...PLACE_SUFFIXES].filter((w) => w.length >= 2))})`)

// What jieba tags a proper name before a unit word (半山/ns, 武林/nr, 小营/x, 城中/s); a common noun
// before one (辖区/n 派出所, 全市/n 派出所) names no particular unit.
const NAME_TAG = /^(?:ns|nr|nz|nt|x|s)$/

// A place named with its suffix in one word (金华市, 青石镇), as jieba keeps them; suffixes that end
// other words as often (路, 巷, 街) are left out.
const PLACE_WORD = /\p{Script=Han}([省市县区镇乡村]|街道|社区)$/u

/**
 * The units a question names: by a name before a unit word (康桥派出所, 特勤大队), or as a place
 * word ending in its suffix (金华市), which a passage may also name without it (金华).
 */
export function findNamedInstances(q: WeightedQuestion): NamedInstance[] {
  const { normalized } = q.question
  const out: NamedInstance[] = []
  for (const w of q.words) {
    if (w.word.within !== '' || w.word.term.length < 2) continue
    const proper = w.name && w.assumed !== true
    const at = normalized.indexOf(w.word.term)
    const unit = UNIT_AFTER.exec(normalized.slice(at + w.word.term.length))?.[1]
    if (unit !== undefined) out.push({ forms: w.word.forms, unit, proper })
    const place = w.word.term.length >= 3 ? PLACE_WORD.exec(w.word.term)?.[1] : undefined
    const named = w.parts.filter((p) => p.word.term.length >= 2).flatMap((p) => p.word.forms)
    // only whether the passage names it is checked: the suffix inside a word is no unit word to compare
    if (unit === undefined && place !== undefined) out.push({ forms: [...w.word.forms, ...named], unit: place, proper: false })
  }
  return out
}

/**
 * True when the unit of that kind the answer speaks of is another one: the answering sentence, or
 * failing that the nearest sentence before it that names any, names only others (半山派出所 for a
 * question about 康桥派出所, in a passage that lists several).
 */
export function namesOtherInstance(
  instances: readonly NamedInstance[],
  passage: IndexedPassage,
  plain: string,
  best: number,
  tag: (text: string) => TaggedWord[],
): boolean {
  return instances.some((instance) => instance.proper && speaksOfOther(instance, passage, plain, best, tag))
}

function speaksOfOther(instance: NamedInstance, passage: IndexedPassage, plain: string, best: number, tag: (text: string) => TaggedWord[]): boolean {
  for (let i = Math.min(best, passage.sentences.length - 1); i >= 0; i--) {
    const sentence = passage.sentences[i]!
    const text = plain.slice(sentence.start, sentence.end)
    if (!text.includes(instance.unit)) continue
    const names = namesBefore(tag(text), instance.unit)
    if (names.length === 0) continue
    return !names.some((name) => instance.forms.some((form) => name.includes(form) || form.includes(name)))
  }
  return false
}

function namesBefore(words: readonly TaggedWord[], unit: string): string[] {
  const names: string[] = []
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1]!
    if (words[i]!.word === unit && NAME_TAG.test(before.tag) && before.word.length >= 2) names.push(before.word)
  }
  return names
}
