import type { Goal } from '../../../../shared/goals';
import {
  ifThenSentence,
  type IfThenPlan,
  type ObstaclePlan,
  type ObstaclePlanInput,
} from '../../../../shared/obstaclePlans';
import { plansByRecentUse } from '../../../../shared/planFigures';

/** Pure view helpers for the Plans section: grouping, moving, Home's rehearsal list. */

export type GoalRef = Pick<Goal, 'id' | 'title' | 'status'>;

export interface ObstacleGroup {
  /** The goal's id, or null for obstacles not tied to a goal. */
  goalId: string | null;
  /** The goal's title; null when not tied to a goal or the goal is gone. */
  goalTitle: string | null;
  obstacles: ObstaclePlan[];
}

const byOrder = (a: ObstaclePlan, b: ObstaclePlan): number =>
  a.order - b.order || a.createdAt.localeCompare(b.createdAt);

/** Obstacles grouped by goal (in the goals' order), then those not tied to a goal. */
export function groupObstacles(
  obstacles: ObstaclePlan[],
  goals: GoalRef[],
  showArchived: boolean,
): ObstacleGroup[] {
  const shown = obstacles.filter((o) => showArchived || !o.archived).sort(byOrder);
  const titles = new Map(goals.map((g) => [g.id, g.title]));
  const groups = new Map<string, ObstacleGroup>();
  const keyOf = (o: ObstaclePlan): string => o.goalId ?? '';
  for (const o of shown) {
    const key = keyOf(o);
    const group = groups.get(key) ?? {
      goalId: o.goalId,
      goalTitle: o.goalId === null ? null : (titles.get(o.goalId) ?? null),
      obstacles: [],
    };
    group.obstacles.push(o);
    groups.set(key, group);
  }
  const rank = new Map(goals.map((g, i) => [g.id, i]));
  const rankOf = (g: ObstacleGroup): number =>
    g.goalId === null ? Number.MAX_SAFE_INTEGER : (rank.get(g.goalId) ?? goals.length);
  return [...groups.values()].sort((a, b) => rankOf(a) - rankOf(b));
}

/**
 * The order of every obstacle after moving one up or down past its neighbour in the same
 * group (among those shown); null when it cannot move that way.
 */
export function moveObstacle(
  obstacles: ObstaclePlan[],
  group: ObstaclePlan[],
  id: string,
  direction: 'up' | 'down',
): string[] | null {
  const at = group.findIndex((o) => o.id === id);
  const neighbour = group[direction === 'up' ? at - 1 : at + 1];
  if (at < 0 || !neighbour) return null;
  const ids = [...obstacles].sort(byOrder).map((o) => o.id);
  const a = ids.indexOf(id);
  const b = ids.indexOf(neighbour.id);
  ids[a] = neighbour.id;
  ids[b] = id;
  return ids;
}

export interface RehearsalPlan {
  obstacle: ObstaclePlan;
  plan: IfThenPlan;
  sentence: string;
}

/** Home's list: live plans of live obstacles tied to active goals, most recently used first. */
export function rehearsalPlans(obstacles: ObstaclePlan[], goals: GoalRef[]): RehearsalPlan[] {
  const active = new Set(goals.filter((g) => g.status === 'active').map((g) => g.id));
  return obstacles
    .filter((o) => !o.archived && o.goalId !== null && active.has(o.goalId))
    .sort(byOrder)
    .flatMap((obstacle) =>
      plansByRecentUse(obstacle).map((plan) => ({
        obstacle,
        plan,
        sentence: ifThenSentence(plan.cue, plan.response),
      })),
    );
}

/** What to send to 'plans:save' to change an obstacle without touching its plans. */
export function inputFromObstacle(
  obstacle: ObstaclePlan,
  patch: Partial<Pick<ObstaclePlanInput, 'archived' | 'thoughtRecordIds'>> = {},
): ObstaclePlanInput {
  return {
    id: obstacle.id,
    goalId: obstacle.goalId,
    wish: obstacle.wish,
    outcome: obstacle.outcome,
    obstacle: obstacle.obstacle,
    obstacleKind: obstacle.obstacleKind,
    order: obstacle.order,
    archived: obstacle.archived,
    thoughtRecordIds: obstacle.thoughtRecordIds,
    // Every plan, archived ones included, so nothing changes state by being left out.
    plans: obstacle.plans.map((p) => ({
      id: p.id,
      cue: p.cue,
      response: p.response,
      archived: p.archived,
    })),
    ...patch,
  };
}
