// The owner's view: none of the shared captures is one, so these tests use our own synthetic pages
// (test/fixtures/, invented people) and a documented transform that turns a capture of someone else's
// profile into what its owner would see.
import { describe, expect, it } from 'vitest';
import { readLinkedIn } from '../../../src/readers/linkedin/read.ts';
import { readX } from '../../../src/readers/x/read.ts';
import {
  ABSENT,
  LINKEDIN_CAPTURES as C,
  UNKNOWN,
  X_CAPTURES,
  capture,
  expectLinkedIn,
  expectNoFalseClaims,
  expectX,
  is,
  ownFixture,
  remove,
  renameClasses,
  stripHooks,
  withMutation,
  asEmberOwner,
  asSduiOwner,
  asXOwner,
} from './helpers.ts';
import type { Field } from '../../../src/core/profile.ts';

type Fields = Record<string, Field<unknown>>;

describe('synthetic owner page: 2024 Ember layout, Japanese UI', () => {
  const url = 'https://www.linkedin.com/in/robin-quill-librarian/';
  const doc = ownFixture('linkedin/owner-2024-ember-ja.html');
  const p = readLinkedIn(doc, url);

  it('is the owner’s own view', () => {
    expect(p.layout).toBe('linkedin-2024');
    expect(p.own).toBe(true);
    expect(p.key).toBe('linkedin:robin-quill-librarian');
  });

  it('reads every field in a Japanese UI by numbers and hooks, not words', () => {
    expectLinkedIn(p.fields, {
      name: is('Robin Quill'),
      headline: is('Subject librarian helping researchers find and share their data'),
      about: is('Subject librarian for the sciences.\n\nI run the research data service.'),
      location: is('リーズ、イングランド、イギリス'),
      photo: is(true),
      banner: is(true),
      connections: is(212), // "212件のつながり"
      followers: is(48), // "フォロワー48人"
      experience: is([
        // "2021年7月～現在": one date, no end: current, whatever the word for "present".
        {
          title: 'Research Data Manager',
          company: 'Leeds Example Library',
          current: true,
          description: 'Runs the research data service.',
        },
        { title: 'Assistant Librarian', company: 'Leeds Example Library', current: false, description: null },
        {
          title: 'Library Assistant',
          company: 'Example City Library',
          current: false,
          description: 'Ran the children’s reading club.',
        },
      ]),
      education: is([{ school: 'University of Example' }]),
      skills: is(12), // "12件のスキルをすべて表示"
      recommendations: ABSENT,
      featured: is(2),
      certifications: ABSENT,
      volunteering: ABSENT,
      languages: is(1),
      openToWork: is(true), // the owner's open-to-work card
      publicUrl: is('robin-quill-librarian'),
      customUrl: is(true),
    });
  });

  it('claims nothing absent that is there when its classes or hooks change', () => {
    const before = p.fields as unknown as Fields;
    for (const m of [() => renameClasses(doc, 11), () => stripHooks(doc)]) {
      const after = withMutation(m, () => readLinkedIn(doc, url));
      expectNoFalseClaims(before, after.fields as unknown as Fields);
      expect(after.own).toBe(true); // the embedded viewer JSON survives both
    }
  });
});

describe('synthetic owner page: 2026 layout (componentkey variant), French UI', () => {
  const url = 'https://www.linkedin.com/in/camille-exemple-0b12cd34/';
  const doc = ownFixture('linkedin/owner-2026-sdui-fr.html');
  const p = readLinkedIn(doc, url);

  it('is the owner’s own view (the edit-intro pencil, the Analytics card)', () => {
    expect(p.layout).toBe('linkedin-2026');
    expect(p.own).toBe(true);
  });

  it('reads every field', () => {
    expectLinkedIn(p.fields, {
      name: is('Camille Exemple'),
      headline: is('Documentaliste · veille et gestion des connaissances'), // not the pronoun "Elle"
      about: is('Documentaliste depuis dix ans.\nJ’aime les catalogues bien tenus.'),
      location: is('Lyon, Auvergne-Rhône-Alpes, France'),
      photo: is(true),
      banner: ABSENT, // the top card rendered its photo and no background image
      connections: is(500), // "500+ relations"
      followers: is(1234), // "1 234 abonnés" with a narrow no-break space
      experience: is([
        {
          title: 'Documentaliste',
          company: 'Bibliothèque municipale d’Exemple',
          current: true, // "janv. 2022 - aujourd’hui"
          description: 'Veille documentaire pour les services municipaux.',
        },
        {
          title: 'Assistante de conservation',
          company: 'Bibliothèque municipale d’Exemple',
          current: false,
          description: null,
        },
        {
          title: 'Stagiaire',
          company: 'Archives départementales d’Exemple',
          current: false,
          description: null,
        },
      ]),
      education: is([{ school: 'Université d’Exemple' }]),
      skills: is(12), // "Afficher les 12 compétences"
      recommendations: is(2),
      featured: ABSENT, // the Interests card, always last, has rendered
      certifications: is(2),
      volunteering: is(1),
      languages: is(2),
      // Without an owner capture of the 2026 open-to-work card we do not claim "not open".
      openToWork: UNKNOWN,
      publicUrl: is('camille-exemple-0b12cd34'),
      customUrl: is(false), // still the auto-assigned name plus suffix
    });
  });

  it('claims nothing absent that is there when its classes or hooks change', () => {
    const before = p.fields as unknown as Fields;
    for (const m of [() => renameClasses(doc, 12), () => stripHooks(doc)]) {
      const after = withMutation(m, () => readLinkedIn(doc, url));
      expectNoFalseClaims(before, after.fields as unknown as Fields);
      if (after.own !== null) expect(after.own).toBe(true);
    }
  });
});

