import { useState, type ReactNode } from 'react';
import { allTraps, trapName } from '../../../../shared/thinkingTraps';
import {
  THOUGHT_STEPS,
  type ThoughtRecord,
  type ThoughtStep,
} from '../../../../shared/thoughtRecords';
import { messageOf } from '../../api/client';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { useDateFormatter } from '../../app/useDateFormatter';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LinkedObstacles } from '../plans/LinkedObstacles';
import { LinkedEntries } from './LinkedEntries';
import { useCustomTraps, useDeleteRecord, useGoalNames } from './queries';
import { changeLines } from './recordText';
import { thoughtStrings as s } from './strings';

interface Props {
  record: ThoughtRecord;
  onEdit: (step: number) => void;
  onDeleted: () => void;
  onBack: () => void;
}

function Text({ value }: { value: string }) {
  return value.trim() === '' ? (
    <p className="muted">{s.nothingWritten}</p>
  ) : (
    <p className="record-text">{value}</p>
  );
}

/** The compact full view: every column on one page, each with a way back into its step. */
export function RecordView({ record, onEdit, onDeleted, onBack }: Props) {
  const dates = useDateFormatter();
  const navigation = useNavigation();
  const traps = allTraps(useCustomTraps().data ?? []);
  const goals = useGoalNames().data ?? [];
  const deleteRecord = useDeleteRecord();
  const [confirming, setConfirming] = useState(false);
  const headingId = `record-${record.id}`;

  const section = (step: ThoughtStep, body: ReactNode) => (
    <section className="record-section" aria-labelledby={`${headingId}-${step}`}>
      <div className="record-section__head">
        <h3 id={`${headingId}-${step}`}>{s.steps[step].title}</h3>
        <button
          type="button"
          className="button button--quiet"
          aria-label={s.editStep(s.steps[step].title)}
          onClick={() => {
            onEdit(THOUGHT_STEPS.indexOf(step));
          }}
        >
          {s.edit}
        </button>
      </div>
      {body}
    </section>
  );

  const changes = changeLines(record);
  return (
    <article className="record-view" aria-labelledby={headingId}>
      <div className="record-view__head">
        <div>
          <h2 id={headingId} tabIndex={-1}>
            {s.viewHeading} — {dates.format(record.date, 'long')}
          </h2>
          <p className="record-view__status">
            <span className={`badge badge--${record.status}`}>
              {record.status === 'draft' ? s.draft : s.complete}
            </span>
            {changes.map((line) => (
              <span key={line} className="record-view__change">
                {line}
              </span>
            ))}
          </p>
        </div>
        <div className="button-row">
          {record.status === 'draft' && (
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                onEdit(record.step);
              }}
            >
              {s.resume}
            </button>
          )}
          <button type="button" className="button" onClick={onBack}>
            {s.backToList}
          </button>
        </div>
      </div>

      {section('situation', <Text value={record.situation} />)}
      {section(
        'emotions',
        record.emotions.length === 0 ? (
          <p className="muted">{s.nothingWritten}</p>
        ) : (
          <ul className="record-emotions">
            {record.emotions.map((e) => (
              <li key={e.id}>
                <strong>{e.name}</strong>{' '}
                {e.after === null ? (
                  <>
                    {e.before} <span className="muted">({s.notRerated})</span>
                  </>
                ) : (
                  <>
                    {e.before} → {e.after}
                  </>
                )}
              </li>
            ))}
          </ul>
        ),
      )}
      {section(
        'thoughts',
        record.thoughts.length === 0 ? (
          <p className="muted">{s.nothingWritten}</p>
        ) : (
          <ul className="record-thoughts">
            {record.thoughts.map((t) => (
              <li key={t.id} className={t.hot ? 'is-hot' : undefined}>
                {t.hot && <span className="badge badge--hot">{s.hotMarker}</span>}
                <span className="record-text">{t.text.trim() || s.nothingWritten}</span>{' '}
                <span className="muted">({s.believed(t.belief)})</span>
              </li>
            ))}
          </ul>
        ),
      )}
      {section(
        'traps',
        record.traps.length === 0 ? (
          <p className="muted">{s.nothingWritten}</p>
        ) : (
          <ul className="record-traps">
            {record.traps.map((id) => (
              <li key={id}>{trapName(id, traps)}</li>
            ))}
          </ul>
        ),
      )}
      {section('evidenceFor', <Text value={record.evidenceFor} />)}
      {section('evidenceAgainst', <Text value={record.evidenceAgainst} />)}
      {section(
        'balanced',
        <>
          <Text value={record.balancedThought} />
          {record.balancedBelief !== null && (
            <p className="muted">{s.balancedBelieved(record.balancedBelief)}</p>
          )}
        </>,
      )}
      {section(
        'rerate',
        changes.length === 0 ? (
          <p className="muted">{s.notRerated}</p>
        ) : (
          <ul>
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ),
      )}
      {section(
        'action',
        <>
          <Text value={record.action} />
          {record.outcome.trim() !== '' && <Text value={record.outcome} />}
          {record.tags.length > 0 && (
            <ul className="tag-list" aria-label={s.filters.tag}>
              {record.tags.map((t) => (
                <li key={t} className="tag">
                  #{t}
                </li>
              ))}
            </ul>
          )}
        </>,
      )}
      {record.goalIds.length > 0 && (
        <section className="record-section" aria-labelledby={`${headingId}-goals`}>
          <h3 id={`${headingId}-goals`}>{s.linkedGoals}</h3>
          <ul>
            {record.goalIds.map((id) => {
              const goal = goals.find((g) => g.id === id);
              return (
                <li key={id}>
                  {goal ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        navigation.go('goals', id);
                      }}
                    >
                      {goal.title}
                    </button>
                  ) : (
                    s.goalGone
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <LinkedObstacles recordId={record.id} />
      <LinkedEntries recordId={record.id} />

      <div className="button-row record-view__danger">
        <button
          type="button"
          className="button button--quiet button--danger-text"
          onClick={() => {
            setConfirming(true);
          }}
        >
          {s.deleteRecord}
        </button>
      </div>
      <Dialog
        open={confirming}
        title={s.deleteTitle}
        onClose={() => {
          setConfirming(false);
        }}
      >
        <p>{s.deleteBody}</p>
        <ErrorMessage message={deleteRecord.error ? messageOf(deleteRecord.error) : null} />
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirming(false);
            }}
          >
            {s.cancel}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={deleteRecord.isPending}
            onClick={() => {
              deleteRecord.mutate(record.id, {
                onSuccess: () => {
                  setConfirming(false);
                  onDeleted();
                },
              });
            }}
          >
            {s.deleteConfirm}
          </button>
        </div>
      </Dialog>
    </article>
  );
}
