import { useNavigation } from '../../app/navigation/NavigationContext';
import { useSkills } from './queries';
import { skillStrings as s } from './strings';

/** "Skill: Paced breathing", opening the skill's page (on goal steps and if-then plans). */
export function SkillLink({ skillId }: { skillId: string | null | undefined }) {
  const navigation = useNavigation();
  const skills = useSkills();
  if (!skillId) return null;
  const name = skills.data?.find((k) => k.id === skillId)?.name ?? s.removedSkill;
  return (
    <button
      type="button"
      className="link-button skill-link"
      onClick={() => {
        navigation.go('skills', skillId);
      }}
    >
      {s.skillLink(name)}
    </button>
  );
}
