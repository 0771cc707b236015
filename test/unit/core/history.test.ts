import { rng } from '../readers/helpers.ts';
import { useTimeZone } from '../time-zone.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FACTS,
  FACT_DEFS,
  addDays,
  append,
  appendFor,
  dayOf,
  entries,
  entryFromReport,
  entryOn,
  factsOf,
  isDay,
  isIsoTime,
  latest,
  type Facts,
  type HistoryEntry,
  type ProfileHistory,
  type ReportLike,
} from '../../../src/core/history.ts';
import { changeSince, describeChange, describeFact, diff } from '../../../src/core/history-change.ts';
import { type LinkedInProfile, type XProfile } from '../../../src/core/profile.ts';
import { absent, found, unknown } from '../../../src/core/field.ts';
import { catalogFrom, render, type Catalog, type Messages } from '../../../src/core/i18n.ts';
import { RULES } from '../../../src/core/rules/index.ts';
import messages from '../../../public/_locales/en/messages.json';

const EN = catalogFrom(messages as Messages);
/** describeChange in English, as the popup shows it. */
const words = (...args: Parameters<typeof describeChange>): string => render(describeChange(...args), EN);

const entry = (day: string, score: number, more: Partial<HistoryEntry> = {}): HistoryEntry => ({
  day,
  score,
  coverage: 1,
  failing: [],
  passing: [],
  facts: {},
  ...more,
});

describe('days', () => {
  it('knows a real day from a look-alike', () => {
    expect(isDay('2025-03-01')).toBe(true);
    expect(isDay('2024-02-29')).toBe(true);
    for (const bad of [
      '2025-02-29',
      '2025-13-01',
      '2025-3-1',
      '20250301',
      '',
      'x',
      '2025-03-01T00:00Z',
      20250301,
    ])
      expect(isDay(bad)).toBe(false);
  });
  it('knows an ISO date-time', () => {
    expect(isIsoTime('2025-03-01T09:30:00.000Z')).toBe(true);
    expect(isIsoTime('2025-03-01T09:30+01:00')).toBe(true);
    expect(isIsoTime('2025-03-01')).toBe(false);
    expect(isIsoTime('2025-02-30T09:30:00Z')).toBe(false);
    expect(isIsoTime('2025-03-01T09:30:00')).toBe(false);
  });
  it('takes the user’s local day of a time, and counts days', () => {
    const local = new Date(2025, 2, 1, 23, 30); // 23:30 on 1 March wherever the tests run
    expect(dayOf(local.toISOString())).toBe('2025-03-01');
    expect(dayOf('not a time')).toBe('not a time');
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });
});

