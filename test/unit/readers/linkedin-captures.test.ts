// Every LinkedIn capture in ../shared/fixtures read with an expected reading written by looking at the page.
// Long member texts are checked by their first words only, to keep other people's prose out of the repo.
import { describe, expect, it } from 'vitest';
import { readLinkedIn } from '../../../src/readers/linkedin/read.ts';
import {
  ABSENT,
  LINKEDIN_CAPTURES as C,
  UNKNOWN,
  capture,
  expectLinkedIn,
  is,
  shownOf,
  startsWith,
  withMutation,
} from './helpers.ts';

const read = (c: { file: string; url: string }) => readLinkedIn(capture(c.file), c.url);

const role = (title: string, company: string, current: boolean, description: string | null) => ({
  title,
  company,
  current,
  description: description === null ? null : startsWith(description),
});

describe('2024 Ember, signed in, another member: nearly every section', () => {
  const p = read(C.full);

  it('recognises the layout, the profile and that it is not the viewer’s own', () => {
    expect(p.platform).toBe('linkedin');
    expect(p.layout).toBe('linkedin-2024');
    expect(p.key).toBe('linkedin:eduardo-alvarez-nowak');
    expect(p.url).toBe(C.full.url);
    // The embedded /voyager/api/me answer names a different viewer (a company page's admin account);
    // the top card also shows Connect/Message and the non-self photo wrapper.
    expect(p.own).toBe(false);
  });

  it('reads every field', () => {
    expectLinkedIn(p.fields, {
      name: is('Eduardo Alvarez Nowak'),
      headline: is('Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential'),
      about: is(startsWith('Tech lover since young')),
      location: is('Greater Stockholm Metropolitan Area'),
      photo: is(true),
      banner: is(true),
      connections: is(500), // "500+"
      followers: is(594), // Activity card header
      // Seven positions on the page ("Show all 8 experiences" links to the rest, so the list is partial);
      // roles nested under one company are separate entries carrying the company's name.
      experience: shownOf([
        role('Tech Education Team Lead', 'Novare Potential', true, "I'm helping Novare"),
        role('Research Engineer', 'KTH Royal Institute of Technology', false, 'Moved from being'),
        role('Head Of Digital Media', 'CheVera Producción Sólida', false, 'Used my learning'),
        role('General Manager', 'Bu Multimedia', false, 'I co-founded Bu Multimedia'),
        role('Project Lead', 'Bu Multimedia', false, null),
        role('Head of the Digital Media Department', 'TC Television', false, 'I managed a 20+ team'),
        role('Front End Lead', 'TC Television', false, 'Led the team'),
      ]),
      // Two of three ("Show all 3 educations"), not marked partial: no check needs more than one school.
      education: is([
        { school: 'KTH Royal Institute of Technology' },
        { school: 'Universidad de Guayaquil' },
      ]),
      skills: is(30), // "Show all 30 skills"
      recommendations: is(1), // one received; the "Given" tab's empty state is not counted
      featured: ABSENT, // page chrome after the profile cards has rendered, no Featured card
      certifications: is(9), // "Show all 9 licenses & certifications"
      volunteering: is(1),
      languages: is(2),
      openToWork: UNKNOWN, // others only see the photo frame, and recruiter-only mode not at all
      publicUrl: is('eduardo-alvarez-nowak'),
      customUrl: is(true),
    });
  });

  it('counts skills by the section’s own “Show all” link, never a skill’s endorsements (found by a review)', () => {
    const doc = capture(C.full.file);
    const skills = doc.getElementById('skills')!.closest('section')!;
    const firstSkill = skills.querySelector('li div[data-view-name="profile-component-entity"]')!;
    const showAll = skills.querySelector('a[id^="navigation-index-"]')!;
    // Her first skill's "2 endorsements" link comes before "Show all 30 skills", into the same details page.
    const endorsements = doc.createElement('a');
    endorsements.id = 'ember2345';
    endorsements.href =
      'https://www.linkedin.com/in/eduardo-alvarez-nowak/details/skills/urn:li:fsd_skill:(ACoAABS9Bdo,6)/endorsers?detailScreenTabIndex=0';
    const count = endorsements.appendChild(doc.createElement('span'));
    count.setAttribute('aria-hidden', 'true');
    count.textContent = '2 endorsements';
    const q = withMutation(
      () => {
        firstSkill.append(endorsements);
        return () => endorsements.remove();
      },
      () => readLinkedIn(doc, C.full.url),
    );
    expect(q.fields.skills).toEqual({ state: 'found', value: 30 });
    // A "Show all" link with no number in its words or its id (an Ember id is no count): unknown, never 2345.
    const words = [...showAll.childNodes];
    const r = withMutation(
      () => {
        showAll.id = 'ember2345';
        showAll.textContent = 'Show all skills';
        return () => {
          showAll.id = 'navigation-index-Show-all-30-skills';
          showAll.replaceChildren(...words);
        };
      },
      () => readLinkedIn(doc, C.full.url),
    );
    expect(r.fields.skills).toMatchObject({ state: 'unknown' });
  });

  it('takes a role of a month (one date, no range) for one that has ended (found by a review)', () => {
    const doc = capture(C.full.file);
    const experience = doc.getElementById('experience')!.closest('section')!;
    const dates = Array.from(experience.querySelectorAll('span')).filter(
      (el) => el.children.length === 0 && /^Aug 2018 (-|to) Jul 2019/.test(el.textContent?.trim() ?? ''),
    );
    expect(dates.length).toBeGreaterThan(0);
    const before = dates.map((el) => el.textContent);
    const q = withMutation(
      () => {
        for (const el of dates) el.textContent = 'Feb 2019 · 1 mo';
        return () => dates.forEach((el, i) => (el.textContent = before[i]!));
      },
      () => readLinkedIn(doc, C.full.url),
    );
    const roles = q.fields.experience.state === 'found' ? q.fields.experience.value : [];
    expect(roles.filter((r) => r.current).map((r) => r.title)).toEqual(['Tech Education Team Lead']);
  });

  it('counts volunteering by its own Show all link, /details/volunteering-experiences/ (found by a review)', () => {
    const doc = capture(C.full.file);
    const section = doc.getElementById('volunteering_experience')?.closest('section') ?? null;
    expect(section).not.toBeNull();
    const link = doc.createElement('a');
    link.href =
      'https://www.linkedin.com/in/eduardo-alvarez-nowak/details/volunteering-experiences?profileUrn=urn%3Ali%3Afsd_profile%3AACoAABS9Bdo';
    link.textContent = 'Show all 7 volunteer experiences';
    const q = withMutation(
      () => {
        section!.append(link);
        return () => link.remove();
      },
      () => readLinkedIn(doc, C.full.url),
    );
    expect(q.fields.volunteering).toEqual({ state: 'found', value: 7 });
  });

  it.each([
    ['in English', 'Vision 2030 Labs', null],
    // Arabic-Indic digits: the duration after the dot is "٤ سنوات" (a review of the day's changes).
    ['in Arabic digits', 'Expo 2020 Dubai', 'يناير ٢٠٢١ - حتى الآن · ٤ سنوات'],
    // No duration after the dates: the range ("2024 - aujourd'hui"), not the company's year, is the dates.
    ['with no duration', 'Paris 2024', "juil. 2021 - aujourd'hui"],
  ])(
    'reads the dates, not a company named with a year, as a role’s dates, %s (found by reviews)',
    (_, company, dates) => {
      const doc = capture(C.full.file);
      const experience = doc.getElementById('experience')!.closest('section')!;
      const leaves = (re: RegExp) =>
        Array.from(experience.querySelectorAll('span')).filter(
          (el) => el.children.length === 0 && re.test(el.textContent?.trim() ?? ''),
        );
      const names = leaves(/^Novare Potential\b/);
      const when = leaves(/^Jul 2021 (-|to) Present/);
      expect(names.length).toBeGreaterThan(0);
      expect(when.length).toBeGreaterThan(0);
      const before = [...names, ...when].map((el) => el.textContent!);
      const q = withMutation(
        () => {
          names.forEach((el) => (el.textContent = el.textContent!.replace('Novare Potential', company)));
          if (dates) when.forEach((el) => (el.textContent = dates));
          return () => [...names, ...when].forEach((el, i) => (el.textContent = before[i]!));
        },
        () => readLinkedIn(doc, C.full.url),
      );
      const roles = q.fields.experience.state === 'found' ? q.fields.experience.value : [];
      // Her current role stays current, at its company.
      expect(roles[0]).toMatchObject({ title: 'Tech Education Team Lead', company, current: true });
    },
  );

  it('counts the recommendations she received, not a "Show all" of the ones she gave (found by reviews)', () => {
    const doc = capture(C.full.file);
    const section = doc.getElementById('recommendations')!.closest('section')!;
    const panels = section.querySelectorAll('[role="tabpanel"]');
    expect(panels.length).toBeGreaterThan(1);
    const given = doc.createElement('a');
    given.href =
      'https://www.linkedin.com/in/eduardo-alvarez-nowak/details/recommendations?detailScreenTabIndex=1';
    given.textContent = 'Show all 6 given';
    const q = withMutation(
      () => {
        panels[1]!.append(given);
        return () => given.remove();
      },
      () => readLinkedIn(doc, C.full.url),
    );
    expect(q.fields.recommendations).toEqual({ state: 'found', value: 1 });
    // The card's own Show all link, outside the tabs, still counts.
    const all = doc.createElement('a');
    all.href = given.href.replace('=1', '=0');
    all.textContent = 'Show all 4 recommendations';
    const r = withMutation(
      () => {
        section.append(all);
        return () => all.remove();
      },
      () => readLinkedIn(doc, C.full.url),
    );
    expect(r.fields.recommendations).toEqual({ state: 'found', value: 4 });
  });

  it('reports what it recognised', () => {
    expect(p.health.recognised).toEqual(
      expect.arrayContaining(['topCard', 'about', 'experience', 'education', 'skills', 'languages']),
    );
    expect(p.health.unrecognised).toEqual([]);
  });
});

