import type pg from 'pg'
import type { AnalysedPassage } from '../../core/retrieve/indexed-passage.js'
import type { Article } from '../../core/types.js'
import { corpusChannel } from './corpus-schema.js'
import { describeError } from './pools.js'
import { createIndexDelta, type IndexDelta, type PassageEntry } from './index-delta.js'
import { insertBatch } from './insert-batch.js'
import { hashArticle } from '../index-store.js'
import { StoreError } from '../../core/store-error.js'

/** A whole corpus as it should be stored. */
export interface CorpusSnapshot {
  /** How passages are analysed (segmenter words, formats, versions); another value rewrites everything. */
  analysis: string
  /** Words added to the segmenter to cut this corpus. */
  words: readonly string[]
  articles: readonly Article[]
  /**
   * The files beside the articles that shape answering (synonyms.txt, aliases.txt …), by name:
   * stored as given, replacing all stored ones; undefined leaves the stored files as they are.
   */
  files?: Readonly<Record<string, string>>
}

/** Analyses one article into passages with their search fields (see `analyseArticle`). */
export type AnalyseArticle = (article: Article) => AnalysedPassage[]

/** What one write did. */
export interface CorpusWrite {
  /** The corpus version after it (the NOTIFY payload); unchanged when nothing was written. */
  version: number
  /** Articles written (new or changed) and removed. */
  written: number
  removed: number
  /** Passages in the corpus after it. */
  passages: number
  /** True when everything was rewritten (a new analysis, or an empty database). */
  full: boolean
  /** Names of the stored files written or removed. */
  files: string[]
}

/** Writes the corpus, each call in one transaction, so readers see the old corpus or the new, never half. */
export interface CorpusWriter {
  /** Makes the stored corpus equal `snapshot`, analysing and rewriting only the articles that changed. */
  writeCorpus(snapshot: CorpusSnapshot, analyse: AnalyseArticle): Promise<CorpusWrite>
  /** Adds or replaces one article; throws when the stored corpus was analysed otherwise than `analysis`. */
  writeArticle(article: Article, analysis: string, analyse: AnalyseArticle): Promise<CorpusWrite>
  /** Removes one article; an unknown id writes nothing. */
  removeArticle(id: string): Promise<CorpusWrite>
}

/** How the writer batches. */
export interface CorpusWriterOptions {
  /** Passages analysed and sent per batch (one terms insert, one passages insert, one COPY); default 2,000. */
  batchPassages: number
  /** Postings written or removed from which the tables are vacuumed after the commit; default 100,000. */
  vacuumFrom: number
}

/** The defaults stated on {@link CorpusWriterOptions}. */
export const defaultCorpusWriterOptions: CorpusWriterOptions = { batchPassages: 2_000, vacuumFrom: 100_000 }

interface CorpusState {
  version: number
  analysis: string
  passageCount: number
  nextPid: number
}

/** What one write transaction is asked to do, decided under the corpus lock. */
interface WritePlan {
  removeAll: boolean
  remove: string[]
  add: Article[]
  analysis: string
  words: readonly string[]
  files?: Readonly<Record<string, string>>
}

/** Creates a writer on the primary's pool; every write NOTIFYs `wenda_corpus` with the new version. */
export function createCorpusWriter(pool: pg.Pool, options: Partial<CorpusWriterOptions> = {}): CorpusWriter {
  const opts = { ...defaultCorpusWriterOptions, ...options }
  const write = (describe: string, plan: (client: pg.PoolClient, state: CorpusState) => Promise<WritePlan>, analyse?: AnalyseArticle) =>
    writeInTransaction(pool, opts, describe, plan, analyse)
  return {
    writeCorpus: (snapshot, analyse) =>
      write('the corpus', async (client, state) => {
        if (state.analysis !== snapshot.analysis || state.passageCount === 0) {
          return { removeAll: true, remove: [], add: [...snapshot.articles], analysis: snapshot.analysis, words: snapshot.words, files: snapshot.files }
        }
        const { rows } = await client.query<{ id: string; hash: string }>('select id, hash from articles')
        const stored = new Map(rows.map((row) => [row.id, row.hash]))
        const add = snapshot.articles.filter((article) => stored.get(article.id) !== hashArticle(article))
        const kept = new Set(snapshot.articles.map((article) => article.id))
        const remove = [...add.map((article) => article.id).filter((id) => stored.has(id)), ...[...stored.keys()].filter((id) => !kept.has(id))]
        return { removeAll: false, remove, add, analysis: snapshot.analysis, words: snapshot.words, files: snapshot.files }
      }, analyse),
    writeArticle: (article, analysis, analyse) =>
      write(`article ${article.id}`, async (client, state) => {
        if (state.analysis !== analysis && state.passageCount > 0) {
          throw new Error('the stored corpus was analysed otherwise (other words or versions): write the whole corpus')
        }
        const words = (await client.query<{ words: string[] }>('select words from corpus_state')).rows[0]!.words
        const { rowCount } = await client.query('select 1 from articles where id = $1', [article.id])
        return { removeAll: false, remove: rowCount ? [article.id] : [], add: [article], analysis, words }
      }, analyse),
    removeArticle: (id) =>
      write(`the removal of article ${id}`, async (client, state) => {
        const words = (await client.query<{ words: string[] }>('select words from corpus_state')).rows[0]!.words
        const { rowCount } = await client.query('select 1 from articles where id = $1', [id])
        return { removeAll: false, remove: rowCount ? [id] : [], add: [], analysis: state.analysis, words }
      }),
  }
}

