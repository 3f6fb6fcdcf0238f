import type { WeightedQuestion } from '../rerank/weigh-question.js'
import type { TaggedWord } from '../types.js'
import { alternation, ORGANIZATION_WORDS, PLACE_SUFFIXES } from '../text/vocabulary.js'

/** One unit a question names: the forms a passage may name it by (康桥; 金华市, 金华) and its unit word (派出所, 市). */
export interface NamedInstance {
  forms: readonly string[]
  unit: string
}

// Unit words of two characters or more: 村里, 镇上 read otherwise too often.
const UNIT_AFTER = new RegExp(`^(${alternation([...ORGANIZATION_WORDS, ...PLACE_SUFFIXES].filter((w) => w.length >= 2))})`)

// A place named with its suffix in one word (金华市, 青石镇, 上海港), as jieba keeps them; suffixes
// that end other words as often (路, 巷, 街) are left out.
const PLACE_WORD = /\p{Script=Han}([省市县区镇乡村港]|街道|社区)$/u

/**
 * The units a question names: by a name before a unit word (康桥派出所, 特勤大队), or as a place
 * word ending in its suffix (金华市), which a passage may also name without it (金华); or a place
 * name jieba cut from its one-character suffix (临江/区).
 */
export function findNamedInstances(q: WeightedQuestion): NamedInstance[] {
  const { normalized } = q.question
  const out: NamedInstance[] = []
  for (const w of q.words) {
    if (w.word.within !== '' || w.word.term.length < 2) continue
    const after = normalized.slice(normalized.indexOf(w.word.term) + w.word.term.length)
    const unit = UNIT_AFTER.exec(after)?.[1]
    if (unit !== undefined) {
      out.push({ forms: w.word.forms, unit })
      continue
    }
    const place = w.word.term.length >= 3 ? PLACE_WORD.exec(w.word.term)?.[1] : undefined
    if (place !== undefined) {
      const named = w.parts.filter((p) => p.word.term.length >= 2).flatMap((p) => p.word.forms)
      out.push({ forms: [...w.word.forms, ...named], unit: place })
      continue
    }
    // 临江/区, 青石/镇: a place name cut from its one-character suffix, which is a unit word here
    const suffix = w.name ? /^[省市县区镇乡]/u.exec(after)?.[0] : undefined
    if (suffix !== undefined && q.words.some((x) => x.word.term === suffix)) out.push({ forms: [w.word.term + suffix, w.word.term], unit: suffix })
  }
  return out
}

// Tags of a word that can name one unit: a person's, place's or body's name, a place word, an
// abbreviation, or a word jieba does not know (城中, 龙湾区, 上溪).
const NAMING_TAG = /^(?:nr|nrt|ns|nt|nz|s|j|x|eng)$/
const TWO_HAN = /^\p{Script=Han}{2,}$/u

/**
 * Whether a sentence names another unit of the instance's kind and not it: 城中派出所 for 上溪派出所,
 * 龙湾区分局 for 鹿城区分局. A unit word with no name before it (该派出所, 设立警务室) names none.
 */
export function namesOtherInstance(instance: NamedInstance, sentence: string, tag: (text: string) => TaggedWord[]): boolean {
  if (!sentence.includes(instance.unit) || instance.forms.some((form) => sentence.includes(form))) return false
  const words = tag(sentence)
  return words.some((word, i) => i > 0 && word.word === instance.unit && TWO_HAN.test(words[i - 1]!.word) && NAMING_TAG.test(words[i - 1]!.tag))
}
