import { useState } from 'react';
import { SKILL_TAGS, type Practice, type Skill, type SkillTag } from '../../../../shared/skills';
import { messageOf } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSetSkillHidden } from './queries';
import { skillStrings as s } from './strings';

/** The library: filter by tag, open, log a practice, hide a built-in or archive your own. */
export function SkillLibrary({
  skills,
  practices,
  loaded,
  loadFailed,
  onOpen,
  onLog,
  onAdd,
  onWhatHelps,
}: {
  skills: Skill[];
  practices: Practice[];
  loaded: boolean;
  loadFailed: boolean;
  onOpen: (skill: Skill) => void;
  onLog: (skill: Skill) => void;
  onAdd: () => void;
  onWhatHelps: () => void;
}) {
  const [tag, setTag] = useState<SkillTag | null>(null);
  const [showHidden, setShowHidden] = useState(false);
  const [status, setStatus] = useState('');
  const setHidden = useSetSkillHidden();
  const counts = new Map<string, number>();
  for (const p of practices) counts.set(p.skillId, (counts.get(p.skillId) ?? 0) + 1);
  const shown = skills.filter(
    (k) => (showHidden || !k.hidden) && (tag === null || k.tags.includes(tag)),
  );

  return (
    <div className="page skills">
      <div className="page__header">
        <h1>{s.title}</h1>
        <div className="button-row">
          <button type="button" className="button" onClick={onWhatHelps}>
            {s.whatHelps}
          </button>
          <button type="button" className="button button--primary" onClick={onAdd}>
            {s.addSkill}
          </button>
        </div>
      </div>
      <p className="muted skills__intro">{s.intro}</p>
      <div className="skills__filters">
        <div role="group" aria-label={s.filterLegend} className="skills__tag-filter">
          {[null, ...SKILL_TAGS].map((t) => (
            <button
              key={t ?? 'all'}
              type="button"
              className="button skills__tag-button"
              aria-pressed={tag === t}
              onClick={() => {
                setTag(t);
              }}
            >
              {t === null ? s.allTags : s.tags[t]}
            </button>
          ))}
        </div>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={showHidden}
            onChange={(e) => {
              setShowHidden(e.target.checked);
            }}
          />
          {s.showHidden}
        </label>
      </div>
      <p className="inline-status" role="status">
        {status}
      </p>
      <ErrorMessage message={setHidden.isError ? messageOf(setHidden.error) : null} />
      {loadFailed && <p className="muted">{s.loadFailed}</p>}
      {loaded && shown.length === 0 && <p className="muted">{s.noneForTag}</p>}
      <ul className="skill-list">
        {shown.map((k) => {
          const n = counts.get(k.id) ?? 0;
          return (
            <li key={k.id} className="skill-card" data-hidden={k.hidden}>
              <div className="skill-card__top">
                <h2 className="skill-card__name">{k.name}</h2>
                <span className="skill-card__badge">
                  {k.builtin ? s.builtinBadge : s.mineBadge}
                  {k.hidden ? ` · ${k.builtin ? s.hiddenBadge : s.archivedBadge}` : ''}
                </span>
              </div>
              <ul className="skill-card__tags" aria-label={s.tagsLegend}>
                {k.tags.map((t) => (
                  <li key={t} className="skill-tag">
                    {s.tags[t]}
                  </li>
                ))}
              </ul>
              <p className="skill-card__how">{k.howTo}</p>
              <p className="muted skill-card__count">{s.practisedTimes(n)}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  aria-label={s.openFor(k.name)}
                  onClick={() => {
                    onOpen(k);
                  }}
                >
                  {s.open}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={s.logPracticeFor(k.name)}
                  onClick={() => {
                    onLog(k);
                  }}
                >
                  {s.logPractice}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={setHidden.isPending}
                  aria-label={s.hideButton(k).label}
                  onClick={() => {
                    setHidden.mutate(
                      { id: k.id, hidden: !k.hidden },
                      {
                        onSuccess: (skill) => {
                          setStatus(
                            !skill.hidden
                              ? s.shown(skill.name)
                              : skill.builtin
                                ? s.hidden(skill.name)
                                : s.archived(skill.name),
                          );
                        },
                      },
                    );
                  }}
                >
                  {s.hideButton(k).text}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
