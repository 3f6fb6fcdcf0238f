import { findPersons } from '../text/person-names.js'
import { alternation, ENDS_IN_PLACE_OR_INSTITUTION, ORGANIZATION_WORDS, SCHOOL_WORDS, VENUE_WORDS } from '../text/vocabulary.js'
import type { TaggedWord } from '../types.js'
import { isBare, readMetaQuestion } from './meta-question.js'
import { ASKING_WORD, findTopic, hasOwnSubject, isTime, NAME_TAGS, splitTimeUnits, TOPIC_TAGS, WORDY } from './topic.js'

/** A follow-up question read against the previous one: the question to answer and what was assumed. */
export interface FollowUp {
  /**
   * The question with its pointers replaced by what they stand for, the topic (for 这件事 the previous
   * question) put before it, or the previous question re-aimed (那X呢).
   */
  question: string
  /**
   * What it was read against, as the answer says it: what its pointers stand for (王二妮, 巡逻大队),
   * the previous question for 这件事, or for 那X呢 the previous question asked about X.
   */
  assumed: string
  /**
   * How sure the reading is: `pointed` when the question points back (他, 这个所, 那X呢), `guessed`
   * when it only lacks a subject of its own, which a question asked afresh may lack too.
   */
  certainty: 'pointed' | 'guessed'
  /**
   * The words carried over from the previous question into this one (its topic, for 他 or a
   * missing subject); absent when the previous question is asked again (那X呢, 还有呢).
   */
  carried?: string
  /**
   * Whether the question points back at what it carried (他, 这个所, or a missing subject), so its
   * answer lies where that is already named; not for 这件事, which stands for the whole previous question.
   */
  pointsBack?: boolean
  /**
   * Whether the question asks about another thing than the previous one did (那西湖呢 after a
   * question about 东湖派出所), so its answer need not lie near the previous answer.
   */
  elsewhere?: boolean
  /**
   * For a guessed reading of a question with no topic of its own (有几名博士？): the chat keeps this
   * reading as its last question even when the question is answered alone, so the talk keeps its
   * topic for the next one (那硕士呢).
   */
  keepsTopic?: boolean
  /**
   * For 他 or 她 after a who-question naming a person (她每天给谁送餐 of 张秀英), the reading with the
   * person its answer names instead (李奶奶): the pronoun may point at either, so the one answered
   * with more confidence is taken.
   */
  otherwise?: FollowUp
}

// The kinds of unit a demonstrative may name (这个所, 这支队伍, 这个大队, 那家医院, 该社区).
const UNIT_KINDS = [...new Set(['派出所', '所', '队伍', '支队', '大队', '中队', ...ORGANIZATION_WORDS, ...SCHOOL_WORDS, ...VENUE_WORDS, '社区', '街道', '村', '镇'])]

// Words that point back to what was asked before: personal pronouns, and a demonstrative with the
// kind of thing it stands for (该所, 这个所, 这支队伍, 这人, 那里).
// 其他 and 他人 (others) point nowhere.
const POINTER = new RegExp(`(?:(?<![其吉])(?:他们|她们|它们|他|她|它)(?!人)|(?:这|那|该|此)(?:个|支|位|家|座|所)?(?:${alternation([...UNIT_KINDS, '人', '单位', '地方', '里', '儿'])}))`, 'u')
const POINTERS = new RegExp(POINTER.source, 'gu')
// A demonstrative on its own (那次视察, 那三个“无”): the question leans on the previous one.
// 这是, 那就是 opening the question stand for what was just talked about (这是哪个县的).
const DEMONSTRATIVE = /(?:^|[^\p{Script=Han}])?(?:这|那|该)(?:次|些|块|件|\p{N}|[一二两三四五六七八九十]+[个名位条])|^(?:这|那)(?:个)?(?:就)?是/u
// 那南山呢？, 还有呢？: the previous question asked again, about something else or as it was.
const ELLIPSIS = /^(?:那么?|还有)?([^？?。呢]*)呢[？?。！!]*$/u
const AGAIN = /^(?:还有|然后|另外|其他的?|别的)?$/u
// 还有别的吗, 还有吗, 还有什么: the previous question asked again, as 还有呢 asks it.
const MORE_ASKED = /^(?:那)?(?:还有|另外还有)(?:别的|其他|其它|什么)?的?(?:吗|么|没有|呢)?[?？。!！]*$/u

