// The background worker: the single writer to storage. It is stopped and restarted by the browser at will,
// so nothing lives only in its memory: every handler reads what it needs from storage.
import { ext } from '../ext.ts';
import { listen } from './listen.ts';
import { ensureSchema, getItem, setItem, setItems, SNAPSHOTS } from '../storage/index.ts';
import { SETTINGS, validateSettings } from '../storage/settings.ts';
import { serial } from './queue.ts';
import { reevaluateAll, reportFor } from './evaluate.ts';

const write = serial();
// Every write waits for the schema check, which runs at each start of the worker.
const ready = write(() => ensureSchema());

listen({
  async ping() {
    return { pong: true, version: ext().runtime.getManifest().version };
  },

  async 'reading/submit'({ profile, readAt, readMs }, sender) {
    // Only our own content scripts, on a tab, submit readings.
    if (!sender.tab) throw new Error('readings come from content scripts');
    await ready;
    return write(async () => {
      const [snapshots, settings] = await Promise.all([getItem(SNAPSHOTS), getItem(SETTINGS)]);
      const report = reportFor(profile, readAt, snapshots, settings);
      snapshots[profile.key] = { profile, readAt, readMs, report };
      await setItem(SNAPSHOTS, snapshots);
      return { stored: true };
    });
  },

  async 'settings/get'() {
    return { settings: await getItem(SETTINGS) };
  },

  async 'settings/update'(patch) {
    await ready;
    return write(async () => {
      const current = await getItem(SETTINGS);
      const settings = validateSettings({ ...current, ...patch });
      // The stored reports follow the new settings at once (goal weights, keywords, disabled rules).
      await setItems({ settings, snapshots: reevaluateAll(await getItem(SNAPSHOTS), settings) });
      return { settings };
    });
  },
});
