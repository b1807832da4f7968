import {
  changeBySkill,
  mostHelpful,
  mostHelpfulBySituation,
  practicesPerWeek,
} from '../../../../shared/skillFigures';
import type { Practice, Skill } from '../../../../shared/skills';
import { DEFAULT_SETTINGS } from '../../../../shared/contract';
import { useDateFormatter } from '../../app/useDateFormatter';
import { useSettings } from '../settings/queries';
import { SkillSection } from './SkillSection';
import { skillStrings as s } from './strings';

/** Enough weeks to see a rhythm without a chart. */
const WEEKS_SHOWN = 8;

/** "What helps me": the figures across all skills, in words and small tables. */
export function WhatHelpsView({
  skills,
  practices,
  onBack,
}: {
  skills: Skill[];
  practices: Practice[];
  onBack: () => void;
}) {
  const dates = useDateFormatter();
  const weekStart = useSettings().data?.weekStart ?? DEFAULT_SETTINGS.weekStart;
  const nameOf = (id: string) => skills.find((k) => k.id === id)?.name ?? s.removedSkill;
  const weeks = practicesPerWeek(practices, weekStart).slice(-WEEKS_SHOWN);
  const most = mostHelpful(practices);
  const bySituation = mostHelpfulBySituation(practices);
  const helpfulById = new Map(mostHelpful(practices, 1000).map((h) => [h.skillId, h]));
  const changes = changeBySkill(practices);
  const peak = Math.max(1, ...weeks.map((w) => w.count));

  return (
    <div className="page skills what-helps">
      <p>
        <button type="button" className="link-button" onClick={onBack}>
          <span aria-hidden="true">← </span>
          {s.backToLibrary}
        </button>
      </p>
      <div className="page__header">
        <h1>{s.whatHelps}</h1>
      </div>
      <p className="muted skills__intro">{s.whatHelpsIntro}</p>
      {practices.length === 0 ? (
        <p className="empty-state">{s.whatHelpsNone}</p>
      ) : (
        <>
          <SkillSection title={s.mostHelpfulHeading}>
            <ol className="what-helps__list">
              {most.map((h) => (
                <li key={h.skillId}>
                  {s.helpfulItem(nameOf(h.skillId), h.averageHelpful, h.count)}
                </li>
              ))}
            </ol>
          </SkillSection>
          <SkillSection title={s.bySituationHeading}>
            {bySituation.length === 0 ? (
              <p className="muted">{s.bySituationNone}</p>
            ) : (
              <dl className="what-helps__situations">
                {bySituation.map((b) => (
                  <div key={b.situationTag}>
                    <dt>{s.situations[b.situationTag]}</dt>
                    <dd>
                      {b.skills
                        .map((h) => s.helpfulItem(nameOf(h.skillId), h.averageHelpful, h.count))
                        .join('; ')}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </SkillSection>
          <SkillSection title={s.changeHeading}>
            <table className="what-helps__table">
              <thead>
                <tr>
                  <th scope="col">{s.tableSkill}</th>
                  <th scope="col">{s.tableTimes}</th>
                  <th scope="col">{s.tableHelpful}</th>
                  <th scope="col">{s.tableChange}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.skillId}>
                    <th scope="row">{nameOf(c.skillId)}</th>
                    <td>{c.count}</td>
                    <td>{helpfulById.get(c.skillId)?.averageHelpful ?? s.noFigure}</td>
                    <td>{s.changeText(c)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </SkillSection>
          <SkillSection title={s.perWeekHeading}>
            <ul className="what-helps__weeks">
              {weeks.map((w) => (
                <li key={w.weekOf}>
                  <span className="what-helps__week">{s.weekOf(dates.format(w.weekOf))}</span>
                  <progress
                    className="what-helps__bar"
                    aria-hidden="true"
                    max={peak}
                    value={w.count}
                  />
                  <span>{s.perWeekRow(w.count)}</span>
                </li>
              ))}
            </ul>
          </SkillSection>
        </>
      )}
    </div>
  );
}
