import type { Answer, Source } from '../core/types.js'

/** A citation in one line: 《标题》 浙江法制报 2021-07-01 第4版 第3段. */
export function formatCitationText(source: Source): string {
  const parts = [`《${source.title}》`, source.newspaper, source.date, source.page && `第${source.page}版`, `第${source.paragraph}段`]
  return parts.filter((part) => part !== '').join(' ')
}

/** An answer as plain text for a terminal: numbered snippets, the answering sentence, citations. */
export function formatAnswerText(answer: Answer): string {
  if (answer.abstained || answer.results.length === 0) return `${answer.question}\n  （没有找到可靠的答案）`
  const lines = [answer.question]
  answer.results.forEach((hit, i) => {
    lines.push(`\n${i + 1}. ${hit.sentence}`, `   ${hit.text.replace(/\n/g, ' ')}`, `   —— ${formatCitationText(hit.source)}`)
  })
  return lines.join('\n')
}
