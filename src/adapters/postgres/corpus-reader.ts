import type pg from 'pg'
import type { CorpusReader } from '../../core/corpus-reader.js'
import type { Article, ArticleSummary, Paragraph } from '../../core/types.js'
import { compareIds } from '../corpus-files.js'
import { describeError } from './pools.js'
import { articleMetaColumns, articleMetaOf, indexedPassageColumns, indexedPassageOf, type ArticleMetaRow, type IndexedPassageRow } from './rows.js'
import { StoreError } from '../../core/store-error.js'

/** The stored corpus as a library reads it, with the version its counts were read at. */
export interface PostgresCorpusReader extends CorpusReader {
  /** The corpus version the counts and words below were read at. */
  readonly version: number
  /** Words added to the segmenter to cut the stored corpus: questions must be cut with them too. */
  readonly words: readonly string[]
  /** The files stored beside the articles (synonyms.txt, aliases.txt …) by name, read with the words. */
  readonly files: ReadonlyMap<string, string>
  /** Reads the version, counts and words again (after a corpus change); resolves to the version. */
  refresh(): Promise<number>
}

interface SummaryRow {
  version: string
  words: string[]
  passage_count: number
  article_count: number
  files: Record<string, string> | null
}

/**
 * Opens a reader on a pool (the replica's, when there is one): reads the version and counts now,
 * since a library's counts are read synchronously. Unknown ids give undefined; a failing
 * database rejects with the driver's error as cause.
 */
export async function openCorpusReader(pool: pg.Pool): Promise<PostgresCorpusReader> {
  const query = async <R extends pg.QueryResultRow>(what: string, text: string, values: unknown[] = []): Promise<R[]> => {
    try {
      return (await pool.query<R>(text, values)).rows
    } catch (cause) {
      throw new StoreError(`cannot read ${what} from the database: ${describeError(cause)}`, { cause })
    }
  }
  const readSummary = async () => {
    // one statement, so the counts, words and files are of one corpus version
    const [row] = await query<SummaryRow>(
      'the corpus summary',
      `select version, words, passage_count, (select count(*)::int from articles) as article_count,
        (select json_object_agg(name, body) from corpus_files) as files from corpus_state`,
    )
    if (row === undefined) throw new Error('cannot read the corpus summary from the database: the corpus_state row is missing (was the schema migrated?)')
    return { version: Number(row.version), words: row.words, passageCount: row.passage_count, articleCount: row.article_count, files: new Map(Object.entries(row.files ?? {})) }
  }
  let summary = await readSummary()
  return {
    get version() {
      return summary.version
    },
    get words() {
      return summary.words
    },
    get files() {
      return summary.files
    },
    get passageCount() {
      return summary.passageCount
    },
    get articleCount() {
      return summary.articleCount
    },
    async refresh() {
      summary = await readSummary()
      return summary.version
    },
    async listArticles(): Promise<ArticleSummary[]> {
      const rows = await query<ArticleMetaRow & { paragraph_count: number }>('the article list', `select ${articleMetaColumns}, a.paragraph_count from articles a`)
      // corpus order is compareIds' (001-2 before 001-10), not the database's text order
      return rows.map((row) => ({ ...articleMetaOf(row), paragraphCount: row.paragraph_count })).sort((a, b) => compareIds(a.id, b.id))
    },
    async findArticle(id) {
      const [row] = await query<ArticleMetaRow & { paragraphs: Paragraph[] }>(`article ${id}`, `select ${articleMetaColumns}, a.paragraphs from articles a where a.id = $1`, [id])
      return row === undefined ? undefined : ({ ...articleMetaOf(row), paragraphs: row.paragraphs } satisfies Article)
    },
    async findPassage(id) {
      const [row] = await query<IndexedPassageRow>(`passage ${id}`, `select ${indexedPassageColumns} from passages p where p.id = $1`, [id])
      return row === undefined ? undefined : indexedPassageOf(row)
    },
  }
}
