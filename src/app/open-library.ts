import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import { checkSavedIndex, noSavedIndex, packageVersion, sha256, writeSavedIndex } from '../adapters/index-store.js'
import { createCorpusCache } from '../adapters/corpus-cache.js'
import { readCorpus, type CorpusProblem } from '../adapters/corpus-files.js'
import type { AnswererOptions } from '../core/create-answerer.js'
import type { Analyzer } from '../core/text/analyzer.js'
import { createLibrary } from '../core/create-library.js'
import type { Library } from '../core/library.js'
import { defaultPassageOptions } from '../core/text/passages.js'
import { indexFormat, loadSearchIndex, serializeIndex, type SearchIndex } from '../core/search-index.js'
import { buildIndex } from './build-index.js'
import { createCorpusAnalyzer, createCorpusNormalizer } from './corpus-analyzer.js'
import { listSynonymWords, parseSynonyms } from '../core/text/synonyms.js'
import { discoverWords } from '../core/text/discover-words.js'
import { deriveUserWords } from '../core/text/user-dictionary.js'
import type { Article } from '../core/types.js'

/** Where the corpus and the index live, and where progress is reported. */
export interface OpenLibraryOptions {
  corpusDir: string
  indexDir: string
  log: (message: string) => void
  /** Rebuild the index even when the saved one is current; default false. */
  rebuild?: boolean
  /** Corpora with at least this much text are indexed on two threads; default 4,000,000 characters. */
  parallelFromChars?: number
  /** Build a rebuilt index on a worker thread so this one keeps answering (hot reloads); see buildIndex. */
  background?: boolean
  backgroundFromChars?: number
  /** Answering options (thresholds, weights); default the core's. */
  answerer?: Partial<AnswererOptions>
}

/** Optional files next to the articles that shape matching. */
export const synonymsFile = 'synonyms.txt'
export const userDictionaryFile = 'userdict.txt'

/**
 * Reads the corpus, loads jieba with the corpus' own terms, and loads the saved index, rebuilding
 * and saving it when it is missing, stale, or damaged. Corpus problems are logged, not fatal.
 */
export async function openLibrary(options: OpenLibraryOptions): Promise<Library> {
  return (await openLibraryWithProblems(options)).library
}

/** Like {@link openLibrary}, also returning the corpus files that were skipped and why. */
export async function openLibraryWithProblems(options: OpenLibraryOptions): Promise<{ library: Library; problems: CorpusProblem[] }> {
  const corpus = await readCorpus(options.corpusDir, createCorpusCache(options.indexDir, { reuse: options.rebuild !== true }))
  for (const problem of corpus.problems) options.log(`corpus: ${problem.file}: ${problem.message}`)
  const synonymText = await readOptional(join(options.corpusDir, synonymsFile))
  const userText = await readOptional(join(options.corpusDir, userDictionaryFile))
  const normalizer = createCorpusNormalizer()
  const synonyms = parseSynonyms(synonymText, normalizer.normalize)
  const words = collectUserWords(corpus.articles, userText, listSynonymWords(synonyms), normalizer.normalize)
  const segmenter = createJiebaSegmenter({ words })
  const analyzer = createCorpusAnalyzer(segmenter, normalizer)
  const key = sha256(JSON.stringify([corpus.fingerprint, words, indexFormat, defaultPassageOptions, versions()]))
  const discover = () => {
    // lazily: discovery reads only the first 2M characters, normalising a large corpus takes seconds
    const found = discoverWords(corpusTexts(corpus.articles, normalizer.normalize), segmenter)
    // jieba now knows words found by an earlier open in this process, so they are no longer
    // "found": keep those still in the corpus, else a later start would load an index cut with
    // words it never inserts
    const kept = findPresent(discoveredInProcess, corpusTexts(corpus.articles, normalizer.normalize))
    const all = [...new Set([...found, ...kept])].sort()
    createJiebaSegmenter({ words: all })
    return all
  }
  const index = await loadOrBuild(corpus.articles, analyzer, key, discover, words, options)
  // a saved index was cut with the words discovered when it was built: questions must be cut alike
  createJiebaSegmenter({ words: index.words })
  for (const word of index.words) discoveredInProcess.add(word)
  const library = createLibrary({ articles: corpus.articles, index, analyzer, synonyms, tag: segmenter.tag, generalIdf: segmenter.generalIdf, answerer: options.answerer })
  return { library, problems: corpus.problems }
}

// jieba's dictionary is process-wide and only grows, so what was inserted is process-wide too.
const discoveredInProcess = new Set<string>()

async function loadOrBuild(
  articles: readonly Article[],
  analyzer: Analyzer,
  key: string,
  discover: () => string[],
  userWords: readonly string[],
  options: OpenLibraryOptions,
): Promise<SearchIndex> {
  const saved = options.rebuild ? undefined : await checkSavedIndex(options.indexDir, key)
  if (saved !== undefined && 'bytes' in saved) {
    try {
      return await loadSearchIndex(saved.bytes)
    } catch (error) {
      options.log(`index: saved index unreadable (${(error as Error).message}); rebuilding`)
    }
  } else if (saved !== undefined && saved.reason !== noSavedIndex) {
    options.log(`index: saved index not used (${saved.reason}); rebuilding`)
  }
  const started = Date.now()
  const discoveredWords = discover()
  const { parallelFromChars, background, backgroundFromChars } = options
  const index = await buildIndex(articles, analyzer, { userWords, discoveredWords, log: options.log, parallelFromChars, background, backgroundFromChars })
  try {
    await writeSavedIndex(options.indexDir, serializeIndex(index), { key, passages: index.passages.length, versions: versions() })
  } catch (error) {
    // the built index serves this process; only the next start pays for the rebuild
    options.log(`index: not saved (${(error as Error).message}: ${String((error as Error).cause ?? '')})`)
  }
  options.log(`index: built ${index.passages.length} passages from ${articles.length} articles in ${Date.now() - started} ms`)
  return index
}

function collectUserWords(
  articles: readonly Article[],
  userText: string,
  synonymWords: string[],
  normalize: (text: string) => string,
): string[] {
  const listed = userText.split('\n').map((line) => line.replace(/#.*/, '').trim().split(/\s+/)[0] ?? '')
  const all = [...deriveUserWords(articles), ...listed, ...synonymWords].map(normalize)
  // single characters and non-Han words gain nothing from the dictionary
  return [...new Set(all)].filter((w) => /^\p{Script=Han}{2,}$/u.test(w)).sort()
}

function findPresent(words: ReadonlySet<string>, texts: Iterable<string>): string[] {
  const missing = new Set(words)
  for (const text of texts) {
    if (missing.size === 0) break
    for (const word of missing) if (text.includes(word)) missing.delete(word)
  }
  return [...words].filter((word) => !missing.has(word))
}

function* corpusTexts(articles: readonly Article[], normalize: (text: string) => string): Iterable<string> {
  for (const article of articles) {
    yield normalize(article.title)
    for (const paragraph of article.paragraphs) yield normalize(paragraph.text)
  }
}

async function readOptional(path: string): Promise<string> {
  return existsSync(path) ? readFile(path, 'utf8') : ''
}

function versions(): Record<string, string> {
  return { minisearch: packageVersion('minisearch'), nodejieba: packageVersion('nodejieba'), opencc: packageVersion('opencc-js') }
}
