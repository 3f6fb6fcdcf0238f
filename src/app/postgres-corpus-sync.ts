import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { corpusSettingsFile } from '../adapters/corpus-settings.js'
import { readCorpus, type CorpusProblem } from '../adapters/corpus-files.js'
import { packageVersion, sha256 } from '../adapters/index-store.js'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import { createCorpusWriter, type CorpusWrite, type CorpusWriterOptions } from '../adapters/postgres/corpus-writer.js'
import { describeError } from '../adapters/postgres/pools.js'
import type pg from 'pg'
import { analyseArticle } from '../core/retrieve/indexed-passage.js'
import { defaultPassageOptions, passageCutVersion } from '../core/text/passages.js'
import type { Article } from '../core/types.js'
import { listSynonymWords } from '../core/text/synonyms.js'
import { createCorpusAnalyzer, createCorpusNormalizer } from './corpus-analyzer.js'
import { discoverCorpusWords } from './index-files.js'
import { aliasesFile, collectUserWords, readCorpusSynonyms, synonymsFile, userDictionaryFile } from './open-library.js'
import { insertStoredWords, storedWordsInserted } from './open-postgres-library.js'

/** The files beside the articles that are stored with them: what answering (and importing) reads besides the articles. */
export const storedCorpusFiles = [synonymsFile, aliasesFile, userDictionaryFile, corpusSettingsFile] as const

/** What to write and where. */
export interface SyncPostgresCorpusOptions {
  /** The primary's pool. */
  pool: pg.Pool
  corpusDir: string
  log: (message: string) => void
  writer?: Partial<CorpusWriterOptions>
}

/** What a sync did: the write (undefined when the folder held no article and nothing was written), and the files skipped. */
export interface CorpusSync {
  write?: CorpusWrite
  articles: number
  problems: CorpusProblem[]
}

/**
 * Makes the corpus stored in PostgreSQL equal the corpus folder, in one transaction: articles,
 * passages, their analysed terms, the statistics, and the files that shape answering. Only
 * changed articles are analysed and written while the stored analysis (user words, versions)
 * still holds; otherwise the corpus' own words are found again and everything is rewritten. A
 * folder without a readable article (or no folder) writes nothing: an emptied folder (a copy half done, a replica
 * without files) must not empty the corpus every process answers from.
 */
export async function syncPostgresCorpus(options: SyncPostgresCorpusOptions): Promise<CorpusSync> {
  // a replica may have no corpus folder at all: it reads what others wrote
  if (!existsSync(options.corpusDir)) return { articles: 0, problems: [] }
  const corpus = await readCorpus(options.corpusDir)
  for (const problem of corpus.problems) options.log(`corpus: ${problem.file}: ${problem.message}`)
  if (corpus.articles.length === 0) return { articles: 0, problems: corpus.problems }
  const files: Record<string, string> = {}
  for (const name of storedCorpusFiles) {
    const path = join(options.corpusDir, name)
    if (existsSync(path)) files[name] = await readFile(path, 'utf8')
  }
  const normalizer = createCorpusNormalizer()
  const synonyms = await readCorpusSynonyms(files[synonymsFile] ?? '', files[aliasesFile] ?? '', normalizer.normalize)
  const userWords = collectUserWords(corpus.articles, files[userDictionaryFile] ?? '', listSynonymWords(synonyms), normalizer.normalize)
  const analysis = analysisKey(userWords)
  const stored = await readStoredAnalysis(options.pool)
  let words: string[]
  const segmenter = createJiebaSegmenter({ words: userWords })
  const analyzer = createCorpusAnalyzer(segmenter, normalizer)
  if (stored.analysis === analysis) {
    // the stored passages were cut with these words: changed articles must be cut alike
    words = stored.words
    insertStoredWords(words)
  } else {
    // as the embedded build does: the corpus' recurring words, found once over the whole corpus
    const discovered = discoverCorpusWords(corpus.articles, analyzer, segmenter)
    // jieba only grows: stored words this process inserted earlier (opening or writing the old
    // corpus) are no longer "found", yet still cut these articles, so those still in them are
    // kept, else a fresh replica (which inserts only the stored words) would cut questions otherwise
    const kept = findPresent([...storedWordsInserted()], corpus.articles, normalizer.normalize)
    words = [...new Set([...userWords, ...discovered, ...kept])]
  }
  const started = Date.now()
  const write = await createCorpusWriter(options.pool, options.writer).writeCorpus(
    { analysis, words, articles: corpus.articles, files },
    (article) => analyseArticle(article, analyzer),
  )
  options.log(
    write.version === stored.version
      ? 'database: the stored corpus is current'
      : `database: wrote ${write.full ? 'the whole corpus' : `${write.written} changed articles`}, removed ${write.removed}` +
          `${write.files.length > 0 ? `, files ${write.files.join(', ')}` : ''}: ${write.passages} passages, version ${write.version}, in ${Date.now() - started} ms`,
  )
  return { write, articles: corpus.articles.length, problems: corpus.problems }
}

function findPresent(words: readonly string[], articles: readonly Article[], normalize: (text: string) => string): string[] {
  const missing = new Set(words)
  for (const article of articles) {
    if (missing.size === 0) break
    for (const text of [article.title, ...article.paragraphs.map((p) => p.text)].map(normalize)) {
      for (const word of missing) if (text.includes(word)) missing.delete(word)
    }
  }
  return words.filter((word) => !missing.has(word))
}

// What the whole stored corpus depends on besides the articles: the words added to jieba, how
// passages are cut, and the versions of the libraries that analyse.
function analysisKey(userWords: readonly string[]): string {
  const versions = { nodejieba: packageVersion('nodejieba'), opencc: packageVersion('opencc-js') }
  return sha256(JSON.stringify(['postgres', userWords, defaultPassageOptions, passageCutVersion, versions]))
}

async function readStoredAnalysis(pool: pg.Pool): Promise<{ version: number; analysis: string; words: string[] }> {
  try {
    const { rows } = await pool.query<{ version: string; analysis: string; words: string[] }>('select version, analysis, words from corpus_state')
    const row = rows[0]
    if (row === undefined) throw new Error('the corpus_state row is missing (was the schema migrated?)')
    return { version: Number(row.version), analysis: row.analysis, words: row.words }
  } catch (cause) {
    throw new Error(`cannot read the stored corpus: ${describeError(cause)}`, { cause })
  }
}
