import type { ThoughtRecordInput } from '../../../../shared/thoughtRecords';

/** What every step of the flow gets: the record being written and a way to change it. */
export interface StepProps {
  draft: ThoughtRecordInput;
  update: (patch: Partial<ThoughtRecordInput>) => void;
}
