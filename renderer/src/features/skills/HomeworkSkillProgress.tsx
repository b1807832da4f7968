import './skills.css';
import { homeworkProgress, homeworkWindow } from '../../../../shared/skillFigures';
import type { Homework } from '../../../../shared/sessions';
import { usePracticeDialog } from './PracticeDialog';
import { usePractices, useSkills } from './queries';
import { skillStrings as s } from './strings';

/**
 * On a homework item that asks to practise a skill: progress counted from the practice log
 * (from the session to the due day), and a quick "Log a practice" for that skill.
 */
export function HomeworkSkillProgress({
  homework,
  sessionDate,
}: {
  homework: Homework;
  sessionDate: string;
}) {
  const skills = useSkills();
  const practices = usePractices();
  const practice = usePracticeDialog();
  if (!homework.skill) return null;
  const { skillId, times } = homework.skill;
  const name = skills.data?.find((k) => k.id === skillId)?.name ?? s.removedSkill;
  const progress = homeworkProgress(practices.data ?? [], {
    skillId,
    times,
    ...homeworkWindow(sessionDate, homework.due),
  });
  return (
    <span className="homework-skill">
      <span className="homework-skill__progress" data-complete={progress.complete}>
        <progress
          max={progress.target}
          value={Math.min(progress.done, progress.target)}
          aria-label={s.homeworkProgressLabel(name, progress.done, progress.target)}
        />{' '}
        {s.homeworkProgress(name, progress.done, progress.target)}
      </span>
      <button
        type="button"
        className="button button--quiet homework-skill__log"
        aria-label={s.logPracticeFor(name)}
        onClick={() => {
          practice.open({ skillId });
        }}
      >
        {s.logPractice}
      </button>
      <span className="visually-hidden" role="status">
        {practice.status}
      </span>
      {practice.dialog}
    </span>
  );
}