// A demonstrative naming a kind of unit (这个所, 该所, 这支队伍, 这个大队): the last character of
// the kind is what the unit it stands for is called by (东湖派出所, 巡逻大队, 红星义警队伍).
const KIND_POINTER = new RegExp(`(?:这|那|该|此)(?:个|支|家|座|所)?(${alternation(UNIT_KINDS)})`, 'u')
// A singular personal pronoun: a person, where 他们 may be a team and 它 a thing.
const PERSON_POINTER = /(?<![其吉])[他她](?![们人])/u
const ASKING_BEFORE = /(?:哪|什么|哪一)[个家支位所]?$/u

// 这, 那是, 此个: pointing words, not part of a name.
const POINTING = /^[这那该此][是个位家些]?$/u

// The last characters a unit of the kind may be called by: the kind's last character (所 of 派出所,
// 院 of 医院), and for 队伍 either of its characters, as a 大队 or a 支队 is a 队伍 too.
const kindOf = (pointer: string) => {
  const kind = KIND_POINTER.exec(pointer)?.[1]
  return kind === undefined ? undefined : kind === '队伍' ? ['队', '伍'] : [kind.at(-1)!]
}

const ASKING_PERSON = /谁|哪位|哪名|什么人|叫什么名字/u

// The persons `text` names: as person-names reads them, or words the tagger calls a name (nr).
const personsIn = (text: string, tag: (text: string) => TaggedWord[]) => [
  ...new Set([...findPersons(text, tag), ...tag(text).filter((w) => w.tag === 'nr' && [...w.word].length >= 2).map((w) => w.word)]),
]

/**
 * Whether what `question` points at is what `previous` asked for, so only its answer names it: 这个大队
 * after 张三是哪个大队的大队长, 他 after 谁是巡逻大队的大队长. (他 after 王立新的徒弟是谁 stays 王立新:
 * a person the previous question names is the subject of the talk.) Both normalized.
 */
export function pointsToAnswer(question: string, previous: string, tag: (text: string) => TaggedWord[]): boolean {
  if (WORDS_POINTER.test(question)) return true
  const kind = kindOf(KIND_POINTER.exec(question)?.[0] ?? '')
  // the previous question names no unit of that kind (哪个大队, or none at all): only its answer can
  if (kind !== undefined) return findKindPhrase(previous, kind, tag) === undefined
  return PERSON_POINTER.test(question) && ASKING_PERSON.test(previous)
}

// The first noun phrase of `text` whose head ends in `kind` (东湖派出所 of 东湖派出所辖区, for 所),
// not the one asked about (哪个大队), and more than the bare kind word; undefined when there is none.
function findKindPhrase(text: string, kind: readonly string[], tag: (text: string) => TaggedWord[]): string | undefined {
  const words = splitTimeUnits(tag(text))
  for (let i = 0; i < words.length; i++) {
    if (!WORDY.test(words[i]!.word) || !TOPIC_TAGS.test(words[i]!.tag) || ASKING_WORD.test(words[i]!.word, words[i]!.tag)) continue
    const asked = ASKING_BEFORE.test(words[i - 1]?.word ?? '')
    let end = i
    while (end < words.length && WORDY.test(words[end]!.word) && TOPIC_TAGS.test(words[end]!.tag) && !ASKING_WORD.test(words[end]!.word, words[end]!.tag)) end++
    // a time before the unit (2015年东湖派出所) says when, not which; a word pointing at it (这是,
    // which jieba may keep as one unknown word) is no part of its name
    let from = i
    while (from < end && (isTime(words[from]!, words[from + 1]) || (/^[年月日号]$/u.test(words[from]!.word) && from > i) || POINTING.test(words[from]!.word))) from++
    const run = words.slice(from, end).map((w) => w.word)
    let head = run.length - 1
    while (head >= 0 && !kind.some((k) => run[head]!.endsWith(k))) head--
    const phrase = run.slice(0, head + 1).join('')
    if (head >= 0 && !asked && [...phrase].length >= 3 && !UNIT_KINDS.includes(phrase)) return phrase
    i = end
  }
  return undefined
}