describe('2024 Ember, signed in, another member: photo not visible', () => {
  const p = read(C.privatePhoto);

  it('is another member’s profile', () => {
    expect(p.layout).toBe('linkedin-2024');
    // The viewer in the embedded /me answer is a different member.
    expect(p.own).toBe(false);
    expect(p.key).toBe('linkedin:sri-lalitha-jeevanige-35520a61');
  });

  it('reads every field', () => {
    expectLinkedIn(p.fields, {
      name: is('Sri Lalitha Jeevanige'),
      headline: is('SAFe certified Scrum Master @ Swedbank | Pega Senior System Architect'),
      about: is(startsWith('Experienced Software Engineer')),
      location: is('Stockholm, Stockholm County, Sweden'),
      // The silhouette is shown both when no photo is set and when it is hidden from this viewer.
      photo: UNKNOWN,
      banner: ABSENT, // the default banner is marked as such
      connections: is(357),
      followers: is(357),
      experience: is([
        role('Scrum Master - Software Engineer', 'Swedbank', true, null),
        role('Software Engineer', 'Swedbank', false, null),
        role('Senior System Software Engineer', 'Accenture', false, null),
        role('Systems Engineer', 'Tata Consultancy Services', false, null),
      ]),
      education: is([{ school: 'SASTRA University' }, { school: 'Bhashyam Public School' }]),
      skills: is(41),
      recommendations: ABSENT,
      featured: ABSENT,
      certifications: is(14),
      volunteering: ABSENT,
      languages: ABSENT,
      openToWork: UNKNOWN,
      publicUrl: is('sri-lalitha-jeevanige-35520a61'),
      customUrl: is(false), // name plus LinkedIn's hexadecimal suffix
    });
  });
});

