// "Never wrong, at worst unsure", for the readings a layout change or another script can quietly break: a
// "Show all" link whose number cannot be read, dates the reader cannot find, digits other than ASCII ones.
// Each is done to a capture (or our own owner page) in memory and undone after.
import { describe, expect, it } from 'vitest';
import type { ExperienceEntry, Field } from '../../../src/core/profile.ts';
import { LINKEDIN_FIELDS } from '../../../src/core/profile.ts';
import { readLinkedIn } from '../../../src/readers/linkedin/read.ts';
import {
  LINKEDIN_CAPTURES as C,
  type Undo,
  capture,
  ownFixture,
  remove,
  replaceText,
  withMutation,
} from './helpers.ts';

const full = capture(C.full.file);
const read = (): ReturnType<typeof readLinkedIn> => readLinkedIn(full, C.full.url);
const sectionOf = (doc: Document, anchor: string): Element =>
  doc.getElementById(anchor)?.closest('section') as Element;

/** The link's words replaced (its id kept or dropped), undone after. */
function relabel(link: Element, rules: ReadonlyArray<readonly [RegExp, string]>, dropId: boolean): Undo {
  const undoText = replaceText(link, rules);
  const id = link.id;
  if (dropId) link.removeAttribute('id');
  return () => {
    link.id = id;
    undoText();
  };
}

const currentFlags = (f: Field<ExperienceEntry[]>): boolean[] | string =>
  f.state === 'found' ? f.value.map((e) => e.current) : f.state;

describe('a "Show all" link proves the list is cut short', () => {
  it.each([
    ['skills', 'a[href*="/details/skills"]', /Show all 30 skills/, 30],
    ['certifications', 'a[href*="/details/certifications"]', /Show all 9 licenses & certifications/, 9],
  ] as const)(
    '%s: without a readable number the count is unknown, not the entries shown',
    (field, sel, label, n) => {
      const link = full.querySelector(sel) as Element;
      expect(read().fields[field]).toEqual({ state: 'found', value: n });
      const p = withMutation(
        () => relabel(link, [[label, 'Show all']], true),
        () => read(),
      );
      expect(p.fields[field]).toMatchObject({ state: 'unknown' });
      expect(p.health.unrecognised).toContain(`${field} count`);
    },
  );

  it('still reads the number from the link’s id when its words have none', () => {
    const link = full.querySelector('a[href*="/details/skills"]') as Element;
    const p = withMutation(
      () => relabel(link, [[/Show all 30 skills/, 'Show all']], false),
      () => read(),
    );
    expect(p.fields.skills).toEqual({ state: 'found', value: 30 }); // navigation-index-Show-all-30-skills
  });

  it('reads the number in Arabic-Indic digits', () => {
    const link = full.querySelector('a[href*="/details/skills"]') as Element;
    const p = withMutation(
      () => relabel(link, [[/Show all 30 skills/, 'عرض كل المهارات البالغ عددها ٣٠']], true),
      () => read(),
    );
    expect(p.fields.skills).toEqual({ state: 'found', value: 30 });
  });

  it('on the 2026 layout too (a link with no id)', () => {
    const url = 'https://www.linkedin.com/in/camille-exemple-0b12cd34/';
    const doc = ownFixture('linkedin/owner-2026-sdui-fr.html');
    const link = doc.querySelector('a[href*="/details/skills"]') as Element;
    expect(readLinkedIn(doc, url).fields.skills).toEqual({ state: 'found', value: 12 });
    const p = withMutation(
      () => relabel(link, [[/Afficher les 12 compétences/, 'Afficher toutes les compétences']], true),
      () => readLinkedIn(doc, url),
    );
    expect(p.fields.skills).toMatchObject({ state: 'unknown' });
  });

  it('without the link, the entries shown are the count', () => {
    const link = full.querySelector('a[href*="/details/skills"]') as Element;
    const p = withMutation(
      () => remove([link]),
      () => read(),
    );
    expect(p.fields.skills).toEqual({ state: 'found', value: 2 });
  });
});

