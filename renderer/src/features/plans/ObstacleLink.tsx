import type { ObstaclePlan } from '../../../../shared/obstaclePlans';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { planStrings as s } from './strings';

/** The obstacle's name as a link to its card on the Plans page. */
export function ObstacleLink({
  obstacle,
  className = 'link-button',
}: {
  obstacle: Pick<ObstaclePlan, 'id' | 'obstacle'>;
  className?: string;
}) {
  const navigation = useNavigation();
  return (
    <button
      type="button"
      className={className}
      aria-label={s.openObstacle(obstacle.obstacle)}
      onClick={() => {
        navigation.go('plans', obstacle.id);
      }}
    >
      {obstacle.obstacle}
    </button>
  );
}