describe('2024 Ember, signed in, another member: almost empty profile', () => {
  const p = read(C.sparse);

  it('is another member’s profile', () => {
    expect(p.layout).toBe('linkedin-2024');
    expect(p.own).toBe(false); // the /me answer names another viewer
  });

  it('reads the few things there are and knows the rest is absent', () => {
    // "People also viewed" and "People you may know" cards have rendered after the profile cards, so
    // every missing section is really missing.
    expectLinkedIn(p.fields, {
      name: is('Vasileios Alevizos'),
      headline: is('Researcher.'),
      about: ABSENT,
      location: is('Sweden'),
      photo: UNKNOWN,
      banner: ABSENT,
      connections: is(500),
      followers: is(1415), // "1,415 followers"
      experience: ABSENT,
      education: ABSENT,
      skills: ABSENT,
      recommendations: ABSENT,
      featured: ABSENT,
      certifications: ABSENT,
      volunteering: ABSENT,
      languages: ABSENT,
      openToWork: UNKNOWN,
      publicUrl: is('vasileiosalevizos'),
      customUrl: is(true),
    });
  });
});

describe('2024 public page, signed out', () => {
  const p = read(C.public);

  it('takes a role of one month (one date, no range) for one that has ended (found by a review)', () => {
    const doc = capture(C.public.file);
    const time = [...doc.querySelectorAll('time')].find((t) => t.textContent === 'Aug 2020')!;
    const range = time.parentElement!;
    const before = [...range.childNodes];
    const q = withMutation(
      () => {
        range.replaceChildren(time, ' 1 month');
        return () => range.replaceChildren(...before);
      },
      () => readLinkedIn(doc, C.public.url),
    );
    const roles = (q.fields.experience as { value: { title: string; current: boolean }[] }).value;
    expect(roles.find((r) => r.title === 'Research Engineer')?.current).toBe(false);
    // The open range of her current role stays current.
    expect(roles[0]?.current).toBe(true);
  });

  it('is the public layout, never the owner’s view', () => {
    expect(p.layout).toBe('linkedin-public');
    expect(p.own).toBe(false); // a signed-out visitor is nobody's own view
    expect(p.key).toBe('linkedin:eduardo-alvarez-nowak');
  });

  it('reads what the guest page shows and leaves the rest unknown', () => {
    expectLinkedIn(p.fields, {
      name: is('Eduardo Alvarez Nowak'),
      headline: is('Tech Education Lead, Tech Expert & Frontend Dev at Novare Potential'),
      about: is(startsWith('Tech lover since young')),
      location: is('Greater Stockholm Metropolitan Area'),
      photo: is(true),
      banner: is(true),
      connections: is(500),
      followers: is(564), // the JSON-LD in this capture is not valid JSON; the top card says "564 followers"
      experience: is([
        role('Tech Education Team Lead', 'Novare Potential', true, "I'm helping Novare"),
        role('Research Engineer', 'KTH Royal Institute of Technology', false, 'Moved from being'),
        role('Head Of Digital Media', 'CheVera Producción Sólida', false, 'Used my learning'),
        role('General Manager', 'Bu Multimedia', false, 'I co-founded Bu Multimedia'),
        role('Project Lead', 'Bu Multimedia', false, null),
        role('Head of the Digital Media Department', 'TC Television', false, 'I managed a 20+ team'),
        role('Front End Lead', 'TC Televisión', false, 'Led the team'),
        role('Frontend Developer', 'Maruri Grey', false, 'Worked here as a front-end developer'),
      ]),
      education: is([
        { school: 'KTH Royal Institute of Technology' },
        { school: 'Universidad de Guayaquil' },
        { school: 'IGAD' },
      ]),
      // The guest page never shows skills or featured items, and hides what the member keeps private.
      skills: UNKNOWN,
      recommendations: is(1), // "1 person has recommended Eduardo"
      featured: UNKNOWN,
      certifications: is(9),
      volunteering: is(1),
      languages: is(2),
      openToWork: UNKNOWN,
      publicUrl: is('eduardo-alvarez-nowak'),
      customUrl: is(true),
    });
  });

  it('falls back on the canonical link for the profile address', () => {
    const q = readLinkedIn(capture(C.public.file), 'https://www.linkedin.com/feed/');
    expect(q.fields.publicUrl).toEqual({ state: 'found', value: 'eduardo-alvarez-nowak' });
  });
});