describe('a section whose hook LinkedIn renames', () => {
  /** The skills card's hook renamed (its anchor id), the page in `lang`, its heading `heading`. */
  function renamed(lang: string, heading: string): Undo {
    const anchor = full.getElementById('skills') as Element;
    const section = anchor.closest('section') as Element;
    const before = full.documentElement.lang;
    full.documentElement.lang = lang;
    anchor.id = 'proficiencies';
    const undoText = replaceText(section.querySelector('h2') as Element, [[/^Skills$/, heading]]);
    return () => {
      undoText();
      anchor.id = 'skills';
      full.documentElement.lang = before;
    };
  }

  it('is found by its heading in a language the heading table covers', () => {
    const p = withMutation(() => renamed('en', 'Skills'), read);
    expect(p.fields.skills).toEqual({ state: 'found', value: 30 });
  });

  it('is unknown, never absent, in a language the table does not cover (Swedish)', () => {
    const p = withMutation(() => renamed('sv', 'Kompetenser'), read);
    expect(p.fields.skills).toMatchObject({ state: 'unknown' });
    // So is every other section the page does not show: the unnamed card could be any of them.
    expect(p.fields.featured).toMatchObject({ state: 'unknown' });
    // What the hooks found is read as before.
    expect(p.fields.languages).toEqual(read().fields.languages);
  });

  it('without an unnamed card, a Swedish page still says what is absent', () => {
    const p = withMutation(() => {
      const lang = full.documentElement.lang;
      full.documentElement.lang = 'sv-SE';
      return () => (full.documentElement.lang = lang);
    }, read);
    expect(p.fields.featured).toEqual({ state: 'absent' });
    expect(p.fields.skills).toEqual({ state: 'found', value: 30 });
  });

  it('an unnamed card on an English page (Causes) leaves the absent ones absent', () => {
    const p = withMutation(() => renamed('en', 'Causes'), read);
    expect(p.fields.skills).toEqual({ state: 'absent' });
  });
});

describe('experience cut short by a "Show all" link', () => {
  it('is partial even when the link says no number (found by a review)', () => {
    const link = sectionOf(full, 'experience').querySelector('a[href*="/details/experience"]') as Element;
    expect(read().fields.experience).toMatchObject({ state: 'found', partial: true });
    const p = withMutation(
      () => relabel(link, [[/Show all 8 experiences/, 'Show all experiences']], true),
      read,
    );
    expect(p.fields.experience).toMatchObject({ state: 'found', partial: true });
  });
});

describe('a creator’s top card, with a followers line before the connections (found by a review)', () => {
  it('reads the connections, never the followers', () => {
    const bold = full.querySelector('li.text-body-small span.t-bold') as Element;
    const li = bold.closest('li') as Element;
    expect(read().fields.connections).toEqual({ state: 'found', value: 500 });
    const p = withMutation(() => {
      const followers = full.createElement('li');
      followers.className = 'text-body-small';
      followers.append(
        Object.assign(full.createElement('span'), { className: 't-bold', textContent: '42' }),
        ' followers',
      );
      li.before(followers);
      return () => followers.remove();
    }, read);
    expect(p.fields.connections).toEqual({ state: 'found', value: 500 });
  });

  it('reads the connections link by its address, even beside the followers in one item (2026)', () => {
    const doc = capture(C.complete.file);
    const link = doc.querySelector('a[data-view-name="profile-top-card-view-all-connections"]') as Element;
    const before = readLinkedIn(doc, C.complete.url).fields.connections;
    expect(before).toMatchObject({ state: 'found' });
    const p = withMutation(
      () => {
        const where = link.parentNode!;
        const next = link.nextSibling;
        const li = doc.createElement('li');
        li.append(Object.assign(doc.createElement('p'), { textContent: '1,234 followers' }), link);
        const ul = doc.createElement('ul');
        ul.append(li);
        where.insertBefore(ul, next);
        return () => {
          where.insertBefore(link, ul);
          ul.remove();
        };
      },
      () => readLinkedIn(doc, C.complete.url),
    );
    expect(p.fields.connections).toEqual(before);
  });
});

