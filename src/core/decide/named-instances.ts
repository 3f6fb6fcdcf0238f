import type { WeightedQuestion } from '../rerank/weigh-question.js'
import { alternation, ORGANIZATION_WORDS, PLACE_SUFFIXES } from '../text/vocabulary.js'

/** One unit a question names: the forms a passage may name it by (康桥; 金华市, 金华) and its unit word (派出所, 市). */
export interface NamedInstance {
  forms: readonly string[]
  unit: string
}

// Unit words of two characters or more: 村里, 镇上 read otherwise too often.
const UNIT_AFTER = new RegExp(`^(${alternation([...ORGANIZATION_WORDS, ...PLACE_SUFFIXES].filter((w) => w.length >= 2))})`)

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
    const at = normalized.indexOf(w.word.term)
    const unit = UNIT_AFTER.exec(normalized.slice(at + w.word.term.length))?.[1]
    if (unit !== undefined) out.push({ forms: w.word.forms, unit })
    const place = w.word.term.length >= 3 ? PLACE_WORD.exec(w.word.term)?.[1] : undefined
    const named = w.parts.filter((p) => p.word.term.length >= 2).flatMap((p) => p.word.forms)
    if (unit === undefined && place !== undefined) out.push({ forms: [...w.word.forms, ...named], unit: place })
  }
  return out
}
