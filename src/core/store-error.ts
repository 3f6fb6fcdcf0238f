/**
 * A failure of a store outside the process (the database): unreachable, timed out or refusing.
 * Not a bug in wenda; logged as such, and the update is retried or apologised for.
 */
export class StoreError extends Error {
  override name = 'StoreError'
}
