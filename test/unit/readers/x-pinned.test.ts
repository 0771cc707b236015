// A pinned post labelled in a language the reader does not know, with a changed pin icon, must read as
// "unknown", never as "no pinned post".
import { describe, expect, it } from 'vitest';
import { readX } from '../../../src/readers/x/read.ts';
import { X_CAPTURES, capture } from './helpers.ts';

describe('X pinned post in an unknown UI language', () => {
  it.each(Object.values(X_CAPTURES))('$file', ({ file, url }) => {
    const doc = capture(file);
    const before = readX(doc, url).fields.pinned;
    for (const label of doc.querySelectorAll('[data-testid="socialContext"]')) label.textContent = 'Anclado';
    for (const path of doc.querySelectorAll('article path')) path.setAttribute('d', 'M0 0');
    const after = readX(doc, url).fields.pinned;
    if (before.state === 'found') expect(after.state).toBe('unknown');
    else expect(after).toEqual(before);
  });
});