async function writeInTransaction(
  pool: pg.Pool,
  opts: CorpusWriterOptions,
  describe: string,
  plan: (client: pg.PoolClient, state: CorpusState) => Promise<WritePlan>,
  analyse: AnalyseArticle | undefined,
): Promise<CorpusWrite> {
  let client: pg.PoolClient
  try {
    client = await pool.connect()
  } catch (cause) {
    throw new StoreError(`cannot write ${describe}: the database is unreachable (${describeError(cause)})`, { cause })
  }
  let result: CorpusWrite & { postings: number }
  try {
    await client.query('begin')
    // the row lock serialises writers; readers never take it
    const state = await lockCorpus(client)
    const todo = await plan(client, state)
    result = await applyPlan(client, state, todo, opts, analyse)
    await client.query('commit')
  } catch (cause) {
    await client.query('rollback').catch(() => {})
    client.release(true)
    throw new StoreError(`cannot write ${describe} to the database: ${describeError(cause)}`, { cause })
  }
  try {
    // index-only scans need the visibility map, and the planner fresh statistics, after a large write
    if (result.postings >= opts.vacuumFrom) await client.query('vacuum (analyze) postings, passages, passage_terms, terms, term_fields, articles')
    client.release()
  } catch {
    // the write is committed; autovacuum will do the same later
    client.release(true)
  }
  const { postings: _, ...write } = result
  return write
}

async function lockCorpus(client: pg.PoolClient): Promise<CorpusState> {
  const { rows } = await client.query<{ version: string; analysis: string; passage_count: number; next_pid: number }>(
    'select version, analysis, passage_count, next_pid from corpus_state for update',
  )
  const row = rows[0]
  if (row === undefined) throw new Error('the corpus_state row is missing: was the schema migrated?')
  return { version: Number(row.version), analysis: row.analysis, passageCount: row.passage_count, nextPid: row.next_pid }
}

async function applyPlan(
  client: pg.PoolClient,
  state: CorpusState,
  plan: WritePlan,
  opts: CorpusWriterOptions,
  analyse: AnalyseArticle | undefined,
): Promise<CorpusWrite & { postings: number }> {
  const files = plan.files === undefined ? [] : await writeFiles(client, plan.files)
  if (!plan.removeAll && plan.remove.length === 0 && plan.add.length === 0 && files.length === 0) {
    return { version: state.version, written: 0, removed: 0, passages: state.passageCount, full: false, files, postings: 0 }
  }
  const delta = createIndexDelta()
  const removedArticles = plan.removeAll ? await removeEverything(client) : await removeArticles(client, plan.remove, delta)
  let nextPid = state.nextPid
  let batch: { article: Article; passages: AnalysedPassage[] }[] = []
  let batchSize = 0
  const termIds = new Map<string, number>()
  const flush = async () => {
    nextPid = await insertBatch(client, batch, nextPid, termIds, delta)
    batch = []
    batchSize = 0
  }
  for (const article of plan.add) {
    if (analyse === undefined) throw new Error('articles to add but no analyzer given')
    const passages = analyse(article)
    batch.push({ article, passages })
    batchSize += passages.length
    if (batchSize >= opts.batchPassages) await flush()
  }
  if (batch.length > 0) await flush()
  const passageCount = (plan.removeAll ? 0 : state.passageCount) + delta.passages
  await applyCounters(client, delta, plan.removeAll)
  const { rows } = await client.query<{ version: string }>(
    `update corpus_state set version = version + 1, analysis = $1, words = $2, passage_count = $3, next_pid = $4, changed_at = now()
     returning version`,
    [plan.analysis, plan.words, passageCount, nextPid],
  )
  const version = Number(rows[0]!.version)
  // delivered to listeners when (and only if) the transaction commits
  await client.query('select pg_notify($1, $2)', [corpusChannel, String(version)])
  return { version, written: plan.add.length, removed: removedArticles, passages: passageCount, full: plan.removeAll, files, postings: delta.postingsTouched }
}

