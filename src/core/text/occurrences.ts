/** A stretch of a text, as character offsets: `start` inclusive, `end` exclusive. */
export interface Span {
  start: number
  end: number
}

/** Every place a text names `name`, left to right, none overlapping. */
export function findOccurrences(text: string, name: string): Span[] {
  const places: Span[] = []
  if (name === '') return places
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) places.push({ start: at, end: at + name.length })
  return places
}

/** Whether two spans share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}
