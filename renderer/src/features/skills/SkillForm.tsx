import { useId, useState } from 'react';
import { SKILL_TAGS, type Skill, type SkillTag } from '../../../../shared/skills';
import { messageOf } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSaveSkill } from './queries';
import { skillStrings as s } from './strings';

/** Add one of your own skills, or edit one (built-ins are never edited). */
export function SkillFormDialog({
  open,
  editing,
  onClose,
  onSaved,
}: {
  open: boolean;
  editing: Skill | null;
  onClose: () => void;
  onSaved: (skill: Skill) => void;
}) {
  return (
    <Dialog
      open={open}
      onClose={onClose}
      title={editing ? s.editSkillTitle : s.newSkillTitle}
      className="skills-dialog"
    >
      {open && <SkillForm editing={editing} onClose={onClose} onSaved={onSaved} />}
    </Dialog>
  );
}

function SkillForm({
  editing,
  onClose,
  onSaved,
}: {
  editing: Skill | null;
  onClose: () => void;
  onSaved: (skill: Skill) => void;
}) {
  const ids = useId();
  const save = useSaveSkill();
  const [name, setName] = useState(editing?.name ?? '');
  const [howTo, setHowTo] = useState(editing?.howTo ?? '');
  const [tags, setTags] = useState<SkillTag[]>(editing?.tags ?? []);
  const [whenItHelps, setWhen] = useState(editing?.whenItHelps ?? '');
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim() === '') {
          setProblem(s.nameNeeded);
          return;
        }
        setProblem(null);
        save.mutate(
          {
            ...(editing ? { id: editing.id } : {}),
            name: name.trim(),
            howTo: howTo.trim(),
            tags: SKILL_TAGS.filter((t) => tags.includes(t)),
            whenItHelps: whenItHelps.trim(),
          },
          {
            onSuccess: (skill) => {
              onSaved(skill);
              onClose();
            },
          },
        );
      }}
    >
      <div className="field">
        <label htmlFor={`${ids}-name`}>{s.nameLabel}</label>
        <input
          id={`${ids}-name`}
          type="text"
          maxLength={120}
          required
          value={name}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-how`}>{s.howToLabel}</label>
        <textarea
          id={`${ids}-how`}
          className="plans-textarea"
          rows={4}
          maxLength={2000}
          aria-describedby={`${ids}-how-hint`}
          value={howTo}
          onChange={(e) => {
            setHowTo(e.target.value);
          }}
        />
        <p id={`${ids}-how-hint`} className="field-hint">
          {s.howToHint}
        </p>
      </div>
      <fieldset className="plan-choices">
        <legend>{s.tagsLegend}</legend>
        <div className="plan-choices__options">
          {SKILL_TAGS.map((t) => (
            <label key={t} className="plan-choice">
              <input
                type="checkbox"
                checked={tags.includes(t)}
                onChange={(e) => {
                  setTags((list) =>
                    e.target.checked ? [...list, t] : list.filter((x) => x !== t),
                  );
                }}
              />
              <span>{s.tags[t]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${ids}-when`}>{s.whenLabel}</label>
        <textarea
          id={`${ids}-when`}
          className="plans-textarea"
          rows={2}
          maxLength={1000}
          aria-describedby={`${ids}-when-hint`}
          value={whenItHelps}
          onChange={(e) => {
            setWhen(e.target.value);
          }}
        />
        <p id={`${ids}-when-hint`} className="field-hint">
          {s.whenHint}
        </p>
      </div>
      <ErrorMessage message={problem ?? (save.isError ? messageOf(save.error) : null)} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {s.cancel}
        </button>
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? s.saving : s.save}
        </button>
      </div>
    </form>
  );
}