// What one pointer stands for: a unit of its kind named in the previous question, else in its
// answer; for 他 or 她, the topic when it holds a person, else a person the previous question names
// (王立新 of 东湖派出所的王立新今年多大), else one its answer names, else the previous topic unless
// it names a place or an institution (他 is no 社区): '' then, and the question is read alone.
function referentOf(pointer: string, topic: string, previous: string, answer: string | undefined, tag: (text: string) => TaggedWord[]): string {
  const kind = kindOf(pointer)
  if (kind !== undefined) return findKindPhrase(previous, kind, tag) ?? (answer === undefined ? undefined : findKindPhrase(answer, kind, tag)) ?? topic
  if (!PERSON_POINTER.test(pointer) || pointer.length !== 1) return topic
  const named = personsIn(previous, tag)
  const answered = answer === undefined ? [] : personsIn(answer, tag)
  return (named.some((p) => topic.includes(p)) ? topic : named[0]) ?? answered[0] ?? (ENDS_IN_PLACE_OR_INSTITUTION.test(topic) || !namesSomeone(topic, tag) ? '' : topic)
}

// Whether a topic may name someone: a noun or a name is among its words, where 今天天气 (an idiom)
// or a time is no one.
const namesSomeone = (topic: string, tag: (text: string) => TaggedWord[]) => tag(topic).some((w) => /^(?:n|nr|nrt|nz|ns|nt|ng|x|j|eng)$/u.test(w.tag))

// The person the answer to a who-question names, when the question's pointers are all 他 or 她 and
// were read as someone else (a person the previous question names); undefined otherwise.
function otherPerson(question: string, previous: string, answer: string, referents: readonly string[], tag: (text: string) => TaggedWord[]): string | undefined {
  if (!ASKING_PERSON.test(previous) || ![...question.matchAll(POINTERS)].every((m) => /^[他她]$/u.test(m[0]))) return undefined
  return personsIn(answer, tag).find((p) => !previous.includes(p) && !referents.some((r) => r.includes(p) || p.includes(r)))
}


/**
 * Reads `question` against the previous question of the same chat: a pronoun is replaced by what
 * it stands for (the previous topic, or a unit or person of its kind), "那X呢" asks the previous
 * question about X, and a question not opening with a subject of its own (a name, or a noun phrase
 * of three characters or more) gets the topic put before it. `answer`, the sentence answering the
 * previous question, is read when the question points at what that one asked for (see
 * {@link pointsToAnswer}). Undefined when the question stands on its own or the previous one has
 * no topic. Both questions come normalized.
 */
export function resolveFollowUp(question: string, previous: string, tag: (text: string) => TaggedWord[], answer?: string): FollowUp | undefined {
  // 这句话是谁说的: the words are those of the previous answer
  const words = WORDS_POINTER.exec(question)
  if (words !== null) return answer === undefined ? undefined : askSourceOf(answer, words[1]!)
  // 谁写的, 哪天登的: asked of the piece the previous question was answered from, which the
  // metadata reading does itself; the previous topic put before it would hide that it asks a field.
  // Right after a question about a piece, any question about one asks about the same piece.
  const afterMeta = readMetaQuestion(previous) !== undefined
  const meta = readMetaQuestion(question, afterMeta)
  if (meta !== undefined && (afterMeta || (meta.page === undefined && isBare(meta.subject)))) return undefined
  const topic = findTopic(previous, tag)
  // with no topic, only the previous answer can say what a pointer stands for
  if (topic === '') return answer === undefined ? undefined : resolveLeaning(question, topic, tag, previous, answer)
  if (MORE_ASKED.test(question.trim())) return { question: previous, assumed: bare(previous), certainty: 'pointed' }
  const ellipsis = ELLIPSIS.exec(question.trim())
  if (ellipsis !== null) {
    const other = ellipsis[1]!.trim()
    if (AGAIN.test(other)) return { question: previous, assumed: bare(previous), certainty: 'pointed' }
    // only a bare noun phrase stands for the previous question (那南山呢, 那警务助理呢); 他今年多大呢 is a question itself
    const otherWords = tag(other.replace(/[^\p{L}\p{N}]/gu, ''))
    const atTime = askAtTime(previous, otherWords, topic, tag)
    if (atTime !== undefined) return { question: atTime, assumed: bare(atTime), certainty: 'pointed' }
    if (!otherWords.every((w) => WORDY.test(w.word) && TOPIC_TAGS.test(w.tag) && !ASKING_WORD.test(w.word, w.tag))) return resolveLeaning(question, topic, tag, previous, answer)
    // what is assumed is the previous question itself, asked about the other thing: in place of
    // what it asked about when the other is of that kind (那辅警呢 after 多少民警), else of its topic
    const focus = askedAbout(previous, tag)
    if (focus !== '' && sharedCharacters(other, focus) > sharedCharacters(other, topic)) {
      const asked = `${previous.slice(0, previous.lastIndexOf(focus))}${other}${previous.slice(previous.lastIndexOf(focus) + focus.length)}`
      return { question: asked, assumed: bare(asked), certainty: 'pointed' }
    }
    // an X naming no place, institution or person (日均门诊量呢) is one more thing asked of the topic
    if (!otherWords.some(namesThing) && personsIn(other, tag).length === 0 && sharedCharacters(other, topic) === 0) {
      const ofTopic = `${topic}的${other}`
      return { question: `${ofTopic}？`, assumed: ofTopic, certainty: 'pointed', carried: topic, pointsBack: true }
    }
    const asked = previous.replace(topic, replaceNamePart(topic, other, tag))
    return previous.includes(topic) ? { question: asked, assumed: bare(asked), certainty: 'pointed', elsewhere: true } : undefined
  }
  return resolveLeaning(question, topic, tag, previous, answer)
}