describe('entries from reports and readings', () => {
  const report: ReportLike = {
    score: 72,
    coverage: 0.8571,
    results: [
      { rule: 'li-skills', status: 'fail', weight: 3 },
      { rule: 'li-about', status: 'warn', weight: 2 },
      { rule: 'li-photo', status: 'pass', weight: 3 },
      { rule: 'li-banner', status: 'unknown', weight: 1 },
      { rule: 'li-open-to-work', status: 'info', weight: 0 },
    ],
  };
  it('keeps fail and warn as failing, pass as passing, sorted; unknown and info in neither', () => {
    const e = entryFromReport('2025-03-01', report);
    expect(e).toEqual({
      day: '2025-03-01',
      score: 72,
      coverage: 0.857,
      failing: ['li-about', 'li-skills'],
      passing: ['li-photo'],
      facts: {},
    });
  });
  it('measures a LinkedIn reading without keeping its text; unknown fields are not facts', () => {
    const profile = {
      platform: 'linkedin',
      fields: {
        name: found('Jane Doe'),
        headline: found('Librarian 📚'),
        about: absent,
        location: found('Leeds'),
        photo: found(true),
        banner: absent,
        connections: found(500),
        followers: unknown('not shown'),
        experience: found([{ title: 'Librarian', company: 'Leeds', current: true, description: null }]),
        education: found([{ school: 'Sheffield' }]),
        skills: found(7),
        recommendations: absent,
        featured: unknown('not loaded'),
        certifications: absent,
        volunteering: absent,
        languages: found(2),
        openToWork: found(false),
        publicUrl: found('jane-doe'),
        customUrl: found(true),
      },
    } as unknown as LinkedInProfile;
    expect(factsOf(profile)).toEqual({
      headline: 11,
      about: 0,
      photo: 1,
      banner: 0,
      location: 1,
      customUrl: 1,
      experience: 1,
      education: 1,
      skills: 7,
      recommendations: 0,
      certifications: 0,
      volunteering: 0,
      languages: 2,
      connections: 500,
    });
    expect(JSON.stringify(factsOf(profile))).not.toMatch(/Jane|Leeds|Librarian/);
  });
  it('measures an X reading', () => {
    const profile = {
      platform: 'x',
      fields: {
        name: found('Jane'),
        handle: found('jane'),
        bio: found('Librarian'),
        location: absent,
        website: found('https://example.org'),
        category: absent,
        avatar: found(true),
        header: unknown('?'),
        pinned: absent,
        followers: found(1200),
        following: found(300),
        verified: found(false),
        joined: found('2010-01'),
        lastPostAt: absent,
      },
    } as unknown as XProfile;
    expect(factsOf(profile)).toEqual({
      bio: 9,
      avatar: 1,
      location: 0,
      website: 1,
      pinned: 0,
      followers: 1200,
      following: 300,
    });
  });
});

