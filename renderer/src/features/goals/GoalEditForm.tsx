import { useRef, useState, type SyntheticEvent } from 'react';
import type { Goal } from '../../../../shared/goals';
import { ErrorMessage } from '../../components/ErrorMessage';
import { STEP_FIELDS } from './flowSteps';
import { draftFromInput } from './goalDraft';
import { inputOf } from './goalInput';
import { AchievableFields, RelevantFields, SpecificFields, TimeFields } from './LetterFields';
import { MeasureFields } from './MeasureFields';
import { MilestonesEditor } from './MilestonesEditor';
import { useSaveGoal } from './queries';
import { SmartCheckPanel } from './SmartCheckPanel';
import { goalStrings as s } from './strings';
import { useDraftEditor, useFocusFirstInvalid } from './useDraftEditor';

const ALL_FIELDS = STEP_FIELDS.flat();

/** Every field of a goal on one page, grouped by SMART letter, for later edits. */
export function GoalEditForm({
  goal,
  onDone,
}: {
  goal: Goal;
  onDone: (saved: Goal | null) => void;
}) {
  const editor = useDraftEditor(() => draftFromInput(inputOf(goal)));
  const props = { draft: editor.draft, errors: editor.errors, onChange: editor.onChange };
  const save = useSaveGoal();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [pending, setPending] = useState(false);

  async function submit(event: SyntheticEvent) {
    event.preventDefault();
    if (!editor.check(ALL_FIELDS)) {
      editor.setFormError(s.fixFields);
      focusFirstInvalid();
      return;
    }
    setPending(true);
    try {
      onDone(await save.mutateAsync(editor.read.input));
    } catch (error) {
      if (editor.showSaveError(error, ALL_FIELDS)) focusFirstInvalid();
    } finally {
      setPending(false);
    }
  }

  const groups = [
    ['S', <SpecificFields key="s" {...props} />],
    ['M', <MeasureFields key="m" {...props} />],
    ['A', <AchievableFields key="a" {...props} />],
    ['R', <RelevantFields key="r" {...props} />],
    [
      'T',
      <>
        <TimeFields {...props} />
        <MilestonesEditor {...props} />
      </>,
    ],
  ] as const;

  return (
    <div className="page goal-edit">
      <div className="page__header">
        <h1>{s.editTitle(goal.title)}</h1>
      </div>
      <div className="goal-layout">
        <form
          ref={formRef}
          className="form goal-form"
          noValidate
          onSubmit={(event) => void submit(event)}
        >
          {groups.map(([letter, fields]) => (
            <fieldset key={letter} className="goal-card goal-fieldset">
              <legend>{s.letterNames[letter]}</legend>
              {fields}
            </fieldset>
          ))}
          <ErrorMessage message={editor.formError} />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={pending}>
              {pending ? s.saving : s.save}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                onDone(null);
              }}
            >
              {s.cancel}
            </button>
          </div>
        </form>
        <SmartCheckPanel result={editor.smart} live />
      </div>
    </div>
  );
}
