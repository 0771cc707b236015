// "Checklist": the goal preset, the target keywords, every rule (title, source, as-of date, on/off, its
// thresholds within their declared ranges) and the hints the user dismissed or snoozed.
import { useState } from 'preact/hooks';
import { MAX_KEYWORD_LENGTH, MAX_KEYWORDS } from '../core/limits.ts';
import type { Goal } from '../core/settings.ts';
import { goalMsg, render, ruleMsg, thresholdMsg } from '../core/i18n.ts';
import type { RulePlatform } from '../core/rules/types.ts';
import type { Settings } from '../storage/index.ts';
import type { RuleInfo } from '../ui/client.ts';
import { browserCatalog, t, type MessageKey } from '../ui/i18n.ts';
import { formatTime } from '../ui/summary.ts';
import { isHidden } from '../core/top-fixes.ts';
import {
  FormError,
  isolate,
  saveFailed,
  useError,
  useFocusLater,
  wholeNumber,
  type SectionProps,
} from './shared.tsx';

// The goal presets, in the order shown. Written out rather than read from GOALS (src/core/settings.ts), which
// would bring the whole rule list into this page; the type makes sure none is missing or unknown.
const GOAL_SET: Record<Goal, true> = { general: true, 'job-seeker': true, established: true, cpd: true };
const GOAL_IDS = Object.keys(GOAL_SET) as Goal[];
const PLATFORMS: { id: RulePlatform; heading: MessageKey }[] = [
  { id: 'linkedin', heading: 'platformLinkedIn' },
  { id: 'x', heading: 'platformX' },
  { id: 'cross', heading: 'optionsRulesCross' },
];
const UNITS: Record<string, MessageKey | undefined> = {
  characters: 'optionsUnitCharacters',
  days: 'optionsUnitDays',
  terms: 'optionsUnitTerms',
};
// validateSettings (src/core/settings.ts) keeps at most MAX_KEYWORDS keywords, each at most MAX_KEYWORD_LENGTH
// long, and drops the rest without a word; the page refuses them instead.

/**
 * The keywords typed, split as the core splits them (commas, semicolons, new lines), spaces collapsed, a
 * repeat counted once. The core also takes "library" and "libraries" for one keyword, so this may count one
 * more than it would keep, never fewer: nothing over its limits gets past the page. (core/text.ts's
 * parseKeywords would make the options page and the worker share a chunk, over the worker's size budget.)
 */
