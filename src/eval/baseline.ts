import MiniSearch from 'minisearch'
import { splitPassages } from '../core/text/passages.js'
import type { Answer, Article, Hit } from '../core/types.js'
import type { StopWords } from '../core/text/stop-words.js'

/**
 * The plain baseline: jieba cutForSearch + stop words in MiniSearch over the same passages, the
 * snippet being the passage's first 400 characters; it never declines unless nothing matches.
 */
export function createBaselineAnswerer(
  articles: readonly Article[],
  tokenize: (text: string) => string[],
  stopWords: StopWords,
): (question: string, limit?: number) => Answer {
  const passages = articles.flatMap((article) => splitPassages(article).map((p) => ({ ...p, title: article.title })))
  const miniSearch = new MiniSearch<(typeof passages)[number]>({
    fields: ['text', 'heading', 'title'],
    idField: 'id',
    tokenize,
    processTerm: (term) => (stopWords.has(term) || !/[\p{L}\p{N}]/u.test(term) ? null : term.toLowerCase()),
    searchOptions: { boost: { heading: 1.5, title: 1.2 } },
  })
  miniSearch.addAll(passages)
  const byId = new Map(passages.map((p) => [p.id, p]))
  return (question, limit = 5) => {
    const results: Hit[] = miniSearch
      .search(question)
      .slice(0, limit)
      .map((r) => {
        const p = byId.get(r.id as string)!
        const source = { id: p.articleId, title: p.title, newspaper: '', date: '', page: '', paragraph: p.paragraph, heading: p.heading, passageId: p.id }
        return { text: p.text.slice(0, 400), sentence: p.text.split(/(?<=[。！？])/)[0] ?? '', terms: [], score: r.score, source }
      })
    return { question, abstained: results.length === 0, results }
  }
}
