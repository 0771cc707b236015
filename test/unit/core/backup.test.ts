import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_VERSION,
  exportData,
  parseBackup,
  type BackupLimits,
  type Snapshot,
  type State,
} from '../../../src/core/backup.ts';
import {
  addNetwork,
  addPerson,
  adoptStarterPlan,
  starterText,
  markConnectedFromProfile,
  NO_GOALS,
} from '../../../src/core/goals.ts';
import { addDays, append, type ProfileHistory } from '../../../src/core/history.ts';
import { catalogFrom, type Messages } from '../../../src/core/i18n.ts';
import messages from '../../../public/_locales/en/messages.json';
import { type LinkedInProfile, type XProfile } from '../../../src/core/profile.ts';
import { absent, found, unknown } from '../../../src/core/field.ts';
import { add, complete, reconcile, type Todos } from '../../../src/core/todos.ts';

interface TestSettings {
  overlays: { linkedin: boolean; x: boolean };
}
const limits: BackupLimits<TestSettings> = {
  settings: (raw) => {
    const r = raw as TestSettings | null;
    return r &&
      typeof r === 'object' &&
      typeof r.overlays?.linkedin === 'boolean' &&
      typeof r.overlays.x === 'boolean'
      ? { ok: true, value: r }
      : { ok: false, error: 'overlays should be two true/false switches' };
  },
};

const NOW = '2026-01-31T18:00:00.000Z';

const linkedin: LinkedInProfile = {
  platform: 'linkedin',
  layout: 'linkedin-2026',
  own: true,
  url: 'https://www.linkedin.com/in/jane-doe/',
  key: 'linkedin:jane-doe',
  health: { recognised: ['top', 'about'], unrecognised: [] },
  fields: {
    name: found('Jane Doe'),
    headline: found('Research librarian helping health scientists find evidence'),
    about: found('I help researchers find, appraise and manage evidence. '.repeat(8)),
    location: found('Leeds, England'),
    photo: found(true),
    banner: absent,
    connections: found(500),
    followers: found(620),
    experience: found([
      {
        title: 'Research Librarian',
        company: 'University of Leeds',
        current: true,
        description: 'Systematic reviews.',
      },
      { title: 'Library Assistant', company: 'Leeds Libraries', current: false, description: null },
    ]),
    education: found([{ school: 'University of Sheffield' }]),
    skills: found(12),
    recommendations: found(2),
    featured: absent,
    certifications: found(1),
    volunteering: absent,
    languages: unknown('section not loaded'),
    openToWork: found(false),
    publicUrl: found('jane-doe'),
    customUrl: found(true),
  },
};
const x: XProfile = {
  platform: 'x',
  layout: 'x',
  own: null,
  url: 'https://x.com/janedoe',
  key: 'x:janedoe',
  health: { recognised: ['header'], unrecognised: ['pinned'] },
  fields: {
    name: found('Jane Doe'),
    handle: found('janedoe'),
    bio: found('Research librarian. Evidence, open access, tea.'),
    location: absent,
    website: found('https://janedoe.example.org'),
    category: absent,
    avatar: found(true),
    header: found(true),
    pinned: unknown('not recognised'),
    followers: found(1200),
    following: found(310),
    verified: found(false),
    joined: found('2011-06'),
    lastPostAt: found('2026-01-29T12:00:00.000Z'),
  },
};

