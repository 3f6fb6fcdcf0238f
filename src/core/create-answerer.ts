import { createBoundedCache } from './bounded-cache.js'
import { createNumbersMemo, defaultConfidenceOptions, multiplyFactors, weighConfidence, type ConfidenceContext, type ConfidenceOptions } from './decide/confidence.js'
import { decide, defaultDecideOptions, round, type DecideOptions } from './decide/decide.js'
import { namesAssumedBefore, saysOwnWords } from './decide/follow-up-scope.js'
import type { AnswerOptions } from './library.js'
import { metaValue, presentMetaHit } from './present/meta-hit.js'
import { presentHit, sentenceText } from './present/present-hit.js'
import { pointsToAnswer, resolveFollowUp, type FollowUp } from './question/follow-up.js'
import { isBare, namesTitle, readMetaQuestion, selectListed, type MetaQuestion } from './question/meta-question.js'
import { defaultNearPreviousOptions, liftNearPrevious, type NearPreviousOptions, type PreviousAnswerPlace } from './rerank/near-previous.js'
import { applyFeedbackNudge, defaultFeedbackNudgeOptions, type FeedbackNudgeOptions, type FeedbackSource } from './rerank/feedback-nudge.js'
import { readQuestion, type QueryWord } from './question/read-question.js'
import { collectSectionTerms, defaultRerankOptions, rerank, type RankedPassage, type RerankCaches, type RerankOptions } from './rerank/rerank.js'
import { weighQuestion, type GeneralIdf, type WeightedQuestion } from './rerank/weigh-question.js'
import { buildRetrievalRequest, defaultRequestOptions, type RequestOptions } from './retrieve/build-request.js'
import { distinctTerms, type IndexedPassage } from './retrieve/indexed-passage.js'
import type { Candidate, Retriever } from './retrieve/retriever.js'
import type { Analyzer } from './text/analyzer.js'
import type { Synonyms } from './text/synonyms.js'
import type { Explanation } from './explanation.js'
import { isMainArticle } from './examples.js'
import type { Answer, ArticleMeta, ArticleSummary, Hit, TaggedWord } from './types.js'
import { joinSpacedCharacters } from './text/spaced-characters.js'
import { findPersons } from './text/person-names.js'
import { findPersonDescription, mayDescribePerson, nameDescribedPerson } from './question/described-person.js'
import { toPlainText } from './text/normalize.js'

// How many passages below those asked for votes may lift into them.
const nudgeReach = 5

// The best passages read for the name of a person a question describes (see answerDescribed).
const describedReach = 3

/** Every step's options in one object: each step reads its own (see their types for defaults and evidence). */
export type AnswererOptions = RequestOptions & RerankOptions & ConfidenceOptions & DecideOptions & FeedbackNudgeOptions & NearPreviousOptions

/** The defaults of every step. */
export const defaultAnswererOptions: AnswererOptions = {
  ...defaultRequestOptions,
  ...defaultRerankOptions,
  ...defaultConfidenceOptions,
  ...defaultDecideOptions,
  ...defaultFeedbackNudgeOptions,
  ...defaultNearPreviousOptions,
}

/** What an answerer works with: a retriever, and the analysis questions get (the same as passages got). */
export interface AnswererDependencies {
  retriever: Retriever
  analyzer: Analyzer
  synonyms: Synonyms
  /** Near-synonyms from a general thesaurus, matched more weakly than `synonyms`; optional. */
  thesaurus?: Synonyms
  /** Part-of-speech tagger for recognising persons, places and nouns; optional. */
  tag?: (text: string) => TaggedWord[]
  /** General-language IDF of a word, to weigh question words; optional. */
  generalIdf?: GeneralIdf
  /** The articles' metadata, for questions asking which article ran on a page; optional. */
  articles?: () => Promise<readonly ArticleSummary[]>
  /** Readers' votes, read only when `feedbackNudge` is on; optional. */
  feedback?: FeedbackSource
  /** The corpus' full names by surname (吴 → 吴秀兰), for 老吴 and 吴老师; optional. */
  names?: Synonyms
}

/** A question answered: `answer` for readers, `explain` for tuning. */
export interface Answerer {
  answer(question: string, options?: AnswerOptions): Promise<Answer>
  explain(question: string, limit?: number): Promise<Explanation>
}

/**
 * Creates the answer path: read the question → retrieve candidates → rerank them → decide whether
 * to answer → present the hits. Its caches live as long as it does: a new corpus gets a new answerer.
 */
