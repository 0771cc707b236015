import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, ITEMS, validateSettings, validateSnapshots } from '../../src/storage/schema.ts';

describe('stored settings', () => {
  it('fill missing or malformed parts with defaults', () => {
    expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ overlays: { linkedin: 'no', x: false } })).toEqual({
      overlays: { linkedin: true, x: false },
    });
  });
  it('keep valid values and drop unknown keys', () => {
    expect(validateSettings({ overlays: { linkedin: false, x: false }, evil: '<img>' })).toEqual({
      overlays: { linkedin: false, x: false },
    });
  });
});

describe('stored snapshots', () => {
  const good = {
    readAt: '2026-11-27T10:00:00.000Z',
    profile: { platform: 'x', key: 'x:robin', fields: {} },
  };
  it('drop malformed entries, keep good ones', () => {
    expect(validateSnapshots({ 'x:robin': good, bad: { readAt: 1 }, worse: null })).toEqual({
      'x:robin': good,
    });
    expect(validateSnapshots([good])).toEqual({});
  });
  it('schema version: only positive integers count', () => {
    expect(ITEMS.schemaVersion(1)).toBe(1);
    expect(ITEMS.schemaVersion('1')).toBe(0);
    expect(ITEMS.schemaVersion(-3)).toBe(0);
    expect(ITEMS.schemaVersion(undefined)).toBe(0);
  });
});
