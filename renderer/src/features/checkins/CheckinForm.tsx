import { useId, useState } from 'react';
import type { MoodCheckin } from '../../../../shared/checkin';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { draftToInput, type CheckinDraft, type DraftErrors } from './checkinDraft';
import { EmotionPicker } from './EmotionPicker';
import { MoodPicker } from './MoodPicker';
import { useSaveCheckin, useTrackers } from './queries';
import { SmallField } from './SmallField';
import { checkinStrings as s } from './strings';
import { TrackerFields } from './TrackerFields';

interface Props {
  initial: CheckinDraft;
  heading: string;
  onSaved: (checkin: MoodCheckin) => void;
  onCancel?: () => void;
}

/** The full check-in: mood, words, sleep, energy, anxiety, note and the user's trackers. */
export function CheckinForm({ initial, heading, onSaved, onCancel }: Props) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const trackers = useTrackers();
  const save = useSaveCheckin();
  const headingId = useId();
  const noteId = useId();
  const dateId = useId();
  const shown = (trackers.data ?? []).filter(
    (t) => !t.archived || (draft.trackers[t.id] ?? '') !== '',
  );
  const set = (patch: Partial<CheckinDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
  };

  return (
    <form
      className="form checkin-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const result = draftToInput(draft, trackers.data ?? []);
        if (!result.ok) {
          setErrors(result.errors);
          return;
        }
        setErrors({});
        save.mutate(result.input, { onSuccess: onSaved });
      }}
    >
      <h2 id={headingId}>{heading}</h2>
      <MoodPicker
        value={draft.mood}
        onChange={(mood) => {
          set({ mood });
        }}
        error={errors.mood ? s.moodRequired : null}
      />
      <EmotionPicker
        value={draft.emotions}
        onChange={(emotions) => {
          set({ emotions });
        }}
      />
      <div className="checkin-form__row">
        <SmallField
          label={s.sleep}
          inputMode="decimal"
          value={draft.sleepHours}
          error={errors.sleepHours ? s.sleepError : null}
          onChange={(sleepHours) => {
            set({ sleepHours });
          }}
        />
        <SmallField
          label={s.energy}
          value={draft.energy}
          error={errors.energy ? s.ratingError : null}
          onChange={(energy) => {
            set({ energy });
          }}
        />
        <SmallField
          label={s.anxiety}
          value={draft.anxiety}
          error={errors.anxiety ? s.ratingError : null}
          onChange={(anxiety) => {
            set({ anxiety });
          }}
        />
      </div>
      <TrackerFields
        trackers={shown}
        values={draft.trackers}
        errors={errors}
        onChange={(id, value) => {
          setDraft((d) => ({ ...d, trackers: { ...d.trackers, [id]: value } }));
        }}
      />
      <div className="field">
        <label htmlFor={noteId}>{s.note}</label>
        <textarea
          id={noteId}
          rows={3}
          maxLength={2000}
          value={draft.note}
          onChange={(e) => {
            set({ note: e.target.value });
          }}
        />
      </div>
      <div className="field checkin-form__date">
        <label htmlFor={dateId}>{s.date}</label>
        <input
          id={dateId}
          type="date"
          value={draft.date}
          required
          onChange={(e) => {
            if (e.target.value) set({ date: e.target.value });
          }}
        />
      </div>
      <ErrorMessage message={save.isError ? messageOf(save.error) : null} />
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? s.saving : s.save}
        </button>
        {onCancel && (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {s.cancel}
          </button>
        )}
      </div>
    </form>
  );
}
