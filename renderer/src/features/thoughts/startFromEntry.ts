import { localDay } from '../../../../shared/dates';
import { emptyThoughtRecordInput, THOUGHT_LIMITS } from '../../../../shared/thoughtRecords';
import { call } from '../../api/client';
import { newItemId } from './ids';

/**
 * "Challenge this thought" from a journal entry: creates a draft thought record whose first
 * automatic thought (marked as the hot thought) is the selected text, and returns its id.
 * The caller then stores `{ kind: 'thought', id }` in the entry's `links` (the entry is the
 * record that makes the link) and may open the record with
 * `navigation.go('thoughtRecords', id)`. Throws a WaypointError (with a message for people)
 * when the journal is locked or the save fails.
 */
export async function startThoughtRecordFromText(text: string): Promise<string> {
  const thought = text.replace(/\s+/g, ' ').trim().slice(0, THOUGHT_LIMITS.thoughtMaxLength);
  const record = await call('thoughts:save', {
    ...emptyThoughtRecordInput(localDay(new Date())),
    thoughts: thought === '' ? [] : [{ id: newItemId(), text: thought, belief: 50, hot: true }],
  });
  return record.id;
}

/** Starts a draft linked to a goal (from a goal's page); returns the record id. */
export async function startThoughtRecordForGoal(goalId: string): Promise<string> {
  const record = await call('thoughts:save', {
    ...emptyThoughtRecordInput(localDay(new Date())),
    goalIds: [goalId],
  });
  return record.id;
}
