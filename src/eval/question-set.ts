/** One evaluation question (the format of dev.jsonl). */
export interface EvalQuestion {
  id: string
  q: string
  /** Strings any of which, inside the snippet shown, make a hit; [] when unanswerable. */
  answers: string[]
  unanswerable?: boolean
  doc: string | null
  type: string
  /** For a follow-up question: the question asked just before it in the same chat. */
  previous?: string
}

/** Parses a JSONL question set; throws naming the line for a malformed one. */
export function parseQuestionSet(text: string, name: string): EvalQuestion[] {
  return text
    .split('\n')
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, n]) => {
      let value: Partial<EvalQuestion>
      try {
        value = JSON.parse(line) as Partial<EvalQuestion>
      } catch (cause) {
        throw new Error(`${name}:${n}: not JSON`, { cause })
      }
      if (typeof value.q !== 'string' || !Array.isArray(value.answers)) throw new Error(`${name}:${n}: needs "q" and "answers"`)
      if (!value.unanswerable && value.answers.length === 0) throw new Error(`${name}:${n}: answerable question without answers`)
      if (value.previous !== undefined && typeof value.previous !== 'string') throw new Error(`${name}:${n}: "previous" must be a question`)
      const question: EvalQuestion = { id: value.id ?? `${name}:${n}`, q: value.q, answers: value.answers, unanswerable: value.unanswerable === true, doc: value.doc ?? null, type: value.type ?? 'what' }
      return value.previous === undefined ? question : { ...question, previous: value.previous }
    })
}