// 这句话是谁说的, 这话出自哪篇文章: words of the previous answer, whose source is asked.
const WORDS_POINTER = /^(?:这|那)(?:句话|段话|句|话|些话)?(?:是|又是)?(谁(?:说|讲)的|出自(?:哪篇文章|哪篇报道|哪里|哪儿|何处|哪))[?？。!！\s]*$/u

// The words of an answering sentence a reader asks the source of: its quotation when it holds one
// (the speech, not the narration around it), else the sentence.
function askSourceOf(answer: string, asking: string): FollowUp {
  const quoted = /“([^“”]*[，,。！!？?；;…][^“”]*)”/u.exec(answer)?.[1] ?? answer
  const words = quoted.replace(/[。！!？?\s]+$/u, '')
  const shown = [...words].length > 12 ? `${[...words].slice(0, 12).join('')}…` : words
  return { question: `“${words}”${asking.startsWith('谁') ? '是' : ''}${asking}`, assumed: `“${shown}”`, certainty: 'pointed' }
}

// 现在呢, 去年呢, 2020年呢: the previous question asked again at that time, in place of the time it
// named (红星义警最初有多少位志愿者 → 红星义警现在有多少位志愿者), else just after its topic; undefined
// when X is no time.
function askAtTime(previous: string, other: readonly TaggedWord[], topic: string, tag: (text: string) => TaggedWord[]): string | undefined {
  const isTimeWord = (w: TaggedWord, i: number, words: readonly TaggedWord[]) => isTime(w, words[i + 1]) || (/^[年月日号]$/u.test(w.word) && i > 0 && isTime(words[i - 1]!, w))
  if (other.length === 0 || !other.every(isTimeWord)) return undefined
  const time = other.map((w) => w.word).join('')
  const words = tag(previous)
  const first = words.findIndex(isTimeWord)
  if (first >= 0) {
    let last = first
    while (last + 1 < words.length && isTimeWord(words[last + 1]!, last + 1, words)) last++
    return [...words.slice(0, first).map((w) => w.word), time, ...words.slice(last + 1).map((w) => w.word)].join('')
  }
  const at = previous.indexOf(topic)
  return at < 0 ? undefined : `${previous.slice(0, at + topic.length)}${time}${previous.slice(at + topic.length)}`
}

// What a question asks about, after its last asking word (临时党支部 of 成立了多少个临时党支部); ''
// when the asking word ends it (哪一年挂牌的 asks a year, not about a thing).
function askedAbout(question: string, tag: (text: string) => TaggedWord[]): string {
  const asked = /(?:多少|几|哪|什么)(?:一)?[个名位家支条起种所座项]?(\p{Script=Han}{2,})[?？。]*$/u.exec(question)?.[1] ?? ''
  // a thing, not an act: 几点出海 asks when, of no 点出海
  return asked !== '' && NAMING_TAGS.test(tag(asked).at(-1)?.tag ?? '') ? asked : ''
}

