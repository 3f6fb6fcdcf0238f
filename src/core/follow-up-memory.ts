/** The last question of each chat, for reading a follow-up against it; in memory only, never logged. */
export interface FollowUpMemory {
  /** The chat's last question when asked within the time to live; else undefined. */
  recall(chat: string | number): string | undefined
  /** Keeps `question` (as answered) as the chat's last one, replacing the one before. */
  remember(chat: string | number, question: string): void
}

/** How long and for how many chats questions are kept. */
export interface FollowUpMemoryOptions {
  /** Milliseconds a question stays usable for a follow-up; default 5 minutes (a conversation, not a session). */
  ttlMs: number
  /** Chats kept at most; the least recently asked are forgotten first; default 10 000. */
  maxChats: number
  /** The clock, injectable for tests; default Date.now. */
  now: () => number
}

/** The defaults of {@link FollowUpMemoryOptions}. */
export const defaultFollowUpMemoryOptions: FollowUpMemoryOptions = { ttlMs: 5 * 60_000, maxChats: 10_000, now: () => Date.now() }

/** Creates a per-chat memory of the last question, bounded in time and size. */
export function createFollowUpMemory(options: Partial<FollowUpMemoryOptions> = {}): FollowUpMemory {
  const opts = { ...defaultFollowUpMemoryOptions, ...options }
  // a Map iterates in insertion order: re-inserting on each question keeps the oldest first
  const chats = new Map<string, { question: string; at: number }>()
  return {
    recall(chat) {
      const kept = chats.get(String(chat))
      if (kept === undefined) return undefined
      if (opts.now() - kept.at <= opts.ttlMs) return kept.question
      chats.delete(String(chat))
      return undefined
    },
    remember(chat, question) {
      const key = String(chat)
      chats.delete(key)
      chats.set(key, { question, at: opts.now() })
      while (chats.size > opts.maxChats) chats.delete(chats.keys().next().value!)
    },
  }
}
