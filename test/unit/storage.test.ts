import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION_ITEM, validateSnapshots } from '../../src/storage/schema.ts';
import { DEFAULT_SETTINGS, validateSettings } from '../../src/storage/settings.ts';

describe('stored settings', () => {
  it('fill missing or malformed parts with defaults', () => {
    expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ checklist: 'no' })).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings({ checklist: { goal: 'astronaut' } })).toEqual(DEFAULT_SETTINGS);
  });
  it('keep valid values and drop unknown keys', () => {
    expect(validateSettings({ checklist: { goal: 'cpd' }, evil: '<img>' })).toEqual({
      ...DEFAULT_SETTINGS,
      checklist: { ...DEFAULT_SETTINGS.checklist, goal: 'cpd' },
    });
  });
  it('validate the checklist part with the core’s rules (unknown rule ids dropped)', () => {
    const s = validateSettings({
      checklist: { goal: 'cpd', disabled: ['li-banner', 'no-such-rule'], keywords: 'a, b' },
    });
    expect(s.checklist.goal).toBe('cpd');
    expect(s.checklist.disabled).toEqual(['li-banner']);
    expect(s.checklist.keywords).toEqual(['a', 'b']);
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
    expect(SCHEMA_VERSION_ITEM.validate(1)).toBe(1);
    expect(SCHEMA_VERSION_ITEM.validate('1')).toBe(0);
    expect(SCHEMA_VERSION_ITEM.validate(-3)).toBe(0);
    expect(SCHEMA_VERSION_ITEM.validate(undefined)).toBe(0);
  });
});
