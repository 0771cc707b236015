// Pure URL predicates for X (and twitter.com). No DOM, no browser API.

const HOSTS = new Set(['x.com', 'twitter.com', 'www.x.com', 'www.twitter.com', 'mobile.twitter.com']);

// Handles: 1-15 letters, digits, underscores (X help).
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;

// First path segments that are X's own routes, never a handle.
const RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'settings',
  'i',
  'search',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'jobs',
  'lists',
  'bookmarks',
  'communities',
  'premium',
  'verified-choose',
  'account',
  'intent',
  'share',
  'hashtag',
  'download',
  'about',
  'help',
  'following',
  'followers',
  'grok',
  'topics',
  'moments',
  'who_to_follow',
  'connect_people',
  'notifications',
  'sw.js',
  'manifest.json',
]);

// Tabs of a profile page; the header (name, bio, counts) is the same on each.
const PROFILE_TABS = new Set(['with_replies', 'media', 'likes', 'highlights', 'articles', 'superfollows']);

export type XPage = { kind: 'profile'; handle: string } | { kind: 'other' };

export function xPage(href: string): XPage {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { kind: 'other' };
  }
  if (url.protocol !== 'https:' || !HOSTS.has(url.hostname)) return { kind: 'other' };
  const parts = url.pathname.split('/').filter(Boolean);
  const handle = parts[0];
  if (!handle || !HANDLE.test(handle) || RESERVED.has(handle.toLowerCase())) return { kind: 'other' };
  if (parts.length === 1) return { kind: 'profile', handle };
  if (parts.length === 2 && PROFILE_TABS.has(parts[1] ?? '')) return { kind: 'profile', handle };
  return { kind: 'other' };
}

export const isXProfile = (href: string): boolean => xPage(href).kind === 'profile';
