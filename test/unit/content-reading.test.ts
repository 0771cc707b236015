// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Profile } from '../../src/core/profile.ts';
import { absent, found, unknown } from '../../src/core/field.ts';
import { startReading, stopRun, type Run } from '../../src/content/reading.ts';
import { watchUrl } from '../../src/content/navigation.ts';

const profile = (fields: Record<string, unknown>): Profile =>
  ({
    platform: 'x',
    layout: 'x',
    own: true,
    url: 'https://x.com/a',
    key: 'x:a',
    health: { recognised: [], unrecognised: [] },
    fields,
  }) as unknown as Profile;

/** A reader over the test document: the bio is unknown until an element with id "bio" arrives. */
const readBio = () => {
  const bio = document.getElementById('bio');
  return profile({ name: found('A'), bio: bio ? found(bio.textContent) : unknown('not loaded') });
};

const flush = async () => {
  await Promise.resolve();
  await vi.advanceTimersByTimeAsync(20_000);
};

describe('startReading', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    document.body.replaceChildren();
  });
  afterEach(() => vi.useRealTimers());

  it("times each read of the owner's page as a spruce:read measure, and nothing on anyone else's", () => {
    const measure = vi.spyOn(performance, 'measure').mockImplementation(() => undefined as never);
    const run: Run = {};
    const complete = { name: found('A'), photo: absent };
    startReading(document, { read: () => profile(complete), onReading: vi.fn(), run });
    expect(measure).toHaveBeenCalledTimes(1);
    expect(measure).toHaveBeenCalledWith(
      'spruce:read',
      expect.objectContaining({ duration: expect.any(Number) }),
    );
    startReading(document, {
      read: () => ({ ...profile(complete), own: false }),
      onReading: vi.fn(),
      run,
    });
    expect(measure).toHaveBeenCalledTimes(1);
    measure.mockRestore();
    stopRun(run);
  });

  it('reads at once and stops when the reading is complete', () => {
    const onReading = vi.fn();
    const stats = startReading(document, {
      read: () => profile({ name: found('A'), photo: absent }),
      onReading,
      run: {},
    });
    expect(onReading).toHaveBeenCalledTimes(1);
    expect(stats.observing).toBe(false);
  });

  it('re-reads when relevant DOM arrives, then disconnects once complete', async () => {
    const onReading = vi.fn();
    const stats = startReading(document, { read: readBio, onReading, run: {} });
    expect(stats.observing).toBe(true);
    const bio = document.createElement('p');
    bio.id = 'bio';
    bio.textContent = 'Librarian';
    document.body.append(bio);
    await flush();
    expect(onReading).toHaveBeenCalledTimes(2);
    expect(onReading.mock.calls[1]![0].fields.bio).toEqual(found('Librarian'));
    expect(stats.observing).toBe(false);
  });

  it('ignores mutations inside its own UI', async () => {
    const own = document.createElement('div');
    document.body.append(own);
    const read = vi.fn(readBio);
    const stats = startReading(document, {
      read,
      onReading: () => undefined,
      isOwnNode: (n) => n === own || own.contains(n),
      run: {},
    });
    for (let i = 0; i < 50; i++) own.append(document.createElement('span'));
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    expect(stats.reads).toBe(1);
  });

  it('once the page has a <main>, wakes only for elements added inside it, or for a new <main>', async () => {
    const main = document.createElement('main');
    const aside = document.createElement('aside');
    document.body.append(main, aside);
    const read = vi.fn(readBio);
    const stats = startReading(document, {
      read,
      onReading: () => undefined,
      run: {},
    });
    // The messaging overlay, the navigation's badges: outside the profile, nothing to read there.
    for (let i = 0; i < 50; i++) aside.append(document.createElement('li'));
    document.body.append(document.createElement('div'));
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    expect(stats.observing).toBe(true);

    main.append(document.createElement('section'));
    await flush();
    expect(read).toHaveBeenCalledTimes(2);

    // A page swap: a wrapper holding a new <main> arrives after the old one, which goes a moment later.
    const wrapper = document.createElement('div');
    const next = document.createElement('main');
    wrapper.append(next);
    aside.after(wrapper);
    await flush();
    main.remove();
    await flush();
    expect(read).toHaveBeenCalledTimes(3);
    // From then on, what arrives in the new <main> counts.
    const bio = document.createElement('p');
    bio.id = 'bio';
    bio.textContent = 'Librarian';
    next.append(bio);
    await flush();
    expect(read).toHaveBeenCalledTimes(4);
    expect(stats.observing).toBe(false);
  });

  it('does not report the same reading twice, and backs off while nothing changes', async () => {
    const onReading = vi.fn();
    const stats = startReading(document, { read: readBio, onReading, run: {} });
    for (let i = 0; i < 5; i++) {
      document.body.append(document.createElement('div'));
      await vi.advanceTimersByTimeAsync(300);
    }
    expect(onReading).toHaveBeenCalledTimes(1);
    expect(stats.reads).toBeLessThan(6);
  });

  it('stops everything when its run is stopped', async () => {
    const run: Run = {};
    const read = vi.fn(readBio);
    const stats = startReading(document, { read, onReading: () => undefined, run });
    expect(stats.observing).toBe(true);
    stopRun(run);
    document.body.append(document.createElement('div'));
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
    expect(stats.observing).toBe(false);
  });

  it('stopped from inside its first reading (someone else’s profile), it never starts observing', async () => {
    const run: Run = {};
    const read = vi.fn(readBio);
    const stats = startReading(document, { read, onReading: () => stopRun(run), run });
    expect(stats.observing).toBe(false);
    document.body.append(document.createElement('div'));
    await flush();
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('skips readings that accept() rejects (the previous profile still on screen)', async () => {
    const onReading = vi.fn();
    startReading(document, {
      read: readBio,
      accept: (p) => p.platform === 'x' && p.fields.bio.state === 'found',
      onReading,
      run: {},
    });
    expect(onReading).not.toHaveBeenCalled();
    const bio = document.createElement('p');
    bio.id = 'bio';
    document.body.append(bio);
    await flush();
    expect(onReading).toHaveBeenCalledTimes(1);
  });
});

describe('watchUrl', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('uses the Navigation API when the page has one', () => {
    const navigation = new EventTarget();
    const win = {
      location: { href: 'https://x.com/home' },
      navigation,
      addEventListener: vi.fn(),
      removeEventListener: vi.fn(),
    };
    const onChange = vi.fn();
    const stop = watchUrl(win as unknown as Window, onChange);
    win.location.href = 'https://x.com/robin';
    navigation.dispatchEvent(new Event('currententrychange'));
    navigation.dispatchEvent(new Event('navigatesuccess'));
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('https://x.com/robin');
    stop();
    win.location.href = 'https://x.com/other';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('falls back to a cheap timer where there is no Navigation API', async () => {
    const onChange = vi.fn();
    const stop = watchUrl(window, onChange);
    history.pushState({}, '', '/in/robin/');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledWith(expect.stringMatching(/\/in\/robin\/$/));
    stop();
    history.pushState({}, '', '/feed/');
    await vi.advanceTimersByTimeAsync(2000);
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
