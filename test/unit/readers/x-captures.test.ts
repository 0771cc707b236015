// The X captures in ../shared/fixtures read with expected readings written by looking at the pages.
import { describe, expect, it } from 'vitest';
import { readX, joinedFromText } from '../../../src/readers/x/read.ts';
import { ABSENT, X_CAPTURES as C, capture, expectX, is, remove, withMutation } from './helpers.ts';

const read = (c: { file: string; url: string }) => readX(capture(c.file), c.url);
const jsonLdOf = (doc: Document) =>
  Array.from(doc.querySelectorAll('script[data-testid="UserProfileSchema-test"]'));

// All three are signed-out captures of other people: each header has the profile's own Follow button
// ("<user id>-follow"), which X never shows on one's own profile, so `own` is false.

describe('x.com/jason', () => {
  const p = read(C.jason);

  it('reads every field', () => {
    expect(p.platform).toBe('x');
    expect(p.layout).toBe('x');
    expect(p.key).toBe('x:jason');
    expect(p.own).toBe(false);
    expectX(p.fields, {
      // The display name really is "@jason"; the handle under it is "@Jason".
      name: is('@jason'),
      handle: is('Jason'),
      bio: is(
        'first investor in http://athenawow.com Host: @twistartups @theallinpod; I also invest in 100 startups a year @launch & @founderuni jason@calacanis.com for life',
      ),
      location: is('austin'),
      website: is('calacanis.com'),
      category: is('Entrepreneur'),
      avatar: is(true),
      header: is(true),
      pinned: is(true),
      followers: is(1_064_381), // exact, from the JSON-LD (the page says "1M")
      following: is(5894),
      verified: is(true),
      joined: is('2006-08'),
      lastPostAt: is('2026-01-20T00:05:48.000Z'), // the pinned post is also the newest here
    });
    expect(p.health.recognised).toEqual(['UserName', 'JSON-LD', 'UserProfileHeader_Items']);
    expect(p.health.unrecognised).toEqual([]);
  });

  it('falls back on the abbreviated counts and the join text without the JSON-LD', () => {
    const doc = capture(C.jason.file);
    const q = withMutation(
      () => remove(jsonLdOf(doc)),
      () => readX(doc, C.jason.url),
    );
    expect(q.fields.followers).toEqual({ state: 'found', value: 1_000_000 }); // "1M Followers"
    expect(q.fields.following).toEqual({ state: 'found', value: 5894 }); // "5,894 Following"
    expect(q.fields.joined).toEqual({ state: 'found', value: '2006-08' }); // "Joined August 2006"
    expect(q.own).toBe(false); // the follow button still precedes the name
  });
});

/** The followers count read with the abbreviated words `shown` in place (no JSON-LD), the page in `lang`. */
function followersShown(shown: string, lang?: string) {
  const doc = capture(C.jason.file);
  const followers = doc.querySelector('a[href$="/verified_followers"]') as Element;
  const words = [...followers.childNodes];
  return withMutation(
    () => {
      const was = doc.documentElement.lang;
      const undo = remove(jsonLdOf(doc));
      if (lang) doc.documentElement.lang = lang;
      followers.textContent = shown;
      return () => {
        followers.replaceChildren(...words);
        doc.documentElement.lang = was;
        undo();
      };
    },
    () => readX(doc, C.jason.url).fields.followers,
  );
}

describe('abbreviated counts in Turkish', () => {
  it('reads "B" as thousands (bin) on a Turkish page, as billions elsewhere (found by a review)', () => {
    expect(followersShown('12,5 B Takipçi', 'tr')).toEqual({ state: 'found', value: 12_500 });
    expect(followersShown('12,5 B Takipçi', 'en')).toEqual({ state: 'found', value: 12_500_000_000 });
  });
});

describe('counts with a unit word the parser does not know (found by a review)', () => {
  const read = (shown: string) => followersShown(shown);

  it.each([
    '12 tys. obserwujących',
    '12 mi seguidores',
    '12 rb Pengikut',
    '١٢ ألف متابع',
    '12 N người theo dõi',
  ])('"%s" is unknown, never 12', (shown) => expect(read(shown)).toMatchObject({ state: 'unknown' }));

  it.each([
    ['1M Followers', 1_000_000],
    ['5,894 Following', 5894],
    ['1,2 k abonnés', 1200],
    ['1.2万 フォロワー', 12_000],
    ['564 Followers', 564],
    ['12 Takipçi', 12],
    ['564 关注者', 564],
    ['1,2 Mio. Follower', 1_200_000],
    ['564 Đang theo dõi', 564],
    ['564 팔로워', 564],
    ['12 フォロー中', 12],
  ])('"%s" is %d', (shown, value) => expect(read(shown)).toEqual({ state: 'found', value }));
});

