import { endsWithRole, findNamesAfterRoles, isNewName, isNewPerson, joinSurnames } from '../text/person-names.js'
import { alternation, ORGANIZATION_WORDS, PERSON_NOUN, VENUE_WORDS } from '../text/vocabulary.js'
import type { KindContext } from './kind-context.js'

/**
 * How well a sentence gives the name a 叫什么 question asks for, 0–1. 全名 and 姓名 are persons'
 * names; 店名 and 名称 are things'; 叫什么 may be either. The name must stand by what the question
 * asks the name of (负责人张三, 党组织——中共某某小组, “某某议事”…机制) or follow a naming verb
 * (称为“东巷丽警”): a name elsewhere belongs to someone or something else.
 */
export function scoreName(sentence: string, context: KindContext): number {
  const { focus = '' } = context
  const of = nameOf(context)
  const spans = findNameSpans(sentence, context)
  if (focus.length < 2) return spans.length > 0 ? 1 : 0
  if (spans.some(([start]) => NAMING_VERB.test(sentence.slice(0, start)))) return 1
  // the thing may be named by a synonym (女孩 in the question, 姑娘小丽 in the passage)
  const forms = [...new Set([focus, ...(context.focusForms ?? [])])].filter((form) => form.length >= 2 && sentence.includes(form))
  if (forms.length === 0) {
    // 那个小姑娘叫什么: a person the passage calls otherwise is named by their role (学生张可欣)
    if (PERSON_NOUN.test(focus) && spans.some(([start]) => endsWithRole(sentence.slice(0, start)))) return 1
    return spans.length > 0 ? UNSEEN_FOCUS_CREDIT : 0
  }
  return forms.some((form) => isNameBound(sentence, form, spans, of)) ? 1 : 0
}

// True when, at one of the places `focus` stands in the sentence, a name stands by it.
function isNameBound(sentence: string, focus: string, spans: readonly [number, number][], of: 'person' | 'thing' | undefined): boolean {
  for (let at = sentence.indexOf(focus); at >= 0; at = sentence.indexOf(focus, at + 1)) {
    const end = at + focus.length
    if ((of !== 'thing' && UNNAMED_PERSON.test(sentence.slice(end))) || APPOSITION.test(sentence.slice(end))) return true
    // 打造“桥”警务: a quoted word right before the thing names it, however short
    if (of !== 'person' && CLOSING_QUOTE.test(sentence.slice(0, at))) return true
    // a name holding the thing's word is its name too (研发了“伪基站综合取证设备”)
    const bound = ([start, stop]: readonly [number, number]) =>
      (start <= at && stop >= end) || (start >= end && NAME_GAP.test(sentence.slice(end, start))) || (stop <= at && SAME_PHRASE.test(sentence.slice(stop, at)))
    if (spans.some(bound)) return true
  }
  return false
}

// A name with the thing it names out of the sentence may still be its name (the 负责人 named as 所长
// 张三), or another's: half the credit. On the three tuning sets 0.3–0.6 declined as many
// unanswerable questions, and none of them cost an answerable one.
const UNSEEN_FOCUS_CREDIT = 0.5

// Where the persons (unless a thing's name is asked) and quoted names (unless a person's) stand.
function findNameSpans(sentence: string, context: KindContext): [number, number][] {
  const { tag, known = new Set<string>() } = context
  const of = nameOf(context)
  const spans: [number, number][] = []
  if (of !== 'thing' && tag !== undefined) {
    const words = joinSurnames(tag(sentence))
    let at = 0
    words.forEach((w, i) => {
      const start = sentence.indexOf(w.word, at)
      if (start < 0) return
      at = start + w.word.length
      if (isNewPerson(words, i, known, true)) spans.push([start, at])
    })
  }
  // names jieba cut into pieces, read after their role (收购商韩秀娥说)
  if (of !== 'thing' && tag !== undefined) {
    for (const name of findNamesAfterRoles(sentence, tag)) {
      const at = sentence.indexOf(name)
      if (!known.has(name) && !spans.some(([start, stop]) => start <= at && stop > at)) spans.push([at, at + name.length])
    }
  }
  if (of !== 'person') for (const m of newQuotedNames(sentence, known)) spans.push([m.index!, m.index! + m[0].length])
  // 姑娘小欢在…: a person named only by 小 or 老 and one character, right after what they are
  if (of !== 'thing') for (const m of sentence.matchAll(NAMED_AFTER_NOUN)) if (!known.has(m[0])) spans.push([m.index!, m.index! + m[0].length])
  return spans
}


// 负责人叫什么 is answered by a person's name, not by a quoted slogan beside the role; 火锅店叫啥名字,
// 那个中心叫什么: a shop, a venue or an organisation is named by a name, never by a person's.
const THING_FOCUS = new RegExp(`(?:${alternation([...ORGANIZATION_WORDS, ...VENUE_WORDS, '店'])})$`)

// Whose name is asked: a person's or a thing's as the question words say (全名, 店名), else as what
// is named is one (负责人, 火锅店); undefined when either may be.
function nameOf(context: KindContext): 'person' | 'thing' | undefined {
  if (context.unit?.kind === 'name') return context.unit.of
  const focus = context.focus ?? ''
  if (PERSON_NOUN.test(focus)) return 'person'
  return THING_FOCUS.test(focus) ? 'thing' : undefined
}

const NAMING_VERB = /(?:称为|称作|叫做|叫作|名为|名叫|取名|命名为|誉为|号称|简称|俗称|人称|又称|叫)$/

// What may stand between a role or thing and its name: nothing (负责人张三), a dash, a colon or the
// quote closing a title (“优秀民警”王某), or
// a description ending in 的 within one clause (户籍民警同时也是…副岗长的王某); before it, only
// the rest of one noun phrase (“某某议事”纠纷预防机制), quoted names and numbers in it too
// (林望潮是“青渔03187”号的船老大).
const NAME_GAP = /^(?:[\s—\-:：”"」』]{0,3}|[^，,。；;！？!?]{0,20}的)$/u
const SAME_PHRASE = /^(?:\p{Script=Han}|[\d“”"「」]){0,16}$/u

// 党组织——中共某某小组: a dash or colon after the thing introduces its name, quoted or not.
const APPOSITION = /^\s*(?:——|—|：|:)\s*\p{Script=Han}{2}/u

const CLOSING_QUOTE = /[”"」』》]$/


// 姑娘小丽: how news stories name people they do not name in full, 小, 老 or 阿 and one character
// before what they do or a pause; right after the thing asked of (UNNAMED_PERSON) or after what
// the person is (NAMED_AFTER_NOUN: 姑娘小欢在…).
const FAMILIAR_NAME = '[小老阿]\\p{Script=Han}(?=[在的说是和向从被把将]|[^\\p{Script=Han}]|$)'
const UNNAMED_PERSON = new RegExp(`^${FAMILIAR_NAME}`, 'u')
const NAMED_AFTER_NOUN = new RegExp(`(?<=${PERSON_NOUN.source.replace(/\$$/u, '')})${FAMILIAR_NAME}`, 'gu')

// Quoted words holding a clause break are speech (“你师父做得好，你得跟着他学。”), not a name.
const SPEECH = /[，。！？；,!?;]/u

// A name given in quotes (“某某议事”) answers 叫什么, unless the question already holds it.
function newQuotedNames(sentence: string, known: ReadonlySet<string>): RegExpMatchArray[] {
  return [...sentence.matchAll(/[“"「『《]([^”"」』》]{2,20})[”"」』》]/gu)].filter((match) => isNewName(match[1]!, known) && !SPEECH.test(match[1]!))
}
