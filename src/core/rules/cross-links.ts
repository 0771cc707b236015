import { AS_OF, fail, notKnown, pass, textOf, warn } from './helpers.ts';
import { quoted } from '../i18n.ts';
import { fold } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

// "https://www.linkedin.com/in/Jane-Doe/" and "linkedin.com/in/jane-doe…" (X shortens long links) alike.
const LINKEDIN_IN = /(?:^|[\s(/.])linkedin\.com\/in\/([^\s/?#)…]+)(…|\.\.\.)?/iu;
const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/** The LinkedIn slug a text links to, with `cut` when X shortened the link. Exported for tests. */
export function linkedInSlugIn(text: string): { slug: string; cut: boolean } | null {
  const m = LINKEDIN_IN.exec(` ${text}`);
  return m?.[1] ? { slug: fold(decode(m[1])), cut: Boolean(m[2]) } : null;
}

/** "janedoe.com" from "https://www.janedoe.com/about", or null for an X or LinkedIn link. */
function siteOf(website: string): string | null {
  const host = /^(?:https?:\/\/)?(?:www\.)?([^/\s?#…]+)/iu.exec(website.trim())?.[1]?.toLowerCase();
  if (!host || !host.includes('.') || /(?:^|\.)(?:linkedin\.com|x\.com|twitter\.com|t\.co)$/.test(host))
    return null;
  return host;
}

export const inputs: readonly InputName[] = ['x.website', 'x.bio', 'linkedin.publicUrl', 'linkedin.about'];

export default defineRule({
  id: 'cross-links',
  platform: 'cross',
  section: 'website',
  sections: { linkedin: 'contact', x: 'website' },
  sourceNote: true,
  weight: 1,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin, x }) {
    const { website, bio } = x.fields;
    const { publicUrl, about } = linkedin.fields;
    const slug = publicUrl.state === 'found' ? fold(publicUrl.value) : null;

    // X -> LinkedIn: the website field, then the bio.
    const links = [website, bio]
      .filter((f) => f.state === 'found')
      .map((f) => linkedInSlugIn(textOf(f)))
      .filter((l) => l !== null);
    for (const link of links) {
      if (slug === null) continue;
      const ok = link.cut ? link.slug.length >= 3 && slug.startsWith(link.slug) : link.slug === slug;
      if (ok) return pass('.linked', slug);
    }
    const xKnown = website.state !== 'unknown' && bio.state !== 'unknown';
    if (links.length > 0 && slug !== null && xKnown)
      return fail('.other_profile', links[0]?.slug ?? '', slug);
    if (links.length > 0) return notKnown('.unconfirmed');

    // A personal site on X: the same site named in LinkedIn's About is the best Spruce can confirm.
    const site = website.state === 'found' ? siteOf(textOf(website)) : null;
    if (site) {
      if (about.state === 'found' && fold(about.value).includes(site)) return pass('.same_site', site);
      return notKnown('.site', site);
    }
    if (!xKnown) return notKnown('.unread_x');
    if (website.state === 'found' && textOf(website)) return warn('.other_site', quoted(textOf(website), 0));
    return fail('.none');
  },
});
