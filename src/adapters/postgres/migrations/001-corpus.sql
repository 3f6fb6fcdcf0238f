-- The corpus and its inverted index, segmented outside the database by wenda's own analyzer (as
-- zhparser and pg_jieba users do it, but with the exact terms the embedded MiniSearch index gets).

-- Which corpus this is. Writers lock the one row, so changes are serial; readers never lock it.
create table corpus_state (
  singleton boolean primary key default true check (singleton),
  -- raised by every write; NOTIFY wenda_corpus carries it
  version bigint not null default 0,
  -- how passages were analysed (words, formats, versions): another value means a full rewrite
  analysis text not null default '',
  -- words added to the segmenter to cut this corpus; questions must be cut with them too
  words text[] not null default '{}',
  passage_count integer not null default 0,
  -- passage numbers are handed out in corpus order and never reused, as MiniSearch's short ids
  next_pid integer not null default 1,
  changed_at timestamptz not null default now()
);
insert into corpus_state default values;

-- Per indexed field (0 words, 1 heading, 2 title, 3 pairs): the sum of passage field lengths
-- (distinct terms, as MiniSearch counts them), so the average is exact after any change.
create table field_statistics (
  field smallint primary key,
  length_sum bigint not null default 0
);
insert into field_statistics (field) values (0), (1), (2), (3);

create table articles (
  id text primary key,
  -- the article without its paragraphs, as given (title, newspaper, date … and any field an
  -- importer adds), so lists and citations read it as the embedded corpus does
  meta jsonb not null,
  -- [{n, heading, text}] in reading order
  paragraphs jsonb not null,
  paragraph_count integer not null,
  -- of the article as written, so a corpus sync rewrites only what changed
  hash text not null
);

create table passages (
  pid integer primary key,
  id text not null unique,
  article_id text not null references articles (id) on delete cascade,
  -- its place in the article, for the passages before it
  seq integer not null,
  heading text not null,
  paragraph integer not null,
  last_paragraph integer not null,
  body text not null,
  -- [[start, end, "terms joined by spaces"]]: the analysed sentences the reranker reads; json, not
  -- jsonb, as the database never looks inside and returns json's text as it is
  sentences json not null,
  context_terms text[] not null,
  unique (article_id, seq)
);
-- A candidate's row is read whole for every question that finds it: kept inline and uncompressed
-- up to a page (a passage is ~2.5 kB), since decompressing the sentences (pglz) cost ~30 µs a row,
-- more than scoring at 1k passages.
alter table passages set (toast_tuple_target = 8160);

-- What each passage added to the counters and the postings, so removing it can take it back
-- without an index on postings.pid (which would cost a third of the postings' size). Apart from
-- the passage, which every retrieval reads, as only removals read this.
create table passage_terms (
  pid integer primary key references passages (pid) on delete cascade,
  -- distinct terms per field, in field-number order
  lengths integer[] not null,
  sentence_terms integer[] not null,
  posting_terms integer[] not null,
  posting_fields smallint[] not null
);

-- Words as analysed, and character pairs under their bigram key (~ and the pair), so a word and
-- a pair of the same two characters never mix.
create table terms (
  id integer generated always as identity primary key,
  term text not null unique,
  -- passages whose sentences hold the term (words, and every bigram by its key): the reranker's
  -- document frequency, and what the query plan weighs terms by
  passages integer not null default 0
);

-- Passages holding a term in a field: MiniSearch's per-field document frequency for the IDF.
create table term_fields (
  term_id integer not null,
  field smallint not null,
  passages integer not null,
  primary key (term_id, field)
);

-- The inverted index: one row per term, field and passage. The field length rides along so a
-- query scores from this index alone; INCLUDE makes that an index-only scan.
create table postings (
  term_id integer not null,
  field smallint not null,
  pid integer not null,
  frequency smallint not null,
  length integer not null,
  primary key (term_id, field, pid) include (frequency, length)
);
