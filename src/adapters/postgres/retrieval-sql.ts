import { fieldNumbers } from './corpus-schema.js'

// The retrieval statement. One statement, so the scores, the passages and the statistics come from
// one snapshot (a corpus write in between cannot mix two corpora) in one round trip.
//
// Parameters: $1 keys (text[]: words as they are, character pairs by bigram key), $2 sources (int2[]:
// which query term each row stands for; a word and a pair of the same two characters share one),
// $3 fields (int2[]), $4 weights (float8[]: term boost × field boost), $5 d, $6 k, $7 b, $8 limit,
// $9 preceding passages wanted, $10 the terms whose document frequency is wanted (text[]).
//
// Scoring is MiniSearch 7's: for each term and field, BM25+ with that field's own document
// frequency and average length, times the weight; summed per passage, then multiplied by the number
// of distinct query terms the passage matched. Written in MiniSearch's operation order, so scores
// agree to the last bits or nearly. Equal scores are ordered by corpus position (article id, then
// the passage's place in it), as the embedded retriever orders them; those tied with the last one
// kept are all fetched, so the cut does not depend on the order postings were read in.

const head = `
with request as (
  select * from unnest($1::text[], $2::int2[], $3::int2[], $4::float8[]) as r(key, source, field, weight)
),
corpus as (select passage_count::float8 as n from corpus_state where passage_count > 0),
matched as materialized (
  select f.term_id, r.field, r.source, r.weight,
         ln(1 + (c.n - f.passages + 0.5::float8) / (f.passages + 0.5::float8)) as idf,
         s.length_sum / c.n as average,
         1::int8 << r.source as bit
  from request r
  join terms t on t.term = r.key
  join term_fields f on f.term_id = t.id and f.field = r.field
  join field_statistics s on s.field = r.field
  cross join corpus c
),`

const bm25 = 'm.weight * (m.idf * ($5::float8 + p.frequency * ($6::float8 + 1) / (p.frequency + $6::float8 * (1 - $7::float8 + $7::float8 * p.length / m.average))))'

// One aggregation per passage; the distinct terms it matched are the set bits of a bigint, which
// is why this statement takes at most 63 distinct terms. Half the time of grouping by passage and
// term first (EXPLAIN ANALYZE at 100k passages: 37 ms instead of 146 ms for 46,000 postings).
const scoredByBits = `
best as (
  select pid, score * bit_count(int8send(bits)) as score from (
    select p.pid, sum(${bm25}) as score, bit_or(m.bit) as bits
    from matched m join postings p on p.term_id = m.term_id and p.field = m.field
    group by p.pid
  ) scored
  order by score desc fetch first ($8::integer) rows with ties
),`

// Any number of distinct terms: grouped by passage and term, then by passage.
const scoredByGroups = `
best as (
  select pid, sum(score) * count(*) as score from (
    select p.pid, m.source, sum(${bm25}) as score
    from matched m join postings p on p.term_id = m.term_id and p.field = m.field
    group by p.pid, m.source
  ) per_term
  group by pid order by score desc fetch first ($8::integer) rows with ties
),`

const tail = (columns: string) => `
chosen as (
  select b.pid as of_pid, 0 as back, b.pid, b.score, p.article_id, p.seq from best b join passages p on p.pid = b.pid
  order by b.score desc, p.article_id collate "C", p.seq limit $8::integer
),
shown as (
  select of_pid, back, pid, score from chosen
  union all
  select c.of_pid, c.seq - q.seq, q.pid, null from chosen c
  join passages q on q.article_id = c.article_id and q.seq < c.seq and q.seq >= c.seq - $9::integer
),
statistics as (
  select (select version from corpus_state) as version, (select passage_count from corpus_state) as passage_count,
         (select coalesce(json_object_agg(t.term, t.passages), '{}') from terms t where t.term = any($10::text[]) and t.passages > 0) as frequencies
)
-- candidates and the passages before them as rows (back 0, 1, 2 …): building one JSON document
-- around their stored sentences cost more than the scoring
select s.version, s.passage_count, s.frequencies, x.of_pid, x.back, x.score, ${columns}
from statistics s
left join (shown x join passages p on p.pid = x.pid left join articles a on x.back = 0 and a.id = p.article_id) on true
`

/**
 * The passage count, the document frequency of each of $1 (text[]) that some passage holds, and
 * for those no passage's sentences hold, the passages holding them in a heading or title: what
 * the query plan weighs such a word by.
 */
export const frequenciesSql = `
select (select passage_count from corpus_state) as passage_count,
       (select coalesce(json_object_agg(term, passages), '{}') from terms where term = any($1::text[]) and passages > 0) as frequencies,
       (select coalesce(json_object_agg(t.term, c.passages), '{}') from terms t
          cross join lateral (select sum(f.passages)::integer as passages from term_fields f where f.term_id = t.id and f.field in (${fieldNumbers.heading}, ${fieldNumbers.title})) c
          where t.term = any($1::text[]) and t.passages = 0 and c.passages > 0) as context_frequencies`

/** Most distinct query terms {@link retrievalByBitsSql} tells apart (one bit each of a bigint). */
export const bitsTermLimit = 63

/** The retrieval statement for up to {@link bitsTermLimit} distinct terms, returning `columns` of `passages p` and `articles a`. */
export const retrievalByBitsSql = (columns: string): string => head + scoredByBits + tail(columns)

/** The retrieval statement for any number of distinct terms (slower: two groupings). */
export const retrievalByGroupsSql = (columns: string): string => head + scoredByGroups + tail(columns)
