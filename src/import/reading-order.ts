/**
 * Reading order of a page from the positions of its text, by recursive XY-cut (Nagy & Seth 1984):
 * a region is cut at its widest blank, across (a band taller than a line gap) or down (a column
 * gutter), until each block is one column of lines. A PDF's drawing order is never trusted: pages
 * drawn row by row across two columns read column by column all the same.
 */
import type { TextRun } from '../core/text/page-text.js'

/**
 * Blocks of runs in reading order: top to bottom, and left column before right in each band. The
 * runs inside a block keep the PDF's order; lines are rebuilt from their positions afterwards.
 */
export function orderBlocks(runs: readonly TextRun[]): TextRun[][] {
  const unit = typicalSize(runs)
  return cut(runs.filter((run) => run.text.trim() !== ''), unit)
}

/**
 * The font size most characters are set in (the body type); 10 when there is no text. Gaps are
 * measured against it: a blank band taller than one line of body type separates blocks.
 */
export function typicalSize(runs: readonly { text: string; size: number }[]): number {
  const weight = new Map<number, number>()
  for (const run of runs) weight.set(round(run.size), (weight.get(round(run.size)) ?? 0) + run.text.length)
  let best = 10
  let most = 0
  for (const [size, count] of weight) if (count > most || (count === most && size < best)) [best, most] = [size, count]
  return best
}

function round(size: number): number {
  return Math.round(size * 10) / 10
}

/** A gap between parts of a row wider than this many body characters splits it (a masthead's parts, items side by side). */
const rowGap = 3

function cut(runs: readonly TextRun[], unit: number): TextRun[][] {
  if (runs.length === 0) return []
  const across = widestGap(runs, (run) => [run.y, run.y + run.size], unit)
  // within one row, parts a word space apart (a spaced byline) stay together
  const down = widestGap(runs, (run) => [run.x, run.x + run.width], isOneRow(runs) ? unit * rowGap : unit)
  // the widest blank wins: a gutter running down a whole band of side-by-side items is cut before
  // the narrower gap under their headlines, so each item reads headline first. A gutter that would
  // cut one row's end off the rest (a page number beside the masthead) yields to a band.
  const lopsided = down !== undefined && !isOneRow(runs) && (isOneRow(down.before) || isOneRow(down.after))
  const best = across !== undefined && (down === undefined || lopsided || across.width >= down.width) ? across : down
  if (best === undefined) return [[...runs]]
  return [...cut(best.before, unit), ...cut(best.after, unit)]
}

interface Gap {
  width: number
  before: TextRun[]
  after: TextRun[]
}

// Projects the runs on one axis and finds the widest stretch no run covers, if wider than `minimum`.
function widestGap(runs: readonly TextRun[], extent: (run: TextRun) => [number, number], minimum: number): Gap | undefined {
  const sorted = [...runs].sort((a, b) => extent(a)[0] - extent(b)[0])
  let best: { width: number; index: number } | undefined
  let end = extent(sorted[0]!)[1]
  for (let i = 1; i < sorted.length; i++) {
    const [start, stop] = extent(sorted[i]!)
    const width = start - end
    if (width > minimum && (best === undefined || width > best.width)) best = { width, index: i }
    end = Math.max(end, stop)
  }
  return best === undefined ? undefined : { width: best.width, before: sorted.slice(0, best.index), after: sorted.slice(best.index) }
}

function isOneRow(runs: readonly TextRun[]): boolean {
  const top = Math.max(...runs.map((run) => run.y))
  const bottom = Math.min(...runs.map((run) => run.y + run.size))
  return top < bottom
}
