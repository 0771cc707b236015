import { AS_OF, fail, notKnown, pass, textOf, warn } from './helpers.ts';
import { fold } from '../text.ts';
import { defineRule } from './types.ts';

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

export default defineRule({
  id: 'cross-links',
  platform: 'cross',
  section: 'website',
  sections: { linkedin: 'contact', x: 'website' },
  title: 'The profiles link to each other',
  why: 'A link from X to your LinkedIn (or the same personal site on both) lets people confirm that both accounts are yours and move between them.',
  fix: 'Put your LinkedIn URL (linkedin.com/in/…) in your X website field or bio, and add your website or X profile to LinkedIn’s contact info.',
  weight: 1,
  fixability: 1,
  source: 'heuristic',
  sourceNote:
    'LinkedIn’s contact info (where its website links live) is not read by Spruce: only the X side is checked.',
  asOf: AS_OF,
  inputs: ['x.website', 'x.bio', 'linkedin.publicUrl', 'linkedin.about'],
  thresholds: {},
  check({ linkedin, x }) {
    const { website, bio } = x.fields;
    const { publicUrl, about } = linkedin.fields;
    const contact =
      ' LinkedIn’s contact info isn’t read, so check by hand that it lists your website or X profile.';
    const slug = publicUrl.state === 'found' ? fold(publicUrl.value) : null;

    // X -> LinkedIn: the website field, then the bio.
    const links = [website, bio]
      .filter((f) => f.state === 'found')
      .map((f) => linkedInSlugIn(textOf(f)))
      .filter((l) => l !== null);
    for (const link of links) {
      if (slug === null) continue;
      const ok = link.cut ? link.slug.length >= 3 && slug.startsWith(link.slug) : link.slug === slug;
      if (ok) return pass(`X links to your LinkedIn profile (linkedin.com/in/${slug}).${contact}`);
    }
    const xKnown = website.state !== 'unknown' && bio.state !== 'unknown';
    if (links.length > 0 && slug !== null && xKnown) {
      return fail(
        `X links to a different LinkedIn profile (linkedin.com/in/${links[0]?.slug}), not yours (${slug}).`,
      );
    }
    if (links.length > 0) {
      return notKnown(
        'X links to a LinkedIn profile, but Spruce couldn’t confirm it is yours (a part of a profile wasn’t read).',
      );
    }

    // A personal site on X: the same site named in LinkedIn's About is the best Spruce can confirm.
    const site = website.state === 'found' ? siteOf(textOf(website)) : null;
    if (site) {
      if (about.state === 'found' && fold(about.value).includes(site)) {
        return pass(`X and your LinkedIn About both point to ${site}.${contact}`);
      }
      return notKnown(
        `X links to ${site}; LinkedIn’s contact info isn’t read, so Spruce can’t tell whether it shows the same site.`,
      );
    }
    if (!xKnown) {
      return notKnown('Couldn’t read your X website or bio, so the link to LinkedIn wasn’t checked.');
    }
    if (website.state === 'found' && textOf(website)) {
      return warn(
        `Your X website (“${textOf(website)}”) isn’t your LinkedIn profile or a personal site.${contact}`,
      );
    }
    return fail(`Neither your X website nor your bio links to your LinkedIn profile.${contact}`);
  },
});
