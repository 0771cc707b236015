// Content script entry for x.com and twitter.com: only X's reader ships in X tabs.
import { isXProfile } from '../readers/x/url.ts';
import { readX } from '../readers/x/read.ts';
import { createOverlay } from '../overlay/overlay.ts';
import { xAnchor } from '../overlay/x.ts';
import { startContent } from './start.ts';

startContent({ isProfile: isXProfile, read: readX, overlay: createOverlay('x', xAnchor) });
