import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { bigramKey, type AnalysedPassage } from '../../core/retrieve/indexed-passage.js'
import type { Article } from '../../core/types.js'
import { fieldNumbers, maxTermFrequency, searchFields, type SearchField } from './corpus-schema.js'
import { hashArticle } from '../index-store.js'
import type { IndexDelta, PassageEntry } from './index-delta.js'
import { decodeTerm, encodeTerm } from './term-encoding.js'

/** Articles with their analysed passages, written together. */
export type Batch = readonly { article: Article; passages: AnalysedPassage[] }[]

/**
 * Inserts a batch of articles, their passages (numbered from `firstPid` in order) and postings,
 * adding what they contribute to `delta`; `termIds` caches term ids across batches. Returns the
 * next free passage number.
 */
export async function insertBatch(client: pg.PoolClient, batch: Batch, firstPid: number, termIds: Map<string, number>, delta: IndexDelta): Promise<number> {
  await resolveTermIds(client, batch, termIds)
  // json, not jsonb: the text is read once into the record set, with no binary form in between
  await client.query(
    `insert into articles select * from json_to_recordset($1::json) as a(id text, meta jsonb, paragraphs jsonb, paragraph_count integer, hash text)`,
    [JSON.stringify(batch.map(({ article }) => articleRow(article)))],
  )
  let pid = firstPid
  const passages: object[] = []
  const entries: PassageEntry[] = []
  const postings = createPostingRows()
  for (const { passages: analysed } of batch) {
    analysed.forEach(({ passage, fields }, seq) => {
      const entry = indexPassage(pid, fields, passage.sentences, termIds, postings)
      delta.add(entry)
      passages.push({
        pid, id: passage.id, article_id: passage.articleId, seq, heading: passage.heading, paragraph: passage.paragraph,
        last_paragraph: passage.lastParagraph, body: passage.text,
        // terms joined by spaces (a term is a run of Han characters or of [a-z0-9.], never a space):
        // a third smaller, and read back as one string per sentence
        sentences: passage.sentences.map((s) => [s.start, s.end, encodeTerm(s.terms.join(' '))]), context_terms: passage.contextTerms.map(encodeTerm),
      })
      entries.push(entry)
      pid++
    })
  }
  if (passages.length === 0) return pid
  await client.query(
    `insert into passages select * from json_to_recordset($1::json) as p(
       pid integer, id text, article_id text, seq integer, heading text, paragraph integer, last_paragraph integer, body text,
       sentences json, context_terms text[])`,
    [JSON.stringify(passages)],
  )
  await client.query(
    `insert into passage_terms select * from json_to_recordset($1::json) as p(
       pid integer, lengths integer[], sentence_terms integer[], posting_terms integer[], posting_fields smallint[])`,
    [JSON.stringify(entries)],
  )
  await pipeline(Readable.from(copyLines(postings)), client.query(copyFrom('copy postings (term_id, field, pid, frequency, length) from stdin')))
  return pid
}

function articleRow(article: Article): object {
  const { paragraphs, ...meta } = article
  return { id: article.id, meta, paragraphs, paragraph_count: paragraphs.length, hash: hashArticle(article) }
}

// The terms as the tables key them: words as they are, character pairs under their bigram key.
function keyOf(field: SearchField, term: string): string {
  return field === 'pairs' ? bigramKey(term) : term
}

async function resolveTermIds(client: pg.PoolClient, batch: Batch, termIds: Map<string, number>): Promise<void> {
  const wanted = new Set<string>()
  for (const { passages } of batch) {
    for (const { passage, fields } of passages) {
      for (const field of searchFields) for (const term of fields[field]) if (term !== '' && !termIds.has(keyOf(field, term))) wanted.add(keyOf(field, term))
      for (const sentence of passage.sentences) for (const term of sentence.terms) if (!termIds.has(term)) wanted.add(term)
    }
  }
  if (wanted.size === 0) return
  const terms = [...wanted].map(encodeTerm)
  // the insert's rows are not visible to the statement's own select: the union covers both
  const { rows } = await client.query<{ id: number; term: string }>(
    `with added as (insert into terms (term) select unnest($1::text[]) on conflict (term) do nothing returning id, term)
     select id, term from added union all select id, term from terms where term = any($1::text[])`,
    [terms],
  )
  for (const row of rows) termIds.set(decodeTerm(row.term), row.id)
}

/** Postings gathered column by column, to be sorted before the COPY. */
interface PostingRows {
  term: number[]
  field: number[]
  pid: number[]
  frequency: number[]
  length: number[]
}

function createPostingRows(): PostingRows {
  return { term: [], field: [], pid: [], frequency: [], length: [] }
}

// A passage's postings, and what it adds to the counters.
function indexPassage(
  pid: number,
  fields: AnalysedPassage['fields'],
  sentences: AnalysedPassage['passage']['sentences'],
  termIds: ReadonlyMap<string, number>,
  postings: PostingRows,
): PassageEntry {
  const entry: PassageEntry = { pid, lengths: [], sentence_terms: [], posting_terms: [], posting_fields: [] }
  const counts = new Map<string, number>()
  for (const field of searchFields) {
    counts.clear()
    for (const term of fields[field]) counts.set(term, (counts.get(term) ?? 0) + 1)
    // a field's length is its number of distinct terms, as MiniSearch counts it
    entry.lengths.push(counts.size)
    const f = fieldNumbers[field]
    for (const [term, count] of counts) {
      if (term === '') continue
      const id = termIds.get(keyOf(field, term))!
      entry.posting_terms.push(id)
      entry.posting_fields.push(f)
      postings.term.push(id)
      postings.field.push(f)
      postings.pid.push(pid)
      postings.frequency.push(Math.min(count, maxTermFrequency))
      postings.length.push(counts.size)
    }
  }
  const seen = new Set<number>()
  for (const sentence of sentences) for (const term of sentence.terms) seen.add(termIds.get(term)!)
  entry.sentence_terms = [...seen]
  return entry
}

// COPY text in the primary key's order, in chunks of ~40,000 rows: the index then takes each
// batch left to right, a leaf page at a time, instead of at random.
function* copyLines(rows: PostingRows): Iterable<string> {
  const order = Uint32Array.from(rows.term, (_, i) => i)
  order.sort((a, b) => rows.term[a]! - rows.term[b]! || rows.field[a]! - rows.field[b]! || rows.pid[a]! - rows.pid[b]!)
  const lines: string[] = []
  for (const i of order) {
    lines.push(`${rows.term[i]}\t${rows.field[i]}\t${rows.pid[i]}\t${rows.frequency[i]}\t${rows.length[i]}\n`)
    if (lines.length === 40_000) yield lines.splice(0).join('')
  }
  if (lines.length > 0) yield lines.join('')
}
