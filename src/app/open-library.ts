import { groupNamesBySurname } from '../core/text/person-names.js'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createCorpusCache } from '../adapters/corpus-cache.js'
import { readCorpus, type CorpusProblem } from '../adapters/corpus-files.js'
import { hashArticle } from '../adapters/index-store.js'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import { readThesaurus } from '../adapters/thesaurus-file.js'
import { readGeneralSynonyms } from '../adapters/general-synonyms.js'
import type { AnswererOptions } from '../core/create-answerer.js'
import type { FeedbackSource } from '../core/rerank/feedback-nudge.js'
import { createEmbeddedLibrary } from '../core/create-embedded-library.js'
import type { Library } from '../core/library.js'
import { analyseArticle } from '../core/retrieve/indexed-passage.js'
import { createMemoryCorpus, type MemoryCorpus } from '../core/retrieve/memory-corpus.js'
import type { PassageIndex } from '../core/retrieve/passage-index.js'
import type { Analyzer } from '../core/text/analyzer.js'
import { listSynonymWords, parseSynonyms, type Synonyms } from '../core/text/synonyms.js'
import type { QueryPlanOptions } from '../core/retrieve/plan-query.js'
import { deriveUserWords } from '../core/text/user-dictionary.js'
import type { Article, Segmenter } from '../core/types.js'
import { buildInWorker } from './build-index.js'
import { createCorpusAnalyzer, createCorpusNormalizer } from './corpus-analyzer.js'
import { buildAndSave, indexKey, isFirstStart, loadSavedIndex } from './index-files.js'

/** Where the corpus and the index live, and where progress is reported. */
export interface OpenLibraryOptions {
  corpusDir: string
  indexDir: string
  log: (message: string) => void
  /** Rebuild the index even when the saved one is current; default false. */
  rebuild?: boolean
  /** Build a whole new index on a worker thread so this one keeps answering (hot reloads); default false. */
  background?: boolean
  /** …once the corpus has this much text; default 300,000 characters (below it a build takes under a second). */
  backgroundFromChars?: number
  /**
   * Most changed articles re-indexed one by one instead of rebuilding the index. Default 5% of the
   * corpus, at least 50: re-indexing one article at 100k passages takes milliseconds, a rebuild minutes.
   */
  maxIncremental?: number
  /** Answering options (thresholds, weights); default the core's. */
  answerer?: Partial<AnswererOptions>
  /** Readers' votes, used in ranking when `answerer.feedbackNudge` is on; default none. */
  feedback?: FeedbackSource
  /** How much of the index one question may read; default the core's. */
  queryPlan?: QueryPlanOptions
}

/** Optional files next to the articles that shape matching: general synonyms, names of things the articles name, words to keep whole. */
export const synonymsFile = 'synonyms.txt'
export const aliasesFile = 'aliases.txt'
export const userDictionaryFile = 'userdict.txt'

/**
 * The synonyms a corpus matches by: the general groups shipped with wenda, then the corpus' own
 * synonyms.txt and aliases.txt (their text, '' when absent). Aliases are matched as synonyms are;
 * they live apart so synonyms stay general vocabulary.
 */
export async function readCorpusSynonyms(synonymText: string, aliasText: string, normalize: (text: string) => string): Promise<Synonyms> {
  return parseSynonyms(`${await readGeneralSynonyms()}\n${synonymText}\n${aliasText}`, normalize)
}

/** An opened library, the corpus files skipped and why, and what a later reload compares against. */
export interface OpenedLibrary {
  library: Library
  problems: CorpusProblem[]
  state: LibraryState
}

/** The embedded corpus behind a library and the key and article hashes it was indexed with. */
export interface LibraryState {
  key: string
  corpus: MemoryCorpus
  hashes: Map<string, string>
  analyzer: Analyzer
  /** The synonyms and aliases the library was opened with. */
  synonyms?: Synonyms
}

/**
 * Reads the corpus, loads jieba with the corpus' own terms, and loads the saved index, re-indexing
 * the articles changed since it was saved; a missing, stale or damaged index is rebuilt and saved.
 * Corpus problems are logged, not fatal.
 */
export async function openLibrary(options: OpenLibraryOptions): Promise<Library> {
  return (await openLibraryWithProblems(options)).library
}

/**
 * Like {@link openLibrary}, also returning the skipped corpus files and the state to reload from.
 * Given the `previous` state of a library indexed with the same key, changed articles are applied
 * to its corpus in place (questions see the old or the new corpus, never half of it).
 */
export async function openLibraryWithProblems(options: OpenLibraryOptions, previous?: LibraryState): Promise<OpenedLibrary> {
  const corpus = await readCorpus(options.corpusDir, createCorpusCache(options.indexDir, { reuse: options.rebuild !== true }))
  for (const problem of corpus.problems) options.log(`corpus: ${problem.file}: ${problem.message}`)
  const normalizer = createCorpusNormalizer()
  const synonymText = await readOptional(join(options.corpusDir, synonymsFile))
  const aliasText = await readOptional(join(options.corpusDir, aliasesFile))
  const synonyms = await readCorpusSynonyms(synonymText, aliasText, normalizer.normalize)
  const userText = await readOptional(join(options.corpusDir, userDictionaryFile))
  const userWords = collectUserWords(corpus.articles, userText, listSynonymWords(synonyms), normalizer.normalize)
  const segmenter = createJiebaSegmenter({ words: userWords })
  const analyzer = createCorpusAnalyzer(segmenter, normalizer)
  const key = indexKey(userWords)
  const hashes = new Map(corpus.articles.map((a) => [a.id, hashArticle(a)]))
  const state =
    (previous?.key === key && options.rebuild !== true && updateInPlace(previous, corpus.articles, hashes, options)) ||
    (await openIndex(corpus.articles, hashes, { analyzer, segmenter, userWords, key, answering: previous !== undefined }, options))
  const library = createEmbeddedLibrary({
    corpus: state.corpus,
    analyzer: state.analyzer,
    synonyms,
    names: groupNamesBySurname(state.corpus.index.words),
    // question side only: its words are not added to jieba, so passages are cut as before
    thesaurus: await readThesaurus(),
    tag: segmenter.tag,
    generalIdf: segmenter.generalIdf,
    answerer: options.answerer,
    feedback: options.feedback,
    queryPlan: options.queryPlan,
  })
  return { library, problems: corpus.problems, state: { ...state, synonyms } }
}

