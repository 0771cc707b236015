// The manifest is the one place permissions live. This snapshot fails if anything in it drifts: a new
// permission, a new host, a web-accessible resource, a looser CSP, or a changed Firefox transform.
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../vite.config.ts';
import en from '../../public/_locales/en/messages.json';

describe('manifest', () => {
  it('Chrome: matches the snapshot', () => {
    expect(manifestFor('chrome')).toMatchSnapshot();
  });
  it('Firefox: matches the snapshot', () => {
    expect(manifestFor('firefox')).toMatchSnapshot();
  });

  it.each(['chrome', 'firefox'] as const)(
    '%s: storage plus LinkedIn and X only, no exposed resources',
    (t) => {
      const m = manifestFor(t) as Record<string, unknown>;
      expect(m.permissions).toEqual(['storage']);
      expect(m.host_permissions).toEqual([
        'https://www.linkedin.com/*',
        'https://x.com/*',
        'https://twitter.com/*',
      ]);
      expect(m).not.toHaveProperty('web_accessible_resources');
      expect(m).not.toHaveProperty('optional_permissions');
      expect(m).not.toHaveProperty('externally_connectable');
    },
  );

  it('names and describes itself through _locales, within the stores’ limits', () => {
    const m = manifestFor('chrome');
    expect(m.name).toBe('__MSG_extName__');
    expect(en.extName.message).toBe('Spruce');
    expect(en.extDescription.message.length).toBeLessThanOrEqual(132);
  });

  it('Firefox gets background scripts and gecko settings; Chrome keeps the service worker', () => {
    const ff = manifestFor('firefox') as Record<string, any>;
    const ch = manifestFor('chrome') as Record<string, any>;
    expect(ff.background).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(ff.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(ch.background).toEqual({ service_worker: 'src/background/index.ts', type: 'module' });
    expect(ch).not.toHaveProperty('browser_specific_settings');
  });
});
