import {
  OBSTACLE_KINDS,
  type ObstaclePlan,
  type ObstaclePlanInput,
} from '../../../../shared/obstaclePlans';

/** The WOOP form's state, and how it becomes a 'plans:save' input. Pure. */
export interface PlanDraft {
  /** A stable React key (the plan's id once saved). */
  key: string;
  id?: string;
  cue: string;
  response: string;
  /** A coping skill the "then" uses, if one was chosen. */
  skillId?: string | null;
}

export interface WoopDraft {
  goalId: string | null;
  wish: string;
  outcome: string;
  obstacle: string;
  obstacleKind: (typeof OBSTACLE_KINDS)[number];
  plans: PlanDraft[];
}

let counter = 0;
export const newPlanKey = (): string => `new-${(counter += 1)}`;

export const emptyPlanDraft = (): PlanDraft => ({ key: newPlanKey(), cue: '', response: '' });

export function emptyWoopDraft(goalId: string | null = null, wish = ''): WoopDraft {
  return {
    goalId,
    wish,
    outcome: '',
    obstacle: '',
    obstacleKind: 'feeling',
    plans: [emptyPlanDraft()],
  };
}

/** The draft for editing: only live plans are shown; archived ones stay as they are. */
export function draftFromObstacle(o: ObstaclePlan): WoopDraft {
  const live = o.plans.filter((p) => !p.archived);
  return {
    goalId: o.goalId,
    wish: o.wish,
    outcome: o.outcome,
    obstacle: o.obstacle,
    obstacleKind: o.obstacleKind,
    plans:
      live.length === 0
        ? [emptyPlanDraft()]
        : live.map((p) => ({
            key: p.id,
            id: p.id,
            cue: p.cue,
            response: p.response,
            ...(p.skillId ? { skillId: p.skillId } : {}),
          })),
  };
}

const blank = (p: PlanDraft): boolean => p.cue.trim() === '' && p.response.trim() === '';

/**
 * The input for 'plans:save'. Empty plan rows are dropped; plans removed while editing are
 * left out, which main turns into "archived" so their log keeps its meaning.
 */
export function draftToInput(
  draft: WoopDraft,
  existing: ObstaclePlan | undefined,
  nextOrder: number,
): ObstaclePlanInput {
  const plans = draft.plans
    .filter((p) => !blank(p))
    .map((p) => ({
      ...(p.id === undefined ? {} : { id: p.id }),
      cue: p.cue.trim(),
      response: p.response.trim(),
      ...(p.skillId === undefined ? {} : { skillId: p.skillId }),
    }));
  return {
    ...(existing ? { id: existing.id } : {}),
    goalId: draft.goalId,
    wish: draft.wish.trim(),
    outcome: draft.outcome.trim(),
    obstacle: draft.obstacle.trim(),
    obstacleKind: draft.obstacleKind,
    plans,
    order: existing?.order ?? nextOrder,
    archived: existing?.archived ?? false,
    thoughtRecordIds: existing?.thoughtRecordIds ?? [],
  };
}
