import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_GOALS, addPerson, setConnected, type Goals } from '../../../src/core/goals.ts';
import { append, type HistoryEntry, type ProfileHistory } from '../../../src/core/history.ts';
import { catalogFrom, type Catalog, type Messages } from '../../../src/core/i18n.ts';
import MarkdownIt from 'markdown-it';
import { escapeMarkdown, lastDays, progressReport } from '../../../src/core/markdown.ts';
import { add, complete, reconcile, type Todos } from '../../../src/core/todos.ts';
import messages from '../../../public/_locales/en/messages.json';
import { useTimeZone } from '../time-zone.ts';

const EN = catalogFrom(messages as Messages);

// Built, so lint's no-script-url does not mistake the hostile test input for our own code.
const JS_LINK = `[x](${['javascript', 'alert(1)'].join(':')})`;
const IMG = '<img src=x onerror=alert(1)>';

const e = (day: string, score: number, more: Partial<HistoryEntry> = {}): HistoryEntry => ({
  day,
  score,
  coverage: 0.9,
  failing: [],
  passing: [],
  facts: {},
  ...more,
});
const history = (...list: HistoryEntry[]): ProfileHistory => list.reduce<ProfileHistory>(append, []);

function scenario(): { todos: Todos; goals: Goals; li: ProfileHistory; x: ProfileHistory } {
  const li = history(
    e('2025-02-20', 55, {
      failing: ['li-about', 'li-photo', 'li-skills'],
      facts: { about: 0, skills: 2, photo: 0 },
    }),
    e('2025-03-10', 64, {
      failing: ['li-about', 'li-skills'],
      passing: ['li-photo'],
      facts: { about: 0, skills: 2, photo: 1 },
    }),
    e('2025-03-28', 72, {
      failing: ['li-keywords', 'li-skills'],
      passing: ['li-about', 'li-photo'],
      facts: { about: 420, skills: 5, photo: 1 },
    }),
    e('2025-04-05', 80),
  );
  const x = history(e('2025-03-15', 70, { facts: { followers: 300 } }));
  let todos: Todos = [];
  todos = add(
    todos,
    {
      id: 't1',
      title: 'Add a photo',
      origin: { kind: 'rule', rule: 'li-photo', profileKey: 'linkedin:jane-doe' },
    },
    '2025-02-20T10:00:00Z',
  );
  todos = add(todos, { id: 't2', title: 'Email Anna from LIKE' }, '2025-02-21T10:00:00Z');
  todos = add(
    todos,
    { id: 't3', title: 'Ask Sam for a recommendation', due: '2025-04-15' },
    '2025-03-01T10:00:00Z',
  );
  todos = add(todos, { id: 't4', title: 'Done long ago' }, '2025-01-01T10:00:00Z');
  todos = complete(todos, 't4', '2025-01-02T10:00:00Z');
  todos = reconcile(
    todos,
    'linkedin:jane-doe',
    { score: 64, coverage: 0.9, results: [{ rule: 'li-photo', status: 'pass', weight: 3 }] },
    '2025-03-10T10:00:00Z',
  );
  todos = complete(todos, 't2', '2025-03-12T10:00:00Z');
  let people = addPerson([], { id: 'p1', name: 'Anna Smith', where: 'LIKE', when: '2025-02-20' });
  people = addPerson(people, { id: 'p2', name: 'Bob Jones' });
  people = setConnected(people, 'p1', true, '2025-03-12T10:00:00Z');
  const goals: Goals = {
    scores: { linkedin: 85 },
    people,
    groups: { target: 3, joined: 1, source: 'manual' },
    networks: [{ id: 'n1', name: 'LISNPN', joined: false }],
  };
  return { todos, goals, li, x };
}

