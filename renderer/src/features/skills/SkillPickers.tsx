import { useId } from 'react';
import type { Skill } from '../../../../shared/skills';
import { useSkills } from './queries';
import { skillStrings as s } from './strings';

const TIMES = Array.from({ length: 14 }, (_, i) => i + 1);

/** Skills to pick from: the shown ones, plus the one already chosen even if hidden since. */
function choosable(skills: Skill[] | undefined, chosen: string): Skill[] {
  return (skills ?? []).filter((k) => !k.hidden || k.id === chosen);
}

/** A select of the user's skills (with "No skill"), for goal steps and if-then plans. */
export function SkillSelect({
  label,
  value,
  onChange,
  describedBy,
}: {
  label: string;
  value: string;
  onChange: (skillId: string, skill: Skill | undefined) => void;
  describedBy?: string;
}) {
  const id = useId();
  const skills = useSkills();
  const list = choosable(skills.data, value);
  return (
    <div className="field skill-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={describedBy}
        onChange={(e) => {
          onChange(
            e.target.value,
            list.find((k) => k.id === e.target.value),
          );
        }}
      >
        <option value="">{s.noSkill}</option>
        {list.map((k) => (
          <option key={k.id} value={k.id}>
            {k.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** On a homework row: "practise this skill N times" (progress is counted from the log). */
export function HomeworkSkillFields({
  index,
  skillId,
  times,
  onChange,
}: {
  index: number;
  skillId: string;
  times: number;
  onChange: (patch: { skillId?: string; times?: number }) => void;
}) {
  const id = useId();
  return (
    <>
      <SkillSelect
        label={s.homeworkSkillLabel(index)}
        value={skillId}
        onChange={(next) => {
          onChange({ skillId: next });
        }}
      />
      {skillId !== '' && (
        <div className="field">
          <label htmlFor={id}>{s.homeworkTimesLabel(index)}</label>
          <select
            id={id}
            value={String(times)}
            onChange={(e) => {
              onChange({ times: Number(e.target.value) });
            }}
          >
            {TIMES.map((n) => (
              <option key={n} value={String(n)}>
                {n}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
