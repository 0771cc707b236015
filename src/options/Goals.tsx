// "Goals": progress on the networking goals, score targets per network, the people I've met, LinkedIn
// groups and professional networks. Every change goes to the worker, which checks it (src/core/goals.ts);
// its plain RangeError messages are shown next to the form that made the change. Numbers are checked here
// first, by the same pure transitions, so a typo is refused with their message and nothing is sent.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { latestScores } from '../background/main-profile.ts';
import {
  DEFAULT_SCORE_TARGET,
  DEFAULT_GROUPS_TARGET,
  goalsProgress,
  NETWORKS,
  profileUrlOf,
  recordGroupsJoined,
  setGroupsTarget,
  setScoreTarget,
  type GoalId,
  type GroupsGoal,
  type Network,
  type Person,
} from '../core/goals.ts';
import type { GoalOp } from '../ui/client.ts';
import { t, type MessageKey } from '../ui/i18n.ts';
import { formatDay } from '../ui/summary.ts';
import {
  Confirm,
  errorText,
  FormError,
  isolate,
  useError,
  useFocusLater,
  wholeNumber,
  type SectionProps,
} from './shared.tsx';

const NETWORK_NAME: Record<Network, MessageKey> = { linkedin: 'platformLinkedIn', x: 'platformX' };

function goalLabel(goal: GoalId): string {
  switch (goal) {
    case 'score:linkedin':
      return t('optionsGoalScore', t('platformLinkedIn'));
    case 'score:x':
      return t('optionsGoalScore', t('platformX'));
    case 'people':
      return t('optionsGoalPeople');
    case 'groups':
      return t('optionsGoalGroups');
    case 'networks':
      return t('optionsGoalNetworks');
  }
}

/**
 * Run a goal change; its error (a RangeError from the worker) goes to `error`, and `done` (else "Saved") to
 * the status line. True when it worked.
 */
function useChange({ client, say }: Pick<SectionProps, 'client' | 'say'>) {
  const [error, setError] = useError(say);
  const change = async (op: GoalOp, done = t('optionsSaved')): Promise<boolean> => {
    setError('');
    try {
      await client.changeGoals(op);
      say(done);
      return true;
    } catch (err) {
      setError(errorText(err));
      return false;
    }
  };
  return { error, setError, change };
}

/**
 * The whole number typed in `text`, when the core's own transition takes it (`check` throws the RangeError
 * the worker would, naming the limits: the page and the worker cannot disagree); else that message. A
 * refused number is never sent: messaging would turn NaN into null, and null removes the goal.
 */
function checkNumber(text: string, check: (n: number) => unknown): { n: number } | { error: string } {
  const n = wholeNumber(text);
  try {
    // Text that is no whole number ("8o", "5 groups") is put to the check as NaN, which every check refuses
    // with its message (Number.isInteger). Should one not, the text is still not sent.
    check(n ?? Number.NaN);
  } catch (err) {
    return { error: errorText(err) };
  }
  return n === null ? { error: '' } : { n };
}

