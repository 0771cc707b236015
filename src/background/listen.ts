// The worker's side of the message map: one handler per message name.
import type { Runtime } from 'webextension-polyfill';
import { ext } from '../ext.ts';
import { mayAsk } from './senders.ts';
import {
  isEnvelope,
  messageOf,
  type Answer,
  type MessageName,
  type Payload,
  type Reply,
} from '../messages.ts';

export type Handlers = {
  [K in MessageName]: (payload: Payload<K>, sender: Runtime.MessageSender) => Promise<Reply<K>>;
};

type Listener = Parameters<Runtime.Static['onMessage']['addListener']>[0];

/**
 * Answer messages with one handler per name. Messages from other extensions or with unknown names are
 * ignored; a handler's error, or a message a content script may not send (senders.ts), becomes an
 * `{ ok: false }` answer that `send` turns back into a rejection. Returns a function that stops listening.
 */
export function listen(handlers: Handlers): () => void {
  const runtime = ext().runtime;
  // sendResponse plus `return true` (rather than returning a promise) works natively in Chrome and Firefox.
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
    sendResponse: (answer: Answer<MessageName>) => void,
  ): true | undefined => {
    if (sender.id !== runtime.id || !isEnvelope(message)) return undefined;
    const handler = handlers[message.name] as
      ((p: unknown, s: Runtime.MessageSender) => Promise<Reply<MessageName>>) | undefined;
    if (!handler) return undefined;
    const answer = async () => {
      mayAsk(message.name, sender);
      return handler(message.payload, sender);
    };
    answer().then(
      (reply) => sendResponse({ ok: true, reply }),
      (err: unknown) => sendResponse({ ok: false, error: messageOf(err) }),
    );
    return true;
  };
  runtime.onMessage.addListener(listener as unknown as Listener);
  return () => runtime.onMessage.removeListener(listener as unknown as Listener);
}