// The 2026 reconstructions carry no viewer JSON and no top-card controls (no edit-intro pencil, no
// Connect/Message): there is no evidence either way, so `own` is null. Their section-level edit links
// (/edit/forms/position/...) are deliberately not evidence: the fixtures' README says none of these is
// an owner's view.
describe('2026 reconstruction: complete profile (data-view-name)', () => {
  const p = read(C.complete);

  it('recognises the layout', () => {
    expect(p.layout).toBe('linkedin-2026');
    expect(p.own).toBeNull();
    expect(p.key).toBe('linkedin:janesmith');
  });

  it('reads every field', () => {
    expectLinkedIn(p.fields, {
      name: is('Jane Smith'),
      headline: is('Senior Software Engineer @ TechCorp | Cloud Architecture'),
      about: is(startsWith('Passionate software engineer with 12+ years')),
      location: is('San Francisco, California, United States'),
      photo: is(true),
      banner: is(true),
      connections: is(500),
      followers: UNKNOWN, // not shown anywhere on this page
      experience: is([
        role('Senior Software Engineer', 'TechCorp', true, 'Leading the backend platform team'),
        role('Staff Engineer', 'DataFlow Inc.', false, 'Architected a real-time'),
        role('Software Engineer', 'WebScale Solutions', false, 'Full-stack development'),
      ]),
      education: is([{ school: 'Stanford University' }, { school: 'University of California, Berkeley' }]),
      skills: is(3),
      recommendations: is(1),
      featured: is(2),
      certifications: is(1),
      // The Interests card (always the last profile card) has rendered: these are really not there.
      volunteering: ABSENT,
      languages: ABSENT,
      openToWork: UNKNOWN,
      publicUrl: is('janesmith'),
      customUrl: is(true),
    });
  });
});