export function GoalsSection(props: SectionProps) {
  const { state } = props;
  const summary = goalsProgress(state.goals, latestScores(state.snapshots, state.settings));
  return (
    <section class="card stack" aria-labelledby="goals-heading" id="goals">
      <h2 id="goals-heading" tabIndex={-1}>
        {t('optionsGoals')}
      </h2>
      <p class="muted">{t('optionsGoalsHelp')}</p>
      <div class="stack" data-testid="goal-progress">
        <h3 id="progress-heading">{t('optionsProgress')}</h3>
        {summary.goals.length === 0 ? (
          <p class="muted">{t('optionsProgressNone')}</p>
        ) : (
          <>
            <p>{t('optionsProgressOverall', summary.overall.complete, summary.overall.total)}</p>
            <ul class="plain list" aria-labelledby="progress-heading">
              {summary.goals.map((g) => {
                const id = `progress-${g.goal.replace(':', '-')}`;
                return (
                  <li key={g.goal} class="progress-item">
                    <span id={id}>{goalLabel(g.goal)}</span>
                    <progress max={1} value={g.ratio} aria-labelledby={id} />
                    <span class="muted">
                      {g.current === null
                        ? t('optionsProgressUnknown', g.target)
                        : t('optionsProgressOf', g.current, g.target)}
                      {g.complete ? ` · ${t('optionsProgressDone')}` : ''}
                    </span>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
      <ScoreTargets {...props} />
      <People {...props} />
      <Groups {...props} />
      <Networks {...props} />
    </section>
  );
}

function ScoreTargets(props: SectionProps) {
  const { error, setError, change } = useChange(props);
  const scores = props.state.goals.scores;
  const [drafts, setDrafts] = useState<Partial<Record<Network, string>>>({});
  const [invalid, setInvalid] = useState<Network | null>(null);
  const focusLater = useFocusLater();
  return (
    <div class="stack">
      <h3 id="scores-heading">{t('optionsScoreTargets')}</h3>
      <p class="muted">{t('optionsScoreTargetsHelp', DEFAULT_SCORE_TARGET)}</p>
      {NETWORKS.map((network) => {
        const id = `score-${network}`;
        const set = scores[network];
        // Unset: the field is empty with the suggestion as its placeholder, so it does not look set; "Set"
        // on the empty field sets the suggestion. Set: an empty field is refused like a typo; removing the
        // target is its own button.
        const value = drafts[network] ?? (set === undefined ? '' : String(set));
        const removeLabel = t('optionsScoreTargetRemove', t(NETWORK_NAME[network]));
        return (
          <form
            key={network}
            class="row wrap-row"
            data-testid={id}
            onSubmit={(e) => {
              e.preventDefault();
              const empty = value.trim() === '';
              const checked =
                empty && set === undefined
                  ? { n: DEFAULT_SCORE_TARGET }
                  : empty
                    ? { error: t('optionsScoreTargetEmpty', removeLabel) }
                    : checkNumber(value, (n) => setScoreTarget(scores, network, n));
              if ('error' in checked) {
                setInvalid(network);
                setError(t('optionsNotSaved', checked.error));
                return;
              }
              setInvalid(null);
              void change({ op: 'score', network, target: checked.n }).then(
                (ok) => ok && setDrafts({ ...drafts, [network]: undefined }),
              );
            }}
          >
            <label for={id}>{t('optionsScoreTargetLabel', t(NETWORK_NAME[network]))}</label>
            <input
              id={id}
              type="text"
              inputMode="numeric"
              class="number"
              value={value}
              placeholder={String(DEFAULT_SCORE_TARGET)}
              aria-describedby="scores-error"
              aria-invalid={invalid === network && error ? 'true' : undefined}
              onInput={(e) => setDrafts({ ...drafts, [network]: e.currentTarget.value })}
            />
            <span class="muted">{set === undefined ? t('optionsScoreTargetNone') : ''}</span>
            <button type="submit">{t('optionsScoreTargetSet')}</button>
            {set !== undefined ? (
              <button
                type="button"
                onClick={() => {
                  setInvalid(null);
                  // The button goes with the target: the keyboard goes to the field it emptied.
                  void change({ op: 'score', network, target: null }).then(
                    (ok) => ok && (setDrafts({ ...drafts, [network]: undefined }), focusLater(id)),
                  );
                }}
              >
                {removeLabel}
              </button>
            ) : null}
          </form>
        );
      })}
      <FormError id="scores-error" text={error} />
    </div>
  );
}

interface PersonFields {
  name: string;
  where: string;
  when: string;
  profileUrl: string;
  note: string;
}
const EMPTY_PERSON: PersonFields = { name: '', where: '', when: '', profileUrl: '', note: '' };
const fieldsOf = (p: Person): PersonFields => ({
  name: p.name,
  where: p.where ?? '',
  when: p.when ?? '',
  profileUrl: p.slug ? profileUrlOf(p.slug) : '',
  note: p.note ?? '',
});

function PersonForm({
  idPrefix,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  error,
}: {
  idPrefix: string;
  initial: PersonFields;
  submitLabel: string;
  onSubmit: (fields: PersonFields) => Promise<boolean>;
  onCancel?: () => void;
  error: string;
}) {
  const [fields, setFields] = useState(initial);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (onCancel) first.current?.focus();
  }, []);
  const input = (
    name: keyof PersonFields,
    label: MessageKey,
    type: 'text' | 'date' | 'url' = 'text',
    required = false,
  ) => (
    <div class="field">
      <label for={`${idPrefix}-${name}`}>{t(label)}</label>
      <input
        id={`${idPrefix}-${name}`}
        name={name}
        // preact types `type` per kind of input; these three take the same attributes here.
        type={type as 'text'}
        ref={name === 'name' ? first : undefined}
        required={required}
        aria-describedby={error ? `${idPrefix}-error` : undefined}
        value={fields[name]}
        onInput={(e) => setFields({ ...fields, [name]: e.currentTarget.value })}
      />
    </div>
  );
  return (
    <form
      class="grid-form"
      data-testid={`${idPrefix}-form`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(fields).then((ok) => ok && !onCancel && setFields(EMPTY_PERSON));
      }}
    >
      {input('name', 'optionsPersonName', 'text', true)}
      {input('where', 'optionsPersonWhere')}
      {input('when', 'optionsPersonWhen', 'date')}
      {input('profileUrl', 'optionsPersonUrl', 'url')}
      <div class="field wide">
        <label for={`${idPrefix}-note`}>{t('optionsPersonNote')}</label>
        <textarea
          id={`${idPrefix}-note`}
          name="note"
          rows={2}
          value={fields.note}
          onInput={(e) => setFields({ ...fields, note: e.currentTarget.value })}
        />
      </div>
      <FormFooter idPrefix={idPrefix} submitLabel={submitLabel} onCancel={onCancel} error={error} />
    </form>
  );
}

const clean = (s: string): string | null => (s.trim() ? s : null);

function People(props: SectionProps) {
  const add = useChange(props);
  const item = useChange(props);
  return (
    <Listed
      kind="people"
      attr="data-person"
      heading={t('optionsPeople')}
      help={t('optionsPeopleHelp')}
      none={t('optionsPeopleNone')}
      addHeading={t('optionsPersonAdd')}
      items={props.state.goals.people}
      error={item.error}
      onRemove={(p) => item.change({ op: 'person/remove', id: p.id }, t('optionsRemoved', isolate(p.name)))}
      edit={(p, close) => (
        <PersonForm
          idPrefix={`edit-${p.id}`}
          initial={fieldsOf(p)}
          submitLabel={t('optionsSave')}
          error={item.error}
          onCancel={close}
          onSubmit={async (f) => {
            const ok = await item.change({
              op: 'person/edit',
              id: p.id,
              patch: {
                name: f.name,
                where: clean(f.where),
                when: clean(f.when),
                profileUrl: clean(f.profileUrl),
                note: clean(f.note),
              },
            });
            if (ok) close();
            return ok;
          }}
        />
      )}
      view={(p) => (
        <>
          <label class="choice">
            <input
              type="checkbox"
              checked={p.connected !== null}
              onChange={(e) =>
                void item.change({
                  op: 'person/connected',
                  id: p.id,
                  connected: e.currentTarget.checked,
                })
              }
            />
            <span>
              <strong class="wrap">
                <bdi>{p.name}</bdi>
              </strong>{' '}
              <span class="muted">
                {p.connected
                  ? p.connected.auto
                    ? t('optionsPersonConnectedAuto')
                    : t('optionsPersonConnected')
                  : t('optionsPersonNotConnected')}
              </span>
            </span>
          </label>
          {p.where || p.when ? (
            <p class="muted wrap">
              {[
                p.where && t('optionsPersonMetAt', isolate(p.where)),
                p.when && t('optionsPersonMetOn', formatDay(p.when)),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
          ) : null}
          {p.slug ? <LinkLine href={profileUrlOf(p.slug)} /> : null}
          {p.note ? (
            <p class="note wrap">
              <bdi>{p.note}</bdi>
            </p>
          ) : null}
        </>
      )}
      add={
        <PersonForm
          idPrefix="person-new"
          initial={EMPTY_PERSON}
          submitLabel={t('optionsPersonAddButton')}
          error={add.error}
          onSubmit={(f) =>
            add.change({
              op: 'person/add',
              person: {
                name: f.name,
                ...(f.where.trim() ? { where: f.where } : {}),
                ...(f.when ? { when: f.when } : {}),
                ...(f.profileUrl.trim() ? { profileUrl: f.profileUrl } : {}),
                ...(f.note.trim() ? { note: f.note } : {}),
              },
            })
          }
        />
      }
    />
  );
}

function Groups(props: SectionProps) {
  const { error, setError, change } = useChange(props);
  const groups = props.state.goals.groups;
  const [target, setTarget] = useState<string | null>(null);
  const [joined, setJoined] = useState<string | null>(null);
  const [invalid, setInvalid] = useState({ target: false, joined: false });
  const focusLater = useFocusLater();
  const targetValue = target ?? String(groups?.target ?? DEFAULT_GROUPS_TARGET);
  const joinedValue = joined ?? String(groups?.joined ?? 0);
  // Both numbers are checked before either is sent: a good target with a bad count saved nothing but the
  // target.
  const submit = async () => {
    const goal: GroupsGoal = groups ?? { target: DEFAULT_GROUPS_TARGET, joined: 0, source: 'manual' };
    const n = checkNumber(targetValue, (v) => setGroupsTarget(groups, v));
    const j = checkNumber(joinedValue, (v) => recordGroupsJoined(goal, v, 'manual'));
    setInvalid({ target: 'error' in n, joined: 'error' in j });
    if ('error' in n || 'error' in j) {
      setError(
        t(
          'optionsNotSaved',
          [n, j]
            .map((c) => ('error' in c ? c.error : ''))
            .join(' ')
            .trim(),
        ),
      );
      return;
    }
    // One write for both; the count only when she changed it, so one read from her groups page stays so.
    const same = groups !== null && j.n === groups.joined;
    if (!(await change({ op: 'groups/set', target: n.n, ...(same ? {} : { joined: j.n }) }))) return;
    setTarget(null);
    setJoined(null);
  };
  return (
    <div class="stack">
      <h3 id="groups-heading">{t('optionsGroups')}</h3>
      <p class="muted">
        {groups
          ? groups.source === 'page'
            ? t('optionsGroupsFromPage')
            : t('optionsGroupsHelp')
          : t('optionsGroupsNone')}
      </p>
      <form
        class="row wrap-row"
        data-testid="groups-form"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label for="groups-target">{t('optionsGroupsTarget')}</label>
        <input
          id="groups-target"
          type="text"
          inputMode="numeric"
          class="number"
          value={targetValue}
          aria-describedby="groups-error"
          aria-invalid={invalid.target && error ? 'true' : undefined}
          onInput={(e) => setTarget(e.currentTarget.value)}
        />
        <label for="groups-joined">{t('optionsGroupsJoined')}</label>
        <input
          id="groups-joined"
          type="text"
          inputMode="numeric"
          class="number"
          value={joinedValue}
          aria-describedby="groups-error"
          aria-invalid={invalid.joined && error ? 'true' : undefined}
          onInput={(e) => setJoined(e.currentTarget.value)}
        />
        <button type="submit">{groups ? t('optionsSave') : t('optionsGroupsStart')}</button>
        {groups ? (
          <button
            type="button"
            onClick={() => {
              setInvalid({ target: false, joined: false });
              void change({ op: 'groups/target', target: null }).then((ok) => {
                setTarget(null);
                setJoined(null);
                // The button goes with the goal: the keyboard goes to the first field, which starts one again.
                if (ok) focusLater('groups-target');
              });
            }}
          >
            {t('optionsGroupsRemove')}
          </button>
        ) : null}
      </form>
      <FormError id="groups-error" text={error} />
    </div>
  );
}

function NetworkForm({
  idPrefix,
  initial,
  submitLabel,
  error,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: { name: string; url: string };
  submitLabel: string;
  error: string;
  onSubmit: (f: { name: string; url: string }) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const [f, setF] = useState(initial);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (onCancel) first.current?.focus();
  }, []);
  return (
    <form
      class="grid-form"
      data-testid={`${idPrefix}-form`}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit(f).then((ok) => ok && !onCancel && setF({ name: '', url: '' }));
      }}
    >
      <div class="field">
        <label for={`${idPrefix}-name`}>{t('optionsNetworkName')}</label>
        <input
          id={`${idPrefix}-name`}
          name="name"
          type="text"
          ref={first}
          required
          aria-describedby={error ? `${idPrefix}-error` : undefined}
          value={f.name}
          onInput={(e) => setF({ ...f, name: e.currentTarget.value })}
        />
      </div>
      <div class="field">
        <label for={`${idPrefix}-url`}>{t('optionsNetworkUrl')}</label>
        <input
          id={`${idPrefix}-url`}
          name="url"
          type="url"
          aria-describedby={error ? `${idPrefix}-error` : undefined}
          value={f.url}
          onInput={(e) => setF({ ...f, url: e.currentTarget.value })}
        />
      </div>
      <FormFooter idPrefix={idPrefix} submitLabel={submitLabel} onCancel={onCancel} error={error} />
    </form>
  );
}

function Networks(props: SectionProps) {
  const add = useChange(props);
  const item = useChange(props);
  return (
    <Listed
      kind="networks"
      attr="data-network"
      heading={t('optionsNetworks')}
      help={t('optionsNetworksHelp')}
      none={t('optionsNetworksNone')}
      addHeading={t('optionsNetworkAdd')}
      items={props.state.goals.networks}
      error={item.error}
      onRemove={(n) => item.change({ op: 'network/remove', id: n.id }, t('optionsRemoved', isolate(n.name)))}
      edit={(n, close) => (
        <NetworkForm
          idPrefix={`edit-${n.id}`}
          initial={{ name: n.name, url: n.url ?? '' }}
          submitLabel={t('optionsSave')}
          error={item.error}
          onCancel={close}
          onSubmit={async (f) => {
            const ok = await item.change({
              op: 'network/edit',
              id: n.id,
              patch: { name: f.name, url: clean(f.url) },
            });
            if (ok) close();
            return ok;
          }}
        />
      )}
      view={(n) => (
        <>
          <label class="choice">
            <input
              type="checkbox"
              checked={n.joined}
              onChange={(e) =>
                void item.change({ op: 'network/joined', id: n.id, joined: e.currentTarget.checked })
              }
            />
            <span>
              <strong class="wrap">
                <bdi>{n.name}</bdi>
              </strong>{' '}
              <span class="muted">{n.joined ? t('optionsNetworkJoined') : t('optionsNetworkNotJoined')}</span>
            </span>
          </label>
          {n.url ? <LinkLine href={n.url} /> : null}
        </>
      )}
      add={
        <NetworkForm
          idPrefix="network-new"
          initial={{ name: '', url: '' }}
          submitLabel={t('optionsNetworkAddButton')}
          error={add.error}
          onSubmit={(f) =>
            add.change({
              op: 'network/add',
              network: { name: f.name, ...(f.url.trim() ? { url: f.url } : {}) },
            })
          }
        />
      }
    />
  );
}

/**
 * The people I've met and the professional networks: a list whose items are shown, or edited in place, with
 * Edit and Remove (asked in place before it happens); the list's error (when no item is being edited); and
 * the form that adds one. When a form or a question closes, the focus goes back to the button that opened
 * it, or to the list's heading when the item is gone.
 */
function Listed<T extends { id: string; name: string }>(props: {
  kind: 'people' | 'networks';
  attr: 'data-person' | 'data-network';
  heading: string;
  help: string;
  none: string;
  addHeading: string;
  items: readonly T[];
  error: string;
  /** Remove the item; true when it worked. */
  onRemove: (x: T) => Promise<boolean>;
  view: (x: T) => ComponentChildren;
  /** The item's form, in place of the item; `close` shows the item again. */
  edit: (x: T, close: () => void) => ComponentChildren;
  add: ComponentChildren;
}) {
  const { kind } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const heading = `${kind}-heading`;
  const idOf = (x: T, what: 'edit' | 'remove' | 'confirm') => `${kind}-${x.id}-${what}`;
  const close = (x: T, opener: 'edit' | 'remove') => {
    setEditing(null);
    setAsking(null);
    focusLater(idOf(x, opener), heading);
  };
  const remove = async (x: T) => {
    if (!(await props.onRemove(x))) return;
    setAsking(null);
    focusLater(heading);
  };
  return (
    <div class="stack">
      <h3 id={heading} tabIndex={-1}>
        {props.heading}
      </h3>
      <p class="muted">{props.help}</p>
      {props.items.length === 0 ? (
        <p class="muted">{props.none}</p>
      ) : (
        <ul class="plain list" data-testid={kind} aria-labelledby={heading}>
          {props.items.map((x) =>
            editing === x.id ? (
              <li key={x.id} class="item">
                {props.edit(x, () => close(x, 'edit'))}
              </li>
            ) : (
              <li key={x.id} class="item" {...{ [props.attr]: x.id }}>
                <div class="item-main stack">{props.view(x)}</div>
                {asking === x.id ? (
                  <Confirm
                    ask={t('optionsRemoveAsk', isolate(x.name))}
                    yes={t('optionsRemoveYes')}
                    yesId={idOf(x, 'confirm')}
                    onYes={() => void remove(x)}
                    onCancel={() => close(x, 'remove')}
                  />
                ) : (
                  <EditRemove
                    name={x.name}
                    ids={{ edit: idOf(x, 'edit'), remove: idOf(x, 'remove') }}
                    onEdit={() => {
                      setAsking(null);
                      setEditing(x.id);
                    }}
                    onRemove={() => {
                      setAsking(x.id);
                      focusLater(idOf(x, 'confirm'));
                    }}
                  />
                )}
              </li>
            ),
          )}
        </ul>
      )}
      {editing ? null : <FormError id={`${kind}-error`} text={props.error} />}
      <h4>{props.addHeading}</h4>
      {props.add}
    </div>
  );
}

/** A listed person's profile address or a network's site, as a link. */
function LinkLine(props: { href: string }) {
  return (
    <p class="wrap">
      <a href={props.href} target="_blank" rel="noreferrer">
        <bdi>{props.href}</bdi>
      </a>
    </p>
  );
}

/** A listed person's or network's Edit and Remove buttons, named for it for screen readers. */
function EditRemove(props: {
  name: string;
  ids: { edit: string; remove: string };
  onEdit: () => void;
  onRemove: () => void;
}) {
  return (
    <div class="row wrap-row">
      <button
        type="button"
        id={props.ids.edit}
        aria-label={t('optionsEditLabel', props.name)}
        onClick={props.onEdit}
      >
        {t('optionsEdit')}
      </button>
      <button
        type="button"
        id={props.ids.remove}
        aria-label={t('optionsRemoveLabel', props.name)}
        onClick={props.onRemove}
      >
        {t('optionsRemove')}
      </button>
    </div>
  );
}

/** A person's or network's form ends alike: submit, Cancel when editing, and the worker's error. */
function FormFooter(props: { idPrefix: string; submitLabel: string; onCancel?: () => void; error: string }) {
  return (
    <>
      <div class="row wrap-row wide">
        <button type="submit" class={props.onCancel ? 'primary' : ''}>
          {props.submitLabel}
        </button>
        {props.onCancel ? (
          <button type="button" onClick={props.onCancel}>
            {t('optionsCancel')}
          </button>
        ) : null}
      </div>
      <div class="wide">
        <FormError id={`${props.idPrefix}-error`} text={props.error} />
      </div>
    </>
  );
}
