import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { todayLocal } from '../../app/dates/today';

/** A quick log form's day: required, today or earlier. */
export function LogDateField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (date: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        required
        value={value}
        max={todayLocal()}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}

/**
 * The end of a quick log form (a plan's "It came up", a skill's practice): an optional note,
 * the form's error (the caller's own problem first, else the failed save's), Cancel and Save.
 * Each caller passes its own strings.
 */
export function LogFormEnd({
  noteId,
  noteRows,
  note,
  onNoteChange,
  problem,
  save,
  onCancel,
  strings,
}: {
  noteId: string;
  noteRows: number;
  note: string;
  onNoteChange: (note: string) => void;
  problem: string | null;
  /** The save's mutation state. */
  save: { isPending: boolean; isError: boolean; error: unknown };
  onCancel: () => void;
  strings: { noteLabel: string; cancel: string; saving: string; saveLog: string };
}) {
  return (
    <>
      <div className="field">
        <label htmlFor={noteId}>{strings.noteLabel}</label>
        <textarea
          id={noteId}
          className="plans-textarea"
          rows={noteRows}
          maxLength={1000}
          value={note}
          onChange={(event) => {
            onNoteChange(event.target.value);
          }}
        />
      </div>
      <ErrorMessage message={problem ?? (save.isError ? messageOf(save.error) : null)} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel}>
          {strings.cancel}
        </button>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? strings.saving : strings.saveLog}
        </button>
      </div>
    </>
  );
}