describe('2026 reconstruction: no data-view-name at all (heading fallback)', () => {
  const p = read(C.fallback);

  it('finds the sections by their headings but claims nothing absent', () => {
    expect(p.layout).toBe('unknown');
    expect(p.own).toBeNull();
    expectLinkedIn(p.fields, {
      name: is('Maria Costa'),
      headline: is('Frontend Engineer at DesignLab'),
      about: is(startsWith('Frontend engineer passionate about performance')),
      location: is('Berlin, Germany'),
      photo: is(true),
      banner: UNKNOWN, // top card found only through its contact link: no claim about a missing banner
      connections: is(195),
      followers: UNKNOWN,
      experience: is([
        role('Frontend Engineer', 'DesignLab', true, 'Building the next generation design system'),
        role('Junior Frontend Developer', 'WebCraft Agency', false, 'Developed responsive web applications'),
      ]),
      education: is([{ school: 'Universidade de Lisboa' }]),
      skills: is(5),
      // Headings are a last resort: a section whose heading we do not know may still be there.
      recommendations: UNKNOWN,
      featured: UNKNOWN,
      certifications: UNKNOWN,
      volunteering: UNKNOWN,
      languages: UNKNOWN,
      openToWork: UNKNOWN,
      publicUrl: is('mariacosta'),
      customUrl: is(true),
    });
    expect(p.health.recognised).toContain('skills (heading)');
  });
});

