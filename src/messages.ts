// The message map: each message name fixes its payload and its reply type, checked at compile time
// (test/unit/messages.test.ts has @ts-expect-error cases). This file and src/storage/ are the only places
// that touch runtime messaging and storage.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Profile } from './core/profile.ts';
import type { Settings } from './storage/schema.ts';

export interface MessageMap {
  /** A content script read a profile page. The worker stores the snapshot (single writer). */
  'reading/submit': {
    payload: { profile: Profile; readAt: string; readMs: number };
    reply: { stored: boolean };
  };
  /** Change settings (a partial patch). The worker merges, validates and stores them. */
  'settings/update': { payload: Partial<Settings>; reply: { settings: Settings } };
  /** Liveness check; tests and the content script use it to see that the worker answers. */
  ping: { payload: null; reply: { pong: true; version: string } };
}

export type MessageName = keyof MessageMap;
export type Payload<K extends MessageName> = MessageMap[K]['payload'];
export type Reply<K extends MessageName> = MessageMap[K]['reply'];

interface Envelope<K extends MessageName = MessageName> {
  spruce: 1;
  name: K;
  payload: Payload<K>;
}

type Answer<K extends MessageName> = { ok: true; reply: Reply<K> } | { ok: false; error: string };

/** Send a message to the background worker and wait for its typed reply. Rejects with the worker's error. */
export async function send<K extends MessageName>(name: K, payload: Payload<K>): Promise<Reply<K>> {
  const envelope: Envelope<K> = { spruce: 1, name, payload };
  const answer = (await browser.runtime.sendMessage(envelope)) as Answer<K> | undefined;
  if (!answer) throw new Error(`No answer to ${name}`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.reply;
}

export type Handlers = {
  [K in MessageName]: (payload: Payload<K>, sender: Runtime.MessageSender) => Promise<Reply<K>>;
};

const isEnvelope = (m: unknown): m is Envelope =>
  typeof m === 'object' && m !== null && (m as Envelope).spruce === 1 && typeof (m as Envelope).name === 'string';

/**
 * Answer messages with one handler per name (the background worker). Messages from other extensions or
 * with unknown names are ignored. Returns a function that stops listening.
 */
export function listen(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Answer<MessageName>> | undefined => {
    if (sender.id !== browser.runtime.id || !isEnvelope(message)) return undefined;
    const handler = handlers[message.name] as
      | ((p: unknown, s: Runtime.MessageSender) => Promise<Reply<MessageName>>)
      | undefined;
    if (!handler) return undefined;
    return handler(message.payload, sender).then(
      (reply) => ({ ok: true as const, reply }),
      (err: unknown) => ({ ok: false as const, error: err instanceof Error ? err.message : String(err) }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
