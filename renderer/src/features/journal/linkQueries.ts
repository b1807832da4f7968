import { useQuery } from '@tanstack/react-query';
import { thoughtLinkText } from '../../../../shared/linkTitles';
import { call } from '../../api/client';
import type { LinkTarget } from '../../editor/entryLinks';
import { formatShortDate } from './dates';
import { linkStrings as s } from './linkStrings';

export const linkTargetKeys = {
  goals: ['journal', 'linkTargets', 'goals'] as const,
  thoughts: ['journal', 'linkTargets', 'thoughts'] as const,
  plans: ['journal', 'linkTargets', 'plans'] as const,
  skills: ['journal', 'linkTargets', 'skills'] as const,
};

const short = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
};

/** Goals, thought records, plans and skills an entry can link to, with their current titles. */
export function useLinkTargets(): LinkTarget[] {
  const goals = useQuery({
    queryKey: linkTargetKeys.goals,
    queryFn: () => call('goals:list', {}),
    select: (list): LinkTarget[] =>
      list.map((g) => ({ kind: 'goal', id: g.id, label: short(g.title) })),
  });
  const thoughts = useQuery({
    queryKey: linkTargetKeys.thoughts,
    queryFn: () => call('thoughts:list', {}),
    select: (list): LinkTarget[] =>
      list.map((r) => ({
        kind: 'thought',
        id: r.id,
        label: short(thoughtLinkText(r) || s.thoughtLabel(formatShortDate(r.date))),
      })),
  });
  const plans = useQuery({
    queryKey: linkTargetKeys.plans,
    queryFn: () => call('plans:list', {}),
    select: (list): LinkTarget[] =>
      list.map((p) => ({ kind: 'plan', id: p.id, label: short(p.obstacle) })),
  });
  const skills = useQuery({
    queryKey: linkTargetKeys.skills,
    queryFn: () => call('skills:list', {}),
    select: (list): LinkTarget[] =>
      list.filter((k) => !k.hidden).map((k) => ({ kind: 'skill', id: k.id, label: short(k.name) })),
  });
  return [
    ...(goals.data ?? []),
    ...(thoughts.data ?? []),
    ...(plans.data ?? []),
    ...(skills.data ?? []),
  ];
}