interface Analysis {
  analyzer: Analyzer
  segmenter: Segmenter
  userWords: readonly string[]
  key: string
  /** An old index answers meanwhile: a saved index is loaded yielding to it. */
  answering: boolean
}

// The saved index with the articles changed since applied, or a new index when there is none,
// it cannot be read, or too much changed.
async function openIndex(articles: readonly Article[], hashes: Map<string, string>, analysis: Analysis, options: OpenLibraryOptions): Promise<LibraryState> {
  const files = { indexDir: options.indexDir, key: analysis.key, log: options.log }
  const saved = options.rebuild === true ? undefined : await loadSavedIndex(files, { yielding: analysis.answering })
  if (saved !== undefined && 'index' in saved) {
    // the saved index was cut with the words found when it was built: questions must be cut alike
    createJiebaSegmenter({ words: saved.index.words })
    const state = { key: analysis.key, corpus: createMemoryCorpus(articles.filter((a) => saved.hashes.get(a.id) === hashes.get(a.id)), saved.index), hashes: new Map(saved.hashes), analyzer: analysis.analyzer }
    const updated = updateInPlace(state, articles, hashes, options)
    if (updated !== undefined) return updated
    options.log('index: too many articles changed since the index was saved; rebuilding')
  } else if (saved !== undefined && !isFirstStart(saved)) {
    options.log(`index: saved index not used (${saved.reason}); rebuilding`)
  }
  const index = await buildIndex(articles, analysis, files, options)
  return { key: analysis.key, corpus: createMemoryCorpus(articles, index), hashes, analyzer: analysis.analyzer }
}

// A whole new index: on a worker when asked to keep this thread free and the corpus is large.
async function buildIndex(articles: readonly Article[], analysis: Analysis, files: { indexDir: string; key: string; log: (m: string) => void }, options: OpenLibraryOptions): Promise<PassageIndex> {
  const chars = articles.reduce((sum, a) => sum + a.paragraphs.reduce((n, p) => n + p.text.length, 0), 0)
  if (options.background === true && chars >= (options.backgroundFromChars ?? 300_000)) {
    try {
      await buildInWorker({ articles: [...articles], userWords: analysis.userWords, indexDir: files.indexDir, key: files.key })
      const saved = await loadSavedIndex(files, { yielding: true })
      if ('index' in saved) {
        createJiebaSegmenter({ words: saved.index.words })
        return saved.index
      }
      options.log(`index: the worker's index could not be loaded (${saved.reason}); building it here`)
    } catch (error) {
      options.log(`index: build worker failed (${(error as Error).message}); building it here`)
    }
  }
  return buildAndSave(articles, analysis.analyzer, analysis.segmenter, files)
}

/**
 * Re-indexes the articles whose hash changed, was added or was removed, in place; undefined when
 * more than the incremental share changed (the caller rebuilds instead).
 */
function updateInPlace(state: LibraryState, articles: readonly Article[], hashes: Map<string, string>, options: OpenLibraryOptions): LibraryState | undefined {
  const put = articles.filter((a) => state.hashes.get(a.id) !== hashes.get(a.id))
  const remove = [...state.hashes.keys()].filter((id) => !hashes.has(id))
  if (put.length + remove.length === 0) return state
  // an emptied folder (a copy half done) must not empty the corpus old questions are answered from
  if (hashes.size === 0) return undefined
  const limit = options.maxIncremental ?? Math.max(50, 0.05 * Math.max(articles.length, state.hashes.size))
  if (put.length + remove.length > limit) return undefined
  const started = Date.now()
  // analysed before any change, so the corpus switches in one step
  const analysed = put.map((article) => ({ article, passages: analyseArticle(article, state.analyzer) }))
  state.corpus.update({ put: analysed, remove })
  options.log(`index: re-indexed ${put.length} changed and removed ${remove.length} articles in ${Date.now() - started} ms`)
  return { ...state, hashes }
}

/** The words jieba must keep whole for this corpus: its recurring names, userdict.txt's and the synonyms', normalised. */
export function collectUserWords(articles: readonly Article[], userText: string, synonymWords: string[], normalize: (text: string) => string): string[] {
  const listed = userText.split('\n').map((line) => line.replace(/#.*/, '').trim().split(/\s+/)[0] ?? '')
  const all = [...deriveUserWords(articles), ...listed, ...synonymWords].map(normalize)
  // single characters and non-Han words gain nothing from the dictionary
  return [...new Set(all)].filter((w) => /^\p{Script=Han}{2,}$/u.test(w)).sort()
}

async function readOptional(path: string): Promise<string> {
  return existsSync(path) ? readFile(path, 'utf8') : ''
}
