// "Examples to learn from" (PRODUCT.md: seeing a good profile beside your own helps): someone else's LinkedIn
// or X profile that she keeps, read from a tab she chooses, checked with her checklist and shown beside hers.
// The tab's content script only hands its page over (on other members' pages it reads nothing more); the
// reader runs here, loaded the first time she keeps one. Page text is rendered as text, never as HTML.
import { useEffect, useState } from 'preact/hooks';
import { render } from '../core/i18n.ts';
import { MAX_EXAMPLES } from '../core/limits.ts';
import type { Profile } from '../core/profile.ts';
import { textOf } from '../core/field.ts';
import type { Result } from '../core/report.ts';
import { scoreOf } from '../core/score.ts';
import { mainProfile } from '../background/main-profile.ts';
import type { Snapshot } from '../storage/schema.ts';
import type { OptionsClient, SiteTab } from './client.ts';
import { browserCatalog, t, tn, type MessageKey } from '../ui/i18n.ts';
import { profileKeyOf } from '../ui/profile-key.ts';
import { displayName, formatTime } from '../ui/summary.ts';
import {
  Confirm,
  errorText,
  FormError,
  isolate,
  saveFailed,
  useError,
  useRemoval,
  type SectionProps,
} from './shared.tsx';

/** The texts of an example worth reading beside hers, by network: the field and its caption. */
const QUOTES: Record<Profile['platform'], [string, MessageKey][]> = {
  linkedin: [
    ['headline', 'optionsExampleHeadline'],
    ['about', 'optionsExampleAbout'],
  ],
  x: [['bio', 'optionsExampleBio']],
};

const network = (p: Profile): string => t(p.platform === 'linkedin' ? 'platformLinkedIn' : 'platformX');

/** A check's status in words. */
const status = (r: Result): string => browserCatalog(`exampleStatus_${r.status}`, []);

/** LinkedIn addresses that do not name the member (/in/me/, member ids), as keys: the page names them. */
const UNNAMED = /^linkedin:(?:me|acoa[\w-]{20,})$/;

/** Read the profile page a tab shows, as the CLI reads a saved page (the reader is loaded on first use). */
async function readTab(client: OptionsClient, tab: SiteTab): Promise<Profile> {
  const page = await client.tabPage(tab.id);
  if (!page) throw new Error(t('optionsExampleNoAnswer'));
  const { readPage } = await import('../readers/index.ts');
  // outerHTML has no doctype: without one the page would be parsed in quirks mode.
  const doc = new DOMParser().parseFromString(`<!doctype html>${page.html}`, 'text/html');
  const profile = readPage(doc, page.url);
  if (!profile || profile.fields.name.state !== 'found') throw new Error(t('optionsExampleUnread'));
  return profile;
}

