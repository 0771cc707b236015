import { describe, expect, it } from 'vitest';
import { asciiDigits, firstInteger, integersIn, parseCount } from '../../../src/core/numbers.ts';

describe('parseCount', () => {
  it.each([
    // X abbreviations
    ['1.2K', 1200],
    ['1M Followers', 1_000_000],
    ['10.6M Followers', 10_600_000],
    ['778.5K Followers', 778_500],
    ['3M', 3_000_000],
    ['2.1B', 2_100_000_000],
    // grouped thousands
    ['1,204', 1204],
    ['5,894 Following', 5894],
    ['12,345,678', 12_345_678],
    ['1.204', 1204], // German grouping
    ['1 204 abonnés', 1204], // French, plain space
    ['1\u00A0204 abonnés', 1204], // no-break space
    ['1\u202F204 abonnés', 1204], // narrow no-break space (what fr-FR formatting prints)
    ["1'204", 1204], // Swiss
    // decimal comma with a unit
    ['1,2 k abonnés', 1200],
    ['1,5 Mio. Follower', 1_500_000],
    ['2,3 M', 2_300_000],
    ['1 mil seguidores', 1000],
    // LinkedIn
    ['500+', 500],
    ['500+ connections', 500],
    ['357 connections', 357],
    ['Show all 30 skills', 30],
    ['Afficher les 30 compétences', 30],
    ['30件のスキルをすべて表示', 30],
    ['Show all 1,234 skills', 1234],
    ['フォロワー48人', 48],
    ['フォロワー1.2万人', 12_000],
    ['3,2 万', 32_000],
    ['594 followers', 594],
  ])('%s -> %d', (input, want) => {
    expect(parseCount(input)).toBe(want);
  });

  it('does not read a following word as a unit', () => {
    expect(parseCount('3 mutual connections')).toBe(3);
    expect(parseCount('2 months')).toBe(2);
    expect(parseCount('5 Kontakte')).toBe(5);
    expect(parseCount('12 bookmarks')).toBe(12);
  });

  it('returns null when there is no number', () => {
    expect(parseCount('')).toBeNull();
    expect(parseCount('Show all skills')).toBeNull();
    expect(parseCount('connections')).toBeNull();
  });
});

describe('integersIn', () => {
  it('lists the integers in a label or id', () => {
    expect(integersIn('navigation-index-Show-all-30-skills')).toEqual([30]);
    expect(integersIn('Show all 1,234 of 2 lists')).toEqual([1234, 2]);
    expect(integersIn('none')).toEqual([]);
  });
});

describe('digits of other scripts', () => {
  // The ten digits of each script, from its zero.
  const run = (zero: number): string =>
    String.fromCharCode(...Array.from({ length: 10 }, (_, i) => zero + i));

  it.each([
    ['Arabic-Indic', 0x660],
    ['Extended Arabic-Indic (Persian, Urdu)', 0x6f0],
    ['Devanagari', 0x966],
    ['Bengali', 0x9e6],
    ['Gurmukhi', 0xa66],
    ['Gujarati', 0xae6],
    ['Odia', 0xb66],
    ['Tamil', 0xbe6],
    ['Telugu', 0xc66],
    ['Kannada', 0xce6],
    ['Malayalam', 0xd66],
    ['Thai', 0xe50],
    ['Lao', 0xed0],
    ['fullwidth', 0xff10],
  ])('%s digits read as ASCII ones', (_name, zero) => {
    expect(asciiDigits(run(zero))).toBe('0123456789');
    expect(parseCount(`${run(zero).slice(1, 4)} x`)).toBe(123);
  });

  it('leaves letters, the Arabic percent sign and ASCII alone', () => {
    expect(asciiDigits('नमस्ते অআ ٪ 42 abc')).toBe('नमस्ते অআ ٪ 42 abc');
  });

  it.each([
    ['عرض كل المهارات البالغ عددها ٣٠', 30],
    ['١٬٢٠٤ متابع', 1204], // the Arabic thousands separator
    ['۱۲۳ دنبال‌کننده', 123], // Persian
    ['५००+ कनेक्शन', 500], // Hindi
    ['フォロワー１２３人', 123], // fullwidth
    ['Show all ٣٠ skills', 30],
  ])('%s -> %d', (input, want) => {
    expect(parseCount(input)).toBe(want);
  });

  it('gives no count for a fraction without a multiplier it knows', () => {
    // "1.2 thousand" in Arabic: 1 would be a wrong reading.
    expect(parseCount('١٫٢ ألف متابع')).toBeNull();
    expect(parseCount('1.5 followers')).toBeNull();
    expect(parseCount('1.5K followers')).toBe(1500);
  });

  it('firstInteger and integersIn read them too', () => {
    expect(firstInteger('Show all ٣٠ skills')).toBe(30);
    expect(integersIn('٣٠ of ۴')).toEqual([30, 4]);
  });
});
