import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import { openCorpusReader, type PostgresCorpusReader } from '../adapters/postgres/corpus-reader.js'
import type { PostgresPools } from '../adapters/postgres/pools.js'
import { createPostgresRetriever, type PostgresRetrieverOptions } from '../adapters/postgres/postgres-retriever.js'
import type { AnswererOptions } from '../core/create-answerer.js'
import { createLibrary } from '../core/create-library.js'
import type { Library } from '../core/library.js'
import { parseSynonyms } from '../core/text/synonyms.js'
import { createCorpusAnalyzer, createCorpusNormalizer } from './corpus-analyzer.js'
import { aliasesFile, synonymsFile } from './open-library.js'

/** Where the stored corpus is, and the folder of the files that shape matching. */
export interface OpenPostgresLibraryOptions {
  /** Reads go to `pools.read` (the replica, when there is one). */
  pools: PostgresPools
  /** The folder whose synonyms.txt and aliases.txt are read, as the embedded library reads them. */
  corpusDir: string
  answerer?: Partial<AnswererOptions>
  retriever?: Partial<PostgresRetrieverOptions>
}

/** A library over the stored corpus, and its reader (whose counts `refresh()` reads again after a corpus change). */
export interface PostgresLibrary {
  library: Library
  reader: PostgresCorpusReader
}

/**
 * Opens a library on the corpus stored in PostgreSQL: questions are cut with the words the corpus
 * was cut with (stored beside it), retrieved by the PostgreSQL retriever and ranked by the same
 * core as the embedded library. Rejects, with the cause, when the database cannot be read.
 */
export async function openPostgresLibrary(options: OpenPostgresLibraryOptions): Promise<PostgresLibrary> {
  const reader = await openCorpusReader(options.pools.read)
  const normalizer = createCorpusNormalizer()
  const synonymText = await readOptional(join(options.corpusDir, synonymsFile))
  const aliasText = await readOptional(join(options.corpusDir, aliasesFile))
  const synonyms = parseSynonyms(`${synonymText}\n${aliasText}`, normalizer.normalize)
  const segmenter = createJiebaSegmenter({ words: reader.words })
  const library = createLibrary({
    corpus: reader,
    retriever: createPostgresRetriever(options.pools.read, options.retriever),
    analyzer: createCorpusAnalyzer(segmenter, normalizer),
    synonyms,
    tag: segmenter.tag,
    generalIdf: segmenter.generalIdf,
    answerer: options.answerer,
  })
  return { library, reader }
}

async function readOptional(path: string): Promise<string> {
  return existsSync(path) ? readFile(path, 'utf8') : ''
}
