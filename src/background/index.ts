// The background worker: the single writer to storage. It is stopped and restarted by the browser at will,
// so nothing lives only in its memory: every handler reads what it needs from storage.
import browser from 'webextension-polyfill';
import { listen } from './listen.ts';
import { ensureSchema, getItem, setItem } from '../storage/index.ts';
import { validateSettings } from '../storage/schema.ts';
import { serial } from './queue.ts';

const write = serial();
// Every write waits for the schema check, which runs at each start of the worker.
const ready = write(() => ensureSchema());

listen({
  async ping() {
    return { pong: true, version: browser.runtime.getManifest().version };
  },

  async 'reading/submit'({ profile, readAt, readMs }, sender) {
    // Only our own content scripts, on a tab, submit readings.
    if (!sender.tab) throw new Error('readings come from content scripts');
    await ready;
    return write(async () => {
      const snapshots = await getItem('snapshots');
      snapshots[profile.key] = { profile, readAt, readMs };
      await setItem('snapshots', snapshots);
      return { stored: true };
    });
  },

  async 'settings/update'(patch) {
    await ready;
    return write(async () => {
      const current = await getItem('settings');
      const settings = validateSettings({ ...current, ...patch });
      await setItem('settings', settings);
      return { settings };
    });
  },
});
