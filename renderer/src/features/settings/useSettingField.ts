import type { Settings } from '../../../../shared/contract';
import { messageOf } from '../../api/client';
import { useSetSettings, useSettings } from './queries';

/** One encrypted setting: its value (once loaded), a save, and how the last save went. */
export function useSettingField<K extends keyof Settings>(key: K) {
  const settings = useSettings();
  const set = useSetSettings();
  return {
    value: settings.data?.[key],
    loadError: settings.isError ? messageOf(settings.error) : null,
    save: (value: Settings[K]) => {
      set.mutate({ [key]: value });
    },
    saving: set.isPending,
    saved: set.isSuccess,
    saveError: set.isError ? messageOf(set.error) : null,
  };
}