describe('2026 reconstruction: long experience, no About', () => {
  const p = read(C.long);

  it('reads nine positions, four of them at one company', () => {
    expect(p.layout).toBe('linkedin-2026');
    expect(p.own).toBeNull();
    expectLinkedIn(p.fields, {
      name: is('Maria Rodriguez'),
      headline: is('VP of Engineering at MegaTech'),
      // About and Featured always come before Experience: with Experience rendered, their absence is real.
      about: ABSENT,
      location: is('New York, New York, United States'),
      photo: is(true),
      banner: is(true),
      connections: is(500),
      followers: UNKNOWN,
      experience: is([
        role('VP of Engineering', 'MegaTech', true, 'Overseeing all engineering departments'),
        role('Senior Director of Engineering', 'MegaTech', false, 'Led the platform'),
        role('Director of Engineering', 'MegaTech', false, 'Built and led'),
        role('Senior Software Engineer', 'MegaTech', false, 'Core contributor'),
        role('Staff Software Engineer', 'PreviousCo', false, 'Technical lead'),
        role('Software Engineer', 'PreviousCo', false, 'Built backend services'),
        role('Software Engineer', 'Startup XYZ', false, 'Early engineer'),
        role('Junior Software Developer', 'BigCorp Industries', false, 'Developed internal tools'),
        role('Research Assistant', 'MIT Research Lab', false, 'Conducted research'),
      ]),
      // Nothing after Experience has rendered: these may still be loading.
      education: UNKNOWN,
      skills: UNKNOWN,
      recommendations: UNKNOWN,
      featured: ABSENT,
      certifications: UNKNOWN,
      volunteering: UNKNOWN,
      languages: UNKNOWN,
      openToWork: UNKNOWN,
      publicUrl: is('mariarodriguez'),
      customUrl: is(true),
    });
  });
});

describe('2026 reconstruction: minimal profile', () => {
  const p = read(C.minimal);

  it('reads the top card and About; everything below may still be loading', () => {
    expect(p.layout).toBe('linkedin-2026');
    expect(p.own).toBeNull();
    expectLinkedIn(p.fields, {
      name: is('Alex Chen'),
      headline: is('Product Designer'),
      about: is(startsWith('Product designer focused on')),
      location: is('Austin, Texas, United States'),
      photo: is(true),
      banner: ABSENT, // a hooked 2026 top card with its photo and no background image has none
      connections: is(82),
      followers: UNKNOWN,
      experience: UNKNOWN,
      education: UNKNOWN,
      skills: UNKNOWN,
      recommendations: UNKNOWN,
      featured: UNKNOWN,
      certifications: UNKNOWN,
      volunteering: UNKNOWN,
      languages: UNKNOWN,
      openToWork: UNKNOWN,
      publicUrl: is('alexchen'),
      customUrl: is(true),
    });
    expect(p.health.unrecognised).toEqual(expect.arrayContaining(['skills', 'experience']));
  });

  it('does not call the banner absent while an image of the top card is still loading (found by a review)', () => {
    const doc = capture(C.minimal.file);
    const photo = doc.querySelector('img')!;
    for (const src of ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', null]) {
      const lazy = doc.createElement('img');
      if (src) lazy.setAttribute('src', src);
      const q = withMutation(
        () => {
          photo.after(lazy);
          return () => lazy.remove();
        },
        () => readLinkedIn(doc, C.minimal.url),
      );
      expect(q.fields.banner, String(src)).toMatchObject({ state: 'unknown' });
      expect(q.fields.photo).toEqual(p.fields.photo);
    }
  });
});

