// Run a describe block's tests in a given time zone: Node reads process.env.TZ again each time it is set, so
// local days ("the user's calendar day") can be tested away from UTC, then the zone is put back.
import { afterAll, beforeAll } from 'vitest';

export function useTimeZone(tz: string): void {
  let before: string | undefined;
  beforeAll(() => {
    before = process.env.TZ;
    process.env.TZ = tz;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
