// Limits that the core applies and a page checks first, in a module of their own: a page that imports them
// does not load the code that applies them (src/core/settings.ts brings the checklist with it).

/** How many target keywords validateSettings keeps, each at most this long (the options page refuses more). */
export const MAX_KEYWORDS = 20;
export const MAX_KEYWORD_LENGTH = 80;

/** How many examples (other people's profiles she keeps to learn from) the worker keeps. */
export const MAX_EXAMPLES = 10;

/**
 * storage.sync's quotas (Chrome; Firefox's are alike): bytes per item (key + JSON value) and in all. Used by
 * src/storage/sync.ts to cut and refuse, and by the options page's sync meter.
 */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400 } as const;
