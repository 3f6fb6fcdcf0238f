import { createLibrary, type LibraryParts } from './create-library.js'
import type { Library } from './library.js'
import type { MemoryCorpus } from './retrieve/memory-corpus.js'
import { createMiniSearchRetriever } from './retrieve/minisearch-retriever.js'
import type { QueryPlanOptions } from './retrieve/plan-query.js'

/** What an embedded library is made of: a corpus in memory with its MiniSearch index, and the analysis. */
export interface EmbeddedLibraryParts extends Omit<LibraryParts, 'corpus' | 'retriever'> {
  corpus: MemoryCorpus
  queryPlan?: QueryPlanOptions
}

/** A library over a {@link MemoryCorpus}, retrieving with MiniSearch: the embedded shape of wenda. */
export function createEmbeddedLibrary(parts: EmbeddedLibraryParts): Library {
  const { corpus, queryPlan, ...rest } = parts
  return createLibrary({ ...rest, corpus, retriever: createMiniSearchRetriever(corpus.index, corpus.articleMeta, queryPlan) })
}
