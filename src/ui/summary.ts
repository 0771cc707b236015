// Small pure helpers the popup and options page share.
import type { Profile } from '../core/profile.ts';

export interface FieldCounts {
  total: number;
  read: number;
  unknown: number;
}

export function fieldCounts(p: Profile): FieldCounts {
  const states = Object.values(p.fields).map((f: { state: string }) => f.state);
  const unknown = states.filter((s) => s === 'unknown').length;
  return { total: states.length, read: states.length - unknown, unknown };
}

/** The name to show for a profile: its display name when read, else its handle or slug. */
export function displayName(p: Profile): string {
  const name = p.fields.name;
  if (name.state === 'found' && name.value.trim()) return name.value;
  return p.key.slice(p.key.indexOf(':') + 1);
}

export function formatTime(iso: string, locale?: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? iso
    : d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A calendar day ('YYYY-MM-DD') in the user's words ("27 Nov 2026"); as written when it is not a day. */
export function formatDay(day: string, locale?: string): string {
  const d = new Date(`${day}T12:00:00`);
  return Number.isNaN(d.getTime()) ? day : d.toLocaleDateString(locale, { dateStyle: 'medium' });
}

/** Today (or `date`) as the user's local calendar day, 'YYYY-MM-DD'. */
export function localDay(date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${p(date.getMonth() + 1)}-${p(date.getDate())}`;
}