describe('append', () => {
  it('adds a row for a later day, and the rows decode to the entries given', () => {
    const a = entry('2025-03-01', 60, { failing: ['li-about'], facts: { skills: 2, about: 0 } });
    const b = entry('2025-03-02', 72, { passing: ['li-about'], facts: { skills: 5, about: 400 } });
    const h = append(append([], a), b);
    expect(h).toHaveLength(2);
    expect(entries(h)).toEqual([a, b]);
    expect(latest(h)).toEqual(b);
  });
  it('keeps only the rules whose state changed', () => {
    const a = entry('2025-03-01', 60, { failing: ['li-about', 'li-skills'], passing: ['li-photo'] });
    const b = entry('2025-03-02', 70, { failing: ['li-skills'], passing: ['li-about', 'li-photo'] });
    const c = entry('2025-03-03', 70, { failing: [], passing: ['li-about', 'li-photo'] });
    const h = append(append(append([], a), b), c);
    expect(h[0]).toEqual([
      '2025-03-01',
      60,
      1000,
      { rules: { 'li-about': 'fail', 'li-photo': 'pass', 'li-skills': 'fail' } },
    ]);
    expect(h[1]).toEqual(['2025-03-02', 70, 1000, { rules: { 'li-about': 'pass' } }]);
    expect(h[2]).toEqual(['2025-03-03', 70, 1000, { rules: { 'li-skills': null } }]);
    expect(entries(h)).toEqual([a, b, c]);
  });
  it('keeps only what changed in a row', () => {
    const a = entry('2025-03-01', 60, { failing: ['li-about'], facts: { skills: 2, connections: 100 } });
    const b = { ...a, day: '2025-03-02', facts: { skills: 2, connections: 101 } };
    const c = { ...b, day: '2025-03-03' };
    const h = append(append(append([], a), b), c);
    expect(h[1]).toEqual(['2025-03-02', 60, 1000, { c: 101 }]);
    expect(h[2]).toEqual(['2025-03-03', 60, 1000]);
  });
  it('records a fact that became unknown, and says nothing about it', () => {
    const a = entry('2025-03-01', 60, { facts: { skills: 2 } });
    const b = entry('2025-03-02', 60, { facts: {} });
    const h = append(append([], a), b);
    expect(h[1]).toEqual(['2025-03-02', 60, 1000, { s: null }]);
    expect(entries(h)[1]?.facts).toEqual({});
    expect(diff(a, b).facts).toEqual([]);
  });
  it('keeps one entry per day: the latest reading of the day wins', () => {
    const a = entry('2025-03-01', 60);
    const b = entry('2025-03-02', 65, { facts: { skills: 3 } });
    const b2 = entry('2025-03-02', 70, { facts: { skills: 4 } });
    const h = append(append(append([], a), b), b2);
    expect(entries(h)).toEqual([a, b2]);
  });
  it('returns the same history when the reading changes nothing, or is for an earlier day', () => {
    const h = append(append([], entry('2025-03-01', 60)), entry('2025-03-02', 61));
    expect(append(h, entry('2025-03-02', 61))).toBe(h);
    expect(append(h, entry('2025-02-27', 10))).toBe(h);
  });
  it('rejects an entry that is not valid', () => {
    expect(() => append([], entry('2025-02-30', 60))).toThrow(RangeError);
    expect(() => append([], entry('2025-03-01', 101))).toThrow(/0 to 100/);
    expect(() => append([], entry('2025-03-01', 50.5))).toThrow(RangeError);
    expect(() => append([], { ...entry('2025-03-01', 50), coverage: 2 })).toThrow(RangeError);
    expect(() =>
      append([], entry('2025-03-01', 50, { failing: ['li-about'], passing: ['li-about'] })),
    ).toThrow(/both/);
    expect(() => append([], entry('2025-03-01', 50, { failing: ['constructor'] }))).toThrow(/rule id/);
    expect(() => append([], entry('2025-03-01', 50, { facts: { skills: -1 } }))).toThrow(/count/);
  });
  it('finds the entry that stood on a day', () => {
    const h = append(append([], entry('2025-03-01', 60)), entry('2025-03-08', 70));
    expect(entryOn(h, '2025-02-28')).toBeUndefined();
    expect(entryOn(h, '2025-03-05')?.score).toBe(60);
    expect(entryOn(h, '2025-03-08')?.score).toBe(70);
    expect(entryOn(h, '2026-01-01')?.score).toBe(70);
  });
  it('appendFor keeps each profile apart and returns the same map when nothing changes', () => {
    const h1 = appendFor({}, 'linkedin:jane', entry('2025-03-01', 60));
    const h2 = appendFor(h1, 'x:jane', entry('2025-03-01', 50));
    expect(Object.keys(h2)).toEqual(['linkedin:jane', 'x:jane']);
    expect(appendFor(h2, 'x:jane', entry('2025-03-01', 50))).toBe(h2);
    expect(h1['linkedin:jane']).toBe(h2['linkedin:jane']);
  });

  const factsArb: fc.Arbitrary<Facts> = fc.dictionary(
    fc.constantFrom(...FACTS),
    fc.nat({ max: 5000 }),
  ) as fc.Arbitrary<Facts>;
  const RULE_IDS = ['cross-name', 'li-about', 'li-photo', 'li-skills', 'x-bio']; // sorted, as entries keep them
  const marks = fc.array(fc.constantFrom('fail', 'pass', null), {
    minLength: RULE_IDS.length,
    maxLength: RULE_IDS.length,
  });
  const entryArb = fc
    .record({
      day: fc.integer({ min: 0, max: 60 }).map((n) => addDays('2025-01-01', n)),
      score: fc.integer({ min: 0, max: 100 }),
      coverage: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
      marks,
      facts: factsArb,
    })
    .map(({ marks: m, ...rest }): HistoryEntry => ({
      ...rest,
      failing: RULE_IDS.filter((_, i) => m[i] === 'fail'),
      passing: RULE_IDS.filter((_, i) => m[i] === 'pass'),
    }));

  it('never holds two entries for one day, keeps days in order, and decodes to the last reading of each day', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 40 }), (readings) => {
        let h: ProfileHistory = [];
        for (const r of readings) h = append(h, r);
        const days = h.map((row) => row[0]);
        expect(new Set(days).size).toBe(days.length);
        expect([...days].sort()).toEqual(days);
        // Expected: readings that moved forward, the last of each day winning.
        const expected = new Map<string, HistoryEntry>();
        let newest = '';
        for (const r of readings) {
          if (r.day < newest) continue;
          newest = r.day;
          expected.set(r.day, r);
        }
        expect(entries(h)).toEqual([...expected.values()]);
      }),
    );
  });
});

