import { useRef, useState, type SyntheticEvent } from 'react';
import type { Goal } from '../../../../shared/goals';
import { todayLocal } from '../../app/dates/today';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { readCheckin, valueLabel } from './checkinValue';
import { TextField } from './Field';
import { formatValue } from './goalView';
import { useCheckIn } from './queries';
import { goalStrings as s } from './strings';

interface Props {
  goal: Goal;
  /** Show a date field (the goal page); otherwise the check-in is for today. */
  withDate?: boolean;
  /** Called with the confirmation, e.g. for a list the goal is about to leave. */
  onDone?: (message: string) => void;
  /** Made from this journal entry: the check-in keeps the link. */
  entryId?: string;
}

/** A check-in in two fields: the value (checked beside the field) and an optional note. */
export function QuickCheckIn({ goal, withDate = false, onDone, entryId }: Props) {
  const today = todayLocal();
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [date, setDate] = useState(today);
  const [errors, setErrors] = useState<{ value?: string; date?: string }>({});
  const [done, setDone] = useState('');
  const checkIn = useCheckIn();
  const formRef = useRef<HTMLFormElement>(null);

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    setDone('');
    const read = readCheckin(goal.measure, value, withDate ? date : today, today);
    if (read.value === null || read.date === null) {
      setErrors({ value: read.valueError, date: read.dateError });
      requestAnimationFrame(() => {
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      return;
    }
    const saved = read.value;
    checkIn.mutate(
      {
        goalId: goal.id,
        date: read.date,
        value: saved,
        note: note.trim(),
        entryId: entryId ?? null,
      },
      {
        onSuccess: () => {
          setValue('');
          setNote('');
          setErrors({});
          const message = s.checkinSaved(formatValue(goal.measure, saved));
          setDone(message);
          onDone?.(message);
        },
      },
    );
  }

  return (
    <form
      ref={formRef}
      className="quick-checkin"
      noValidate
      aria-label={s.quickCheckInFor(goal.title)}
      onSubmit={submit}
    >
      <div className="quick-checkin__fields">
        <TextField
          label={valueLabel(goal.measure)}
          inputMode="decimal"
          className="field--short"
          value={value}
          error={errors.value}
          onChange={(text) => {
            setValue(text);
            setErrors((e) => ({ ...e, value: undefined }));
          }}
        />
        {withDate && (
          <TextField
            label={s.checkinDate}
            type="date"
            className="field--short"
            value={date}
            error={errors.date}
            onChange={(text) => {
              setDate(text);
              setErrors((e) => ({ ...e, date: undefined }));
            }}
          />
        )}
        <TextField
          label={s.checkinNote}
          className="quick-checkin__note"
          value={note}
          onChange={setNote}
        />
      </div>
      <div className="button-row quick-checkin__actions">
        <button type="submit" className="button button--primary" disabled={checkIn.isPending}>
          {checkIn.isPending ? s.savingCheckin : s.saveCheckin}
        </button>
        <p className="inline-status" role="status">
          {done}
        </p>
      </div>
      <ErrorMessage message={checkIn.isError ? messageOf(checkIn.error) : null} />
    </form>
  );
}
