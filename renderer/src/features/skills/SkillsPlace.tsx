import './skills.css';
import { useEffect, useRef, useState } from 'react';
import type { Skill } from '../../../../shared/skills';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { PracticeDialog, type PracticeTarget } from './PracticeDialog';
import { useSkills, usePractices } from './queries';
import { SkillFormDialog } from './SkillForm';
import { SkillLibrary } from './SkillLibrary';
import { SkillPage } from './SkillPage';
import { skillStrings as s } from './strings';
import { WhatHelpsView } from './WhatHelpsView';

/**
 * The Skills section: the library, one skill's page (a visit naming a skill), and the
 * "what helps me" view.
 */
export function SkillsPlace({ recordId }: { recordId: string | undefined }) {
  const navigation = useNavigation();
  const skills = useSkills();
  const practices = usePractices();
  const [whatHelps, setWhatHelps] = useState(false);
  const [practice, setPractice] = useState<PracticeTarget | null>(null);
  const [form, setForm] = useState<{ editing: Skill | null } | null>(null);
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  const list = skills.data ?? [];
  const log = practices.data ?? [];
  const skill = recordId === undefined ? undefined : list.find((k) => k.id === recordId);

  useEffect(() => {
    // The shell focuses the h1 on arrival; switching view inside the section does too.
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = root.current?.querySelector<HTMLElement>('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [whatHelps, recordId]);

  const view = () => {
    if (whatHelps)
      return (
        <WhatHelpsView
          skills={list}
          practices={log}
          onBack={() => {
            setWhatHelps(false);
          }}
        />
      );
    if (recordId !== undefined && skills.isSuccess && !skill)
      return (
        <div className="page skills">
          <h1>{s.title}</h1>
          <p className="muted">{s.notFound}</p>
        </div>
      );
    if (skill)
      return (
        <SkillPage
          key={skill.id}
          skill={skill}
          practices={log}
          onBack={() => {
            navigation.go('skills');
          }}
          onLog={() => {
            setPractice({ skillId: skill.id });
          }}
          onEdit={() => {
            setForm({ editing: skill });
          }}
        />
      );
    return (
      <SkillLibrary
        skills={list}
        practices={log}
        loaded={skills.isSuccess}
        loadFailed={skills.isError || practices.isError}
        onOpen={(k) => {
          navigation.go('skills', k.id);
        }}
        onLog={(k) => {
          setPractice({ skillId: k.id });
        }}
        onAdd={() => {
          setForm({ editing: null });
        }}
        onWhatHelps={() => {
          setWhatHelps(true);
        }}
      />
    );
  };

  return (
    <div ref={root} className="skills-place">
      {view()}
      <p className="inline-status skills-place__status" role="status">
        {status}
      </p>
      <PracticeDialog
        target={practice}
        onClose={() => {
          setPractice(null);
        }}
        onLogged={(name) => {
          setStatus(s.logged(name));
        }}
      />
      <SkillFormDialog
        open={form !== null}
        editing={form?.editing ?? null}
        onClose={() => {
          setForm(null);
        }}
        onSaved={(saved) => {
          setStatus(s.savedSkill(saved.name));
        }}
      />
    </div>
  );
}
