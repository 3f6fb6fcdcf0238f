import { captionHeading } from './text/passages.js'
import { splitSentences } from './text/sentences.js'
import { PERSON_MEASURES, THING_MEASURES } from './text/vocabulary.js'
import type { Answer, Article, ArticleSummary, TaggedWord } from './types.js'

/** An example question the current index answers confidently, from the article it is about. */
export interface ExampleQuestion {
  question: string
  articleId: string
  /** The engine's confidence in its first answer (0–1). */
  confidence: number
}

/** How examples are chosen. */
export interface ExampleOptions {
  /** Confidence the first answer must reach; default 0.7 (well above the abstention threshold, 0.4). */
  minConfidence: number
  /** Candidate questions tried per article, at most; default 8 (each costs one search). */
  triesPerArticle: number
  /** Paragraphs an article needs to count as a main article (not a photo or one-paragraph item); default 3. */
  minParagraphs: number
}

/** The defaults of {@link ExampleOptions}. */
export const defaultExampleOptions: ExampleOptions = { minConfidence: 0.7, triesPerArticle: 8, minParagraphs: 3 }

/** What choosing examples reads of a library. */
export interface ExampleSource {
  listArticles(): Promise<readonly ArticleSummary[]>
  findArticle(id: string): Promise<Article | undefined>
  answer(question: string, options?: { limit?: number }): Promise<Answer>
}

/** True for a main article: more than a photo item or a one-paragraph piece. */
export function isMainArticle(article: Pick<ArticleSummary, 'paragraphCount'>, minParagraphs = defaultExampleOptions.minParagraphs): boolean {
  return article.paragraphCount >= minParagraphs
}

// A count in a clause: digits or Chinese numerals, an optional 余/多, a measure word; the clause
// becomes a how-many question by putting 多少 in its place (共有38名党员 → 共有多少名党员).
// A lone 一 is an article more often than a count (一条…之路, 一起走), so it is left out.
const COUNT = new RegExp(`(?:\\d+(?:\\.\\d+)?|(?!一[${PERSON_MEASURES}${THING_MEASURES}])[一二两三四五六七八九十百千]+)万?[余多]?([${PERSON_MEASURES}${THING_MEASURES}])`, 'u')
// A year that opens a sentence (2020年，…): the rest becomes a which-year question.
const OPENING_YEAR = /^((?:19|20)\d\d)年[，,]?/u
// A clause that opens with a pronoun, a connective, a comparison (比前年增加了…) or 一看 (as soon as) has
// lost its subject: as a question it would be vague.
const NO_SUBJECT = /^(?:比|较|同比|环比|其中|其|他们|她们|他|她|它|这|那|该|此|并|但|而|也|还|又|同时|此外|因此|所以|然后|如今|目前|现在|届时|当时|那时|彼时|随后|之后|后来|当天|当日|次日|最[多少]时|一[看听到进问说])/u
const CLAUSE_BREAK = /[，,；;：:]/u
// A quotation holding a clause break or a sentence end is speech, not a name.
const SPEECH = /“[^”]*[，,。！!？?；;][^”]*”?/gu

function isInSpeech(sentence: string, clause: string): boolean {
  const at = sentence.indexOf(clause)
  return [...sentence.matchAll(SPEECH)].some((m) => at >= m.index && at < m.index + m[0].length)
}

const POINTING = /[该此这那][^\p{Script=Han}]*\p{Script=Han}/u

/** A candidate example: the question, the text its answer must hold, and whether it opens with a name. */
export interface CandidateQuestion {
  question: string
  expect: string
  /** How well it names its subject: 2 opens with a proper name or corpus word (东湖派出所…), 1 with a common noun (大队…), 0 otherwise (查处…); without a tagger 1. */
  subject: number
}

/**
 * Candidate questions about an article, from its body sentences (captions skipped): clauses with a
 * count turned into how-many questions and sentences opening with a year into which-year ones,
 * those that name their subject best first (stable otherwise). [] when nothing fits.
 */
