import type { Goal, GoalInput } from '../../../../shared/goals';

/** The editable part of a saved goal (what `goals:save` takes back). */
export function inputOf(goal: Goal): GoalInput {
  return {
    id: goal.id,
    title: goal.title,
    specific: goal.specific,
    measure: goal.measure,
    steps: goal.steps,
    confidence: goal.confidence,
    why: goal.why,
    lifeArea: goal.lifeArea,
    targetDate: goal.targetDate,
    rhythm: goal.rhythm,
    milestones: goal.milestones,
    guidedStep: goal.guidedStep,
  };
}