function realisticState(): State<TestSettings> {
  const report = {
    score: 82,
    coverage: 0.94,
    results: [
      { rule: 'li-photo', status: 'pass' as const, weight: 3, title: { key: 'rule_li-photo_title' } },
      { rule: 'li-banner', status: 'fail' as const, weight: 1 },
      { rule: 'li-languages', status: 'unknown' as const, weight: 1 },
    ],
    goal: 'general',
  };
  const snapshots: Record<string, Snapshot> = {
    'linkedin:jane-doe': { profile: linkedin, readAt: NOW, readMs: 41.5, report },
    'x:janedoe': { profile: x, readAt: '2026-01-30T08:00:00+01:00' },
  };
  let todos: Todos = [];
  todos = add(
    todos,
    {
      id: 't1',
      title: 'Add a background banner',
      origin: { kind: 'rule', rule: 'li-banner', profileKey: 'linkedin:jane-doe' },
    },
    '2026-01-02T10:00:00.000Z',
  );
  todos = add(
    todos,
    {
      id: 't2',
      title: 'Add a photo',
      origin: { kind: 'rule', rule: 'li-photo', profileKey: 'linkedin:jane-doe' },
    },
    '2026-01-02T10:00:00.000Z',
  );
  todos = add(
    todos,
    { id: 't3', title: 'Email Anna from LIKE', notes: 'About the\nCPD group', due: '2026-02-10' },
    '2026-01-03T10:00:00.000Z',
  );
  todos = add(todos, { id: 't4', title: 'constructor' }, '2026-01-03T10:00:00.000Z');
  todos = add(todos, { id: 't5', title: '"__proto__": {"polluted": true}' }, '2026-01-03T10:00:00.000Z');
  todos = reconcile(todos, 'linkedin:jane-doe', report, NOW);
  todos = complete(todos, 't3', NOW);
  let n = 0;
  const plan = adoptStarterPlan(
    todos,
    NO_GOALS,
    () => `s${++n}`,
    NOW,
    starterText(catalogFrom(messages as Messages)),
  );
  let people = addPerson(plan.goals.people, {
    id: 'p1',
    name: 'Anna Smith',
    where: 'LIKE, London Information and Knowledge Exchange',
    when: '2025-11-20',
    profileUrl: 'https://www.linkedin.com/in/anna-smith-lib/',
    note: 'Works on open access',
  });
  people = addPerson(people, { id: 'p2', name: 'Bob Jones' });
  people = markConnectedFromProfile(people, 'anna-smith-lib', NOW);
  const networks = addNetwork(plan.goals.networks, {
    id: 'n2',
    name: 'LISNPN',
    url: 'https://lisnpn.example.org/',
  });
  let li: ProfileHistory = [];
  let xh: ProfileHistory = [];
  for (let d = 0; d < 365; d++) {
    const day = addDays('2025-02-01', d);
    li = append(li, {
      day,
      score: Math.min(100, 50 + Math.floor(d / 12)),
      coverage: d % 40 === 0 ? 0.8 : 0.94,
      failing: d < 200 ? ['li-about', 'li-banner'] : ['li-banner'],
      passing: d < 200 ? ['li-photo'] : ['li-about', 'li-photo'],
      facts: { about: d < 200 ? 120 : 480, connections: 300 + d, followers: 400 + Math.floor(d / 2) },
    });
    if (d % 7 === 0)
      xh = append(xh, {
        day,
        score: 70,
        coverage: 1,
        failing: ['x-pinned'],
        passing: ['x-bio'],
        facts: { followers: 1000 + d },
      });
  }
  return {
    settings: { overlays: { linkedin: true, x: false } },
    snapshots,
    todos: plan.todos,
    goals: { ...plan.goals, people, networks },
    history: { 'linkedin:jane-doe': li, 'x:janedoe': xh },
  };
}

const file = (state = realisticState()) => JSON.stringify(exportData(state, NOW), null, 1);
/** The export as an object to break; JSON-parsed so nothing is shared with the original. */
const broken = (f: (b: Record<string, any>) => void): string => {
  const b = JSON.parse(file());
  f(b);
  return JSON.stringify(b);
};
const refusal = (text: string): string => {
  const r = parseBackup(text, limits);
  if (r.ok) throw new Error('expected the file to be refused');
  expect(r.error).toMatch(/^Spruce can't import this file: .+\. Nothing was changed\.$/s);
  return r.error;
};

describe('export and import', () => {
  it('round-trips a realistic state to deep equality', () => {
    const state = realisticState();
    const backup = exportData(state, NOW);
    expect(backup).toMatchObject({ format: 'spruce-backup', version: BACKUP_VERSION, exportedAt: NOW });
    const r = parseBackup(JSON.stringify(backup), limits);
    expect(r).toStrictEqual({ ok: true, exportedAt: NOW, data: JSON.parse(JSON.stringify(state)) });
    if (r.ok) expect(r.data).toEqual(state);
  });
  it('round-trips any to-do text, including text that looks like a forbidden key (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }), { maxLength: 8 }), (titles) => {
        let todos: Todos = [];
        titles.forEach((t, i) => {
          if (t.trim()) todos = add(todos, { id: `t${i}`, title: t, notes: t }, NOW);
        });
        const state: State<TestSettings> = {
          settings: { overlays: { linkedin: true, x: true } },
          snapshots: {},
          todos,
          goals: NO_GOALS,
          history: {},
        };
        const r = parseBackup(JSON.stringify(exportData(state, NOW)), limits);
        expect(r).toEqual({ ok: true, exportedAt: NOW, data: state });
      }),
    );
  });
});

