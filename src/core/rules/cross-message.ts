import { AS_OF, counted, couldNotRead, fail, pass, textOf, warn } from './helpers.ts';
import { list, quoted } from '../i18n.ts';
import { keyTerms } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.headline', 'x.bio'];

export default defineRule({
  id: 'cross-message',
  platform: 'cross',
  section: 'headline',
  sections: { linkedin: 'headline', x: 'bio' },
  sourceNote: true,
  weight: 2,
  fixability: 0.9,
  asOf: AS_OF,
  thresholds: {
    minShared: { default: 2, min: 1, max: 10, unit: 'terms' },
  },
  check({ linkedin, x }, { thresholds }) {
    const { headline } = linkedin.fields;
    const { bio } = x.fields;
    if (headline.state === 'unknown') return couldNotRead('.unread_headline', headline);
    if (bio.state === 'unknown') return couldNotRead('.unread_bio', bio);
    const h = textOf(headline);
    const b = textOf(bio);
    if (!h || !b) return fail(!h ? '.no_headline' : '.no_bio');
    const bioTerms = keyTerms(b);
    const shared = [...keyTerms(h)].filter((t) => bioTerms.has(t));
    const terms = list(shared.map((t) => quoted(t, 0)));
    if (shared.length >= thresholds.minShared) return pass(counted('.shared', shared.length, terms));
    if (shared.length > 0) return warn(counted('.few', shared.length, terms, thresholds.minShared));
    return fail('.none');
  },
});
