// Where each checklist section is on a LinkedIn profile page, for the hint markers, by the reader's own
// selectors (src/readers/linkedin/selectors.ts). Unknown or missing sections fall back to the top card.
import * as S from '../readers/linkedin/selectors.ts';
import { first } from '../readers/dom.ts';
import { textOf } from '../core/field.ts';
import type { Anchor } from './overlay.ts';

/** Parts of the top card. */
const TOP: Record<string, readonly string[]> = {
  photo: S.photo,
  banner: S.banner,
  connections: S.connections,
  'open-to-work': S.openToWork,
  url: S.contactInfoLink,
  contact: S.contactInfoLink,
  name: S.name,
  headline: S.headline,
  location: S.location,
};

// A local name for the selector (as in read.ts): read as S.emberCard inside the function, the bundler copied
// the whole string there instead of sharing the reader's.
const EMBER_CARD = S.emberCard;

export const linkedInAnchor: Anchor = (doc, section, profile) => {
  const top = first(doc, S.topCard);
  if (!section || !top) return top;
  const sels = TOP[section];
  if (sels) {
    // The headline and location are plain <p>s on the 2026 layout: found by their text.
    const text = textOf(profile, section);
    for (const e of top.querySelectorAll('*')) if (text && e.textContent?.trim() === text) return e;
    return first(top, sels);
  }
  // Sections by their hooks, named as the reader names them (Ember anchor ids, data-view-name suffixes,
  // componentkey card names): the first seven letters of the section's name, so "certifi" finds
  // licenses_and_certifications. Experience is not volunteering_experience; recommendations are not the
  // page's "people you may know" lists.
  const key = section.slice(0, 7);
  for (const e of doc.querySelectorAll(S.sectionHooks.join())) {
    const name = (
      (e.matches(EMBER_CARD) ? first(e, S.emberAnchor)?.id : e.getAttribute('componentkey')) ??
      e.getAttribute('data-view-name') ??
      ''
    ).toLowerCase();
    if (name.includes(key) && (key === 'volunte' || !/volunt|browsemap|pymk/.test(name)) && !top.contains(e))
      return e;
  }
  return null;
};
