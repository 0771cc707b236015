import { describe, expect, it } from 'vitest';
import { resembles } from '../../../src/core/rules/x-handle.ts';
import { otherScript } from '../../../src/core/text.ts';
import { check, found, unknown, xp } from './helpers.ts';

describe('x-handle', () => {
  it('passes a handle that resembles the name', () => {
    const r = check('x-handle', { x: xp() });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/10 of 15 characters/);
  });
  it('fails a handle unrelated to the name', () => {
    expect(check('x-handle', { x: xp({ handle: found('bookworm_1984') }) }).status).toBe('fail');
  });
  it('is unknown when the handle or the name is unread', () => {
    expect(check('x-handle', { x: xp({ handle: unknown('x') }) }).status).toBe('unknown');
    expect(check('x-handle', { x: xp({ name: unknown('x') }) }).status).toBe('unknown');
  });
  it('knows common handle shapes', () => {
    expect(resembles('jdoe', 'Jane Doe')).toBe(true);
    expect(resembles('@JaneD', 'Jane Doe')).toBe(true);
    expect(resembles('zoe_nunez', 'Zoë Núñez (she/her)')).toBe(true);
    expect(resembles('libraryfan', 'Jane Doe')).toBe(false);
  });
  it('compares accented Latin names with their letters folded', () => {
    expect(resembles('jose_garcia', 'José García')).toBe(true);
    expect(resembles('bjorn_oyen', 'Bjørn Øyen')).toBe(true);
    expect(
      check('x-handle', { x: xp({ handle: found('jgarcia'), name: found('José García') }) }).status,
    ).toBe('pass');
  });
  it('cannot tell when the name is written in another script: unknown, never pass or fail', () => {
    // One word (王芳, 김민준) used to fail; two words (محمد علي) used to pass against any handle.
    const cases: [string, string][] = [
      ['wangfang', '王芳'],
      ['kimminjun', '김민준'],
      ['mohamed_ali', 'محمد علي'],
      ['david_cohen', 'דוד כהן'],
      ['raj_sharma', 'राज शर्मा'],
      ['ivan_petrov', 'Иван Петров'],
      ['bookworm_1984', 'محمد علي'],
    ];
    for (const [handle, name] of cases) {
      expect(resembles(handle, name), name).toBe(false);
      const r = check('x-handle', { x: xp({ handle: found(handle), name: found(name) }) });
      expect(r.status, name).toBe('unknown');
      expect(r.detail).toContain(`@${handle} couldn’t be compared with your display name`);
    }
  });
  it('uses the Latin words of a mixed name, and is unsure rather than failing on the rest', () => {
    expect(otherScript('Wang Fang 王芳')).toBe(true);
    expect(otherScript('Jane Doe 2024')).toBe(false);
    expect(
      check('x-handle', { x: xp({ handle: found('wangfang'), name: found('Wang Fang 王芳') }) }).status,
    ).toBe('pass');
    expect(
      check('x-handle', { x: xp({ handle: found('wf_88'), name: found('Wang Fang 王芳') }) }).status,
    ).toBe('unknown');
    expect(
      check('x-handle', { x: xp({ handle: found('bookworm_1984'), name: found('Jane Doe 2024') }) }).status,
    ).toBe('fail');
  });
});