describe('the malformed imports it refuses', () => {
  it('1. truncated JSON', () => {
    const text = file();
    expect(refusal(text.slice(0, Math.floor(text.length / 2)))).toMatch(/not complete JSON/);
    expect(refusal('')).toMatch(/empty/);
  });
  it('2. wrong types', () => {
    expect(refusal(broken((b) => (b.data.todos = 'none')))).toMatch(/to-dos should be a list \(found text\)/);
    expect(refusal(broken((b) => (b.data.goals.scores.linkedin = '85')))).toMatch(
      /goals › scores › linkedin should be a whole number from 1 to 100 \(found text\)/,
    );
    expect(refusal(broken((b) => (b.data.goals.people[0].connected = true)))).toMatch(
      /connected should be an object/,
    );
    expect(refusal(broken((b) => (b.data.snapshots['x:janedoe'].readAt = 12)))).toMatch(
      /readAt should be an ISO date/,
    );
  });
  it('3. "__proto__", "constructor" and "prototype" keys, in the text or once parsed', () => {
    expect(refusal(broken((b) => (b.data.todos[0].extra = 1)).replace('"extra"', '"__proto__"'))).toMatch(
      /"__proto__"/,
    );
    // Written with a JSON escape, the text does not show it; the parsed object does.
    const escaped = broken((b) => (b.data.goals.groups.extra = 1)).replace('"extra"', '"\\u005f_proto__"');
    expect(escaped).not.toContain('"__proto__"');
    expect(refusal(escaped)).toMatch(/"__proto__"/);
    expect(refusal(broken((b) => (b.data.settings.constructor = { prototype: 1 })))).toMatch(/"constructor"/);
    expect(refusal(broken((b) => (b.data.snapshots['linkedin:jane-doe'].report.prototype = {})))).toMatch(
      /"prototype"/,
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('4. an 11 MB file, before parsing it', () => {
    const big = `{"format":"spruce-backup","pad":"${'x'.repeat(11 * 1024 * 1024)}"}`;
    expect(refusal(big)).toMatch(/too large \(11 MB; a Spruce backup is at most 10 MB\)/);
    expect(parseBackup(file(), { ...limits, maxChars: 1000 }).ok).toBe(false);
  });
  it('5. an unknown or newer version', () => {
    expect(refusal(broken((b) => (b.version = BACKUP_VERSION + 1)))).toMatch(/newer version of Spruce/);
    expect(refusal(broken((b) => (b.version = 0)))).toMatch(/version \(0\) is not one Spruce knows/);
    expect(refusal(broken((b) => (b.version = '1')))).toMatch(/is not one Spruce knows/);
    expect(refusal(broken((b) => delete b.version))).toMatch(/version \(missing\)/);
  });
  it('6. extra keys, at the top and inside', () => {
    expect(refusal(broken((b) => (b.comment = 'hi')))).toMatch(/the file has an unknown key "comment"/);
    expect(refusal(broken((b) => (b.data.passwords = [])))).toMatch(/data has an unknown key "passwords"/);
    expect(refusal(broken((b) => (b.data.todos[1].priority = 1)))).toMatch(
      /to-dos › item 2 has an unknown key/,
    );
    expect(refusal(broken((b) => delete b.data.history))).toMatch(/data is missing "history"/);
  });
  it('7. not an object', () => {
    for (const text of ['[]', '42', '"spruce-backup"', 'null', 'true'])
      expect(refusal(text)).toMatch(/doesn't hold a JSON object/);
  });
  it('8. a wrong format marker', () => {
    expect(refusal(broken((b) => (b.format = 'other-backup')))).toMatch(/not a Spruce backup/);
    expect(refusal(broken((b) => delete b.format))).toMatch(/not a Spruce backup/);
  });
  it('9. a to-do with a title that is not text', () => {
    expect(refusal(broken((b) => (b.data.todos[0].title = 5)))).toMatch(
      /to-dos › item 1 › title should be text \(found number 5\)/,
    );
    expect(refusal(broken((b) => (b.data.todos[0].title = '  ')))).toMatch(/title is empty/);
  });
  it('10. a history entry with a score of 900', () => {
    expect(refusal(broken((b) => (b.data.history['linkedin:jane-doe'][3][1] = 900)))).toMatch(
      /history › linkedin:jane-doe › row 4 › score should be a whole number from 0 to 100 \(found number 900\)/,
    );
  });
  it('10b. a history day or an export still to come (a day after now at the latest; found by a review)', () => {
    const at = (now: string) => (text: string) => parseBackup(text, { ...limits, now });
    const rows = (b: Record<string, any>) => b.data.history['linkedin:jane-doe'];
    // A future day would keep every reading until then out of her history.
    const future = broken((b) => rows(b).push(['2099-01-01', 50, 900]));
    const r = at(NOW)(future);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatch(/history › linkedin:jane-doe › row \d+ is in the future \(2099-01-01\)/);
    const later = broken((b) => (b.exportedAt = '2099-01-01T00:00:00.000Z'));
    const e = at(NOW)(later);
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.error).toMatch(/exportedAt is in the future \(2099-01-01T00:00:00.000Z\)/);
    // A file from a computer whose clock is a few hours ahead is fine; without a time now, nothing is too late.
    expect(at(new Date(Date.parse(NOW) - 5 * 3600e3).toISOString())(file()).ok).toBe(true);
    expect(parseBackup(future, limits).ok).toBe(true);
  });
  it('11. a reading whose address is not a LinkedIn or X https page (the popup links to it)', () => {
    for (const url of [
      `java${''}script:alert(1)`,
      'http://www.linkedin.com/in/jane-doe/',
      'https://evil.example/',
    ]) {
      expect(refusal(broken((b) => (b.data.snapshots['linkedin:jane-doe'].profile.url = url)))).toMatch(
        /profile › url should be the https address of a LinkedIn or X page/,
      );
    }
  });
  it('and more: impossible values and broken promises anywhere', () => {
    const cases: [string, (b: Record<string, any>) => void, RegExp][] = [
      ['duplicate to-do ids', (b) => (b.data.todos[1].id = b.data.todos[0].id), /has the id "t1" twice/],
      ['two to-dos for one rule', (b) => (b.data.todos[1].origin = b.data.todos[0].origin), /to-do for rule/],
      ['a day that does not exist', (b) => (b.data.todos[2].due = '2026-02-30'), /due should be a day/],
      [
        'history days out of order',
        (b) => (b.data.history['x:janedoe'][2][0] = '2025-01-01'),
        /not after the day/,
      ],
      ['an unknown fact code', (b) => (b.data.history['x:janedoe'][0][3].zz = 1), /unknown key "zz"/],
      [
        'a rule mark that is not one',
        (b) => (b.data.history['x:janedoe'][0][3].rules['x-bio'] = 'ok'),
        /"fail", "pass"/,
      ],
      ['a coverage above 1000', (b) => (b.data.history['x:janedoe'][1][2] = 1001), /coverage/],
      [
        'a field state that is not one',
        (b) => (b.data.snapshots['x:janedoe'].profile.fields.bio.state = 'maybe'),
        /state should be one of/,
      ],
      [
        'a photo that is not true',
        (b) => (b.data.snapshots['linkedin:jane-doe'].profile.fields.photo.value = 'yes'),
        /photo › value should be true/,
      ],
      [
        'a field the model lacks',
        (b) => (b.data.snapshots['x:janedoe'].profile.fields.password = { state: 'absent' }),
        /unknown key "password"/,
      ],
      [
        'a snapshot under another key',
        (b) => (b.data.snapshots['x:janedoe'].profile.key = 'x:other'),
        /holds the profile x:other/,
      ],
      [
        'a report status that is not one',
        (b) => (b.data.snapshots['linkedin:jane-doe'].report.results[0].status = 'great'),
        /status should be one of/,
      ],
      [
        'a person slug not normalised',
        (b) => (b.data.goals.people[0].slug = 'Anna-Smith'),
        /slug should be a LinkedIn/,
      ],
      [
        'a network link that runs script',
        (b) => (b.data.goals.networks[1].url = ['javascript', 'alert(1)'].join(':')),
        /url should be a web address/,
      ],
      [
        'a goal to-do for no goal',
        (b) => (b.data.todos[5].origin.goal = 'world-peace'),
        /goal should be one of/,
      ],
      [
        'settings the storage layer refuses',
        (b) => (b.data.settings = { overlays: 'on' }),
        /settings are not valid: overlays/,
      ],
      ['a bad export time', (b) => (b.exportedAt = 'yesterday'), /exportedAt should be an ISO date/],
      ['a score target of 0', (b) => (b.data.goals.scores.linkedin = 0), /from 1 to 100/],
    ];
    for (const [what, f, message] of cases) expect(refusal(broken(f)), what).toMatch(message);
  });
  it('and a file nested far deeper than Spruce writes', () => {
    const deep = broken((b) => (b.data.settings.deep = 'DEEP')).replace(
      '"DEEP"',
      '['.repeat(200) + ']'.repeat(200),
    );
    expect(refusal(deep)).toMatch(/nested/);
  });
});
