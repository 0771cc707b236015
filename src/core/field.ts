// The field constructors of the profile model (src/core/profile.ts): found(value) | absent | unknown(reason).
import type { Absent, Found, Profile, Unknown } from './profile.ts';

export const found = <T>(value: T): Found<T> => ({ state: 'found', value });
export const absent: Absent = Object.freeze({ state: 'absent' });
export const unknown = (reason: string): Unknown => ({ state: 'unknown', reason });

/** A profile's text field (by name) when it was found, else '' (the hints' anchors and quotes, the examples). */
export const textOf = (p: Profile, name: string): string => {
  const f = (p.fields as unknown as Record<string, { state: string; value?: unknown } | undefined>)[name];
  return f?.state === 'found' && typeof f.value === 'string' ? f.value.trim() : '';
};