export function createAnswerer(dependencies: AnswererDependencies, options: Partial<AnswererOptions> = {}): Answerer {
  const opts = { ...defaultAnswererOptions, ...options }
  // tagging passage sentences is the costliest step of answering, and they recur across questions;
  // so do the snippets shown, which are normalized again to find the words to highlight
  const tag = dependencies.tag && createBoundedCache(dependencies.tag, 50_000)
  const termsOf = createBoundedCache(distinctTerms, 20_000)
  const plainOf = createBoundedCache((passage: IndexedPassage) => toPlainText(passage.text, dependencies.analyzer.normalizer.normalize), 20_000)
  const caches: RerankCaches = {
    termsOf,
    sentenceTermsOf: createBoundedCache((sentence) => new Set(sentence.terms), 100_000),
    contextTermsOf: createBoundedCache((passage) => new Set(passage.contextTerms), 20_000),
    sectionTermsOf: createBoundedCache((candidate: Candidate) => collectSectionTerms(candidate, termsOf), 20_000, (candidate) => candidate.passage),
    tag,
    plainOf,
  }
  const confidence: ConfidenceContext = { tag, numbersOf: createNumbersMemo(plainOf), plainOf }
  const snippets = {
    normalize: createBoundedCache(dependencies.analyzer.normalizer.normalizeWithOrigin, 5_000),
    analyze: createBoundedCache(dependencies.analyzer.analyze, 5_000),
  }
  // highlighting marks a one-character noun standing alone (血), not a verb (能, 开)
  const highlightWords = (q: WeightedQuestion) => q.words.map((w) => ({ ...w.word, noun: w.noun }))

  // the words a voted question is compared by, read as questions are (cached: votes recur)
  const contentTerms = (parsed: { words: readonly QueryWord[] }) => parsed.words.filter((w) => w.within === '').map((w) => w.term)
  const voteTermsOf = createBoundedCache((question: string) => contentTerms(readQuestion(question, dependencies.analyzer, dependencies.synonyms)), 10_000)

  /**
   * The question read, weighed and its candidates ranked; only the first `needed` are sure to be in
   * order. A follow-up's candidates near the previous answer are lifted within those `needed` only,
   * so a later page (asked without it) shows the passages the first page did not.
   */
  const rank = async (question: string, needed: number, assumed?: (term: string) => boolean, near?: PreviousAnswerPlace): Promise<{ q: WeightedQuestion; ranked: RankedPassage[] } | undefined> => {
    const read = await rankAlone(question, needed, assumed)
    if (read === undefined || near === undefined) return read
    return { q: read.q, ranked: [...liftNearPrevious(read.ranked.slice(0, needed), near, opts), ...read.ranked.slice(needed)] }
  }

  const rankAlone = async (question: string, needed: number, assumed?: (term: string) => boolean): Promise<{ q: WeightedQuestion; ranked: RankedPassage[] } | undefined> => {
    const parsed = readQuestion(question, dependencies.analyzer, dependencies.synonyms, dependencies.thesaurus, dependencies.names)
    if (parsed.words.length === 0 && parsed.bigrams.length === 0) return undefined
    const { candidates, statistics } = await dependencies.retriever.retrieve(buildRetrievalRequest(parsed, opts.sectionContext, opts))
    const q = weighQuestion(statistics, parsed, opts.weights, dependencies.generalIdf, tag, assumed)
    if (!opts.feedbackNudge || dependencies.feedback === undefined) return { q, ranked: rerank(q, candidates, needed, caches, opts) }
    // votes may lift a passage from a little further down: rank a few more, nudge those, in order
    const ranked = rerank(q, candidates, needed + nudgeReach, caches, opts)
    const top = ranked.slice(0, needed + nudgeReach)
    const votes = await dependencies.feedback.votesOn(top.map((r) => r.candidate.passage.id))
    if (votes.size === 0) return { q, ranked }
    const withTerms = new Map([...votes].map(([id, list]) => [id, list.map((v) => ({ ...v, terms: voteTermsOf(v.question) }))]))
    const nudged = applyFeedbackNudge(top, contentTerms(parsed), withTerms, { passageOf: (r) => r.candidate.passage.id, scoreOf: (r) => r.score }, opts)
    return { q, ranked: [...nudged, ...ranked.slice(top.length)] }
  }

  // a follow-up (他, 这个所, 那X呢) is answered as the question it stands for; needs the tagger.
  // When it points at what the previous question asked for (这个大队 after 哪个大队), the sentence
  // answering that one names it.
  const readFollowUp = async (question: string, previous: string | undefined, previousHit: () => Promise<Hit | undefined>) => {
    if (previous === undefined || tag === undefined) return undefined
    const normalize = dependencies.analyzer.normalizer.normalize
    const [asked, before] = [normalize(question), normalize(previous)]
    if (!pointsToAnswer(asked, before, tag)) return resolveFollowUp(asked, before, tag)
    return resolveFollowUp(asked, before, tag, (await previousHit())?.sentence)
  }

  // 东湖夜话是谁写的: a piece named by its title without 《》; the titles are read once per answerer
  let titles: Promise<(subject: string) => boolean> | undefined
  const titleNamer = () =>
    (titles ??= (async () => namesTitle(((await dependencies.articles?.()) ?? []).map((a) => dependencies.analyzer.normalizer.normalize(a.title))))())

  const onlyArticle = async () => {
    const all = (await dependencies.articles?.()) ?? []
    return all.length === 1 ? all[0] : undefined
  }

  // A question about an article's byline, date or page is answered from its metadata: the article
  // is the one the rest of the question finds; a field it does not record is declined, its details
  // offered as related. Undefined when the question names nothing that finds an article.
  const answerMeta = async (question: string, meta: MetaQuestion, offset: number, limit: number, previous?: string): Promise<Answer | undefined> => {
    const declined = (related: Answer['results']): Answer => ({ question, abstained: true, results: [], related, confidence: 0 })
    // the field of one article, cited at a passage of it; declined (the article offered) when it has none
    const fieldOf = (article: ArticleMeta, passageId: string, paragraph: number): Answer => {
      const hit = presentMetaHit(article, meta.field, passageId, paragraph)
      if (metaValue(article, meta.field) === '') return declined(offset === 0 ? [hit] : [])
      return { question, abstained: false, results: offset === 0 ? [hit] : [], confidence: 1 }
    }
    const listed = selectListed(meta)
    if (listed !== undefined) {
      // the main articles before photo items and briefs, as a reader would list them
      const found = ((await dependencies.articles?.()) ?? []).filter(listed).sort((a, b) => Number(isMainArticle(b)) - Number(isMainArticle(a)))
      const hits = found.map((a) => presentMetaHit(a, meta.field, `${a.id}#1`, 1)).slice(offset, offset + limit)
      return found.length === 0 ? declined([]) : { question, abstained: false, results: hits, confidence: 1 }
    }
    // 这篇文章是谁写的 with nothing naming the article: in a chat, "this article" is the one the
    // previous question was answered from; alone there is no article to answer of, and its words
    // (这篇文章) must not find a passage that happens to say them
    if (isBare(meta.subject)) {
      if (previous !== undefined) return answerMetaOfPrevious(question, meta, offset, previous)
      // …unless the collection holds one article only: then "this article" can be no other
      const only = await onlyArticle()
      return only === undefined ? declined([]) : fieldOf(only, `${only.id}#1`, 1)
    }
    const read = await rank(meta.subject, 5)
    if (read === undefined || read.ranked.length === 0) return undefined
    // the piece is named by its title as often as by its text (消防员进校园这张照片): among the
    // best passages, one whose article's title holds the most of the question's words wins
    const words = read.q.question.words.filter((w) => w.within === '')
    const inTitle = (r: RankedPassage) => {
      const { title, subtitle } = r.candidate.article
      const heading = dependencies.analyzer.normalizer.normalize(`${title} ${subtitle}`)
      return words.filter((w) => w.forms.some((form) => heading.includes(form))).length
    }
    const top = read.ranked.slice(0, 5).reduce((best, r) => (inTitle(r) > inTitle(best) ? r : best))
    const { article, passage } = top.candidate
    return fieldOf(article, passage.id, passage.paragraph)
  }

  // The article of the previous question's first answer, asked about as "this article": the answer
  // says which article it assumed, and asks the question of it by title so a later follow-up finds it too.
  const answerMetaOfPrevious = async (question: string, meta: MetaQuestion, offset: number, previous: string): Promise<Answer> => {
    const declined: Answer = { question, abstained: true, results: [], related: [], confidence: 0 }
    // the previous question as answered alone: it was stored already resolved (Answer.asked)
    const earlier = await answerAsked(previous, previous, 1, 0)
    // a field that article does not record (谁写的, no byline) still names the article: its details
    const first = earlier.abstained ? earlier.related?.find((hit) => hit.source.kind === 'meta') : earlier.results[0]
    const article = first && ((await dependencies.articles?.()) ?? []).find((a) => a.id === first.source.id)
    if (first === undefined || article === undefined) return declined
    const hit = presentMetaHit(article, meta.field, first.source.passageId, first.source.paragraph)
    const followed = { assumed: `《${article.title}》`, asked: `《${article.title}》${question}` }
    if (metaValue(article, meta.field) === '') return { ...declined, related: offset === 0 ? [hit] : [], ...followed }
    return { question, abstained: false, results: offset === 0 ? [hit] : [], confidence: 1, ...followed }
  }

  // how a follow-up's reading is answered: the words it carried over, whether its answer must come
  // where they are named, whether it was only guessed, and where the previous question was answered
  type ReadOptions = { assumed?: (term: string) => boolean; named: boolean; guessed: boolean; near?: PreviousAnswerPlace }

  const answer = async (typed: string, answerOptions: AnswerOptions = {}): Promise<Answer> => {
    const { limit = 3, offset = 0 } = answerOptions
    const question = joinSpacedCharacters(typed)
    const previous = answerOptions.previous === undefined ? undefined : joinSpacedCharacters(answerOptions.previous)
    // the previous question's own first answer, asked for at most once (and only for a follow-up)
    let earlier: Promise<Hit | undefined> | undefined
    const previousHit = () => (earlier ??= answerAsked(previous!, previous!, 1, 0).then((a) => (a.abstained ? undefined : a.results[0])))
    const followUp = await readFollowUp(question, previous, previousHit)
    const alone = followUp?.certainty === 'pointed' ? undefined : await answerAsked(question, question, limit, offset, previous)
    // a question that only lacks a subject may be a new question (渔民几点出海): read against
    // the previous one only when that answers it where it alone does not, or with more confidence
    // a person described, not named (那个老民警): asked again by the name the passages give them, which
    // wins where the question alone found no answer or a less confident one
    if (followUp === undefined && alone !== undefined) {
      const described = await answerDescribed(question, limit, offset)
      if (described !== undefined && (alone.abstained || (described.confidence ?? 0) > (alone.confidence ?? 0))) return described
    }
    if (followUp === undefined || (alone !== undefined && !alone.abstained)) return followUp?.keepsTopic === true ? { ...alone!, asked: followUp.question } : alone!
    const place = (await previousHit())?.source
    const near = place === undefined || followUp.elsewhere === true ? undefined : { articleId: place.id, paragraph: place.paragraph }
    const read = { assumed: carriedWords(question, followUp.carried), named: followUp.pointsBack === true, guessed: followUp.certainty === 'guessed', near }
    const answered = await answerReading(question, followUp, limit, offset, read)
    if (alone === undefined || (!answered.abstained && (answered.confidence ?? 0) > (alone.confidence ?? 0))) return answered
    return alone
  }

  // 老片警今年多大岁数, 那个老师得过什么荣誉: a person described but not named, whom the passages
  // found for the question name in that role (社区民警李兔儿), asked about again by that name;
  // undefined when no person is described or the name finds no answer
  const answerDescribed = async (question: string, limit: number, offset: number): Promise<Answer | undefined> => {
    if (tag === undefined) return undefined
    const text = dependencies.analyzer.normalizer.normalize(question)
    // asked of every question: most hold no pointer, and are not read a second time
    if (!mayDescribePerson(text)) return undefined
    const parsed = readQuestion(text, dependencies.analyzer, dependencies.synonyms, undefined, dependencies.names)
    // who and what-name questions ask for the name itself, which the question alone answers best
    if (parsed.type === 'who' || parsed.type === 'name' || findPersons(text, tag).length > 0) return undefined
    const description = findPersonDescription(text, parsed.words.map((w) => w.term))
    if (description === undefined) return undefined
    const read = await rankAlone(question, describedReach)
    const roles = parsed.words.find((w) => w.term === description.role)?.forms ?? [description.role]
    const name = read && nameDescribedPerson(read.ranked.slice(0, describedReach).map((r) => r.candidate.passage.text), roles, tag)
    if (name === undefined) return undefined
    // the words before the description may place the person (青石街) or the matter (小两口吵架):
    // asked with them and without, the more confident answer is taken
    const rest = text.slice(description.end)
    const readings = [{ words: text.slice(description.start, description.end), asked: text.slice(0, description.start) + name + rest }]
    if (description.start > 0) readings.push({ words: text.slice(0, description.end), asked: name + rest })
    let best: Answer | undefined
    for (const { words, asked } of readings) {
      const answered = await answerAsked(question, asked, limit, offset)
      if (!answered.abstained && (best === undefined || (answered.confidence ?? 0) > (best.confidence ?? 0))) best = { ...answered, asked, described: { words, name } }
    }
    return best
  }

  // a follow-up answered as the question it stands for, saying what it assumed; of two readings (see
  // FollowUp.otherwise) the one answered with more confidence
  const answerReading = async (question: string, followUp: FollowUp, limit: number, offset: number, read: ReadOptions): Promise<Answer> => {
    const answered = { ...(await answerAsked(question, followUp.question, limit, offset, undefined, read)), assumed: followUp.assumed, asked: followUp.question }
    if (followUp.otherwise === undefined) return answered
    const other = await answerReading(question, followUp.otherwise, limit, offset, { ...read, assumed: carriedWords(question, followUp.otherwise.carried) })
    return !other.abstained && (answered.abstained || (other.confidence ?? 0) > (answered.confidence ?? 0)) ? other : answered
  }

  // the words a follow-up carried over (王立新 for 他), as opposed to those it says itself
  const carriedWords = (question: string, carried: string | undefined) => {
    if (carried === undefined) return undefined
    const normalize = dependencies.analyzer.normalizer.normalize
    const [own, topic] = [normalize(question), normalize(carried)]
    return (term: string) => topic.includes(term) && !own.includes(term)
  }

  // `followUp`: the words a follow-up carried over, whether its answer must come where they are
  // named, and where the previous question was answered
  const answerAsked = async (
    question: string,
    asked: string,
    limit: number,
    offset: number,
    previous?: string,
    followUp?: ReadOptions,
  ): Promise<Answer> => {
    const normalize = dependencies.analyzer.normalizer.normalize
    // right after a question about a piece, 哪天登的 is about it too
    const meta = readMetaQuestion(normalize(asked), previous !== undefined && readMetaQuestion(normalize(previous)) !== undefined, await titleNamer())
    const metaAnswer = meta && (await answerMeta(question, meta, offset, limit, previous))
    if (metaAnswer !== undefined) return metaAnswer
    // the first page only: a later one is asked with what was assumed, not the previous question
    const read = await rank(asked, offset + limit, followUp?.assumed, offset === 0 ? followUp?.near : undefined)
    if (read === undefined) return { question, abstained: true, results: [], related: [], confidence: 0 }
    const { q, ranked } = read
    const decided = decide(q, ranked, confidence, opts)
    // a follow-up's answer must lie where what it assumed is already named (see namesAssumedBefore)
    // and a guessed reading must be borne out by a word the question said itself (see saysOwnWords)
    const outOfScope = followUp?.named === true && ranked[0] !== undefined && (!namesAssumedBefore(q, ranked[0], caches) || (followUp.guessed && !saysOwnWords(q, ranked[0])))
    const decision = decided.answered && outOfScope ? { answered: false as const, confidence: decided.confidence, offerRelated: true } : decided
    const hits = () => {
      const words = highlightWords(q)
      return ranked.slice(offset, offset + limit).map((r) => presentHit(r, words, snippets))
    }
    if (!decision.answered) return { question, abstained: true, results: [], related: decision.offerRelated ? hits() : [], confidence: decision.confidence }
    return { question, abstained: false, results: hits(), confidence: decision.confidence }
  }

  const explain = async (question: string, limit = 5): Promise<Explanation> => {
    const read = await rank(question, limit)
    if (read === undefined) return { type: 'what', focus: '', words: [], candidates: [] }
    const { q, ranked } = read
    return {
      type: q.question.type,
      focus: q.question.focus,
      words: q.words.map(({ word, weight }) => ({ term: word.term, forms: word.forms, ...(word.near && { near: word.near }), weight: round(weight) })),
      candidates: ranked.slice(0, limit).map((r) => {
        const found = (w: QueryWord) => w.forms.some((form) => r.terms.has(form))
        const hit = presentHit(r, highlightWords(q), snippets)
        const factors = weighConfidence(q, r, confidence, opts)
        return {
          passageId: r.candidate.passage.id,
          paragraph: hit.source.paragraph,
          firstParagraph: hit.source.firstParagraph ?? hit.source.paragraph,
          lastParagraph: hit.source.lastParagraph ?? hit.source.paragraph,
          kind: hit.source.kind ?? 'body',
          score: round(r.score),
          confidence: round(multiplyFactors(factors)),
          factors: Object.fromEntries(Object.entries(factors).map(([name, factor]) => [name, round(factor)])),
          sentence: sentenceText(r.candidate.passage, r.bestSentence),
          matched: q.question.words.filter(found).map((w) => w.term),
          missing: q.question.words.filter((w) => !found(w)).map((w) => w.term),
          parts: r.parts,
        }
      }),
    }
  }
  return { answer, explain }
}