// A word naming something of its own: a name, a place or an institution, or a word of three characters
// or more the corpus taught jieba (红星义警; a shorter one, 辅警, is as often a common noun, and a
// person's name, 张红, is read by person-names).
const namesThing = (w: TaggedWord) => NAME_TAGS.test(w.tag) || (w.tag === 'x' && /^\p{Script=Han}{3,}$/u.test(w.word)) || ENDS_IN_PLACE_OR_INSTITUTION.test(w.word)

// How many characters two phrases share: 辅警 and 民警 are of a kind, 南山 and 东湖派出所 are not.
const sharedCharacters = (a: string, b: string) => new Set([...a].filter((c) => /\p{Script=Han}/u.test(c) && b.includes(c))).size

// Tags of the words a name is made of; a common noun (n) after them is the head of the phrase.
const NAME_PART_TAGS = /^(?:nr|ns|nt|nz|nrt|eng|x|j)$/u

// The last character of a facility or a unit, heading a name (红警驿站, 东湖警务室, 青石中队).
const HAS_HEAD = /[站室馆所队院局厅处点台]$|中心$|基地$/u

// 那Y呢 after a question about 甲乙医院警务室: Y names another hospital, so the question is about
// Y警务室. When the topic opens with a name and a head noun follows, and Y is a name without that
// head, Y takes only the name's place; otherwise it stands for the whole topic.
function replaceNamePart(topic: string, other: string, tag: (text: string) => TaggedWord[]): string {
  const words = tag(topic)
  const nameLength = words.findIndex((w) => !NAME_PART_TAGS.test(w.tag))
  if (nameLength <= 0) return other
  // a name with a head of its own (红警驿站, 东湖警务室) is another thing, not another name for the head
  const otherIsName = tag(other).every((w) => NAME_PART_TAGS.test(w.tag)) && !HAS_HEAD.test(other)
  const name = words.slice(0, nameLength).map((w) => w.word).join('')
  const head = words.slice(nameLength).map((w) => w.word).join('')
  // a surname alone (李 of 李|兔儿, as a tagger may split a name) is no name with a head after it
  if ([...name].length < 2 || [...head].length < 2) return other
  return otherIsName && !other.includes(head) ? `${other}${head}` : other
}

// A question as it is named inside 按上一问：…, without its closing punctuation.
// The space a reading puts after the topic it carried (三大队 有几名博士) is left out too.
const bare = (question: string) => question.replace(/[?？。!！\s]+$/u, '').replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '')

// A pointer to a place (那里, 这儿, 那个地方) and a question asking for one (在哪里, 什么地方).
const PLACE_POINTER = /(?:这|那|该|此)(?:个)?(?:里|儿|地方)/u
const ASKING_PLACE = /哪里|哪儿|什么地方|哪个地方|何处|在哪/u
// Whether every pointer of `question` is a place pointer and `previous` asked where: it stands for the answer.
const pointsToPlaceAsked = (question: string, previous: string) =>
  ASKING_PLACE.test(previous) && [...question.matchAll(POINTERS)].every((m) => PLACE_POINTER.test(m[0]))

// A pointer to what happened (这件事, 此事, 那件事情): the event the previous question asked about.
const EVENT_POINTER = /(?:这|那|此|该)(?:件|次)?事(?:情|件)?/u
// Asking words and the grammar around them, which carry no content of their own.
const ASKING_GRAMMAR = /哪里|哪儿|哪一?[个些位家年天]?|什么时候|什么|多少|多[大久长高远]|几[个名位年]?|谁|怎么样?|怎样|如何|为什么|为何|吗|呢|[?？!！。]/gu

