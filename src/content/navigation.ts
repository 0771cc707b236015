// Notices URL changes in single-page apps. LinkedIn and X move between the feed and profiles with
// history.pushState, and the content script is not injected again when they do.
// The Navigation API's events reach content scripts in Chromium and Firefox; where it is missing, a cheap
// string comparison of location.href on a timer (plus popstate) is the fallback.

export function watchUrl(win: Window, onChange: (href: string) => void, signal: AbortSignal): void {
  let last = win.location.href;
  const check = () => {
    const href = win.location.href;
    if (href === last || signal.aborted) return;
    last = href;
    onChange(href);
  };
  const nav = (win as Window & { navigation?: EventTarget }).navigation;
  if (nav && typeof nav.addEventListener === 'function') {
    // currententrychange fires for pushState/replaceState and traversals; navigatesuccess for
    // intercepted navigations. Both are cheap and deduplicated by `check`.
    nav.addEventListener('currententrychange', check, { signal });
    nav.addEventListener('navigatesuccess', check, { signal });
  } else {
    const timer = win.setInterval(check, 700);
    signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  }
  win.addEventListener('popstate', check, { signal });
}
