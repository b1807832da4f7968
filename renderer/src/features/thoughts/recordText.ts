import { beliefChange, hotThought, type ThoughtRecord } from '../../../../shared/thoughtRecords';
import { thoughtStrings as s } from './strings';

/** Plain-text before → after lines for a record (numbers and arrows, never colour alone). */
export function changeLines(record: ThoughtRecord): string[] {
  const lines: string[] = [];
  const rated = record.emotions.filter((e) => e.after !== null);
  if (rated.length > 0) {
    const before = rated.reduce((sum, e) => sum + e.before, 0) / rated.length;
    const after = rated.reduce((sum, e) => sum + (e.after ?? e.before), 0) / rated.length;
    lines.push(s.changeLine(s.changeEmotions, before, after));
  }
  const hot = hotThought(record);
  if (hot && beliefChange(record) !== null) {
    lines.push(s.changeLine(s.changeBelief, hot.belief, record.hotBeliefAfter ?? hot.belief));
  }
  return lines;
}
