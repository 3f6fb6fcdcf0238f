// The bot's state interfaces live in the core (core/shared-state.ts), so that adapters such as
// PostgreSQL can implement them; the bot reads them from here. Defaults: memory-state.ts.
export type { BotState, RateDecision, RateLimitStore, RateRule, SendSlots, StatsStore, UpdateClaim, UpdateLedger, VoteStore } from '../core/shared-state.js'