describe('diff and describeChange', () => {
  const a = entry('2025-03-01', 60, {
    coverage: 0.9,
    failing: ['li-about', 'li-photo', 'li-skills'],
    passing: ['li-headline', 'li-keywords'],
    facts: { about: 0, skills: 2, connections: 120, photo: 0, headline: 40 },
  });
  const b = entry('2025-03-08', 72, {
    coverage: 0.9,
    failing: ['li-keywords', 'li-skills'],
    passing: ['li-about', 'li-headline'],
    facts: { about: 420, skills: 5, connections: 132, headline: 40 },
  });
  it('lists what changed; nothing is said of an unknown fact or a rule gone unknown', () => {
    const d = diff(a, b);
    expect(d.score).toEqual({ from: 60, to: 72, delta: 12 });
    expect(d.facts.map((f) => f.fact)).toEqual(['about', 'skills', 'connections']);
    // li-photo left the failing list but is not passing (it became unknown): not "fixed".
    expect(d.fixed).toEqual(['li-about']);
    expect(d.nowFailing).toEqual(['li-keywords']);
  });
  it('says it in words', () => {
    expect(words(diff(a, b))).toBe(
      '+12: About added, 3 skills added, 12 new connections; fixed: About; now needs work: keywords',
    );
  });
  it('words losses, flags, lengths and coverage', () => {
    const x = entry('2025-03-01', 70, {
      coverage: 0.6,
      facts: { bio: 80, avatar: 0, followers: 100, recommendations: 2 },
    });
    const y = entry('2025-03-02', 65, {
      coverage: 0.9,
      facts: { bio: 40, avatar: 1, followers: 99, recommendations: 3 },
    });
    expect(words(diff(x, y))).toBe(
      '-5: bio shortened, profile photo added, 1 recommendation received, 1 fewer follower, coverage 60% → 90%',
    );
    expect(words(diff(x, x))).toBe('No change in score');
    expect(words(diff(y, x))).toBe(
      '+5: bio expanded, profile photo removed, 1 recommendation removed, 1 more follower, coverage 90% → 60%',
    );
  });
  it('says what changed since a day', () => {
    const h = append(append(append([], a), entry('2025-03-05', 66)), b);
    expect(changeSince(h, '2025-03-01')?.score.delta).toBe(12);
    expect(changeSince(h, '2025-03-06')).toMatchObject({ from: '2025-03-05', to: '2025-03-08' });
    expect(changeSince(h, '2025-01-01')?.from).toBe('2025-03-01');
    expect(changeSince(h, '2025-03-08')).toBeUndefined();
    expect(changeSince([], '2025-03-08')).toBeUndefined();
  });
  it('names rules with a function given, and a rule with no name by its id', () => {
    expect(words(diff(a, b), (id) => id.toUpperCase())).toContain('now needs work: LI-KEYWORDS');
    const gone = entry('2025-03-09', 72, { coverage: 0.9, failing: ['li-retired-rule'] });
    expect(words(diff(b, gone))).toBe('No change in score: now needs work: li-retired-rule');
  });
  it('has a short name for every registered rule', () => {
    for (const rule of RULES) {
      const key = `history_rule_${rule.id.replace(/-/g, '_')}`;
      expect(Object.hasOwn(messages, key), key).toBe(true);
    }
  });
  it('has words for every change of every fact, and no history_ message that nothing uses', () => {
    const seen = new Set<string>();
    const record: Catalog = (key, subs) => (seen.add(key), EN(key, subs));
    const changes: [number, number][] = [
      [0, 1],
      [1, 0],
      [0, 3],
      [3, 0],
      [2, 5],
      [5, 2],
      [1, 2],
      [2, 1],
    ];
    for (const fact of FACTS)
      for (const [from, to] of changes) {
        if (FACT_DEFS[fact][0] === 'flag' && (from > 1 || to > 1)) continue;
        const text = render(describeFact({ fact, kind: FACT_DEFS[fact][0], from, to }), record);
        expect(text, `${fact} ${from} -> ${to}`).not.toContain('⟦');
      }
    const all = [...RULES.map((r) => r.id)];
    const x = entry('2025-03-01', 60, { coverage: 0.5, failing: all });
    const y = entry('2025-03-02', 50, { coverage: 0.9, passing: all });
    for (const [p, q] of [
      [x, y],
      [y, x],
      [x, x],
    ] as const) {
      const text = render(describeChange(diff(p, q)), record);
      expect(text).not.toContain('⟦');
      render(describeChange(diff({ ...p, failing: [] }, q)), record);
    }
    render(describeChange(diff(entry('2025-03-01', 50), entry('2025-03-02', 60))), record);
    const unused = Object.keys(messages).filter((k) => k.startsWith('history_') && !seen.has(k));
    expect(unused).toEqual([]);
  });
  it('never claims a change of a fact unknown on either side', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...FACTS), fc.nat({ max: 50 })),
        fc.dictionary(fc.constantFrom(...FACTS), fc.nat({ max: 50 })),
        (fa, fb) => {
          const d = diff(entry('2025-03-01', 1, { facts: fa }), entry('2025-03-02', 1, { facts: fb }));
          for (const c of d.facts) expect(fa[c.fact] !== undefined && fb[c.fact] !== undefined).toBe(true);
        },
      ),
    );
  });
});

