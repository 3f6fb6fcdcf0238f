-- The files beside the articles that shape answering (synonyms.txt, aliases.txt, userdict.txt,
-- wenda.yaml), stored with the corpus: replicas share no folder, and a process with an empty
-- corpus folder must answer as the one that wrote the corpus. Written in the same transaction as
-- the articles, so a reader sees the files and the passages cut with them together.
create table corpus_files (
  name text primary key,
  body text not null
);