export function candidateQuestions(article: Article, tag?: (text: string) => TaggedWord[]): CandidateQuestion[] {
  const found: CandidateQuestion[] = []
  for (const paragraph of article.paragraphs) {
    if (paragraph.heading === captionHeading) continue
    for (const { text } of splitSentences(halfWidthDigits(paragraph.text))) {
      const year = OPENING_YEAR.exec(text)
      const afterYear = year && readStem(text.slice(year[0].length).split(CLAUSE_BREAK)[0] ?? '', tag)
      if (year && afterYear && !COUNT.test(afterYear.stem)) found.push({ question: `${afterYear.stem}是哪一年？`, expect: `${year[1]}年`, subject: afterYear.subject })
      for (const clause of text.split(CLAUSE_BREAK)) {
        // words someone said (“……一看就是两三个小时。”) make a poor example; a quoted name (“红警驿站”) is fine
        if (isInSpeech(text, clause)) continue
        const read = readStem(clause, tag)
        const count = read && COUNT.exec(read.stem)
        if (!read || !count || count.index < 4) continue
        const rest = read.stem.slice(count.index + count[0].length)
        // a second count would leave unclear which one is asked for
        if (/\d/u.test(rest) || COUNT.test(rest)) continue
        const question = `${read.stem.slice(0, count.index)}多少${count[1]}${rest}`.replace(/[”“"]/gu, '')
        found.push({ question: `${question}？`, expect: count[0], subject: read.subject })
      }
    }
  }
  return found.sort((a, b) => b.subject - a.subject)
}

// ２．８公斤, as some pages print numbers: the counts and years are read in ASCII digits (2.8公斤),
// and the question asks with them; other full-width signs (，) stay as they are.
function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/(?<=\d)．(?=\d)/gu, '.')
}

// A clause as a question stem: trimmed of its end punctuation, between 6 and 20 characters, not
// opening with a pronoun or connective or holding an unclosed quote; with a tagger, rated by how it
// opens (its subject: 东湖派出所…, not 查处… or 在这里…), since a clause without one makes a vague question.
function readStem(clause: string, tag?: (text: string) => TaggedWord[]): { stem: string; subject: number } | undefined {
  const stem = clause.replace(/[。！？!?…”’」』）)]+$/u, '').trim()
  const chars = [...stem].length
  if (chars < 6 || chars > 20 || NO_SUBJECT.test(stem) || /[“"《（(]/u.test(stem.replace(/“[^”]*”/gu, ''))) return undefined
  // 该路段, 这些人: it points at something the clause does not name; 甲、乙多少个: a list reads badly before 多少
  if (POINTING.test(stem) || stem.includes('、')) return undefined
  if (tag === undefined) return { stem, subject: 1 }
  const first = tag(stem.replace(/^[“"]/u, ''))[0]
  const named = first !== undefined && NAME_TAGS.test(first.tag) && [...first.word].length >= 2
  return { stem, subject: named ? 2 : first !== undefined && SUBJECT_TAGS.test(first.tag) ? 1 : 0 }
}

// jieba's tags of a word that can open a subject: nouns of every kind, abbreviations, and words it
// does not know (x: the corpus' own names, added to its dictionary untagged).
// Abbreviations (j) are not names: jieba tags 日均 and 交警 so.
const SUBJECT_TAGS = /^(?:n|nr|ns|nt|nz|ng|nrt|j|x|eng)$/u
const NAME_TAGS = /^(?:nr|ns|nt|nz|nrt|x|eng)$/u

/**
 * One example question per main article (corpus order): the best-worded candidate the library answers
 * with at least `minConfidence` from that article, the expected number in its answering sentence;
 * articles with no such question are left out. [] when no article qualifies.
 */
export async function findExamples(library: ExampleSource, tag?: (text: string) => TaggedWord[], options: Partial<ExampleOptions> = {}): Promise<ExampleQuestion[]> {
  const opts = { ...defaultExampleOptions, ...options }
  const examples: ExampleQuestion[] = []
  for (const summary of await library.listArticles()) {
    if (!isMainArticle(summary, opts.minParagraphs)) continue
    const article = await library.findArticle(summary.id)
    if (article === undefined) continue
    // candidates come best-worded first: the first one answered well enough is the example
    for (const candidate of candidateQuestions(article, tag).slice(0, opts.triesPerArticle)) {
      const answer = await library.answer(candidate.question, { limit: 1 })
      const top = answer.results[0]
      const confidence = answer.confidence ?? 0
      if (answer.abstained || confidence < opts.minConfidence || top?.source.id !== article.id || !halfWidthDigits(top.sentence).includes(candidate.expect)) continue
      examples.push({ question: candidate.question, articleId: article.id, confidence })
      break
    }
  }
  return examples
}

/**
 * The articles a short list of the corpus names: the main ones (up to `max`, corpus order), or every
 * article when none is main; `more` counts the rest, so a list is never cut without saying so.
 */
export function listMainArticles<T extends Pick<ArticleSummary, 'paragraphCount'>>(articles: readonly T[], max = 8, minParagraphs = defaultExampleOptions.minParagraphs): { shown: T[]; more: number } {
  const main = articles.filter((a) => isMainArticle(a, minParagraphs))
  const shown = (main.length > 0 ? main : articles).slice(0, max)
  return { shown, more: articles.length - shown.length }
}
