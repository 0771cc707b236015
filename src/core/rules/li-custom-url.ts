import { AS_OF, couldNotRead, fail, notKnown, pass } from './helpers.ts';
import { isAutoAssignedSlug } from '../text.ts';
import { defineRule } from './types.ts';

export default defineRule({
  id: 'li-custom-url',
  platform: 'linkedin',
  section: 'url',
  title: 'Custom profile URL',
  why: 'Your profile URL goes on your CV, email signature and cards. The assigned one ends in a random code (like “-35520a61”); a custom one is easier to read, remember and trust.',
  fix: 'On your profile choose “Edit public profile & URL”, then edit your custom URL: your name, or your name and your field (3-100 letters or numbers).',
  weight: 2,
  fixability: 1,
  source: 'https://www.linkedin.com/help/linkedin/answer/a542685',
  sourceNote:
    'LinkedIn Help “Manage your public profile URL” (answer 87): a custom URL can be 3-100 characters, with no spaces, symbols or special characters.',
  asOf: AS_OF,
  inputs: ['linkedin.customUrl', 'linkedin.publicUrl'],
  thresholds: {},
  check({ linkedin }) {
    const { customUrl, publicUrl } = linkedin.fields;
    const slug = publicUrl.state === 'found' ? publicUrl.value : null;
    const shown = slug ? ` (linkedin.com/in/${slug})` : '';
    // The reader's verdict decides. When it couldn't tell, the slug's shape is only a hint in the detail: an
    // unknown input never turns into a fail.
    let custom: boolean;
    if (customUrl.state === 'found') custom = customUrl.value;
    else if (customUrl.state === 'unknown') {
      if (!slug) return couldNotRead('your profile URL', customUrl);
      const looks = isAutoAssignedSlug(slug) ? 'looks like the assigned one' : 'looks custom';
      return notKnown(`Couldn’t tell whether your profile URL is custom; linkedin.com/in/${slug} ${looks}.`);
    } else if (slug) custom = !isAutoAssignedSlug(slug);
    else if (publicUrl.state === 'unknown') return couldNotRead('your profile URL', publicUrl);
    else return notKnown('No public profile URL was found on the page.');
    return custom
      ? pass(`Your profile URL is custom${shown}.`)
      : fail(`Your profile URL is the assigned one, ending in a random code${shown}.`);
  },
});