describe('a list cut short by a control the reader does not know (found by a review)', () => {
  const URL_FR = 'https://www.linkedin.com/in/camille-exemple-0b12cd34/';
  const doc = ownFixture('linkedin/owner-2026-sdui-fr.html');
  const link = () =>
    doc.querySelector('section[componentkey$="Skills"] a[href*="/details/skills"]') as Element;
  /** The "Afficher les 12 compétences" link replaced by `make(link)`, undone after. */
  const swapped = (make: (a: Element) => Element) =>
    withMutation(
      () => {
        const a = link();
        const other = make(a);
        a.replaceWith(other);
        return () => other.replaceWith(a);
      },
      () => readLinkedIn(doc, URL_FR).fields.skills,
    );

  it('counts by the link it knows', () => {
    expect(readLinkedIn(doc, URL_FR).fields.skills).toEqual({ state: 'found', value: 12 });
  });

  it.each([
    [
      'a button',
      (a: Element) => Object.assign(doc.createElement('button'), { textContent: a.textContent }) as Element,
    ],
    [
      'a link to an address it does not know',
      (a: Element) =>
        Object.assign(doc.createElement('a'), {
          href: 'https://www.linkedin.com/in/camille-exemple-0b12cd34/details/competences/',
          textContent: a.textContent,
        }) as Element,
    ],
  ])('as %s: unknown, never the 3 skills shown', (_, make) => {
    expect(swapped(make)).toMatchObject({ state: 'unknown' });
  });

  it.each([
    ['with no number', 'Modifier'],
    ['with a badge, not words', '+9'],
  ])('a button %s leaves the entries shown as the count', (_, words) => {
    expect(
      swapped(() => Object.assign(doc.createElement('button'), { textContent: words }) as Element),
    ).toEqual({ state: 'found', value: 3 });
  });

  it('a link elsewhere with a year in it leaves the entries shown as the count', () => {
    expect(
      swapped(
        () =>
          Object.assign(doc.createElement('a'), {
            href: 'https://www.linkedin.com/learning/',
            textContent: 'LinkedIn Learning 2024',
          }) as Element,
      ),
    ).toEqual({ state: 'found', value: 3 });
  });
});

describe('a card drawn as a <div> with no <section> in it (an A/B variant; found by a review)', () => {
  const URL_FR = 'https://www.linkedin.com/in/camille-exemple-0b12cd34/';
  /** The skills card's <section> replaced by a <div> with the same attributes and content. */
  function asDiv(doc: Document): Undo {
    const section = doc.querySelector('section[componentkey$="Skills"]') as Element;
    const div = doc.createElement('div');
    for (const a of section.attributes) div.setAttribute(a.name, a.value);
    div.append(...section.childNodes);
    section.replaceWith(div);
    return () => {
      section.append(...div.childNodes);
      div.replaceWith(section);
    };
  }

  it('is still found and read, not absent', () => {
    const doc = ownFixture('linkedin/owner-2026-sdui-fr.html');
    const before = readLinkedIn(doc, URL_FR).fields.skills;
    expect(before).toEqual({ state: 'found', value: 12 });
    const p = withMutation(
      () => asDiv(doc),
      () => readLinkedIn(doc, URL_FR),
    );
    expect(p.fields.skills).toEqual(before);
  });
});

describe('experience: "no current role" is a claim about dates the reader has read', () => {
  const experience = sectionOf(full, 'experience');
  const YEARS: readonly [RegExp, string] = [/\b(?:19|20)\d{2}\b/g, ''];

  it('reads the capture’s dates: the first role is the current one', () => {
    expect(currentFlags(read().fields.experience)).toEqual([true, false, false, false, false, false, false]);
  });

  it('is unknown when no date can be read (a layout that hides them)', () => {
    const p = withMutation(
      () => replaceText(experience, [YEARS, [/Present/g, '']]),
      () => read(),
    );
    expect(p.fields.experience).toEqual({ state: 'unknown', reason: 'experience dates not recognised' });
    expect(p.health.unrecognised).toContain('experience dates');
  });

  it('keeps the roles when "Present" is still there without a year: that role is current', () => {
    const p = withMutation(
      () => replaceText(experience, [YEARS]),
      () => read(),
    );
    expect(currentFlags(p.fields.experience)).toEqual([true, false, false, false, false, false, false]);
  });

  it('keeps the roles when a current one is read, whatever the others’ dates', () => {
    // Every year goes but the current role's ("Jul 2021 - Present"): the other roles are undated.
    const p = withMutation(
      () => replaceText(experience, [[/\b(?:19|20)\d{2}\b(?!.*Present)/g, '']]),
      () => read(),
    );
    expect(currentFlags(p.fields.experience)).toEqual([true, false, false, false, false, false, false]);
  });

  it('reads dates in Arabic-Indic digits, whatever the word for "present"', () => {
    const digits = Array.from('٠١٢٣٤٥٦٧٨٩', (a, d) => [new RegExp(String(d), 'g'), a] as const);
    const p = withMutation(
      () => replaceText(experience, [...digits, [/Present/g, 'حتى الآن']]),
      () => read(),
    );
    expect(currentFlags(p.fields.experience)).toEqual([true, false, false, false, false, false, false]);
  });
});

describe('a page that cannot be read', () => {
  it('names every field of the contract, each unknown', () => {
    const p = readLinkedIn(full, 'https://www.linkedin.com/in/someone-else/');
    expect(Object.keys(p.fields)).toEqual([...LINKEDIN_FIELDS]);
    for (const f of Object.values(p.fields)) expect(f).toMatchObject({ state: 'unknown' });
  });
});
