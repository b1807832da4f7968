import { useQueryClient } from '@tanstack/react-query';
import { useEditorState, type Editor } from '@tiptap/react';
import { useEffect, useId, useState } from 'react';
import type { EntryLink, LinkKind } from '../../../../shared/journal';
import type { ObstaclePlanInput } from '../../../../shared/obstaclePlans';
import { call, messageOf } from '../../api/client';
import type { Place } from '../../app/navigation/places';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { ErrorMessage } from '../../components/ErrorMessage';
import { toDocNode } from '../../editor/docNode';
import { MENTION_NODE, mentionLinks, mergeLinks, type LinkTarget } from '../../editor/entryLinks';
import { useLogDialog } from '../plans/LogDialog';
import { usePlans } from '../plans/queries';
import { planStrings } from '../plans/strings';
import { startThoughtRecordFromText } from '../thoughts/startFromEntry';
import { GoalCheckInAction, PlanCameUpAction } from './LinkQuickActions';
import { linkTargetKeys } from './linkQueries';
import { linkStrings as s } from './linkStrings';
import { ObstacleChoiceDialog, type ObstacleChoice } from './ObstacleChoiceDialog';

const PLACE_OF: Record<LinkKind, Place> = {
  goal: 'goals',
  thought: 'thoughtRecords',
  plan: 'plans',
  skill: 'skills',
};
const RECOUNT_AFTER_MS = 300;
const keyOf = (l: EntryLink) => `${l.kind}:${l.id}`;

/** A new obstacle plan (WOOP) whose obstacle is the selected text; the rest is filled in later. */
function newObstacle(text: string): ObstaclePlanInput {
  return {
    goalId: null,
    wish: '',
    outcome: '',
    obstacle: text.slice(0, 1000),
    obstacleKind: 'other',
    plans: [],
    order: 0,
    archived: false,
    thoughtRecordIds: [],
  };
}

function linksNow(editor: Editor, extra: EntryLink[]): EntryLink[] {
  return mergeLinks(mentionLinks(toDocNode(editor.getJSON())), extra);
}

/** Inserts a link chip at `at` (or at the end), followed by a space. */
function insertChip(editor: Editor, target: LinkTarget, at?: number) {
  const content = [
    { type: MENTION_NODE, attrs: { kind: target.kind, id: target.id, label: target.label } },
    { type: 'text', text: ' ' },
  ];
  const chain = editor.chain().focus(at === undefined ? 'end' : undefined);
  if (at === undefined) chain.insertContent(content).run();
  else chain.insertContentAt(at, content).run();
}

interface Selected {
  text: string;
  to: number;
}

/** The selected text, flattened to one line, and where it ends; null when nothing is. */
function selectedText(editor: Editor): Selected | null {
  const { from, to } = editor.state.selection;
  const text = editor.state.doc.textBetween(from, to, ' ').replace(/\s+/g, ' ').trim();
  return text === '' ? null : { text, to };
}

/**
 * The entry's side panel of links: each with its current title, to open or remove (and, for
 * a goal or plan, a check-in or "It came up" made from this entry); a picker to add one; and
 * "Challenge this thought" / "Plan for this obstacle" for the selected text. The links
 * themselves are the chips in the text (plus any made without a chip), saved with the entry.
 */
