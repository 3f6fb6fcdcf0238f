import type { RankedPassage, RerankCaches } from '../rerank/rerank.js'
import type { WeightedQuestion } from '../rerank/weigh-question.js'
import type { IndexedPassage } from '../retrieve/indexed-passage.js'
import { findQuotationSentences } from '../text/quotations.js'

/**
 * Whether what a follow-up assumed (王立新 for 他) is named in the ranked passage's answering sentence
 * or before it: an earlier sentence, its heading or title, or the passages before it. A pronoun
 * points back, so a sentence before the first mention is about someone or something else.
 */
export function namesAssumedBefore(q: WeightedQuestion, ranked: RankedPassage, caches: Pick<RerankCaches, 'termsOf' | 'sentenceTermsOf' | 'contextTermsOf'>): boolean {
  const { passage, preceding } = ranked.candidate
  const upTo = passage.sentences.slice(0, afterQuote(passage, ranked.bestSentence) + 1).map(caches.sentenceTermsOf)
  const before = [caches.contextTermsOf(passage), ...preceding.map(caches.termsOf)]
  return q.words
    .filter((w) => w.assumed === true && w.word.within === '')
    .every((w) => [...upTo, ...before].some((terms) => w.word.forms.some((form) => terms.has(form))))
}

/**
 * Whether the ranked passage says something the follow-up itself asked (天气 of 今天天气怎么样 read
 * against 王立新): a passage matching only what was carried over answers nothing. True when the
 * question says no word of its own.
 */
export function saysOwnWords(q: WeightedQuestion, ranked: RankedPassage): boolean {
  const own = q.words.filter((w) => w.assumed !== true && w.word.within === '')
  return own.length === 0 || own.some((w) => w.word.forms.some((form) => ranked.terms.has(form)))
}

// Quoted speech names its speaker just after it (“…”听到民警这么说，张秀英…): when sentence `i` is
// quoted, the sentence after the quotation closes is read too; else `i` itself.
function afterQuote(passage: IndexedPassage, i: number): number {
  const { sentences, text } = passage
  const [, last] = findQuotationSentences(text, sentences, i)
  const quoted = last > i || text.slice(sentences[i]!.start, sentences[i]!.end).includes('”')
  return quoted ? Math.min(sentences.length - 1, last + 1) : i
}
