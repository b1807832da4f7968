import { useId, useState } from 'react';
import { ifThenSentence } from '../../../../shared/obstaclePlans';
import { practicesThisWeek, skillChange, mostHelpful } from '../../../../shared/skillFigures';
import type { Practice, Skill } from '../../../../shared/skills';
import { DEFAULT_SETTINGS } from '../../../../shared/contract';
import { messageOf } from '../../api/client';
import { todayLocal } from '../../app/dates/today';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useGoals } from '../goals/queries';
import { useEntryList } from '../journal/queries';
import { usePlans } from '../plans/queries';
import { entryDatedLabel } from '../journal/entryTitle';
import { useSettings } from '../settings/queries';
import { useDeletePractice, useSetSkillHidden, useSetWhenItHelps } from './queries';
import { SkillSection } from './SkillSection';
import { skillStrings as s } from './strings';

/** One skill: how to do it, the user's note, figures, its log and what links to it. */
export function SkillPage({
  skill,
  practices,
  onBack,
  onLog,
  onEdit,
}: {
  skill: Skill;
  practices: Practice[];
  onBack: () => void;
  onLog: () => void;
  onEdit: () => void;
}) {
  const ids = useId();
  const dates = useDateFormatter();
  const navigation = useNavigation();
  const weekStart = useSettings().data?.weekStart ?? DEFAULT_SETTINGS.weekStart;
  const entries = useEntryList();
  const goals = useGoals();
  const plans = usePlans();
  const setWhen = useSetWhenItHelps();
  const setHidden = useSetSkillHidden();
  const deletePractice = useDeletePractice();
  const [note, setNote] = useState(skill.whenItHelps);
  const [status, setStatus] = useState('');
  const [deleting, setDeleting] = useState<string | null>(null);
  const mine = practices.filter((p) => p.skillId === skill.id);
  const change = skillChange(mine, skill.id);
  const helpful = mostHelpful(mine)[0];
  const mentions = (entries.data ?? []).filter(
    (e) => e.deletedAt === null && e.links.some((l) => l.kind === 'skill' && l.id === skill.id),
  );
  const usedIn = [
    ...(goals.data ?? []).flatMap((g) =>
      g.milestones
        .filter((m) => m.skillId === skill.id)
        .map((m) => ({
          key: `goal-${g.id}-${m.id}`,
          label: s.goalStep(g.title, m.title),
          go: () => {
            navigation.go('goals', g.id);
          },
        })),
    ),
    ...(plans.data ?? []).flatMap((o) =>
      o.plans
        .filter((p) => !p.archived && p.skillId === skill.id)
        .map((p) => ({
          key: `plan-${o.id}-${p.id}`,
          label: s.planThen(ifThenSentence(p.cue, p.response)),
          go: () => {
            navigation.go('plans', o.id);
          },
        })),
    ),
  ];
  const failure = setWhen.error ?? setHidden.error ?? deletePractice.error;

  return (
    <div className="page skills skill-page">
      <p>
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {s.backToLibrary}
        </button>
      </p>
      <div className="page__header">
        <h1>{skill.name}</h1>
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={onLog}>
            {s.logPractice}
          </button>
          {!skill.builtin && (
            <button type="button" className="button" onClick={onEdit}>
              {s.edit}
            </button>
          )}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => {
              setHidden.mutate({ id: skill.id, hidden: !skill.hidden });
            }}
          >
            {s.hideButton(skill).text}
          </button>
        </div>
      </div>
      <ul className="skill-card__tags" aria-label={s.tagsLegend}>
        {skill.tags.map((t) => (
          <li key={t} className="skill-tag">
            {s.tags[t]}
          </li>
        ))}
      </ul>
      <p className="inline-status" role="status">
        {status}
      </p>
      <ErrorMessage message={failure ? messageOf(failure) : null} />

      <SkillSection title={s.howToHeading}>
        <p className="skill-page__how">{skill.howTo}</p>
        {skill.builtin && <p className="muted">{s.builtinNote}</p>}
      </SkillSection>

      <SkillSection title={s.whenHeading}>
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            setWhen.mutate(
              { id: skill.id, whenItHelps: note.trim() },
              {
                onSuccess: () => {
                  setStatus(s.whenSaved);
                },
              },
            );
          }}
        >
          <div className="field">
            <label htmlFor={`${ids}-note`} className="visually-hidden">
              {s.whenHeading}
            </label>
            <textarea
              id={`${ids}-note`}
              className="plans-textarea"
              rows={2}
              maxLength={1000}
              aria-describedby={`${ids}-note-hint`}
              value={note}
              onChange={(e) => {
                setNote(e.target.value);
              }}
            />
            <p id={`${ids}-note-hint`} className="field-hint">
              {s.whenHint}
            </p>
          </div>
          <div className="button-row">
            <button type="submit" className="button" disabled={setWhen.isPending}>
              {s.whenSave}
            </button>
          </div>
        </form>
      </SkillSection>

      <SkillSection title={s.figuresHeading}>
        <dl className="skill-figures">
          <div>
            <dt>{s.figureTimes}</dt>
            <dd>{change.count}</dd>
          </div>
          <div>
            <dt>{s.figureThisWeek}</dt>
            <dd>{practicesThisWeek(mine, todayLocal(), weekStart)}</dd>
          </div>
          <div>
            <dt>{s.figureHelpful}</dt>
            <dd>{helpful ? s.figureHelpfulValue(helpful.averageHelpful) : s.noFigure}</dd>
          </div>
          <div>
            <dt>{s.figureChange}</dt>
            <dd>
              {s.changeText(change)}
              {change.rated > 0 && (
                <span className="muted skill-figures__from">
                  {' '}
                  {s.figureChangeFrom(change.rated)}
                </span>
              )}
            </dd>
          </div>
        </dl>
      </SkillSection>

      <SkillSection title={s.logHeading}>
        {mine.length === 0 ? (
          <p className="muted">{s.noPractice}</p>
        ) : (
          <ul className="practice-log">
            {mine.map((p) => (
              <li key={p.id} className="practice-log__item">
                <span className="practice-log__date">{dates.format(p.date)}</span>
                <span>{s.helpfulShort(p.helpful)}</span>
                <span>{s.beforeAfter(p.before, p.after)}</span>
                {p.situationTag && (
                  <span className="skill-tag">{s.situations[p.situationTag]}</span>
                )}
                {p.situation && <span className="practice-log__text">{p.situation}</span>}
                {p.note && <span className="practice-log__text muted">{p.note}</span>}
                <button
                  type="button"
                  className="button button--quiet practice-log__delete"
                  aria-label={s.deletePracticeFor(dates.format(p.date))}
                  onClick={() => {
                    setDeleting(p.id);
                  }}
                >
                  {s.deletePractice}
                </button>
              </li>
            ))}
          </ul>
        )}
        <ConfirmDialog
          open={deleting !== null}
          title={s.deletePracticeTitle}
          body={s.deletePracticeBody}
          confirmLabel={s.deletePractice}
          cancelLabel={s.cancel}
          onCancel={() => {
            setDeleting(null);
          }}
          onConfirm={() => {
            if (deleting)
              deletePractice.mutate(deleting, {
                onSuccess: () => {
                  setStatus(s.practiceDeleted);
                },
              });
            setDeleting(null);
          }}
        />
      </SkillSection>

      {usedIn.length > 0 && (
        <SkillSection title={s.usedInHeading}>
          <ul className="skill-page__links">
            {usedIn.map((u) => (
              <li key={u.key}>
                <button type="button" className="link-button" onClick={u.go}>
                  {u.label}
                </button>
              </li>
            ))}
          </ul>
        </SkillSection>
      )}

      <SkillSection title={s.mentionsHeading}>
        {mentions.length === 0 ? (
          <p className="muted">{s.noMentions}</p>
        ) : (
          <ul className="skill-page__links">
            {mentions.map((e) => {
              const label = entryDatedLabel(e, dates.format);
              return (
                <li key={e.id}>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={s.openEntry(label)}
                    onClick={() => {
                      navigation.openEntry(e.id);
                    }}
                  >
                    {label}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </SkillSection>
    </div>
  );
}
