// The worker's side of the message map: one handler per message name.
import browser, { type Runtime } from 'webextension-polyfill';
import { isEnvelope, type Answer, type MessageName, type Payload, type Reply } from '../messages.ts';

export type Handlers = {
  [K in MessageName]: (payload: Payload<K>, sender: Runtime.MessageSender) => Promise<Reply<K>>;
};

/**
 * Answer messages with one handler per name. Messages from other extensions or with unknown names are
 * ignored; a handler's error becomes an `{ ok: false }` answer that `send` turns back into a rejection.
 * Returns a function that stops listening.
 */
export function listen(handlers: Handlers): () => void {
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
  ): Promise<Answer<MessageName>> | undefined => {
    if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
    const handler = handlers[message.name] as
      ((p: unknown, s: Runtime.MessageSender) => Promise<Reply<MessageName>>) | undefined;
    if (!handler) return undefined;
    return handler(message.payload, sender).then(
      (reply) => ({ ok: true as const, reply }),
      (err: unknown) => ({ ok: false as const, error: err instanceof Error ? err.message : String(err) }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
