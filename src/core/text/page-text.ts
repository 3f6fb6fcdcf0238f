/**
 * The text of a PDF page as positioned runs, the importer's view of a PDF: what the PDF reader
 * (pdf.js, in the adapters) hands over, before reading order and paragraphs are rebuilt.
 */

/** A run of text set in one font on one line, in points from the page's top-left corner. */
export interface TextRun {
  text: string
  /** Left edge. */
  x: number
  /** Top of the type (baseline minus the font size). */
  y: number
  width: number
  /** Font size (em height). */
  size: number
}

/** One page's runs in the order the PDF draws them (not reading order). */
export interface PageText {
  width: number
  height: number
  runs: TextRun[]
}
