import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/contract';
import type { Vault } from './vault/vault';

/** App settings live encrypted in the vault (records/settings.wpv), unlike display prefs. */
const SETTINGS_TYPE = 'settings';
const SETTINGS_ID = 'app';

function withDefaults(stored: unknown): Settings {
  const parsed = settingsSchema.partial().safeParse(stored ?? {});
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export function readSettings(vault: Vault): Settings {
  return withDefaults(vault.getRecords(SETTINGS_TYPE).find((r) => r.id === SETTINGS_ID)?.value);
}

/** Merged with the stored settings inside the write queue: quick successive changes all stick. */
export async function saveSettings(vault: Vault, patch: Partial<Settings>): Promise<Settings> {
  let settings = withDefaults(undefined);
  await vault.updateRecord(SETTINGS_TYPE, SETTINGS_ID, (current) => {
    settings = { ...withDefaults(current), ...patch };
    return settings;
  });
  return settings;
}
