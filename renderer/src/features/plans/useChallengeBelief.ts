import { useMutation } from '@tanstack/react-query';
import type { ObstaclePlan } from '../../../../shared/obstaclePlans';
import { useNavigation } from '../../app/navigation/NavigationContext';
import { startThoughtRecordFromText } from '../thoughts/startFromEntry';
import { inputFromObstacle } from './planView';
import { useSavePlan } from './queries';

/**
 * "Challenge this belief": starts a thought record with the belief as its hot thought, links
 * it from the obstacle (the obstacle is the record that holds the link), then opens it.
 */
export function useChallengeBelief() {
  const navigation = useNavigation();
  const save = useSavePlan();
  return useMutation({
    mutationFn: async (obstacle: ObstaclePlan) => {
      const recordId = await startThoughtRecordFromText(obstacle.obstacle);
      await save.mutateAsync(
        inputFromObstacle(obstacle, {
          thoughtRecordIds: [...obstacle.thoughtRecordIds, recordId],
        }),
      );
      return recordId;
    },
    onSuccess: (recordId) => {
      navigation.go('thoughtRecords', recordId);
    },
  });
}
