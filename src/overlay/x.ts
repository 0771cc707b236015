// Where each checklist section is on an X profile page, for the hint markers, by the reader's selectors
// (src/readers/x/selectors.ts). A section that cannot be found falls back to the name block (section '').
import * as S from '../readers/x/selectors.ts';
import { first } from '../readers/dom.ts';
import { textOf } from '../core/field.ts';
import type { Anchor } from './overlay.ts';

export const xAnchor: Anchor = (doc, section, profile) => {
  const col = first(doc, S.primaryColumn) ?? doc;
  const handle = textOf(profile, 'handle');
  const sels: Record<string, readonly string[]> = {
    avatar: S.avatarLink(handle),
    header: S.headerPhotoLink(handle),
    bio: S.description,
    location: S.location,
    website: S.website,
    pinned: S.timeline,
    posts: S.timeline,
  };
  return first(col, sels[section] ?? (section ? [] : S.userName));
};
