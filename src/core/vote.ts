/** A 👍 (1) or 👎 (-1) on a passage; 0 stands for no vote. */
export type Vote = 1 | -1

/** The vote standing after a tap: tapping the standing vote again withdraws it (0), the other thumb replaces it. */
export function voteAfterTap(standing: Vote | 0, tapped: Vote): Vote | 0 {
  return standing === tapped ? 0 : tapped
}