export function Examples({ client, state, say }: SectionProps) {
  const [tabs, setTabs] = useState<SiteTab[] | null>(null);
  const [reading, setReading] = useState<number | null>(null);
  const [error, setError] = useError(say);
  const { asking, setAsking, focusLater, remove } = useRemoval(say, setError, 'examples-heading');
  const look = () => {
    client.siteTabs().then(setTabs, () => setTabs([]));
  };
  useEffect(() => {
    look();
    // Back from opening a profile in another tab: the list follows.
    const again = () => document.visibilityState === 'visible' && look();
    document.addEventListener('visibilitychange', again);
    return () => document.removeEventListener('visibilitychange', again);
  }, [client]);

  // An example that turned out to be one of hers (read signed out, then as hers) is hers, not an example: the
  // worker drops it with her reading, but a backup imported since may have made it hers. Not shown, and
  // cleared away here.
  const examples = Object.values(state.examples)
    .filter((s) => !state.snapshots[s.profile.key])
    .sort((a, b) => a.profile.key.localeCompare(b.profile.key));
  const hersToo = Object.keys(state.examples)
    .filter((key) => state.snapshots[key])
    .join(' ');
  useEffect(() => {
    for (const key of hersToo.split(' ').filter(Boolean)) client.forgetExample(key).catch(() => undefined);
  }, [client, hersToo]);
  // The profile pages open in her tabs that are not hers, each profile once.
  const offered = new Map<string, SiteTab>();
  for (const tab of tabs ?? []) {
    const key = profileKeyOf(tab.url);
    if (key && !state.snapshots[key] && !offered.has(key)) offered.set(key, tab);
  }

  const keep = async (key: string, tab: SiteTab) => {
    // The button stays focusable while a tab is read (aria-disabled): a disabled one would drop the focus.
    if (reading !== null) return;
    setError('');
    setReading(tab.id);
    say(t('optionsExampleReading'));
    let profile: Profile;
    try {
      profile = await readTab(client, tab);
      if (profile.own === true || state.snapshots[profile.key]) throw new Error(t('optionsExampleOwn'));
      // The tab moved on since the list was made (the sites change pages without reloading).
      if (profile.key !== key && !UNNAMED.test(key)) {
        look();
        throw new Error(t('optionsExampleMoved'));
      }
      // Counted as the worker counts them, with any not yet cleared away (below).
      if (!state.examples[profile.key] && Object.keys(state.examples).length >= MAX_EXAMPLES)
        throw new Error(t('optionsExampleTooMany', MAX_EXAMPLES));
    } catch (err) {
      setError(errorText(err));
      setReading(null);
      return;
    }
    // A page that does not say whose it is (no viewer data, no Connect or Follow button Spruce knows): she
    // knows. Kept only if she says it is someone else's; one that is hers stops being an example with her
    // next reading.
    if (profile.own !== false) {
      setReading(null);
      setUnsure({ key, tab, profile });
      focusLater('example-unsure-yes');
      return;
    }
    await save(profile);
  };

  /** Keep `profile` (its tab's button says "Reading…" until it is done). */
  const save = async (profile: Profile) => {
    setUnsure(null);
    try {
      // A plain copy, as the content scripts send theirs (Firefox's messaging and shared frozen objects).
      await client.saveExample(JSON.parse(JSON.stringify(profile)) as Profile);
      say(t('optionsExampleKept', isolate(displayName(profile))));
    } catch (err) {
      setError(saveFailed(err));
    } finally {
      setReading(null);
    }
  };

  const [unsure, setUnsure] = useState<{ key: string; tab: SiteTab; profile: Profile } | null>(null);

  const forget = (key: string, who: string) =>
    remove(() => client.forgetExample(key), t('optionsExampleRemoved', isolate(who)));

  return (
    <section class="card stack" aria-labelledby="examples-heading" id="examples">
      <h2 id="examples-heading" tabIndex={-1}>
        {t('optionsExamples')}
      </h2>
      <p class="muted">{t('optionsExamplesHelp')}</p>
      <h3>{t('optionsExamplesTabs')}</h3>
      {tabs && offered.size === 0 && <p class="muted">{t('optionsExamplesNoTabs')}</p>}
      {offered.size > 0 && (
        <ul class="plain list" data-testid="example-tabs">
          {[...offered].map(([key, tab]) => {
            const kept = !!state.examples[key];
            return (
              <li key={key} class="item" data-key={key}>
                <span class="item-main wrap">
                  <bdi>{tab.title || tab.url}</bdi>
                </span>
                <button
                  type="button"
                  id={`example-keep-${key}`}
                  aria-disabled={reading !== null}
                  aria-label={
                    reading === tab.id
                      ? undefined
                      : t(
                          kept ? 'optionsExampleReadAgainLabel' : 'optionsExampleKeepLabel',
                          tab.title || tab.url,
                        )
                  }
                  onClick={() => void keep(key, tab)}
                >
                  {reading === tab.id
                    ? t('optionsExampleReading')
                    : t(kept ? 'optionsExampleReadAgain' : 'optionsExampleKeep')}
                </button>
                {unsure?.key === key && (
                  <Confirm
                    ask={t('optionsExampleUnsure')}
                    yes={t('optionsExampleUnsureYes')}
                    yesId="example-unsure-yes"
                    onYes={() => {
                      setReading(unsure.tab.id);
                      void save(unsure.profile);
                    }}
                    onCancel={() => {
                      setUnsure(null);
                      focusLater(`example-keep-${key}`, 'examples-heading');
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" onClick={look}>
        {t('optionsExamplesLookAgain')}
      </button>
      <FormError id="examples-error" text={error} />
      <h3>{t('optionsExamplesKept')}</h3>
      {examples.length === 0 ? (
        <p class="muted">{t('optionsExamplesNone')}</p>
      ) : (
        <ul class="plain list" data-testid="examples">
          {examples.map((s) => (
            <Example
              key={s.profile.key}
              snap={s}
              hers={mainProfile(state.snapshots, s.profile.platform, state.settings)?.key}
              state={state}
              asking={asking === s.profile.key}
              onAsk={(yes) => {
                setError('');
                setAsking(yes ? s.profile.key : null);
                focusLater(
                  yes ? `example-yes-${s.profile.key}` : `example-remove-${s.profile.key}`,
                  'examples-heading',
                );
              }}
              onForget={(who) => void forget(s.profile.key, who)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function Example(props: {
  snap: Snapshot;
  hers: string | undefined;
  state: SectionProps['state'];
  asking: boolean;
  onAsk: (yes: boolean) => void;
  onForget: (who: string) => void;
}) {
  const { profile, report, readAt } = props.snap;
  const key = profile.key;
  const name = displayName(profile);
  const address = key.slice(key.indexOf(':') + 1);
  const shownAddress = profile.platform === 'x' ? `@${address}` : address;
  // In a sentence, the name and address isolated (a direction mark in a name cannot turn the words after it
  // around); in an accessible name, which is heard, not laid out, as they are.
  const who = t('optionsProfileWho', isolate(name), isolate(shownAddress), network(profile));
  const label = t('optionsProfileWho', name, shownAddress, network(profile));
  const mine = props.hers ? props.state.snapshots[props.hers]?.report : undefined;
  // Hers on the same checks as theirs: her network's own, not the cross-network ones.
  const mineHere = mine?.results.filter((r) => r.platform === profile.platform);
  const mineByRule = new Map(mineHere?.map((r) => [r.rule, r]));
  const results = report?.results ?? [];
  // Where they do better first: their check passes, hers fails or could be better (not one Spruce could not
  // check on her page).
  const better = (r: Result) => r.status === 'pass' && /fail|warn/.test(mineByRule.get(r.rule)?.status ?? '');
  const rows = [...results.filter(better), ...results.filter((r) => !better(r))];
  const betterCount = results.filter(better).length;
  return (
    <li class="item stack example" data-key={key}>
      <div class="item-main">
        <h4 class="wrap">
          <bdi>{name}</bdi>
        </h4>
        <span class="muted">
          <bdi class="wrap">{profile.platform === 'x' ? `@${address}` : address}</bdi> · {network(profile)} ·{' '}
          {t('popupReadAt', formatTime(readAt))}
        </span>
      </div>
      {report && (
        <p data-testid="example-score">
          {mineHere
            ? t('optionsExampleScores', report.score, scoreOf(mineHere).score)
            : t('optionsExampleScore', report.score)}
        </p>
      )}
      {QUOTES[profile.platform].map(([field, caption]) => {
        const text = textOf(profile, field);
        return text ? (
          <figure key={field} class="quote">
            <figcaption class="muted">{t(caption)}</figcaption>
            <blockquote class="wrap">
              <bdi>{text}</bdi>
            </blockquote>
          </figure>
        ) : null;
      })}
      {rows.length > 0 && (
        <details>
          <summary>
            {mineHere ? tn('optionsExampleChecks', betterCount, betterCount) : t('optionsExampleChecksAlone')}
          </summary>
          <ul class="plain stack" data-testid="example-checks">
            {rows.map((r) => {
              const m = mineByRule.get(r.rule);
              return (
                <li key={r.rule} data-rule={r.rule} class={better(r) ? 'better' : undefined}>
                  <strong>{render(r.title, browserCatalog)}</strong>
                  {better(r) && <span class="muted"> · {t('optionsExampleBetter')}</span>}
                  <br />
                  {/* Theirs in words, without the detail: its words speak to the reader ("your headline"). */}
                  <span>{t('optionsExampleThem', isolate(name), status(r))}</span>
                  <br />
                  <span class="muted">
                    {m
                      ? t(
                          'optionsExampleYou',
                          t('exampleResult', status(m), render(m.detail, browserCatalog)),
                        )
                      : t('optionsExampleYouNone')}
                  </span>
                </li>
              );
            })}
          </ul>
        </details>
      )}
      {props.asking ? (
        <Confirm
          ask={t('optionsExampleRemoveAsk', isolate(who))}
          yes={t('optionsExampleRemove')}
          yesId={`example-yes-${key}`}
          onYes={() => props.onForget(who)}
          onCancel={() => props.onAsk(false)}
        />
      ) : (
        <button
          type="button"
          id={`example-remove-${key}`}
          aria-label={t('optionsExampleRemoveLabel', label)}
          onClick={() => props.onAsk(true)}
        >
          {t('optionsExampleRemove')}
        </button>
      )}
    </li>
  );
}
