import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
import { smartCheck } from '../../../../shared/smartCheck';
import { todayLocal } from '../../app/dates/today';
import { messageOf } from '../../api/client';
import { goalStrings as s } from './strings';
import {
  fieldOfError,
  readDraft,
  type DraftField,
  type FieldErrors,
  type GoalDraft,
} from './goalDraft';

/**
 * The state shared by the guided flow and the edit form: the draft, the problems shown
 * beside fields (typing in a field clears its own), a form-level message, and the live
 * SMART check of what would be saved.
 */
export function useDraftEditor(initial: () => GoalDraft) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const read = useMemo(() => readDraft(draft), [draft]);
  const smart = useMemo(() => smartCheck(read.input, todayLocal()), [read.input]);

  const onChange = (patch: Partial<GoalDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setFormError(null);
    setErrors((current) => {
      // Baseline and target are judged together; a new kind changes what both mean.
      const cleared = new Set<string>(Object.keys(patch));
      if ('baseline' in patch || 'kind' in patch) cleared.add('target');
      if ('kind' in patch) cleared.add('baseline');
      const next: FieldErrors = Object.fromEntries(
        Object.entries(current).filter(([key]) => !cleared.has(key)),
      );
      return next;
    });
  };

  /** Shows the client-side problems among `fields`; true when there are none. */
  const check = (fields: readonly DraftField[]): boolean => {
    const found: FieldErrors = {};
    for (const field of fields) {
      const message = read.errors[field];
      if (message !== undefined) found[field] = message;
    }
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  /**
   * Puts an error from main beside its field when that field is on screen (`visible`),
   * otherwise above the buttons. Returns whether it went beside a field.
   */
  const showSaveError = (error: unknown, visible: readonly DraftField[]): boolean => {
    const { field, message } = fieldOfError(messageOf(error));
    if (field === null || !visible.includes(field)) {
      setFormError(field === 'title' ? s.titleFirst : message);
      return false;
    }
    setErrors((current) => ({ ...current, [field]: message }));
    return true;
  };

  return {
    draft,
    setDraft,
    onChange,
    errors,
    formError,
    setFormError,
    read,
    smart,
    check,
    showSaveError,
  };
}

/**
 * Moves focus to the first field marked invalid. The request is a state change, so the focus
 * happens in an effect after React has committed the `aria-invalid` marks set in the same
 * update — an animation frame could run before that commit on a busy machine.
 */
export function useFocusFirstInvalid(container: RefObject<HTMLElement | null>): () => void {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request, container]);
  return useCallback(() => {
    setRequest((n) => n + 1);
  }, []);
}