// Makes the stored files equal `files`; returns the names written or removed.
async function writeFiles(client: pg.PoolClient, files: Readonly<Record<string, string>>): Promise<string[]> {
  const { rows } = await client.query<{ name: string; body: string }>('select name, body from corpus_files')
  const stored = new Map(rows.map((row) => [row.name, row.body]))
  const put = Object.entries(files).filter(([name, body]) => stored.get(name) !== body)
  const gone = [...stored.keys()].filter((name) => !Object.hasOwn(files, name))
  if (put.length > 0) {
    await client.query(
      `insert into corpus_files (name, body) select * from unnest($1::text[], $2::text[])
       on conflict (name) do update set body = excluded.body`,
      [put.map(([name]) => name), put.map(([, body]) => body)],
    )
  }
  if (gone.length > 0) await client.query('delete from corpus_files where name = any($1)', [gone])
  return [...put.map(([name]) => name), ...gone].sort()
}

// DELETE, not TRUNCATE: TRUNCATE would block every reader until the new corpus commits.
async function removeEverything(client: pg.PoolClient): Promise<number> {
  const { rowCount } = await client.query('delete from articles')
  for (const table of ['postings', 'term_fields', 'passage_terms', 'passages', 'terms']) await client.query(`delete from ${table}`)
  await client.query('update field_statistics set length_sum = 0')
  return rowCount ?? 0
}

async function removeArticles(client: pg.PoolClient, ids: readonly string[], delta: IndexDelta): Promise<number> {
  if (ids.length === 0) return 0
  const { rows } = await client.query<PassageEntry>(
    'select t.pid, t.lengths, t.sentence_terms, t.posting_terms, t.posting_fields from passage_terms t join passages p using (pid) where p.article_id = any($1)',
    [ids],
  )
  const gone = { terms: [] as number[], fields: [] as number[], pids: [] as number[] }
  for (const row of rows) {
    delta.remove(row)
    row.posting_terms.forEach((term, i) => {
      gone.terms.push(term)
      gone.fields.push(row.posting_fields[i]!)
      gone.pids.push(row.pid)
    })
  }
  await client.query(
    `delete from postings p using unnest($1::int[], $2::int2[], $3::int[]) as g(term_id, field, pid)
     where p.term_id = g.term_id and p.field = g.field and p.pid = g.pid`,
    [gone.terms, gone.fields, gone.pids],
  )
  const { rowCount } = await client.query('delete from articles where id = any($1)', [ids]) // cascades to passages
  return rowCount ?? 0
}

async function applyCounters(client: pg.PoolClient, delta: IndexDelta, fromZero: boolean): Promise<void> {
  const terms = delta.termChanges()
  if (terms.ids.length > 0) {
    await client.query(
      'update terms t set passages = t.passages + d.n from unnest($1::int[], $2::int[]) as d(id, n) where t.id = d.id',
      [terms.ids, terms.counts],
    )
  }
  const fields = delta.fieldChanges()
  if (fields.ids.length > 0) {
    await client.query(
      `insert into term_fields (term_id, field, passages) select * from unnest($1::int[], $2::int2[], $3::int[])
       on conflict (term_id, field) do update set passages = term_fields.passages + excluded.passages`,
      [fields.ids, fields.fields, fields.counts],
    )
    // a term gone from a field must not keep a zero count: it would still be joined and scored
    if (!fromZero) {
      await client.query(
        `delete from term_fields f using unnest($1::int[], $2::int2[]) as g(term_id, field)
         where f.term_id = g.term_id and f.field = g.field and f.passages <= 0`,
        [fields.ids, fields.fields],
      )
    }
  }
  await client.query(
    'update field_statistics s set length_sum = s.length_sum + d.n from unnest($1::int2[], $2::bigint[]) as d(field, n) where s.field = d.field',
    [[0, 1, 2, 3], delta.lengthSums],
  )
}
