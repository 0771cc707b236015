// The field constructors of the profile model (src/core/profile.ts): found(value) | absent | unknown(reason).
import type { Absent, Found, Unknown } from './profile.ts';

export const found = <T>(value: T): Found<T> => ({ state: 'found', value });
export const absent: Absent = Object.freeze({ state: 'absent' });
export const unknown = (reason: string): Unknown => ({ state: 'unknown', reason });