describe('x.com/cz_binance', () => {
  const p = read(C.cz);

  it('reads every field', () => {
    expect(p.own).toBe(false);
    expectX(p.fields, {
      name: is('CZ 🔶 BNB'), // the emoji is an <img alt="🔶">
      handle: is('cz_binance'),
      bio: is('@BNBchain\n@YZiLabs\n@GiggleAcademy\n@binance'),
      location: ABSENT, // the header items row rendered without a location
      website: is('binance.com'),
      category: is('Science & Technology'),
      avatar: is(true),
      header: is(true),
      pinned: is(true),
      followers: is(10_685_639),
      following: is(1210),
      verified: is(true),
      joined: is('2017-08'),
      // The pinned post is first on the page; the newest post is the one to report either way.
      lastPostAt: is('2025-10-23T16:58:23.000Z'),
    });
  });

  it('reads "10.6M" without the JSON-LD', () => {
    const doc = capture(C.cz.file);
    const q = withMutation(
      () => remove(jsonLdOf(doc)),
      () => readX(doc, C.cz.url),
    );
    expect(q.fields.followers).toEqual({ state: 'found', value: 10_600_000 });
    expect(q.fields.following).toEqual({ state: 'found', value: 1210 });
  });
});

describe('x.com/nikitabier', () => {
  const p = read(C.nikita);

  it('reads every field', () => {
    expect(p.own).toBe(false);
    expectX(p.fields, {
      name: is('Nikita Bier'),
      handle: is('nikitabier'),
      bio: is(
        'head of product @x, advisor @solana, venture partner @lightspeedvp, ex-founder @gasappteam (acq by discord), ex-founder @thetbhapp (acq by facebook)',
      ),
      location: is('Palo Alto'),
      website: ABSENT,
      category: ABSENT,
      avatar: is(true),
      header: is(true),
      pinned: ABSENT, // posts loaded, none of them pinned (a pinned post always comes first)
      followers: is(778_522),
      following: is(2015),
      verified: is(true),
      joined: is('2012-07'),
      // Newest of all posts on the page, not the first one.
      lastPostAt: is('2025-10-12T18:48:57.000Z'),
    });
  });

  it('reads "778.5K" without the JSON-LD', () => {
    const doc = capture(C.nikita.file);
    const q = withMutation(
      () => remove(jsonLdOf(doc)),
      () => readX(doc, C.nikita.url),
    );
    expect(q.fields.followers).toEqual({ state: 'found', value: 778_500 });
    expect(q.fields.joined).toEqual({ state: 'found', value: '2012-07' });
  });
});

