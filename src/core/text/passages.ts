import { splitSentences } from './sentences.js'
import { cutText } from './cut-text.js'
import { endsAsking } from './turns.js'
import type { Article, Paragraph, Passage } from '../types.js'

/** How articles are cut into passages. */
export interface PassageOptions {
  /** Longest passage, in characters; longer paragraphs are cut at sentence ends. Default 300. */
  maxChars: number
  /** Paragraphs shorter than this join a neighbour in the same section. Default 60. */
  minChars: number
}

/** The heading under which an article's picture captions stand, after its text; cited as captions, not paragraphs. */
export const captionHeading = '图片说明'

/** True for a picture caption (a paragraph under {@link captionHeading}). */
export function isCaption(paragraph: Pick<Paragraph, 'heading'>): boolean {
  return paragraph.heading === captionHeading
}

/**
 * The version of how articles are cut into passages, in the keys of saved indexes (files and
 * PostgreSQL), so a changed cut rebuilds them. 2: a paragraph that asks opens a passage with its answer.
 */
export const passageCutVersion = 2

/** The defaults stated on {@link PassageOptions}. */
export const defaultPassageOptions: PassageOptions = { maxChars: 300, minChars: 60 }

/** Cuts an article into passages: paragraph-based, short ones merged, long ones cut at sentence ends. */
export function splitPassages(article: Article, options: Partial<PassageOptions> = {}): Passage[] {
  const opts = { ...defaultPassageOptions, ...options }
  const passages: Passage[] = []
  for (const group of groupParagraphs(article.paragraphs, opts)) {
    const first = group[0]!
    const last = group[group.length - 1]!
    const text = group.map((p) => p.text).join('\n')
    const chunks = text.length > opts.maxChars ? cutAtSentences(text, opts.maxChars) : [text]
    chunks.forEach((chunk, k) => {
      passages.push({
        id: chunks.length > 1 ? `${article.id}#${first.n}.${k + 1}` : `${article.id}#${first.n}`,
        articleId: article.id,
        heading: first.heading,
        paragraph: first.n,
        lastParagraph: last.n,
        text: chunk,
      })
    })
  }
  return passages
}

// Greedy: a short paragraph joins the group before it in its section when both fit, and the next
// paragraph joins a short group; so captions and one-line paragraphs never stand alone when they
// need not. A paragraph that asks (an interviewer's 记者：…？, a lead-in 效果如何？) opens a group,
// and the paragraph answering it always joins it, however long: the question is the answer's context.
function groupParagraphs(paragraphs: Paragraph[], opts: PassageOptions): Paragraph[][] {
  const groups: Paragraph[][] = []
  let current: Paragraph[] = []
  const length = (group: Paragraph[]) => group.reduce((sum, p) => sum + p.text.length + 1, 0)
  for (const paragraph of paragraphs) {
    const sameSection = current.length > 0 && current[0]!.heading === paragraph.heading
    const fits = length(current) + paragraph.text.length <= opts.maxChars
    if (sameSection && current.length === 1 && endsAsking(current[0]!.text) && !endsAsking(paragraph.text)) {
      current.push(paragraph)
      continue
    }
    if (sameSection && fits && !endsAsking(paragraph.text) && (length(current) < opts.minChars || paragraph.text.length < opts.minChars)) {
      current.push(paragraph)
      continue
    }
    if (current.length > 0) groups.push(current)
    current = [paragraph]
  }
  if (current.length > 0) groups.push(current)
  return groups
}

// Paragraphs cut together (a question and its answer) keep the line break between them, which
// tells where a paragraph, and so a speaker's turn, begins.
function cutAtSentences(text: string, maxChars: number): string[] {
  const chunks: string[] = []
  let chunk = ''
  const sentences = splitSentences(text)
  sentences.forEach((sentence, k) => {
    for (const piece of cutLongSentence(sentence.text, maxChars)) {
      if (chunk !== '' && chunk.length + piece.length > maxChars) {
        chunks.push(chunk.trimEnd())
        chunk = ''
      }
      chunk += piece
    }
    if (text.slice(sentence.end, sentences[k + 1]?.start ?? sentence.end).includes('\n')) chunk += '\n'
  })
  if (chunk !== '') chunks.push(chunk.trimEnd())
  return balanceLastChunk(chunks, maxChars)
}

// A sentence longer than a passage is cut after a comma near the limit, or hard at the limit (between characters).
function cutLongSentence(sentence: string, maxChars: number): string[] {
  const pieces: string[] = []
  let rest = sentence
  while (rest.length > maxChars) {
    const comma = Math.max(rest.lastIndexOf('，', maxChars - 1), rest.lastIndexOf(',', maxChars - 1))
    const cut = comma > maxChars / 2 ? comma + 1 : cutText(rest, maxChars).length || maxChars
    pieces.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  if (rest !== '') pieces.push(rest)
  return pieces
}

// A tiny tail chunk would be a fragment of its own: move sentences over from the one before.
function balanceLastChunk(chunks: string[], maxChars: number): string[] {
  if (chunks.length < 2) return chunks
  const tail = chunks[chunks.length - 1]!
  const before = chunks[chunks.length - 2]!
  if (tail.length >= maxChars / 4 || before.length + tail.length > maxChars * 1.2) return chunks
  return [...chunks.slice(0, -2), before + tail]
}