export function EntryLinksPanel({
  entryId,
  editor,
  targets,
  extra,
  onExtraChange,
}: {
  entryId: string;
  editor: Editor;
  targets: LinkTarget[];
  extra: EntryLink[];
  onExtraChange: (extra: EntryLink[]) => void;
}) {
  const navigation = useNavigation();
  const queryClient = useQueryClient();
  const [links, setLinks] = useState(() => linksNow(editor, extra));
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [choosing, setChoosing] = useState<Selected | null>(null);
  const log = useLogDialog(() => {
    setAnnounce(planStrings.logged);
  });
  const liveObstacles = (usePlans().data ?? []).filter((o) => !o.archived);
  const pickId = useId();
  const hasSelection = useEditorState({
    editor,
    selector: ({ editor: e }) => !e.state.selection.empty,
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onUpdate = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        setLinks(linksNow(editor, extra));
      }, RECOUNT_AFTER_MS);
    };
    onUpdate();
    editor.on('update', onUpdate);
    return () => {
      clearTimeout(timer);
      editor.off('update', onUpdate);
    };
  }, [editor, extra]);

  const labelOf = (l: EntryLink) =>
    targets.find((t) => t.kind === l.kind && t.id === l.id)?.label ?? s.missing;
  const linked = new Set(links.map(keyOf));
  const addable = targets.filter((t) => !linked.has(keyOf(t)));

  const remove = (link: EntryLink) => {
    const positions: { from: number; to: number }[] = [];
    editor.state.doc.descendants((node, pos) => {
      if (
        node.type.name === MENTION_NODE &&
        node.attrs.kind === link.kind &&
        node.attrs.id === link.id
      )
        positions.push({ from: pos, to: pos + node.nodeSize });
    });
    if (positions.length > 0) {
      const tr = editor.state.tr;
      for (const p of positions.reverse()) tr.delete(p.from, p.to);
      editor.view.dispatch(tr);
    }
    onExtraChange(extra.filter((l) => keyOf(l) !== keyOf(link)));
  };

  /** Starts a record from the selected text and links it with a chip right after it. */
  const startFromSelection = async (
    kind: 'thought' | 'plan',
    selected: Selected | null = selectedText(editor),
  ) => {
    if (!selected) return;
    const { text, to } = selected;
    setBusy(true);
    setError(null);
    try {
      const id =
        kind === 'thought'
          ? await startThoughtRecordFromText(text)
          : (await call('plans:save', newObstacle(text))).id;
      await queryClient.invalidateQueries({ queryKey: linkTargetKeys[`${kind}s`] });
      insertChip(editor, { kind, id, label: text.slice(0, 80) }, to);
      setAnnounce(kind === 'thought' ? s.challenged : s.planned);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  /** "Plan for this obstacle": straight to a new plan, or first ask when plans exist. */
  const planForSelection = () => {
    const selected = selectedText(editor);
    if (!selected) return;
    if (liveObstacles.length === 0) void startFromSelection('plan', selected);
    else setChoosing(selected);
  };

  const chooseObstacle = (choice: ObstacleChoice) => {
    const selected = choosing;
    setChoosing(null);
    if (!selected) return;
    if (choice.kind === 'new') {
      void startFromSelection('plan', selected);
      return;
    }
    const { obstacle } = choice;
    if (!linked.has(`plan:${obstacle.id}`)) {
      const label =
        obstacle.obstacle.length > 80 ? `${obstacle.obstacle.slice(0, 79)}…` : obstacle.obstacle;
      insertChip(editor, { kind: 'plan', id: obstacle.id, label }, selected.to);
    }
    log.open({ obstacle, planId: null, entryId, choosePlan: true });
  };

  return (
    <section className="entry-links" aria-labelledby={`${pickId}-heading`}>
      <h2 id={`${pickId}-heading`} className="entry-links__heading">
        {s.panel}
      </h2>
      {links.length === 0 ? (
        <p className="meta__hint">
          {s.none} {s.panelHint}
        </p>
      ) : (
        <ul className="entry-links__list">
          {links.map((link) => {
            const label = labelOf(link);
            return (
              <li key={keyOf(link)} className="entry-links__item">
                <span className="mention__kind">{s.kind[link.kind]}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={s.open(`${s.kind[link.kind]}: ${label}`)}
                  onClick={() => {
                    navigation.go(PLACE_OF[link.kind], link.id);
                  }}
                >
                  {label}
                </button>
                {link.kind === 'goal' && (
                  <GoalCheckInAction
                    id={link.id}
                    label={label}
                    entryId={entryId}
                    onDone={setAnnounce}
                  />
                )}
                {link.kind === 'plan' && (
                  <PlanCameUpAction
                    id={link.id}
                    label={label}
                    entryId={entryId}
                    onDone={setAnnounce}
                  />
                )}
                <button
                  type="button"
                  className="tag-chip__remove"
                  aria-label={s.remove(label)}
                  onClick={() => {
                    remove(link);
                  }}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {addable.length > 0 && (
        <div className="entry-links__add">
          <label htmlFor={pickId} className="meta__label">
            {s.addLabel}
          </label>
          <select
            id={pickId}
            value={choice}
            onChange={(e) => {
              setChoice(e.target.value);
            }}
          >
            <option value="">{s.addChoose}</option>
            {addable.map((t) => (
              <option key={keyOf(t)} value={keyOf(t)}>
                {s.kind[t.kind]}: {t.label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={choice === ''}
            onClick={() => {
              const target = addable.find((t) => keyOf(t) === choice);
              if (target) insertChip(editor, target);
              setChoice('');
            }}
          >
            {s.add}
          </button>
        </div>
      )}
      <div className="entry-links__challenge">
        <button
          type="button"
          className="button"
          disabled={!hasSelection || busy}
          aria-describedby={`${pickId}-challenge`}
          onClick={() => void startFromSelection('thought')}
        >
          {busy ? s.challenging : s.challenge}
        </button>{' '}
        <button
          type="button"
          className="button"
          disabled={!hasSelection || busy}
          aria-describedby={`${pickId}-challenge`}
          onClick={planForSelection}
        >
          {busy ? s.planning : s.planObstacle}
        </button>
        <p id={`${pickId}-challenge`} className="meta__hint">
          {s.challengeHint}
        </p>
      </div>
      <ErrorMessage message={error} />
      <p className="inline-status" role="status">
        {announce}
      </p>
      <ObstacleChoiceDialog
        text={choosing?.text ?? null}
        obstacles={liveObstacles}
        onChoose={chooseObstacle}
        onClose={() => {
          setChoosing(null);
        }}
      />
      {log.dialog}
    </section>
  );
}