function splitKeywords(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(/[,;\n]/)
    .map((k) => k.replace(/\s+/g, ' ').trim())
    .filter((k) => {
      const key = k.toLowerCase();
      if (!k || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Why the keywords typed can't be saved as they are ('' when they can): too many, or one too long. */
function keywordsProblem(keywords: readonly string[]): string {
  const problems = [
    ...(keywords.length > MAX_KEYWORDS ? [t('optionsKeywordsTooMany', keywords.length, MAX_KEYWORDS)] : []),
    ...keywords
      .filter((k) => k.length > MAX_KEYWORD_LENGTH)
      .map((k) => t('optionsKeywordsTooLong', isolate(k), k.length, MAX_KEYWORD_LENGTH)),
  ];
  return problems.length ? t('optionsNotSaved', problems.join(' ')) : '';
}

const isUrl = (s: string) => /^https:\/\/\S+$/.test(s);
const text = (key: string) => render({ key }, browserCatalog);

/**
 * A rule's as-of month ('YYYY-MM') in the user's words ("Nov 2026"); as written when it is not a month.
 * Here, not in src/ui/summary.ts: the chunk the popup shares with this page would carry it.
 */
function formatMonth(month: string): string {
  const d = new Date(`${month}-15T12:00:00`);
  return Number.isNaN(d.getTime())
    ? month
    : d.toLocaleDateString(undefined, { month: 'short', year: 'numeric' });
}

type Checklist = Settings['checklist'];
/** Save a change to the checklist settings: null when saved, else the message to show next to the control. */
type SaveChecklist = (patch: Partial<Checklist>) => Promise<string | null>;

export function ChecklistSection({ client, state, say }: SectionProps) {
  const checklist = state.settings.checklist;
  // What the user is typing, until saved; otherwise the field shows what is stored, in the same render as
  // the rest of the form (never a frame where the form is drawn and the field still empty).
  const [draft, setDraft] = useState<string | null>(null);
  const [goalError, setGoalError] = useError(say);
  const [keywordsError, setKeywordsError] = useError(say);
  const keywords = draft ?? checklist.keywords.join(', ');

  const save: SaveChecklist = async (patch) => {
    try {
      await client.updateSettings({ checklist: { ...checklist, ...patch } });
      say(t('optionsSaved'));
      return null;
    } catch (err) {
      return saveFailed(err);
    }
  };

  return (
    <section class="card stack" aria-labelledby="checklist-heading" id="checklist">
      <h2 id="checklist-heading">{t('optionsChecklist')}</h2>
      <fieldset class="stack">
        <legend>
          <h3>{t('optionsGoal')}</h3>
        </legend>
        <p class="muted">{t('optionsGoalHelp')}</p>
        {GOAL_IDS.map((goal) => (
          <label key={goal} class="choice">
            <input
              type="radio"
              name="goal"
              value={goal}
              checked={checklist.goal === goal}
              onChange={() => void save({ goal }).then((e) => setGoalError(e ?? ''))}
            />
            <span>
              <strong>{render(goalMsg(goal, 'label'), browserCatalog)}</strong>
              <span class="muted"> {render(goalMsg(goal, 'description'), browserCatalog)}</span>
            </span>
          </label>
        ))}
        <FormError id="goal-error" text={goalError} />
      </fieldset>

      <div class="stack">
        <h3 id="keywords-heading">{t('optionsKeywords')}</h3>
        <p class="muted" id="keywords-help">
          {t('optionsKeywordsHelp', MAX_KEYWORDS, MAX_KEYWORD_LENGTH)}
        </p>
        <form
          class="row wrap-row"
          data-testid="keywords-form"
          onSubmit={(e) => {
            e.preventDefault();
            const list = splitKeywords(keywords);
            const problem = keywordsProblem(list);
            if (problem) return setKeywordsError(problem);
            void save({ keywords: list }).then((e) => {
              setKeywordsError(e ?? '');
              if (!e) setDraft(null);
            });
          }}
        >
          <label for="keywords">{t('optionsKeywordsLabel')}</label>
          <input
            id="keywords"
            name="keywords"
            type="text"
            aria-describedby={keywordsError ? 'keywords-error keywords-help' : 'keywords-help'}
            aria-invalid={keywordsError ? 'true' : undefined}
            value={keywords}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
          <button type="submit" class="primary">
            {t('optionsSave')}
          </button>
        </form>
        <FormError id="keywords-error" text={keywordsError} />
      </div>

      <div class="stack">
        <h3>{t('optionsRules')}</h3>
        <p class="muted">{t('optionsRulesHelp')}</p>
        {PLATFORMS.map(({ id, heading }) => (
          <section key={id} aria-labelledby={`rules-${id}`} class="stack">
            <h4 id={`rules-${id}`}>{t(heading)}</h4>
            <ul class="plain list" data-testid={`rules-${id}`}>
              {state.rules
                .filter((r) => r.platform === id)
                .map((rule) => (
                  <RuleItem key={rule.id} rule={rule} checklist={checklist} save={save} say={say} />
                ))}
            </ul>
          </section>
        ))}
      </div>

      <Hints {...{ client, state, say }} />
    </section>
  );
}

interface RuleProps {
  rule: RuleInfo;
  checklist: Checklist;
  save: SaveChecklist;
  say: SectionProps['say'];
}

function RuleItem({ rule, checklist, save, say }: RuleProps) {
  const [error, setError] = useError(say);
  const enabled = !checklist.disabled.includes(rule.id);
  const title = render(ruleMsg(rule.id, 'title'), browserCatalog);
  const source = render(ruleMsg(rule.id, 'source'), browserCatalog);
  const slug = `rule-${rule.id}`;
  return (
    <li class={`item rule-item${enabled ? '' : ' off'}`} data-rule={rule.id}>
      <label class="choice">
        <input
          type="checkbox"
          name={`enabled-${rule.id}`}
          checked={enabled}
          aria-describedby={`${slug}-source`}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            const others = checklist.disabled.filter((id) => id !== rule.id);
            void save({ disabled: on ? others : [...others, rule.id] }).then((e) => setError(e ?? ''));
          }}
        />
        <span>
          <strong>{title}</strong>
          {rule.weight === 0 ? <span class="muted"> · {t('optionsRuleInfoOnly')}</span> : null}
        </span>
      </label>
      <p class="muted small" id={`${slug}-source`}>
        {t('optionsRuleSourceLabel')}{' '}
        {isUrl(source) ? (
          <a href={source} target="_blank" rel="noreferrer">
            {source}
          </a>
        ) : (
          source
        )}{' '}
        · {t('optionsRuleAsOf', formatMonth(rule.asOf))}
      </p>
      <FormError id={`${slug}-error`} text={error} />
      {rule.sourceNote ? (
        <p class="muted small">{render(ruleMsg(rule.id, 'source_note'), browserCatalog)}</p>
      ) : null}
      {Object.keys(rule.thresholds).length > 0 ? (
        <Thresholds rule={rule} checklist={checklist} save={save} say={say} />
      ) : null}
    </li>
  );
}

// Thresholds of one rule that must keep an order, lower first: "too few below 10" with "suggest more below 5"
// and "LinkedIn's limit 1" would make the check say "2 of up to 1; at least 10 needed".
const ORDER: readonly [string, string][] = [
  ['failUnder', 'warnUnder'],
  ['failUnder', 'maxLength'],
  ['warnUnder', 'maxLength'],
  ['failUnder', 'cap'],
  ['warnUnder', 'cap'],
  ['min', 'strong'],
];

function Thresholds({ rule, checklist, save, say }: RuleProps) {
  const stored = checklist.thresholds[rule.id] ?? {};
  const names = Object.keys(rule.thresholds);
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useError(say);
  const valueOf = (name: string) => drafts[name] ?? String(stored[name] ?? rule.thresholds[name]!.default);
  const changed = Object.keys(stored).length > 0;

  const submit = async (e: Event) => {
    e.preventDefault();
    const next: Record<string, number> = {};
    const problems: Record<string, string> = {};
    for (const name of names) {
      const spec = rule.thresholds[name]!;
      const n = wholeNumber(valueOf(name));
      if (n === null || n < spec.min || n > spec.max)
        problems[name] = t('optionsThresholdInvalid', spec.min, spec.max);
      else next[name] = n;
    }
    for (const [low, high] of ORDER) {
      if (!problems[high] && next[low] !== undefined && next[high] !== undefined && next[low] > next[high])
        problems[high] = t('optionsThresholdOrder', render(thresholdMsg(rule.id, low), browserCatalog));
    }
    setErrors(problems);
    setFailed('');
    if (Object.keys(problems).length > 0) return say('');
    const error = await save({ thresholds: { ...checklist.thresholds, [rule.id]: next } });
    setFailed(error ?? '');
    if (!error) setDrafts({});
  };

  const reset = async () => {
    const thresholds = { ...checklist.thresholds };
    delete thresholds[rule.id];
    setErrors({});
    const error = await save({ thresholds });
    setFailed(error ?? '');
    if (!error) setDrafts({});
  };

  return (
    <form
      class="thresholds"
      data-testid={`thresholds-${rule.id}`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      {names.map((name) => {
        const spec = rule.thresholds[name]!;
        const id = `threshold-${rule.id}-${name}`;
        const unit = UNITS[spec.unit];
        const help = unit
          ? t('optionsThresholdHelpUnit', spec.default, spec.min, spec.max, t(unit))
          : t('optionsThresholdHelp', spec.default, spec.min, spec.max);
        return (
          <div key={name} class="field">
            <label for={id}>{render(thresholdMsg(rule.id, name), browserCatalog)}</label>
            <input
              id={id}
              name={name}
              type="text"
              inputMode="numeric"
              class="number"
              value={valueOf(name)}
              aria-invalid={errors[name] ? 'true' : undefined}
              aria-describedby={errors[name] ? `${id}-error ${id}-help` : `${id}-help`}
              onInput={(e) => setDrafts({ ...drafts, [name]: e.currentTarget.value })}
            />
            <span class="muted small" id={`${id}-help`}>
              {help}
            </span>
            <FormError id={`${id}-error`} text={errors[name] ?? ''} />
          </div>
        );
      })}
      <div class="row wrap-row">
        <button type="submit">{t('optionsThresholdSave')}</button>
        {changed ? (
          <button type="button" onClick={() => void reset()}>
            {t('optionsThresholdReset')}
          </button>
        ) : null}
      </div>
      <FormError id={`thresholds-${rule.id}-error`} text={failed} />
    </form>
  );
}

function Hints({ client, state, say }: SectionProps) {
  const [error, setError] = useError(say);
  const focusLater = useFocusLater();
  // Only those hidden now: a snooze that has run out has put its hint back on the page.
  const now = new Date().toISOString();
  const hints = Object.entries(state.settings.hints)
    .filter(([rule]) => isHidden(state.settings, rule, now))
    .sort(([a], [b]) => a.localeCompare(b));
  const restore = async (rule: string) => {
    setError('');
    try {
      await client.setHint(rule, 'restore');
      say(t('optionsHintRestored'));
      // Its row (and the button that had the focus) goes: the keyboard stays in the section.
      focusLater('hints-heading');
    } catch (err) {
      setError(saveFailed(err));
    }
  };
  return (
    <div class="stack">
      <h3 id="hints-heading" tabIndex={-1}>
        {t('optionsHints')}
      </h3>
      {hints.length === 0 ? (
        <p class="muted">{t('optionsHintsNone')}</p>
      ) : (
        <ul class="plain list" data-testid="hints" aria-labelledby="hints-heading">
          {hints.map(([rule, choice]) => {
            const info = state.rules.find((r) => r.id === rule);
            // Two networks have checks of the same title ("Location"): each says which it is.
            const title = info
              ? t(
                  'optionsHintRule',
                  text(ruleMsg(rule, 'title').key),
                  t(PLATFORMS.find((p) => p.id === info.platform)!.heading),
                )
              : rule;
            return (
              <li key={rule} class="item row wrap-row">
                <span class="item-main">
                  <strong>
                    <bdi>{title}</bdi>
                  </strong>{' '}
                  <span class="muted">
                    {choice.until === null
                      ? t('optionsHintDismissed')
                      : t('optionsHintSnoozed', formatTime(choice.until))}
                  </span>
                </span>
                <button
                  type="button"
                  aria-label={t('optionsHintRestoreLabel', title)}
                  onClick={() => void restore(rule)}
                >
                  {t('optionsHintRestore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <FormError id="hints-error" text={error} />
    </div>
  );
}
