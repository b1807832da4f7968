import {
  homeworkProgress,
  homeworkWindow,
  mostHelpful,
  practicesPerWeek,
  skillChange,
} from './skillFigures';
import type { TherapySession } from './sessions';
import type { Practice, Skill } from './skills';

/**
 * The summary's "Skills practised" section (DOMAIN.md §5, §7): counts, what helped most and
 * skill homework progress. Figures and skill names only — a practice's situation and note are
 * the user's private words and never reach the summary.
 */
export interface SkillsSummary {
  practices: number;
  weekly: { weekOf: string; count: number }[];
  bySkill: {
    name: string;
    count: number;
    averageHelpful: number | null;
    averageChange: number | null;
  }[];
  mostHelpful: { name: string; averageHelpful: number; count: number }[];
  homework: { skill: string; times: number; done: number; complete: boolean; due: string | null }[];
}

export function skillsSection(
  data: {
    skills?: readonly Skill[] | undefined;
    practices?: readonly Practice[] | undefined;
    sessions: readonly TherapySession[];
  },
  from: string,
  to: string,
): SkillsSummary {
  const skills = data.skills ?? [];
  const all = data.practices ?? [];
  const nameOf = (id: string): string => skills.find((s) => s.id === id)?.name ?? 'A removed skill';
  const inPeriod = all.filter((p) => p.date >= from && p.date <= to);
  const helpful = mostHelpful(inPeriod, 100);
  return {
    practices: inPeriod.length,
    weekly: practicesPerWeek(inPeriod),
    bySkill: helpful
      .map((h) => ({
        name: nameOf(h.skillId),
        count: h.count,
        averageHelpful: h.averageHelpful,
        averageChange: skillChange(inPeriod, h.skillId).averageChange,
      }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    mostHelpful: helpful.slice(0, 3).map((h) => ({
      name: nameOf(h.skillId),
      averageHelpful: h.averageHelpful,
      count: h.count,
    })),
    // Skill homework set up to the end of the period and not done before it began.
    homework: data.sessions
      .filter((s) => s.date <= to)
      .flatMap((s) =>
        s.homework.flatMap((h) => {
          if (!h.skill || (h.doneOn !== null && h.doneOn < from)) return [];
          const progress = homeworkProgress(all, {
            ...h.skill,
            ...homeworkWindow(s.date, h.due),
          });
          return [
            {
              skill: nameOf(h.skill.skillId),
              times: h.skill.times,
              done: progress.done,
              complete: progress.complete,
              due: h.due,
            },
          ];
        }),
      ),
  };
}
