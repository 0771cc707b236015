// The message map: each message name fixes its payload and its reply type, checked at compile time
// (test/unit/messages.test.ts has @ts-expect-error cases). `send` lives here and `listen` in
// src/background/listen.ts; with src/storage/ they are the only places that touch messaging and storage.
import { extensionApi } from './ext.ts';
import type { Profile } from './core/profile.ts';
import type { Settings } from './storage/schema.ts';

export interface MessageMap {
  /** A content script read a profile page. The worker stores the snapshot (single writer). */
  'reading/submit': {
    payload: { profile: Profile; readAt: string; readMs: number };
    reply: { stored: boolean };
  };
  /** The settings, validated (the pages ask the worker, so they need not bundle the rule list). */
  'settings/get': { payload: null; reply: { settings: Settings } };
  /** Change settings (a partial patch). The worker merges, validates and stores them. */
  'settings/update': { payload: Partial<Settings>; reply: { settings: Settings } };
  /** Liveness check; tests and the content script use it to see that the worker answers. */
  ping: { payload: null; reply: { pong: true; version: string } };
}

export type MessageName = keyof MessageMap;
export type Payload<K extends MessageName> = MessageMap[K]['payload'];
export type Reply<K extends MessageName> = MessageMap[K]['reply'];

export interface Envelope<K extends MessageName = MessageName> {
  spruce: 1;
  name: K;
  payload: Payload<K>;
}

export { extensionApi };

export type Answer<K extends MessageName> = { ok: true; reply: Reply<K> } | { ok: false; error: string };

/** Send a message to the background worker and wait for its typed reply. Rejects with the worker's error. */
export async function send<K extends MessageName>(name: K, payload: Payload<K>): Promise<Reply<K>> {
  const api = extensionApi();
  if (!api) throw new Error('Extension context invalidated');
  const envelope: Envelope<K> = { spruce: 1, name, payload };
  const answer = (await api.runtime.sendMessage(envelope)) as Answer<K> | undefined;
  if (!answer) throw new Error(`No answer to ${name}`);
  if (!answer.ok) throw new Error(answer.error);
  return answer.reply;
}

export const isEnvelope = (m: unknown): m is Envelope =>
  typeof m === 'object' &&
  m !== null &&
  (m as Envelope).spruce === 1 &&
  typeof (m as Envelope).name === 'string';