describe('a capture turned into its owner’s view', () => {
  it('Ember, full profile: own, and "not open to work" can now be told', () => {
    const doc = capture(C.full.file);
    const base = readLinkedIn(doc, C.full.url);
    const p = withMutation(
      () => asEmberOwner(doc, 'eduardo-alvarez-nowak'),
      () => readLinkedIn(doc, C.full.url),
    );
    expect(p.own).toBe(true);
    expect(p.fields.openToWork).toEqual({ state: 'found', value: false });
    // Everything else reads as it did for the visitor.
    expect({ ...p.fields, openToWork: base.fields.openToWork }).toEqual(base.fields);
  });

  it('Ember, almost empty profile: the owner’s silhouette means no photo', () => {
    const doc = capture(C.sparse.file);
    const base = readLinkedIn(doc, C.sparse.url);
    expect(base.fields.photo.state).toBe('unknown');
    const p = withMutation(
      () => asEmberOwner(doc, 'vasileiosalevizos'),
      () => readLinkedIn(doc, C.sparse.url),
    );
    expect(p.own).toBe(true);
    expect(p.fields.photo).toEqual(ABSENT);
    expect(p.fields.banner).toEqual(ABSENT);
  });

  it('without the embedded viewer JSON, the owner-only controls decide', () => {
    const doc = capture(C.privatePhoto.file);
    const p = withMutation(
      () => asEmberOwner(doc, 'sri-lalitha-jeevanige-35520a61', 'drop'),
      () => readLinkedIn(doc, C.privatePhoto.url),
    );
    expect(p.own).toBe(true);
  });

  it('without the viewer JSON, visitor controls alone say "not own"', () => {
    const doc = capture(C.privatePhoto.file);
    const datalets = Array.from(doc.querySelectorAll('code[id^="datalet-bpr-guid-"]'));
    const p = withMutation(
      () => remove(datalets),
      () => readLinkedIn(doc, C.privatePhoto.url),
    );
    expect(p.own).toBe(false);
  });

  it('owner and visitor controls together, with no viewer JSON, mean "can’t tell"', () => {
    const doc = capture(C.privatePhoto.file);
    const top = doc.querySelector('section[data-member-id]') as Element;
    const datalets = Array.from(doc.querySelectorAll('code[id^="datalet-bpr-guid-"]'));
    const p = withMutation(
      () => {
        const undoRemove = remove(datalets);
        const pencil = doc.createElement('a');
        pencil.setAttribute('href', '/in/sri-lalitha-jeevanige-35520a61/edit/intro/');
        top.appendChild(pencil);
        return () => {
          pencil.remove();
          undoRemove();
        };
      },
      () => readLinkedIn(doc, C.privatePhoto.url),
    );
    expect(p.own).toBeNull();
  });

  it('2026 reconstruction with the owner’s pencil added is own', () => {
    const doc = capture(C.complete.file);
    const p = withMutation(
      () => asSduiOwner(doc, 'janesmith'),
      () => readLinkedIn(doc, C.complete.url),
    );
    expect(p.own).toBe(true);
  });
});

