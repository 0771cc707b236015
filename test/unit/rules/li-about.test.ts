import { describe, expect, it } from 'vitest';
import { hasHook } from '../../../src/core/rules/li-about.ts';
import { ABOUT, absent, check, found, li, unknown } from './helpers.ts';

const boiler =
  'I am an experienced librarian with over 10 years of experience in academic libraries. ' +
  'Experienced information professional with a demonstrated history of working in the higher education industry. ' +
  'Skilled in cataloguing, metadata, reference services, research support and information literacy teaching. ';

describe('li-about', () => {
  it('passes a long About that opens with a hook', () => {
    const r = check('li-about', { linkedin: li() });
    expect(r.status).toBe('pass');
    expect(r.detail).toMatch(/of 2,600 characters/);
  });
  it('fails a missing About', () => {
    expect(check('li-about', { linkedin: li({ about: absent }) }).status).toBe('fail');
  });
  it('fails an About under 300 characters and quotes its length', () => {
    const r = check('li-about', { linkedin: li({ about: found('I help researchers find evidence.') }) });
    expect(r.status).toBe('fail');
    expect(r.detail).toMatch(/About is 33 of 2,600 characters/);
  });
  it('warns when the visible opening is boilerplate only', () => {
    const r = check('li-about', { linkedin: li({ about: found(boiler + ABOUT) }) });
    expect(r.status).toBe('warn');
    expect(r.detail).toMatch(/boilerplate/);
  });
  it('warns when between 300 and 600 characters', () => {
    const r = check('li-about', { linkedin: li({ about: found(ABOUT.slice(0, 400)) }) });
    expect(r.status).toBe('warn');
  });
  it('is unknown when unread', () => {
    expect(check('li-about', { linkedin: li({ about: unknown('x') }) }).status).toBe('unknown');
  });
  it('tells a hook from boilerplate', () => {
    expect(hasHook('I am a librarian with 12 years of experience.')).toBe(false);
    expect(hasHook('Results-driven professional with 5+ years experience in data.')).toBe(false);
    expect(hasHook('I help health scientists find the evidence they need.')).toBe(true);
    expect(hasHook(`${boiler}I help health scientists find the evidence.`)).toBe(true);
  });
});
