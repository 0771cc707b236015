// Notices URL changes in single-page apps. LinkedIn and X move between the feed and profiles with
// history.pushState, and the content script is not injected again when they do.
// The Navigation API's events reach content scripts in Chromium and Firefox; where it is missing, a cheap
// string comparison of location.href on a timer (plus popstate) is the fallback.
// This runs on every page of the sites, profile or not, so it is plain listeners and a flag: no
// AbortController or signal-bearing options, whose first use in a content script's world costs a fraction
// of a millisecond that a page which is not a profile should not pay.

/** Calls `onChange(href)` on each change of the URL until the returned function is called. */
export function watchUrl(win: Window, onChange: (href: string) => void): () => void {
  let last = win.location.href;
  let watching = true;
  const check = () => {
    const href = win.location.href;
    if (href === last || !watching) return;
    last = href;
    onChange(href);
  };
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  const targets: [EventTarget, string][] = [[win, 'popstate']];
  let timer: number | undefined;
  if (nav && typeof nav.addEventListener === 'function') {
    // currententrychange fires for pushState/replaceState and traversals; navigatesuccess for
    // intercepted navigations. Both are cheap and deduplicated by `check`.
    targets.push([nav, 'currententrychange'], [nav, 'navigatesuccess']);
  } else {
    timer = win.setInterval(check, 700);
  }
  for (const [target, type] of targets) target.addEventListener(type, check);
  return () => {
    watching = false;
    if (timer !== undefined) win.clearInterval(timer);
    for (const [target, type] of targets) target.removeEventListener(type, check);
  };
}
