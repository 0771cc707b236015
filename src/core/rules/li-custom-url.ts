import { AS_OF, couldNotRead, fail, notKnown, pass } from './helpers.ts';
import { isAutoAssignedSlug } from '../text.ts';
import { defineRule, type InputName } from './types.ts';

export const inputs: readonly InputName[] = ['linkedin.customUrl', 'linkedin.publicUrl'];

export default defineRule({
  id: 'li-custom-url',
  platform: 'linkedin',
  section: 'url',
  sourceNote: true,
  weight: 2,
  fixability: 1,
  asOf: AS_OF,
  thresholds: {},
  check({ linkedin }) {
    const { customUrl, publicUrl } = linkedin.fields;
    const slug = publicUrl.state === 'found' ? publicUrl.value : null;
    // The reader's verdict decides. When it couldn't tell, the slug's shape is only a hint in the detail: an
    // unknown input never turns into a fail.
    let custom: boolean;
    if (customUrl.state === 'found') custom = customUrl.value;
    else if (customUrl.state === 'unknown') {
      if (!slug) return couldNotRead('.unread', customUrl);
      return notKnown(isAutoAssignedSlug(slug) ? '.unsure_assigned' : '.unsure_custom', slug);
    } else if (slug) custom = !isAutoAssignedSlug(slug);
    else if (publicUrl.state === 'unknown') return couldNotRead('.unread', publicUrl);
    else return notKnown('.no_url');
    if (slug) return custom ? pass('.custom_shown', slug) : fail('.assigned_shown', slug);
    return custom ? pass('.custom') : fail('.assigned');
  },
});
