import '../checkins/checkins.css';
import { useId, useState } from 'react';
import { MOOD_LABELS } from '../../../../shared/checkin';
import type { Entry } from '../../../../shared/journal';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { EmotionPicker } from '../checkins/EmotionPicker';
import { useEntryMood, useSaveEntryMeta, useSetMood, useTags, type EntryMood } from './metaQueries';
import { useEntry } from './queries';
import { metaStrings as s } from './metaStrings';
import { TagEditor } from './TagEditor';

const MOODS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/**
 * An entry's details beside its text: tags, mood (a linked check-in), "share with
 * therapist" and pin. Each change saves at once, apart from the text's autosave.
 */
export function EntryMeta({ entry, mood }: { entry: Entry; mood: EntryMood }) {
  const [tags, setTags] = useState(entry.tags);
  const [pinned, setPinned] = useState(entry.pinned);
  const [share, setShare] = useState(entry.shareWithTherapist);
  const [moodValue, setMoodValue] = useState(mood.mood);
  const [emotions, setEmotions] = useState(mood.emotions);
  const known = useTags();
  const save = useSaveEntryMeta(entry.id);
  const setMood = useSetMood(entry.id);
  const moodId = useId();
  const moodHintId = useId();
  const shareHintId = useId();

  const error = save.isError
    ? `${s.saveFailed} ${messageOf(save.error)}`
    : setMood.isError
      ? `${s.saveFailed} ${messageOf(setMood.error)}`
      : null;

  return (
    <section className="entry-meta" aria-label={s.region}>
      <TagEditor
        tags={tags}
        known={known.data ?? []}
        onChange={(next) => {
          setTags(next);
          save.mutate({ tags: next });
        }}
      />
      <div className="entry-meta__row">
        <div className="field entry-meta__mood">
          <label htmlFor={moodId} className="meta__label">
            {s.moodLabel}
          </label>
          <select
            id={moodId}
            aria-describedby={moodHintId}
            value={moodValue ?? ''}
            onChange={(event) => {
              const next = event.target.value === '' ? null : Number(event.target.value);
              setMoodValue(next);
              setMood.mutate({ mood: next, emotions });
            }}
          >
            <option value="">{s.moodNone}</option>
            {MOODS.map((n) => (
              <option key={n} value={n}>
                {s.moodOption(n, MOOD_LABELS[n] ?? '')}
              </option>
            ))}
          </select>
          <p id={moodHintId} className="meta__hint">
            {s.moodHint}
          </p>
        </div>
        <div className="entry-meta__toggles">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={share}
              aria-describedby={shareHintId}
              onChange={(event) => {
                setShare(event.target.checked);
                save.mutate({ shareWithTherapist: event.target.checked });
              }}
            />{' '}
            {s.share}
          </label>
          <p id={shareHintId} className="meta__hint">
            {s.shareHint}
          </p>
          <button
            type="button"
            className="button button--quiet entry-meta__pin"
            aria-pressed={pinned}
            onClick={() => {
              setPinned(!pinned);
              save.mutate({ pinned: !pinned });
            }}
          >
            <span aria-hidden="true">{pinned ? '★ ' : '☆ '}</span>
            {s.pin}
          </button>
        </div>
      </div>
      {/* Feeling words belong to the mood check-in, so they come with a mood. */}
      {moodValue !== null && (
        <EmotionPicker
          value={emotions}
          onChange={(next) => {
            setEmotions(next);
            setMood.mutate({ mood: moodValue, emotions: next });
          }}
        />
      )}
      <ErrorMessage message={error} />
    </section>
  );
}

/** Waits for the stored entry and its mood, then shows its details. */
export function EntryMetaPanel({ id }: { id: string }) {
  const entry = useEntry(id, true);
  const mood = useEntryMood(id);
  if (!entry.isSuccess || !mood.isSuccess) return null;
  return <EntryMeta entry={entry.data} mood={mood.data} />;
}
