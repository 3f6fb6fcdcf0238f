import { groupNamesBySurname } from '../core/text/person-names.js'
import { openCorpusReader, type PostgresCorpusReader } from '../adapters/postgres/corpus-reader.js'
import type { PostgresPools } from '../adapters/postgres/pools.js'
import { createJiebaSegmenter } from '../adapters/jieba.js'
import { readThesaurus } from '../adapters/thesaurus-file.js'
import { createPostgresRetriever, type PostgresRetrieverOptions } from '../adapters/postgres/postgres-retriever.js'
import type { AnswererOptions } from '../core/create-answerer.js'
import { createLibrary } from '../core/create-library.js'
import type { Library } from '../core/library.js'
import type { Segmenter } from '../core/types.js'
import { createCorpusAnalyzer, createCorpusNormalizer } from './corpus-analyzer.js'
import { aliasesFile, readCorpusSynonyms, synonymsFile } from './open-library.js'

/** Where the stored corpus is, and how to answer from it. */
export interface OpenPostgresLibraryOptions {
  /** Reads go to `pools.read` (the replica, when there is one). */
  pools: PostgresPools
  answerer?: Partial<AnswererOptions>
  retriever?: Partial<PostgresRetrieverOptions>
}

/** A library over the stored corpus, and its reader (the corpus version it was opened at). */
export interface PostgresLibrary {
  library: Library
  reader: PostgresCorpusReader
}

/**
 * Opens a library on the corpus stored in PostgreSQL: questions are cut with the words the corpus
 * was cut with and matched with the synonyms and aliases stored beside it (no file of this
 * machine is read, so every replica answers alike), retrieved by the PostgreSQL retriever and
 * ranked by the same core as the embedded library. Rejects, with the cause, when the database
 * cannot be read.
 */
export async function openPostgresLibrary(options: OpenPostgresLibraryOptions): Promise<PostgresLibrary> {
  const reader = await openCorpusReader(options.pools.read)
  const normalizer = createCorpusNormalizer()
  // the same synonyms as the embedded library: the general groups, the stored synonyms and aliases
  const synonyms = await readCorpusSynonyms(reader.files.get(synonymsFile) ?? '', reader.files.get(aliasesFile) ?? '', normalizer.normalize)
  const segmenter = insertStoredWords(reader.words)
  const library = createLibrary({
    corpus: reader,
    retriever: createPostgresRetriever(options.pools.read, options.retriever),
    analyzer: createCorpusAnalyzer(segmenter, normalizer),
    synonyms,
    names: groupNamesBySurname(reader.words),
    thesaurus: await readThesaurus(),
    tag: segmenter.tag,
    generalIdf: segmenter.generalIdf,
    answerer: options.answerer,
  })
  return { library, reader }
}

// jieba's dictionary is process-wide and only grows: every stored word inserted in this process
// still cuts text after the stored corpus moves on.
const insertedStoredWords = new Set<string>()

/** Inserts a stored corpus' words into jieba (questions and changed articles are cut with them); returns the segmenter. */
export function insertStoredWords(words: readonly string[]): Segmenter {
  for (const word of words) insertedStoredWords.add(word)
  return createJiebaSegmenter({ words })
}

/** The stored words this process has inserted into jieba so far (see {@link insertStoredWords}). */
export function storedWordsInserted(): ReadonlySet<string> {
  return insertedStoredWords
}