// A question that may lean on the previous topic through a pronoun, a demonstrative or no subject.
function resolveLeaning(question: string, topic: string, tag: (text: string) => TaggedWord[], previous: string, answer: string | undefined): FollowUp | undefined {
  if (topic !== '' && question.includes(topic)) return undefined
  // 这件事 stands for the whole previous question, its asking words left out
  if (EVENT_POINTER.test(question)) {
    // its numbers (东风路12号) tell which event, and a later sentence saying how it ended need not repeat them
    const event = previous.replace(ASKING_GRAMMAR, ' ').replace(/\p{N}+(?:\.\p{N}+)?[年月日号]?/gu, ' ').replace(/\s+/gu, ' ').trim()
    return { question: `${event} ${question}`, assumed: bare(previous), certainty: 'pointed', carried: event }
  }
  if (POINTER.test(question)) {
    const referents: string[] = []
    const asked = question.replace(POINTERS, (pointer) => {
      const referent = referentOf(pointer, topic, previous, answer, tag)
      if (!referents.includes(referent)) referents.push(referent)
      return referent
    })
    if (referents.includes('')) return undefined
    // 那里 after 张秀英住在哪里 is where she lives, which the text may name without naming her: what
    // it assumed is the previous question, and the answer need not come where the topic is named
    if (pointsToPlaceAsked(question, previous)) return { question: asked, assumed: bare(previous), certainty: 'pointed', carried: referents.join(' ') }
    const reading: FollowUp = { question: asked, assumed: referents.join('、'), certainty: 'pointed', carried: referents.join(' '), pointsBack: true }
    const other = answer === undefined ? undefined : otherPerson(question, previous, answer, referents, tag)
    return other === undefined ? reading : { ...reading, otherwise: { question: question.replace(POINTERS, other), assumed: other, certainty: 'pointed', carried: other, pointsBack: true } }
  }
  const named = namedKind(question, previous, topic, tag)
  if (named !== undefined) return { question: question.replace(named.pointer, named.referent), assumed: named.referent, certainty: 'pointed', carried: named.referent, pointsBack: true }
  if (topic === '') return undefined
  if (DEMONSTRATIVE.test(question)) return { question: `${topic} ${question}`, assumed: topic, certainty: 'pointed', carried: topic, pointsBack: true }
  if (hasOwnSubject(question, tag)) return undefined
  const reading = { question: `${topic} ${question}`, assumed: topic, carried: topic, pointsBack: true }
  if (namesNothing(question, tag)) return { ...reading, certainty: 'pointed' }
  return { ...reading, certainty: 'guessed', ...(findTopic(question, tag) === '' && { keepsTopic: true }) }
}

// An asking word with the general noun it asks by (什么时候, 什么地方, 多长时间, 叫什么名字): the
// noun names nothing the question is about.
const ASKING_NOUN = /(?:什么|哪个|哪些|哪一?|多长|多少)(?:时候|时间|地方|名字|东西|样子|人)/gu

// A demonstrative with a measure word (这个警务室, 该处展馆): the noun after it is the kind it names.
const MEASURED_POINTER = /(?:这|那|该|此)(?:个|支|家|座|所|间|处)/u

// What a demonstrative naming a kind outside UNIT_KINDS (这个警务室) stands for: the unit of that kind
// (ending in its last character) the previous question names, or the topic when it is of that kind;
// undefined when there is none or the question has no such demonstrative.
function namedKind(question: string, previous: string, topic: string, tag: (text: string) => TaggedWord[]): { pointer: string; referent: string } | undefined {
  const pointer = MEASURED_POINTER.exec(question)
  if (pointer === null) return undefined
  const kind = tag(question.slice(pointer.index + pointer[0].length))[0]
  if (kind === undefined || !/^n/u.test(kind.tag) || [...kind.word].length < 2) return undefined
  const head = [kind.word.at(-1)!]
  const referent = findKindPhrase(previous, head, tag) ?? (head.some((k) => topic.endsWith(k)) ? topic : undefined)
  return referent === undefined || referent === kind.word ? undefined : { pointer: `${pointer[0]}${kind.word}`, referent }
}

// Tags of words that name something (a noun, a name, a word the corpus taught jieba, an idiom or set
// phrase: 今天天气 is tagged i).
const NAMING_TAGS = /^(?:n|nr|ns|nt|nz|nrt|ng|j|x|eng|s|i|l)$/u

// A question naming nothing of two characters or more (谁成立的, 什么时候开始的, 有多少人): it can only
// be about what was asked before, where 渔民几点出海 may be a new question.
function namesNothing(question: string, tag: (text: string) => TaggedWord[]): boolean {
  return !tag(question.replace(ASKING_NOUN, ' ')).some((w) => NAMING_TAGS.test(w.tag) && [...w.word].length >= 2 && WORDY.test(w.word) && !ASKING_WORD.test(w.word, w.tag))
}
