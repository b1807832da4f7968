import './skills.css';
import { useRef, useState } from 'react';
import type { Skill } from '../../../../shared/skills';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { useFocusHeading } from '../../app/navigation/useFocusHeading';
import { usePracticeDialog } from './PracticeDialog';
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
  const practice = usePracticeDialog();
  const [form, setForm] = useState<{ editing: Skill | null } | null>(null);
  const [status, setStatus] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const list = skills.data ?? [];
  const log = practices.data ?? [];
  const skill = recordId === undefined ? undefined : list.find((k) => k.id === recordId);

  // Switching to or from "What helps me" moves focus to the new h1, as a navigation would.
  useFocusHeading(root, whatHelps ? 1 : 0, true);

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
            practice.open({ skillId: skill.id });
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
          practice.open({ skillId: k.id });
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
      <p className="inline-status skills-place__status" role="status">
        {practice.status}
      </p>
      {practice.dialog}
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
