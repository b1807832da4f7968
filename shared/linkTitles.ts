import type { LinkKind } from './journal';
import { hotThought, type ThoughtRecord } from './thoughtRecords';

/**
 * What a link to a goal, thought record, obstacle plan or skill is called: the same words the chip
 * and the links panel show, and what search matches an entry by.
 */
export const linkKey = (kind: LinkKind, id: string): string => `${kind}:${id}`;

/** A thought record reads as its hot thought, else its situation ('' if neither yet). */
export function thoughtLinkText(record: Pick<ThoughtRecord, 'thoughts' | 'situation'>): string {
  return hotThought(record)?.text ?? record.situation;
}