describe('size', () => {
  // Ten years of DAILY readings of two busy profiles: connections and followers move most days, the profile is
  // edited now and then, and a reading sometimes misses parts of the page (unknown facts, lower coverage).
  function tenYears(): Record<string, ProfileHistory> {
    const r = rng(2012);
    const pick = (p: number) => r() < p;
    const li = {
      headline: 32,
      about: 0,
      photo: 0,
      banner: 0,
      location: 1,
      customUrl: 0,
      experience: 2,
      education: 1,
      skills: 2,
      recommendations: 0,
      featured: 0,
      certifications: 0,
      volunteering: 0,
      languages: 0,
      connections: 87,
      followers: 90,
    };
    const x = {
      bio: 40,
      avatar: 1,
      header: 0,
      location: 1,
      website: 0,
      pinned: 0,
      followers: 310,
      following: 280,
    };
    let keywordsOk = false;
    let posted = true;
    let liRows: ProfileHistory = [];
    let xRows: ProfileHistory = [];
    for (let d = 0; d < 3653; d++) {
      const day = addDays('2026-01-01', d);
      // LinkedIn: the network grows; the profile gets edits now and then.
      if (pick(0.45)) li.connections += 1 + Math.floor(r() * 3);
      if (pick(0.6)) li.followers += Math.floor(r() * 6) - 1;
      if (pick(0.02)) li.about = Math.max(0, li.about + Math.floor(r() * 900) - 200);
      if (pick(0.01)) li.headline = 20 + Math.floor(r() * 200);
      if (pick(0.01)) li.skills = Math.max(0, li.skills + Math.floor(r() * 5) - 1);
      if (pick(0.004)) li.recommendations += 1;
      if (pick(0.003)) li.experience += 1;
      if (pick(0.002)) li.certifications += 1;
      if (pick(0.002)) li.featured += 1;
      if (pick(0.003)) li.photo = 1;
      if (pick(0.003)) li.banner = 1;
      if (pick(0.002)) li.customUrl = 1;
      if (pick(0.01)) keywordsOk = !keywordsOk;
      // X: followers move almost daily, the account follows more now and then; posting comes and goes.
      if (pick(0.8)) x.followers += Math.floor(r() * 9) - 2;
      if (pick(0.15)) x.following += Math.floor(r() * 4) - 1;
      if (pick(0.005)) x.bio = 30 + Math.floor(r() * 130);
      if (pick(0.003)) x.header = 1;
      if (pick(0.003)) x.website = 1;
      if (pick(0.005)) x.pinned = 1 - x.pinned;
      if (pick(0.05)) posted = !posted;
      const missed = pick(0.03); // a reading that couldn't see part of the page

      const liRules: [string, boolean | null][] = [
        ['li-photo', li.photo === 1],
        ['li-banner', li.banner === 1],
        ['li-headline', li.headline >= 60],
        ['li-headline-fold', keywordsOk],
        ['li-about', missed ? null : li.about >= 600],
        ['li-location', true],
        ['li-current-role', true],
        ['li-past-roles', li.experience >= 3],
        ['li-education', true],
        ['li-skills', missed ? null : li.skills >= 5],
        ['li-recommendations', missed ? null : li.recommendations >= 1],
        ['li-connections', li.connections >= 500],
        ['li-custom-url', li.customUrl === 1],
        ['li-featured', missed ? null : li.featured >= 1],
        ['li-certifications', li.certifications >= 1],
        ['li-volunteering', false],
        ['li-languages', false],
        ['li-keywords', keywordsOk],
        ['li-activity', posted],
      ];
      const facts: Facts = { ...li };
      if (missed)
        for (const f of ['about', 'skills', 'recommendations', 'featured'] as const) delete facts[f];
      const liEntry = entryLike(day, liRules, facts);
      liRows = append(liRows, liEntry);

      const xRules: [string, boolean | null][] = [
        ['x-name', true],
        ['x-handle', true],
        ['x-avatar', true],
        ['x-header', x.header === 1],
        ['x-bio', x.bio >= 60],
        ['x-location', true],
        ['x-website', x.website === 1],
        ['x-pinned', x.pinned === 1],
        ['x-recent', posted],
        ['x-keywords', keywordsOk],
      ];
      xRows = append(xRows, entryLike(day, xRules, { ...x }));
    }
    return { 'linkedin:jane-doe-librarian': liRows, 'x:janedoe': xRows };
  }

  function entryLike(day: string, rules: [string, boolean | null][], facts: Facts): HistoryEntry {
    const known = rules.filter(([, ok]) => ok !== null);
    const passed = known.filter(([, ok]) => ok).length;
    return {
      day,
      score: known.length ? Math.round((100 * passed) / known.length) : 0,
      coverage: Math.round((1000 * known.length) / rules.length) / 1000,
      failing: known
        .filter(([, ok]) => !ok)
        .map(([id]) => id)
        .sort(),
      passing: known
        .filter(([, ok]) => ok)
        .map(([id]) => id)
        .sort(),
      facts,
    };
  }

  it('ten years of daily entries for two profiles stay well under 1 MB', () => {
    const history = tenYears();
    const json = JSON.stringify(history);
    const bytes = new TextEncoder().encode(json).length;
    const rows = Object.values(history).reduce((n, h) => n + h.length, 0);
    console.log(
      `history size: ${bytes} bytes for ${rows} daily entries (2 profiles x 10 years), ` +
        `${Math.round(bytes / 10)} bytes per year for both, ${(bytes / rows).toFixed(1)} bytes per entry`,
    );
    expect(rows).toBe(2 * 3653);
    expect(bytes).toBeLessThan(500_000);
    // The stored form decodes to the same facts it was given.
    const li = history['linkedin:jane-doe-librarian'] ?? [];
    expect(entries(li)).toHaveLength(3653);
    expect(JSON.parse(json)).toEqual(history);
  });
});

describe('the local day in Auckland (UTC+13 in March)', () => {
  useTimeZone('Pacific/Auckland');
  it('is the calendar day there, not the UTC day of the stored time', () => {
    expect(dayOf('2026-02-28T20:00:00.000Z')).toBe('2026-03-01'); // 09:00 on 1 March
    expect(dayOf('2026-03-01T10:59:00.000Z')).toBe('2026-03-01'); // 23:59 on 1 March
  });
});
