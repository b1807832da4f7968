import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../shared/contract';
import type { Vault } from './vault/vault';

/** App settings live encrypted in the vault (records/settings.wpv), unlike display prefs. */
const SETTINGS_TYPE = 'settings';
const SETTINGS_ID = 'app';

export function readSettings(vault: Vault): Settings {
  const stored = vault.getRecords(SETTINGS_TYPE).find((r) => r.id === SETTINGS_ID)?.value;
  const parsed = settingsSchema.partial().safeParse(stored ?? {});
  return { ...DEFAULT_SETTINGS, ...(parsed.success ? parsed.data : {}) };
}

export async function saveSettings(vault: Vault, patch: Partial<Settings>): Promise<Settings> {
  const settings = { ...readSettings(vault), ...patch };
  await vault.putRecord(SETTINGS_TYPE, SETTINGS_ID, settings);
  return settings;
}
