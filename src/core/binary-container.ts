/** The typed arrays a container holds after its JSON head. */
export type Section = Uint32Array | Uint16Array

interface SectionInfo {
  type: 'u32' | 'u16'
  length: number
}

/**
 * Packs a JSON head and typed arrays into one byte string: a 4-byte head length, the head (with the
 * sections' types and lengths added), then each array little-endian, each starting 4-byte aligned.
 */
export function packContainer(head: object, sections: readonly Section[]): Uint8Array {
  const info: SectionInfo[] = sections.map((s) => ({ type: s instanceof Uint32Array ? 'u32' : 'u16', length: s.length }))
  const headBytes = new TextEncoder().encode(JSON.stringify({ ...head, sections: info }))
  let size = align(4 + headBytes.length)
  for (const section of sections) size = align(size + section.byteLength)
  const bytes = new Uint8Array(size)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, headBytes.length, true)
  bytes.set(headBytes, 4)
  let at = align(4 + headBytes.length)
  for (const section of sections) {
    if (littleEndian) bytes.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), at)
    else writeLittleEndian(view, at, section)
    at = align(at + section.byteLength)
  }
  return bytes
}

/**
 * Unpacks {@link packContainer}'s bytes; the arrays are views on a copy only when the bytes are
 * misaligned. Throws when the bytes are cut short, overlong, or the head is not one of ours.
 */
export function unpackContainer(input: Uint8Array): { head: Record<string, unknown>; sections: Section[] } {
  // typed-array views need aligned offsets; a small Buffer may sit anywhere in Node's pool
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice()
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headLength = bytes.byteLength >= 4 ? view.getUint32(0, true) : Infinity
  if (4 + headLength > bytes.byteLength) throw new Error('the index is incomplete (shorter than its head)')
  const head = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + headLength))) as Record<string, unknown>
  if (head === null || typeof head !== 'object') throw new Error('the index head is not an object')
  // a head without sections is another format's; the caller rejects it by its format
  if (!Array.isArray(head.sections)) return { head, sections: [] }
  let at = align(4 + headLength)
  const sections = (head.sections as SectionInfo[]).map(({ type, length }) => {
    const width = type === 'u32' ? 4 : 2
    if (!Number.isInteger(length) || length < 0 || at + length * width > bytes.byteLength) {
      throw new Error('the index is incomplete (a section is cut short)')
    }
    const section = type === 'u32' ? new Uint32Array(bytes.buffer, bytes.byteOffset + at, length) : new Uint16Array(bytes.buffer, bytes.byteOffset + at, length)
    at = align(at + length * width)
    return littleEndian ? section : swapped(section)
  })
  if (at !== bytes.byteLength) throw new Error('the index is damaged (bytes left after its sections)')
  return { head, sections }
}

function align(n: number): number {
  return n + ((4 - (n % 4)) % 4)
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1

function writeLittleEndian(view: DataView, at: number, section: Section): void {
  const width = section instanceof Uint32Array ? 4 : 2
  for (let i = 0; i < section.length; i++) {
    if (width === 4) view.setUint32(at + i * 4, section[i]!, true)
    else view.setUint16(at + i * 2, section[i]!, true)
  }
}

// Big-endian machines read the little-endian file through a DataView copy.
function swapped(section: Section): Section {
  const view = new DataView(section.buffer, section.byteOffset, section.byteLength)
  if (section instanceof Uint32Array) return Uint32Array.from({ length: section.length }, (_, i) => view.getUint32(i * 4, true))
  return Uint16Array.from({ length: section.length }, (_, i) => view.getUint16(i * 2, true))
}