describe('tabs, navigation and empty pages', () => {
  it('does not call the pinned post absent on the Media tab', () => {
    const p = readX(capture(C.nikita.file), 'https://x.com/nikitabier/media');
    expect(p.fields.pinned.state).toBe('unknown');
    expect(p.fields.lastPostAt.state).toBe('unknown');
    expect(p.fields.followers).toEqual({ state: 'found', value: 778_522 });
  });

  it('reads nothing from a page that still shows another account', () => {
    const p = readX(capture(C.jason.file), 'https://x.com/someone_else');
    expect(p.own).toBeNull();
    expect(p.key).toBe('x:someone_else');
    for (const f of Object.values(p.fields)) expect(f.state).toBe('unknown');
  });

  it('reads a page whose header has not rendered as unknown everywhere', () => {
    const doc = capture(C.jason.file).implementation.createHTMLDocument('');
    const p = readX(doc, C.jason.url);
    expect(p.own).toBeNull();
    expect(p.key).toBe('x:jason');
    for (const f of Object.values(p.fields)) expect(f).toMatchObject({ state: 'unknown' });
    expect(p.health.unrecognised).toEqual(['UserName']);
  });

  it('reads a header whose image has not loaded yet as set (X links it only when there is one)', () => {
    const doc = capture(C.jason.file);
    const imgs = Array.from(doc.querySelectorAll('a[href$="/header_photo"] img'));
    const p = withMutation(
      () => remove(imgs),
      () => readX(doc, C.jason.url),
    );
    expect(p.fields.header).toEqual({ state: 'found', value: true });
  });

  it('knows no bio from an unrendered one', () => {
    const doc = capture(C.nikita.file);
    const bio = Array.from(doc.querySelectorAll('[data-testid="UserDescription"]'));
    const p = withMutation(
      () => remove(bio),
      () => readX(doc, C.nikita.url),
    );
    expect(p.fields.bio).toEqual(ABSENT);
  });

  it('does not call the bio absent before the header below it has rendered', () => {
    // Only UserName so far: the bio's place, and everything X renders under it, not there (yet).
    const doc = capture(C.nikita.file);
    const below = ['UserDescription', 'UserProfileHeader_Items'].map(
      (id) => doc.querySelector(`[data-testid="${id}"]`) as Element,
    );
    const counts = Array.from(doc.querySelectorAll('a[href$="/following"], a[href$="/verified_followers"]'));
    const p = withMutation(
      () => remove([...below, ...counts]),
      () => readX(doc, C.nikita.url),
    );
    expect(p.fields.bio).toMatchObject({ state: 'unknown' });
    expect(p.health.unrecognised).toContain('bio');
  });

  it('does not call a bio absent that is there under another test id', () => {
    const doc = capture(C.jason.file);
    const bio = doc.querySelector('[data-testid="UserDescription"]') as Element;
    const p = withMutation(
      () => {
        bio.setAttribute('data-testid', 'UserBio');
        return () => bio.setAttribute('data-testid', 'UserDescription');
      },
      () => readX(doc, C.jason.url),
    );
    expect(p.fields.bio).toMatchObject({ state: 'unknown' });
  });

  it('does not call an item absent while the row shows one it does not know', () => {
    // X renames the website's test id: the row still shows the website, under a name the reader does not know.
    const doc = capture(C.jason.file);
    const url = doc.querySelector('[data-testid="UserUrl"]') as Element;
    const location = doc.querySelector('[data-testid="UserLocation"]') as Element;
    const p = withMutation(
      () => {
        url.setAttribute('data-testid', 'UserWebsite');
        const undo = remove([location]);
        return () => {
          undo();
          url.setAttribute('data-testid', 'UserUrl');
        };
      },
      () => readX(doc, C.jason.url),
    );
    expect(p.fields.website).toMatchObject({ state: 'unknown' });
    // Her location is not in the row; the unknown item might be it.
    expect(p.fields.location).toMatchObject({ state: 'unknown' });
    expect(p.fields.category).toEqual({ state: 'found', value: 'Entrepreneur' });
    expect(p.health.unrecognised).toEqual(['location', 'website']);
  });

  it('knows no bio by the follow counts when the items row is not recognised', () => {
    const doc = capture(C.cz.file);
    const gone = ['UserDescription', 'UserProfileHeader_Items'].map(
      (id) => doc.querySelector(`[data-testid="${id}"]`) as Element,
    );
    const p = withMutation(
      () => remove(gone),
      () => readX(doc, C.cz.url),
    );
    expect(p.fields.bio).toEqual(ABSENT);
  });
});

describe('joinedFromText', () => {
  it.each([
    ['Joined August 2006', '2006-08'],
    ['A rejoint X en août 2006', '2006-08'],
    ['Beigetreten März 2011', '2011-03'],
    ['Se unió en junio de 2012', '2012-06'],
    ['Iscritto a luglio 2015', '2015-07'],
    ['Ingressou em dezembro de 2019', '2019-12'],
    ['A rejoint X en juillet 2010', '2010-07'],
    ['A rejoint X en juin 2010', '2010-06'],
    ['2006年8月からXを利用しています', '2006-08'],
    ['가입일: 2015년 3월', '2015-03'],
  ])('%s -> %s', (input, want) => {
    expect(joinedFromText(input)).toBe(want);
  });

  it('gives up on languages it does not know', () => {
    expect(joinedFromText('Dołączył(a) w sierpniu 2006')).toBeNull();
    expect(joinedFromText('Joined')).toBeNull();
  });
});
