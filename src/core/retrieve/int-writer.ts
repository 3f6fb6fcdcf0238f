/** A growing Int32Array: a plain array of millions of numbers takes several times the memory. */
export interface IntWriter {
  push(n: number): void
  readonly length: number
  /** Makes room for `count` more numbers: write them into the array returned from `length` on, then {@link advance}. */
  reserve(count: number): Int32Array
  /** Takes the `count` numbers written after `length` into the array {@link reserve} returned. */
  advance(count: number): void
  /** The numbers pushed so far (a view: pushing more may leave it behind). */
  view(): Int32Array
}

/** Creates an empty {@link IntWriter}. */
export function createIntWriter(): IntWriter {
  let buffer = new Int32Array(1 << 16)
  let length = 0
  const reserve = (count: number) => {
    if (length + count > buffer.length) {
      // doubled for a builder's many small additions; a loaded index reserves each array whole,
      // and gets exactly that (doubling left up to 11 MB unused at 100k passages)
      const size = length === 0 ? count : Math.max(buffer.length * 2, length + count)
      const bigger = new Int32Array(size)
      bigger.set(buffer)
      buffer = bigger
    }
    return buffer
  }
  return {
    push(n) {
      if (length === buffer.length) reserve(1)
      buffer[length++] = n
    },
    get length() {
      return length
    },
    reserve,
    advance(count) {
      length += count
    },
    view: () => buffer.subarray(0, length),
  }
}
