import { describe, expect, it } from 'vitest';
import {
  compareNames,
  containsKeyword,
  fold,
  isAutoAssignedSlug,
  keyTerms,
  keywordOffset,
  nameWords,
  parseKeywords,
  stem,
  stripEmoji,
} from '../../../src/core/text.ts';

describe('fold and stem', () => {
  it('folds case, accents and special letters', () => {
    expect(fold('  Zoë  NÚÑEZ ')).toBe('zoe nunez');
    expect(fold('Straße Łódź Ærø')).toBe('strasse lodz aero');
  });
  it('strips plurals consistently', () => {
    expect(stem('libraries')).toBe('library');
    expect(stem('skills')).toBe('skill');
    expect(stem('searches')).toBe('search');
    expect(stem('classes')).toBe('class');
    expect(stem('analysis')).toBe('analysis');
    expect(stem('status')).toBe('status');
    expect(stem('data')).toBe('data');
  });
  it('removes emoji, including joined and flagged ones', () => {
    expect(stripEmoji('Jane 👩🏽‍💻 Doe 🇬🇧').replace(/\s+/g, ' ').trim()).toBe('Jane Doe');
  });
});

describe('keywords', () => {
  it('match case-, accent- and plural-insensitively, as phrases', () => {
    expect(containsKeyword('Knowledge-Management lead', 'knowledge management')).toBe(true);
    expect(containsKeyword('Head of LIBRARIES', 'library')).toBe(true);
    expect(containsKeyword('Bibliothécaire', 'bibliothecaire')).toBe(true);
    expect(containsKeyword('management of knowledge', 'knowledge management')).toBe(false);
    expect(containsKeyword('E-learning designer', 'elearning')).toBe(true);
    expect(containsKeyword('elearning designer', 'e-learning')).toBe(true);
    expect(containsKeyword('anything', '  ')).toBe(false);
  });
  it('find where a keyword starts', () => {
    expect(keywordOffset('Helping people | Research Librarians', 'research librarian')).toBe(17);
    expect(keywordOffset('nothing here', 'librarian')).toBe(-1);
  });
  it('parse a typed list, de-duplicating plurals and case', () => {
    expect(
      parseKeywords('information professional, Knowledge management;  ; Information Professionals\nCPD'),
    ).toEqual(['information professional', 'Knowledge management', 'CPD']);
  });
  it('key terms drop stop words and keep acronyms', () => {
    expect([...keyTerms('Librarian at the BL | AI and data for researchers')].sort()).toEqual(
      ['ai', 'bl', 'data', 'librarian', 'researcher'].sort(),
    );
  });
});

describe('names', () => {
  it('normalise pronouns, emoji, honorifics, credentials and taglines away', () => {
    expect(nameWords('Dr. Zoë  Núñez-Smith (she/her) 📚')).toEqual(['zoe', 'nunezsmith']);
    expect(nameWords('Jane Doe, MCLIP')).toEqual(['jane', 'doe']);
    expect(nameWords('Jane Doe | Librarian')).toEqual(['jane', 'doe']);
    expect(nameWords('Jane Doe she/her')).toEqual(['jane', 'doe']);
  });
  it('compare first and last names, ignoring middle names', () => {
    expect(compareNames('Jane Mary Doe', 'jane doe')).toBe('same');
    expect(compareNames('Ana García López', 'Ana García-López')).toBe('same');
    expect(compareNames('Jane Doe', 'Jane')).toBe('partial');
    expect(compareNames('Jane Doe', 'John Smith')).toBe('different');
    expect(compareNames('', 'John Smith')).toBe('empty');
  });
});

describe('isAutoAssignedSlug (core copy, same examples as the reader)', () => {
  it.each([
    ['jane-doe-35520a61', true],
    ['jane-doe-b2a7184b', true],
    ['janedoe', false],
    ['jane-doe-librarian', false],
    ['jane-doe', false],
    ['jane-doe-dev2024', false],
    ['jane-roe00000', false],
    ['jane-doe-abcdef', false],
  ])('%s -> %s', (slug, auto) => {
    expect(isAutoAssignedSlug(slug)).toBe(auto);
  });
});
