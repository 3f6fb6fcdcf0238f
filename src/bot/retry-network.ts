import { HttpError, type Transformer } from 'grammy'

/** How often and how soon to retry a request that failed on the network. */
export interface NetworkRetryOptions {
  /** Retries after the first failure; default 5. */
  attempts: number
  /** Wait before the first retry, doubled each time; default 500 ms. */
  firstDelayMs: number
}

/** The defaults stated on {@link NetworkRetryOptions}. */
export const defaultNetworkRetryOptions: NetworkRetryOptions = { attempts: 5, firstDelayMs: 500 }

/**
 * An API transformer that retries network failures (dropped connections, refused connects) a
 * bounded number of times with backoff; @grammyjs/auto-retry would retry them forever. Stops
 * at once when the request's signal is aborted (runner.stop()).
 */
export function retryNetworkErrors(options: Partial<NetworkRetryOptions> = {}): Transformer {
  const { attempts, firstDelayMs } = { ...defaultNetworkRetryOptions, ...options }
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal)
      } catch (error) {
        if (!(error instanceof HttpError) || attempt >= attempts || signal?.aborted) throw error
        await new Promise((resolve) => setTimeout(resolve, firstDelayMs * 2 ** attempt))
      }
    }
  }
}
