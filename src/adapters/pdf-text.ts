import { dirname, join, sep } from 'node:path'
import { createRequire } from 'node:module'
import type { PageText, TextRun } from '../core/text/page-text.js'

// pdf.js's legacy build runs on Node 20 (the modern one needs DOMMatrix); this file is its only import.
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')

let pdfjs: Promise<PdfJs> | undefined

/** Largest PDF read (bytes): a newspaper page with its photos is a few megabytes. */
export const maxPdfBytes = 64 * 1024 * 1024

/** True when the bytes start like a PDF file (`%PDF-`), whatever the file is called. */
export function isPdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-'
}

/**
 * Reads every page's text runs with their positions through pdf.js (CMaps and standard fonts from
 * the package, so CJK and unembedded fonts decode). Throws an Error saying what is wrong with the
 * file (damaged, password-protected), with pdf.js's error as `cause`.
 */
export async function readPdfText(bytes: Uint8Array): Promise<PageText[]> {
  const lib = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'))
  const folder = packageFolder()
  const task = lib.getDocument({
    data: new Uint8Array(bytes), // pdf.js takes ownership of (transfers) the buffer it is given
    cMapUrl: join(folder, 'cmaps') + sep,
    cMapPacked: true,
    standardFontDataUrl: join(folder, 'standard_fonts') + sep,
    wasmUrl: join(folder, 'wasm') + sep,
    isEvalSupported: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  })
  try {
    const document = await task.promise.catch((cause: unknown) => {
      throw new Error(describeOpenError(cause), { cause })
    })
    const pages: PageText[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const viewport = page.getViewport({ scale: 1 })
      const content = await page.getTextContent()
      const runs: TextRun[] = []
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue
        // page space → top-left space of the (possibly rotated) page, as pdf.js's own text layer does
        const [, , c, d, e, f] = lib.Util.transform(viewport.transform, item.transform) as number[]
        const size = Math.hypot(c!, d!)
        runs.push({ text: item.str, x: e!, y: f! - size, width: item.width, size })
      }
      pages.push({ width: viewport.width, height: viewport.height, runs })
      page.cleanup()
    }
    return pages
  } finally {
    await task.destroy()
  }
}

function describeOpenError(cause: unknown): string {
  const name = (cause as { name?: string } | undefined)?.name
  if (name === 'PasswordException') return 'the PDF is password-protected'
  if (name === 'InvalidPDFException') return 'not a readable PDF (damaged or not a PDF)'
  return `the PDF cannot be read (${(cause as Error | undefined)?.message ?? String(cause)})`
}

function packageFolder(): string {
  return dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'))
}
