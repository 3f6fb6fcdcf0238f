import type { Message, UserFromGetMe } from 'grammy/types'
import type { FakeBotApi } from './fake-bot-api.js'
import { toPlainText } from './telegram-html.js'

// The Bot API methods the fake implements, and the refusals they share with Telegram.

/** The bot the fake pretends to be. */
export const fakeBotInfo: UserFromGetMe = {
  id: 4242,
  is_bot: true,
  first_name: 'Wenda',
  username: 'wenda_test_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe

/** A request's parameters: free-form JSON, of which each method reads what it needs. */
export type Params = Record<string, any>
/** One Bot API method: its result, or an ApiRefusal thrown. */
export type Handler = (params: Params) => unknown

/** A refusal the way Telegram words it; handlers throw it, the server answers with it. */
export class ApiRefusal extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
    readonly retryAfter?: number,
  ) {
    super(description)
  }
}

// Telegram calls webhooks only over HTTPS, on these ports, at a host it can resolve
const webhookPorts = new Set(['', '443', '80', '88', '8443'])

function checkWebhookUrl(value: string): void {
  if (value === '') return // an empty url removes the webhook
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ApiRefusal(400, 'Bad Request: bad webhook: Failed to parse URL')
  }
  if (url.protocol !== 'https:') throw new ApiRefusal(400, 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook')
  if (!webhookPorts.has(url.port)) throw new ApiRefusal(400, 'Bad Request: bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443')
  if (url.hostname.endsWith('.invalid')) throw new ApiRefusal(400, 'Bad Request: bad webhook: Failed to resolve host: Name or service not known')
}

/** The methods the fake implements, by name; messages sent are remembered in `api` so replies can quote them. */
export function createHandlers(api: FakeBotApi): Record<string, Handler> {
  const yes = () => true
  const answeredQueries = new Set<string>()
  const answerCallbackQuery = (params: Params) => {
    const id = String(params.callback_query_id)
    if (answeredQueries.has(id)) throw new ApiRefusal(400, 'Bad Request: query is too old and response timeout expired or query ID is invalid')
    answeredQueries.add(id)
    return true
  }
  const sent = (params: Params): Message => {
    const chatId = Number(params.chat_id)
    const replied = params.reply_parameters?.message_id
    const quoted = replied === undefined ? undefined : api.messages.get(`${chatId}:${replied}`)
    const known = [...api.messages.values()].find((m) => m.chat.id === chatId)?.chat
    return api.remember({
      date: Math.floor(Date.now() / 1000),
      chat: known ?? { id: chatId, type: 'private', first_name: 'User' },
      from: fakeBotInfo,
      text: params.parse_mode === 'HTML' ? toPlainText(params.text ?? '') : params.text,
      ...(quoted && { reply_to_message: quoted }),
      ...(params.reply_markup && { reply_markup: params.reply_markup }),
    } as Message)
  }
  return {
    getMe: () => fakeBotInfo,
    getUpdates: () => [],
    sendMessage: sent,
    editMessageText: (params) => (params.inline_message_id ? true : { ...sent(params), message_id: Number(params.message_id) }),
    getWebhookInfo: () => ({ url: '', has_custom_certificate: false, pending_update_count: 0 }),
    answerCallbackQuery,
    answerInlineQuery: yes,
    sendChatAction: yes,
    setMyCommands: yes,
    deleteMyCommands: yes,
    setWebhook: (params) => {
      checkWebhookUrl(String(params.url ?? ''))
      return true
    },
    deleteWebhook: yes,
    close: yes,
    logOut: yes,
  }
}