describe('synthetic owner page: X, French UI, signed in', () => {
  const url = 'https://x.com/robinquill';
  const doc = ownFixture('x/owner-robinquill-fr.html');
  const p = readX(doc, url);

  it('is the owner’s own view despite a "Who to follow" button further down', () => {
    expect(p.own).toBe(true);
    expect(p.key).toBe('x:robinquill');
  });

  it('reads every field without JSON-LD, in French', () => {
    expectX(p.fields, {
      name: is('Robin Quill 📚'),
      handle: is('robinquill'),
      bio: is('Bibliothécaire. Données de recherche, #opendata.\nAvis personnels.'),
      location: is('Leeds'),
      website: is('robinquill.example'),
      category: ABSENT,
      avatar: ABSENT, // default_profile_images
      header: ABSENT, // the avatar rendered, no header photo
      pinned: ABSENT,
      followers: is(1200), // "1,2 k abonnés"
      following: is(1204), // "1 204 abonnements"
      verified: is(false),
      joined: is('2011-03'), // "A rejoint X en mars 2011"
      lastPostAt: is('2025-12-24T18:30:00.000Z'), // the newest, though not the first
    });
  });

  it('reads an empty timeline as "no posts"', () => {
    const articles = Array.from(doc.querySelectorAll('article'));
    const column = doc.querySelector('[data-testid="primaryColumn"]') as Element;
    const q = withMutation(
      () => {
        const undo = remove(articles);
        const empty = doc.createElement('div');
        empty.setAttribute('data-testid', 'emptyState');
        column.appendChild(empty);
        return () => {
          empty.remove();
          undo();
        };
      },
      () => readX(doc, url),
    );
    expect(q.fields.lastPostAt).toEqual(ABSENT);
    expect(q.fields.pinned).toEqual(ABSENT);
  });
});

describe('an X capture turned into its owner’s view', () => {
  it('the edit button instead of the follow button means own', () => {
    const c = X_CAPTURES.nikita;
    const doc = capture(c.file);
    const follow = Array.from(doc.querySelectorAll('[data-testid$="-follow"]'));
    expect(follow.length).toBeGreaterThan(0);
    const p = withMutation(
      () => asXOwner(doc),
      () => readX(doc, c.url),
    );
    expect(p.own).toBe(true);
  });

  it('neither button means can’t tell', () => {
    const c = X_CAPTURES.cz;
    const doc = capture(c.file);
    const follow = Array.from(doc.querySelectorAll('[data-testid$="-follow"]'));
    const p = withMutation(
      () => remove(follow),
      () => readX(doc, c.url),
    );
    expect(p.own).toBeNull();
  });
});

describe('owner evidence from links: only LinkedIn’s own edit forms for this profile', () => {
  // A member can put any link in her top card (her website): its href is text she wrote, so "/edit/intro"
  // somewhere in it proves nothing. The 2026 reconstruction of janesmith has no owner control of its own.
  const doc = capture(C.complete.file);
  const top = doc.querySelector('[data-view-name="profile-top-card"]') as Element;
  const withLink = (href: string) =>
    withMutation(
      () => {
        const a = doc.createElement('a');
        a.setAttribute('href', href);
        a.textContent = 'Visit my website';
        top.appendChild(a);
        return () => a.remove();
      },
      () => readLinkedIn(doc, C.complete.url),
    );

  it('the page alone cannot tell', () => {
    expect(readLinkedIn(doc, C.complete.url).own).toBeNull();
  });

  it.each([
    'https://janesmith.example/blog/edit/intro-to-rust',
    'https://janesmith.example/in/janesmith/edit/intro/',
    'https://www.linkedin.com.example/in/janesmith/edit/intro/',
    'https://example.com/?next=https://www.linkedin.com/in/janesmith/edit/intro/',
    'https://www.linkedin.com/in/janesmith/edit/introduction-to-rust',
    'https://www.linkedin.com/pulse/add-edit/intro',
    '/in/someone-else/edit/intro/', // another member's pencil is not this profile's
    'https://www.linkedin.com/in/someone-else/add-edit/POSITION/',
  ])('%s is not owner evidence', (href) => {
    expect(withLink(href).own).toBeNull();
  });

  it.each([
    '/in/janesmith/edit/intro/',
    '/in/JaneSmith/edit/intro/?profileFormEntryPoint=PROFILE_SECTION',
    'https://www.linkedin.com/in/janesmith/edit/intro/',
    'https://linkedin.com/in/janesmith/edit/forms/intro/new/',
    '/in/janesmith/add-edit/POSITION/',
  ])('%s is the owner’s pencil', (href) => {
    expect(withLink(href).own).toBe(true);
  });

  it('Ember without the viewer JSON: a member’s link in place of the pencil decides nothing', () => {
    const ember = capture(C.privatePhoto.file);
    const p = withMutation(
      () => {
        const undo = asEmberOwner(ember, 'sri-lalitha-jeevanige-35520a61', 'drop');
        const pencil = ember.querySelector('section[data-member-id] a[href*="/edit/intro/"]') as Element;
        const href = pencil.getAttribute('href') as string;
        pencil.setAttribute('href', 'https://sri.example/notes/edit/intro-to-sql');
        return () => {
          pencil.setAttribute('href', href);
          undo();
        };
      },
      () => readLinkedIn(ember, C.privatePhoto.url),
    );
    expect(p.own).toBeNull();
  });
});
