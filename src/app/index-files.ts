import { createJiebaSegmenter } from '../adapters/jieba.js'
import { checkSavedIndex, hashArticle, noSavedIndex, packageVersion, sha256, writeSavedIndex } from '../adapters/index-store.js'
import { buildPassageIndex, type PassageIndex } from '../core/retrieve/passage-index.js'
import { endianness } from 'node:os'
import { indexFormat, loadPassageIndex, serializePassageIndex, type LoadOptions, type SavedIndexParts } from '../core/retrieve/passage-index-file.js'
import type { MiniSearchJS } from '../core/retrieve/minisearch-postings.js'
import type { Analyzer } from '../core/text/analyzer.js'
import { discoverWords } from '../core/text/discover-words.js'
import { defaultPassageOptions, passageCutVersion } from '../core/text/passages.js'
import type { Article, Segmenter } from '../core/types.js'
import { createPassageIndexBuilder } from '../core/retrieve/passage-index-builder.js'
import type { NumberedTerms } from '../core/retrieve/numbered-terms.js'
import { countAnalysisWorkers, startAnalysisPool, type AnalysisPool } from './parallel-analysis.js'

/** Where an index is saved, under which key, and where progress is reported. */
export interface IndexFilesOptions {
  indexDir: string
  key: string
  log: (message: string) => void
}

/** The key of an index: what the whole of it depends on besides the articles (user words, format, options, versions). */
export function indexKey(userWords: readonly string[]): string {
  return sha256(JSON.stringify([userWords, indexFormat, defaultPassageOptions, passageCutVersion, indexVersions()]))
}

/** The versions of the libraries an index depends on, for its key and manifest. */
export function indexVersions(): Record<string, string> {
  // the binary numbers part is saved in this machine's byte order
  return { minisearch: packageVersion('minisearch'), nodejieba: packageVersion('nodejieba'), opencc: packageVersion('opencc-js'), byteOrder: endianness() }
}

/** A saved index that could be loaded, with the hash of each article it holds. */
export interface SavedIndex {
  index: PassageIndex
  hashes: ReadonlyMap<string, string>
}

/**
 * Loads the saved index when its key matches and its files are whole; otherwise says why.
 * `load.yielding` when an old index answers meanwhile (see {@link LoadOptions}).
 */
export async function loadSavedIndex(options: IndexFilesOptions, load: LoadOptions = {}): Promise<SavedIndex | { reason: string }> {
  const saved = await checkSavedIndex(options.indexDir, options.key)
  if (!('bytes' in saved)) return saved
  try {
    const parts = { json: saved.bytes.toString('utf8'), numbers: int32View(saved.numbers ?? new Uint8Array()) }
    return { index: await loadPassageIndex(parts, load), hashes: new Map(Object.entries(saved.manifest.articles)) }
  } catch (error) {
    return { reason: `saved index unreadable (${(error as Error).message})` }
  }
}

/** The bytes as 32-bit integers, copied only when not aligned to them (a small file read into Node's shared pool). */
export function int32View(bytes: Uint8Array): Int32Array {
  if (bytes.length % 4 !== 0) throw new Error('the index is damaged (its numbers are cut short)')
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice()
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4)
}

/** True when {@link loadSavedIndex} found no saved index at all: a first start, not a fault. */
export function isFirstStart(result: { reason: string }): boolean {
  return result.reason === noSavedIndex
}

/**
 * Builds the index of `articles` (finding the corpus' own words first and adding them to jieba),
 * then saves it; a failed save is logged, since the built index still serves this process.
 * `analysisWorkers` threads help analyse (default {@link countAnalysisWorkers}); they analyse with
 * the corpus analyzer (`createCorpusAnalyzer`), which `analyzer` must then be.
 */
export async function buildAndSave(articles: readonly Article[], analyzer: Analyzer, segmenter: Segmenter, options: IndexFilesOptions, analysisWorkers = countAnalysisWorkers(countCorpusChars(articles))): Promise<PassageIndex> {
  const started = Date.now()
  // started first: the workers load jieba while this thread finds the corpus' words
  const pool = analysisWorkers > 0 ? startAnalysisPool(analysisWorkers) : undefined
  let index: PassageIndex
  let saved: SavedIndexParts | Error | undefined
  try {
    const words = discoverCorpusWords(articles, analyzer, segmenter)
    if (pool === undefined) index = buildPassageIndex(articles, analyzer, words)
    else {
      const builder = createPassageIndexBuilder(words)
      await pool.analyse(articles, analyzer, builder)
      index = builder.build()
      saved = await serializeBuilt(index, builder.numberedTerms(), pool).catch((error: unknown) => error as Error)
    }
  } finally {
    await pool?.close()
  }
  try {
    const articleHashes = Object.fromEntries(articles.map((a) => [a.id, hashArticle(a)]))
    if (saved instanceof Error) throw saved
    const { json, numbers } = saved ?? serializePassageIndex(index)
    const manifest = { key: options.key, articles: articleHashes, passages: index.passages.size, versions: indexVersions() }
    await writeSavedIndex(options.indexDir, json, manifest, new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength))
  } catch (error) {
    // the built index serves this process; only the next start pays for the rebuild
    options.log(`index: not saved (${(error as Error).message}: ${String((error as Error).cause ?? '')})`)
  }
  options.log(`index: built ${index.passages.size} passages from ${articles.length} articles in ${Date.now() - started} ms`)
  return index
}

// A built index serialized with the builder's numbering of its terms (sparing saving looking up
// millions of them again), which a worker sorts meanwhile this thread takes MiniSearch's JSON.
async function serializeBuilt(index: PassageIndex, numbered: NumberedTerms, pool: AnalysisPool): Promise<SavedIndexParts> {
  const sorting = pool.sortTerms(numbered.terms)
  const miniSearchJS = index.miniSearch.toJSON() as MiniSearchJS
  const sorted = await sorting
  return serializePassageIndex(index, sorted === undefined ? numbered : { ...numbered, sorted }, miniSearchJS)
}

// jieba's dictionary is process-wide and only grows, so what was inserted is process-wide too.
const discoveredInProcess = new Set<string>()

// The corpus' recurring words jieba splits into characters, added to jieba before indexing. jieba
// already knows words found by an earlier build in this process, so they are no longer "found":
// those still in the corpus are kept, else this index would be cut with words it never lists.
/** The corpus' recurring words jieba splits, found and added to jieba; sorted (see above for the process-wide part). */
export function discoverCorpusWords(articles: readonly Article[], analyzer: Analyzer, segmenter: Segmenter): string[] {
  const texts = () => corpusTexts(articles, analyzer.normalizer.normalize)
  const found = discoverWords(texts(), segmenter)
  const kept = findPresent(discoveredInProcess, texts())
  const all = [...new Set([...found, ...kept])].sort()
  createJiebaSegmenter({ words: all })
  for (const word of all) discoveredInProcess.add(word)
  return all
}

/** Characters of the articles' paragraphs. */
export function countCorpusChars(articles: readonly Article[]): number {
  let chars = 0
  for (const article of articles) for (const paragraph of article.paragraphs) chars += paragraph.text.length
  return chars
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
