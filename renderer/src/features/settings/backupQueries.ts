import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

export const backupsKey = ['backups', 'status'] as const;

export function useBackupsStatus() {
  return useQuery({ queryKey: backupsKey, queryFn: () => call('backups:status', {}) });
}