describe('progressReport', () => {
  it('writes the period, scores then and now, changes, to-dos and goals', () => {
    const { todos, goals, li, x } = scenario();
    const md = progressReport(
      {
        profiles: [
          { key: 'linkedin:jane-doe', name: 'Jane Doe', history: li },
          { key: 'x:janedoe', history: x },
        ],
        todos,
        goals,
        from: '2025-03-01',
        to: '2025-03-31',
      },
      EN,
    );
    expect(md).toBe(
      [
        '# Progress report: 2025-03-01 to 2025-03-31',
        '',
        '_Made with Spruce from the data kept in this browser._',
        '',
        '## Profiles',
        '',
        '### LinkedIn: Jane Doe (jane-doe)',
        '',
        '- Score: 55 on 2025-02-20, 72 on 2025-03-28 (+17)',
        '- What changed: +17: About added, photo added, 3 skills added; fixed: About, photo; now needs work: keywords',
        '- Coverage: 90% of the checklist could be read on the latest reading',
        '- Readings in this period: 2',
        '',
        '### X: @janedoe',
        '',
        '- Score: 70 on 2025-03-15 (one reading so far)',
        '- Coverage: 90% of the checklist could be read on the latest reading',
        '- Readings in this period: 1',
        '',
        '## To-dos',
        '',
        'Done in this period (2):',
        '',
        '- [x] Add a photo (done 2025-03-10, ticked off by a later reading)',
        '- [x] Email Anna from LIKE (done 2025-03-12)',
        '',
        'Still open (1):',
        '',
        '- [ ] Ask Sam for a recommendation (due 2025-04-15)',
        '',
        '## Goals',
        '',
        '- [ ] LinkedIn profile score: 72 of 85',
        "- [ ] People I've met: 1 of 2 connected",
        '  - [x] Anna Smith (met at LIKE on 2025-02-20)',
        '  - [ ] Bob Jones',
        '- [ ] LinkedIn groups: 1 of 3 joined',
        '- [ ] Professional networks: 0 of 1 joined',
        '  - [ ] LISNPN',
        '',
        '0 of 4 goals complete.',
        '',
      ].join('\n'),
    );
  });
  it('says so when there is nothing yet', () => {
    const md = progressReport(
      {
        profiles: [{ key: 'linkedin:jane-doe', history: [] }],
        todos: [],
        goals: NO_GOALS,
        from: '2025-03-01',
        to: '2025-03-31',
      },
      EN,
    );
    expect(md).toContain('- No reading of this profile by 2025-03-31.');
    expect(md).toContain('None done in this period.');
    expect(md).toContain('Nothing left open.');
    expect(md).toContain('No goals set.');
    expect(
      progressReport({ profiles: [], todos: [], goals: NO_GOALS, ...lastDays('2025-03-31', 31) }, EN),
    ).toContain('# Progress report: 2025-03-01 to 2025-03-31');
  });
  it('keeps hostile user text as text', () => {
    const hostile = [
      IMG,
      JS_LINK,
      '# heading',
      '> quote\n\n- list',
      '![i](https://evil.example/t.png)',
      '`code`',
    ];
    let todos: Todos = [];
    hostile.forEach((title, i) => (todos = add(todos, { id: `t${i}`, title }, '2025-03-02T10:00:00Z')));
    let people = addPerson([], { id: 'p1', name: IMG, where: JS_LINK });
    people = addPerson(people, { id: 'p2', name: '<script>alert(1)</script>' });
    const goals: Goals = { ...NO_GOALS, people, networks: [{ id: 'n', name: JS_LINK, joined: false }] };
    const md = progressReport(
      {
        profiles: [
          {
            key: 'linkedin:<b>x</b>',
            name: '<img src=x onerror=alert(1)> [x](javascript:alert(1))',
            history: history(e('2025-03-02', 50)),
          },
        ],
        todos,
        goals,
        from: '2025-03-01',
        to: '2025-03-31',
      },
      EN,
    );
    expect(md).not.toMatch(/(^|[^\\])</); // no unescaped "<": no HTML, no autolink
    expect(md).not.toMatch(/(^|[^\\])\[(?!( |x)\] )/m); // the only unescaped "[" are our task boxes
    expect(md).toContain('\\<img src=x onerror=alert(1)>');
    expect(md).toContain('\\[x](javascript:alert(1))'); // no "[": no link, whatever follows
    expect(md).not.toMatch(/^#(?!#* (Progress report|Profiles|To-dos|Goals|LinkedIn))/m);
    expect(md.split('\n').some((l) => l.startsWith('>'))).toBe(false);
  });
  it('takes every word from the catalog, and uses every mdreport_ message', () => {
    const seen = new Set<string>();
    const record: Catalog = (key, subs) => (seen.add(key), EN(key, subs));
    const { todos, goals, li, x } = scenario();
    const reports = [
      progressReport(
        {
          profiles: [
            { key: 'linkedin:jane-doe', history: li },
            { key: 'x:janedoe', history: x },
            { key: 'x:other', history: history(e('2025-03-02', 50), e('2025-03-03', 50)) },
            { key: 'linkedin:down', history: history(e('2025-03-02', 50), e('2025-03-03', 40)) },
            { key: 'linkedin:none', history: [] },
          ],
          todos,
          goals: {
            ...goals,
            scores: { linkedin: 85, x: 80 },
            people: addPerson(addPerson(goals.people, { id: 'p3', name: 'Cy', when: '2025-03-03' }), {
              id: 'p4',
              name: 'Di',
              where: 'CILIP',
            }),
          },
          from: '2025-03-01',
          to: '2025-03-31',
        },
        record,
      ),
      progressReport(
        {
          profiles: [],
          todos: [],
          goals: { ...NO_GOALS, scores: { x: 80 } },
          from: '2025-03-01',
          to: '2025-03-31',
        },
        record,
      ),
      progressReport(
        { profiles: [], todos: [], goals: NO_GOALS, from: '2025-03-01', to: '2025-03-31' },
        record,
      ),
    ];
    for (const md of reports) expect(md).not.toContain('⟦');
    expect(reports[0]).toContain('- Score: 50 on 2025-03-02, 50 on 2025-03-03 (no change)');
    expect(reports[0]).toContain('- Score: 50 on 2025-03-02, 40 on 2025-03-03 (-10)');
    expect(reports[0]).toContain('  - [ ] Cy (on 2025-03-03)');
    expect(reports[0]).toContain('  - [ ] Di (met at CILIP)');
    expect(reports[1]).toContain('- [ ] X profile score: not read yet (target 80)');
    const unused = Object.keys(messages).filter((k) => k.startsWith('mdreport_') && !seen.has(k));
    expect(unused).toEqual([]);
  });
});

describe('escapeMarkdown', () => {
  // A real CommonMark renderer (with GFM tables and strikethrough, and raw HTML allowed, so any HTML that got
  // through would show as a tag): the escaped text must render as that text and nothing else, both where the
  // report puts user text (after a task box in a list item) and inside a line. Bare addresses are left to
  // the renderer (some make them links, as they would in any text the user writes), so linkify is off.
  const renderer = new MarkdownIt('default', { html: true, linkify: false });
  const decode = (html: string) =>
    html.replace(/&(lt|gt|quot|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[e]!);
  const rendered = (out: string) => {
    const item = renderer.render(`- [ ] ${out}`).trim();
    const line = renderer.render(`Said: ${out}`).trim();
    return {
      item: /^<ul>\n<li>([^]*)<\/li>\n<\/ul>$/.exec(item)?.[1] ?? `not one list item: ${item}`,
      line: /^<p>([^]*)<\/p>$/.exec(line)?.[1] ?? `not one paragraph: ${line}`,
    };
  };
  const literal = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .trim();
  const rendersAsItself = (s: string) => {
    const out = escapeMarkdown(s);
    expect(out).not.toMatch(/[\n\r\u2028\u2029]/);
    const { item, line } = rendered(out);
    // No element at all (no link, image, emphasis, code, heading, quote, HTML...), and the same text.
    expect(item, JSON.stringify(out)).not.toMatch(/</);
    expect(line, JSON.stringify(out)).not.toMatch(/</);
    expect(decode(item)).toBe(`[ ] ${literal(s)}`.trim());
    expect(decode(line)).toBe(`Said: ${literal(s)}`.trim());
  };

  it('escapes what could make a link, an image, HTML, emphasis, code or a block', () => {
    expect(escapeMarkdown(IMG)).toBe('\\<img src=x onerror=alert(1)>');
    expect(escapeMarkdown(JS_LINK)).toBe('\\[x](javascript:alert(1))');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('> quoted')).toBe('\\> quoted');
    expect(escapeMarkdown('2024. A good year')).toBe('2024\\. A good year');
    expect(escapeMarkdown('line one\n\n# two')).toBe('line one # two');
    expect(escapeMarkdown('# two')).toBe('\\# two');
    expect(escapeMarkdown('&lt;b&gt; & co')).toBe('\\&lt;b\\&gt; & co');
    expect(escapeMarkdown('*bold* _it_ `code` ~~gone~~')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~gone\\~\\~',
    );
    expect(escapeMarkdown('a\u202eb\u0000c')).toBe('abc');
    for (const s of [IMG, JS_LINK, '- item', '> quoted', '# two', '&lt;b&gt;', '*bold* _it_ `code` ~~gone~~'])
      rendersAsItself(s);
  });

  it('adds no backslash to ordinary text, so it pastes cleanly as plain text', () => {
    for (const s of [
      'A professional network (e.g. LISNPN, CILIP communities)',
      'jane_doe, @robin_reads: 3 skills!',
      'Q&A | Tips {2026}: done!',
      'Leeds > London, 50% done; see www.example.com',
    ])
      expect(escapeMarkdown(s), s).toBe(s);
    expect(escapeMarkdown('Q&A | Tips {2026} [draft')).toBe('Q&A | Tips {2026} [draft'.replace('[', '\\['));
  });

  it('renders as exactly the text it was given, and nothing else (property, with markdown-it)', () => {
    const marks = [...'\\`*_[]<>()#|~&!{}-+=.:;/ \n\t'];
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({
        unit: fc.constantFrom(...marks, 'a', 'B', '1', 'é', '語', '&lt;', '&#65;', 'http://x.y', 'www.x.yz'),
        maxLength: 30,
      }),
    );
    fc.assert(fc.property(text, rendersAsItself), { numRuns: 2000 });
  });
});

describe('progressReport in Auckland (UTC+13 in March)', () => {
  useTimeZone('Pacific/Auckland');
  it('dates to-dos by the user’s local day, not the UTC day of their stored times', () => {
    let todos: Todos = [];
    // Added at 08:00 and done at 09:00 on 1 March there: 28 February in UTC.
    todos = add(todos, { id: 'a', title: 'Add a photo' }, '2026-02-28T19:00:00.000Z');
    todos = complete(todos, 'a', '2026-02-28T20:00:00.000Z');
    // Added at 01:00 on 1 April there (31 March in UTC): not open in March.
    todos = add(todos, { id: 'b', title: 'Ask for a recommendation' }, '2026-03-31T12:00:00.000Z');
    const md = progressReport(
      { profiles: [], todos, goals: NO_GOALS, from: '2026-03-01', to: '2026-03-31' },
      EN,
    );
    expect(md).toContain('- [x] Add a photo (done 2026-03-01)');
    expect(md).not.toContain('None done in this period.');
    expect(md).not.toContain('Ask for a recommendation');
    const february = progressReport(
      { profiles: [], todos, goals: NO_GOALS, from: '2026-02-01', to: '2026-02-28' },
      EN,
    );
    expect(february).toContain('None done in this period.');
  });
});
