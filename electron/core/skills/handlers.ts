import type { SKILLS_CHANNELS } from '../../../shared/channels';
import type { HandlerContext, Implementations } from '../handlerTypes';
import {
  deletePractice,
  listPractices,
  listSkills,
  logPractice,
  saveSkill,
  setSkillHidden,
  setWhenItHelps,
} from './skillService';

/** The skills and practice-log channels (see shared/contracts/skills.ts). */
export function skillsHandlers({
  session,
  now,
}: HandlerContext): Implementations<(typeof SKILLS_CHANNELS)[number]> {
  return {
    'skills:list': () => Promise.resolve(listSkills(session)),
    'skills:save': (input) => saveSkill(session, input, now()),
    'skills:setHidden': ({ id, hidden }) => setSkillHidden(session, id, hidden, now()),
    'skills:setWhenItHelps': ({ id, whenItHelps }) =>
      setWhenItHelps(session, id, whenItHelps, now()),
    'skills:practices': () => Promise.resolve(listPractices(session)),
    'skills:logPractice': (input) => logPractice(session, input, now()),
    'skills:deletePractice': async ({ id }) => {
      await deletePractice(session, id);
      return null;
    },
  };
}