describe('2026 reconstruction: missing sections', () => {
  const p = read(C.missing);

  it('never calls the sections below Education absent: the page end is not in sight', () => {
    expect(p.layout).toBe('linkedin-2026');
    expect(p.own).toBeNull();
    expectLinkedIn(p.fields, {
      name: is('Sam Johnson'),
      headline: is('Data Scientist at AnalyticsPro'),
      about: is(startsWith('Data scientist with a background')),
      location: is('London, England, United Kingdom'),
      photo: is(true),
      banner: ABSENT,
      connections: is(347),
      followers: UNKNOWN,
      experience: is([
        role('Data Scientist', 'AnalyticsPro', true, 'Building ML models'),
        role('Junior Data Scientist', 'FinTech Global', false, 'Developed fraud detection'),
      ]),
      education: is([{ school: 'Imperial College London' }]),
      skills: UNKNOWN,
      recommendations: UNKNOWN,
      featured: ABSENT,
      certifications: UNKNOWN,
      volunteering: UNKNOWN,
      languages: UNKNOWN,
      openToWork: UNKNOWN,
      publicUrl: is('samjohnson'),
      customUrl: is(true),
    });
  });
});

describe('2026 reconstruction: multilingual member', () => {
  const p = read(C.multilingual);

  it('reads Japanese and Spanish text as text', () => {
    expect(p.layout).toBe('linkedin-2026');
    expect(p.own).toBeNull();
    expectLinkedIn(p.fields, {
      name: is('Yuki Tanaka / 田中ゆき'),
      headline: is('Ingeniero de Software Senior / シニアソフトウェアエンジニア at GlobalBridge'),
      about: is(startsWith('Bilingual software engineer (Japanese/Spanish/English)')),
      location: is('Tokyo, Japan'),
      photo: is(true),
      banner: is(true),
      connections: is(268),
      followers: UNKNOWN,
      experience: is([
        role(
          'Ingeniero de Software Senior / シニアソフトウェアエンジニア',
          'GlobalBridge株式会社',
          true,
          'クロスボーダー決済',
        ),
        role('ソフトウェアエンジニア', '楽天グループ株式会社 (Rakuten Group, Inc.)', false, '楽天ペイメント'),
        role('Desarrollador de Software', 'Softtek', false, 'Desarrollo de aplicaciones'),
      ]),
      education: is([
        { school: '東京大学 (The University of Tokyo)' },
        { school: 'Universidad Nacional Autonoma de Mexico (UNAM)' },
      ]),
      skills: UNKNOWN,
      recommendations: UNKNOWN,
      featured: ABSENT,
      certifications: UNKNOWN,
      volunteering: UNKNOWN,
      languages: UNKNOWN,
      openToWork: UNKNOWN,
      publicUrl: is('yukitanaka'),
      customUrl: is(true),
    });
  });

  it('keeps paragraph breaks in long texts', () => {
    const about = p.fields.about.state === 'found' ? p.fields.about.value : '';
    expect(about.split('\n\n')).toHaveLength(3);
  });
});

describe('navigation and odd URLs', () => {
  it('reads nothing from a page that still shows another member (SPA navigation in progress)', () => {
    const p = readLinkedIn(capture(C.full.file), 'https://www.linkedin.com/in/someone-else/');
    expect(p.own).toBeNull();
    expect(p.key).toBe('linkedin:someone-else');
    for (const f of Object.values(p.fields)) expect(f.state).toBe('unknown');
    expect(p.health.unrecognised).toContain('profile (page shows another member)');
  });

  it('takes the slug from the page when the URL is /in/me/', () => {
    const p = readLinkedIn(capture(C.complete.file), 'https://www.linkedin.com/in/me/');
    expect(p.own).toBe(true);
    expect(p.key).toBe('linkedin:janesmith');
    expect(p.fields.publicUrl).toEqual({ state: 'found', value: 'janesmith' });
  });

  it('reads an empty document as unknown everywhere', () => {
    const doc = capture(C.minimal.file).implementation.createHTMLDocument('');
    const p = readLinkedIn(doc, C.minimal.url);
    expect(p.layout).toBe('unknown');
    expect(p.own).toBeNull();
    for (const [name, f] of Object.entries(p.fields)) {
      if (name === 'publicUrl' || name === 'customUrl') expect(f.state).toBe('found');
      else expect(f.state, name).toBe('unknown');
    }
  });
});
