import { describe, expect, it } from 'vitest';
import { isFirstDegree } from '../../../src/readers/linkedin/connection.ts';
import { capture } from './helpers.ts';

describe('1st-degree connection badge (LinkedIn, 2024 layout)', () => {
  const doc = capture('linkedin/2024-signed-in-sparse.html');
  const badge = () => doc.querySelector('.distance-badge .dist-value')!;

  it('a 3rd-degree member is not a connection', () => {
    expect(badge().textContent).toBe('3rd');
    expect(isFirstDegree(doc)).toBe(false);
  });

  it('the same page showing "1st" is one', () => {
    const old = badge().textContent;
    badge().textContent = '1st';
    try {
      expect(isFirstDegree(doc)).toBe(true);
    } finally {
      badge().textContent = old;
    }
  });

  it('a "1st" badge outside the top card (People also viewed) does not count', () => {
    const aside = doc.createElement('aside');
    const outer = doc.createElement('span');
    const value = doc.createElement('span');
    outer.className = 'distance-badge';
    value.className = 'dist-value';
    value.textContent = '1st';
    outer.append(value);
    aside.append(outer);
    doc.body.append(aside);
    try {
      expect(isFirstDegree(doc)).toBe(false);
    } finally {
      aside.remove();
    }
  });

  it('pages without a badge (the owner’s, the 2026 layout) say no, never guess', () => {
    for (const file of [
      'linkedin/2024-signed-in-full.html',
      'linkedin/2026-reconstructed-complete-profile.html',
    ])
      expect(isFirstDegree(capture(file))).toBe(false);
  });
});
