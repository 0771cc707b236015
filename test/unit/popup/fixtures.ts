// Mock data for the popup's component tests: real reports from evaluate(), a real stored history.
import { found, unknown } from '../../../src/core/field.ts';
import { evaluate } from '../../../src/core/report.ts';
import { appendFor, entryFromReport, type History } from '../../../src/core/history.ts';
import type { Todo } from '../../../src/core/todos.ts';
import type { Snapshot } from '../../../src/storage/schema.ts';
import { li, xp, NOW } from '../rules/helpers.ts';

export const LI_URL = 'https://www.linkedin.com/in/robin-reads/';
export const HOSTILE = '<img src=x onerror=alert(1)>';

/**
 * A LinkedIn reading with a report: no banner, location or Featured (failing rules), Skills unread (coverage
 * below 100%).
 */
export function liSnapshot(over: Parameters<typeof li>[0] = {}): Snapshot {
  const profile = li({
    banner: { state: 'absent' },
    location: { state: 'absent' },
    featured: { state: 'absent' },
    skills: unknown('not loaded'),
    ...over,
  });
  return { profile, readAt: NOW, report: evaluate({ linkedin: profile, now: NOW }) };
}

export function xSnapshot(): Snapshot {
  const profile = xp();
  return { profile, readAt: '2026-11-14T09:00:00.000Z', report: evaluate({ x: profile, now: NOW }) };
}

/** Three days of LinkedIn history: the About expanded on the last. */
export function liHistory(): History {
  let h: History = {};
  const days: [string, number][] = [
    ['2026-11-01', 200],
    ['2026-11-08', 200],
    ['2026-11-15', 1200],
  ];
  for (const [day, aboutLength] of days) {
    const profile = li({ about: found('a'.repeat(aboutLength)) });
    h = appendFor(h, profile.key, entryFromReport(day, evaluate({ linkedin: profile, now: NOW }), profile));
  }
  return h;
}

export function todo(i: number, over: Partial<Todo> = {}): Todo {
  return {
    id: `t${i}`,
    title: `To-do number ${i}`,
    createdAt: NOW,
    origin: { kind: 'manual' },
    done: null,
    ...over,
  };
}

export { found, unknown, NOW };
