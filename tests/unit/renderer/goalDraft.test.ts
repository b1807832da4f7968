import { describe, expect, it } from 'vitest';
import { emptyGoalInput, goalInputSchema } from '../../../shared/goals';
import {
  draftFromInput,
  fieldOfError,
  parseDay,
  parseNumber,
  readDraft,
  type GoalDraft,
} from '../../../renderer/src/features/goals/goalDraft';
import { readCheckin } from '../../../renderer/src/features/goals/checkinValue';
import { clampStep } from '../../../renderer/src/features/goals/flowSteps';

const draft = (patch: Partial<GoalDraft> = {}): GoalDraft => ({
  ...draftFromInput({ ...emptyGoalInput(), title: 'Evening walks' }),
  ...patch,
});

describe('goal form: numbers and dates as typed', () => {
  it('reads numbers people type, and flags the rest', () => {
    expect(parseNumber('')).toBeNull();
    expect(parseNumber(' 3 ')).toBe(3);
    expect(parseNumber('2.5')).toBe(2.5);
    expect(parseNumber('2,5')).toBe(2.5);
    expect(parseNumber('-1')).toBe(-1);
    expect(parseNumber('.5')).toBe(0.5);
    for (const bad of ['abc', '3 times', '1e3', '--1', 'NaN', 'Infinity', '1.2.3'])
      expect(parseNumber(bad), bad).toBeNaN();
  });

  it('accepts real calendar days only (leap days included)', () => {
    expect(parseDay('')).toEqual({ day: null });
    expect(parseDay('2028-02-29')).toEqual({ day: '2028-02-29' });
    expect(parseDay('2027-02-29').error).toMatch(/real date/);
    expect(parseDay('2026-13-01').error).toMatch(/real date/);
    expect(parseDay('26/11/2026').error).toMatch(/real date/);
    expect(parseDay('1850-01-01').error).toMatch(/between 2000 and 2100/);
  });
});

describe('readDraft', () => {
  it('round-trips an untouched goal into a valid GoalInput', () => {
    const { input, errors } = readDraft(draft());
    expect(errors).toEqual({});
    expect(goalInputSchema.safeParse(input).success).toBe(true);
  });

  it('puts each problem beside its field and leaves the value out', () => {
    const { input, errors } = readDraft(
      draft({ baseline: 'five', target: '3', confidence: '11', targetDate: '2026-02-30' }),
    );
    expect(errors).toEqual({
      baseline: 'Enter a number, like 3 or 2.5.',
      confidence: 'Use a whole number from 0 to 10.',
      targetDate: 'Enter a real date, like 2026-11-26.',
    });
    expect(input.measure).toMatchObject({ baseline: null, target: 3 });
    expect(input.confidence).toBeNull();
    expect(input.targetDate).toBeNull();
    expect(goalInputSchema.safeParse(input).success).toBe(true);
  });

  it('says so when the target equals the starting point (as the schema does)', () => {
    const { input, errors } = readDraft(draft({ baseline: '4', target: '4.0' }));
    expect(errors.target).toBe('The target is the same as the starting point.');
    expect(goalInputSchema.safeParse(input).success).toBe(false);
  });

  it('keeps ratings within 0–10 and milestones named', () => {
    const { errors } = readDraft(
      draft({
        kind: 'rating',
        baseline: '-1',
        target: '12',
        milestones: [{ id: 'm1', title: '  ', doneOn: null }],
      }),
    );
    expect(errors.baseline).toMatch(/0 to 10/);
    expect(errors.target).toMatch(/0 to 10/);
    expect(errors.milestones).toMatch(/name/);
  });

  it('trims the title, so a blank one is caught by the schema', () => {
    const { input } = readDraft(draft({ title: '   ' }));
    expect(input.title).toBe('');
    expect(goalInputSchema.safeParse(input).success).toBe(false);
  });
});

describe("main's error messages go beside their field", () => {
  it('maps schema paths to fields', () => {
    expect(fieldOfError('The target is the same as the starting point. (measure.target)')).toEqual({
      field: 'target',
      message: 'The target is the same as the starting point.',
    });
    expect(fieldOfError('Give your goal a short name. (title)')).toEqual({
      field: 'title',
      message: 'Give your goal a short name.',
    });
    expect(fieldOfError('Give the step a name. (milestones.0.title)').field).toBe('milestones');
  });

  it('keeps unknown paths and plain messages whole, at form level', () => {
    expect(fieldOfError('Not a valid entry id. (id)')).toEqual({
      field: null,
      message: 'Not a valid entry id. (id)',
    });
    expect(fieldOfError('The journal is locked.')).toEqual({
      field: null,
      message: 'The journal is locked.',
    });
  });
});

describe('check-ins as typed', () => {
  const number = draftFromInput(emptyGoalInput());
  const measure = {
    kind: number.kind,
    unit: 'minutes',
    habitPeriod: number.habitPeriod,
    baseline: 0,
    target: 30,
    direction: 'up' as const,
  };
  const today = '2026-11-26';

  it('reads a value and a date up to today', () => {
    expect(readCheckin(measure, '20', today, today)).toEqual({ value: 20, date: today });
    expect(readCheckin(measure, '', today, today).valueError).toMatch(/number/);
    expect(readCheckin(measure, 'lots', today, today).valueError).toMatch(/number/);
    expect(readCheckin(measure, '2', '2026-11-27', today).dateError).toMatch(/today or earlier/);
    expect(readCheckin(measure, '2', '2026-11-31', today).dateError).toMatch(/real date/);
  });

  it('keeps ratings within 0–10', () => {
    expect(readCheckin({ ...measure, kind: 'rating' }, '11', today, today).valueError).toMatch(
      /0 to 10/,
    );
    expect(readCheckin({ ...measure, kind: 'rating' }, '10', today, today).value).toBe(10);
  });
});

describe('guided flow steps', () => {
  it('resumes inside the flow whatever was stored', () => {
    expect(clampStep(null)).toBe(0);
    expect(clampStep(3)).toBe(3);
    expect(clampStep(9)).toBe(5);
    expect(clampStep(-2)).toBe(0);
  });
});
