/**
 * Channel names only, without schemas, so the preload bundle stays tiny. `contract.ts`
 * is checked against this list at compile time.
 */
export const CHANNELS = [
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:unlockWithRecoveryKey',
  'vault:resetPassphrase',
  'vault:changePassphrase',
  'vault:lock',
  'vault:regenerateRecoveryKey',
  'app:info',
  'app:revealDataFolder',
  'app:openExternal',
  'prefs:get',
  'prefs:set',
  'settings:get',
  'settings:set',
  'journal:list',
  'journal:get',
  'journal:create',
  'journal:save',
  'journal:delete',
  'journal:restore',
  'journal:purge',
  'journal:tags',
  'journal:renameTag',
  'journal:setMood',
  'goals:list',
  'goals:save',
  'goals:delete',
  'goals:checkIn',
  'goals:deleteCheckIn',
  'goals:setStatus',
  'search:query',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** Channels that answer while the vault is locked. Every other channel answers "locked". */
export const PRE_UNLOCK_CHANNELS: readonly Channel[] = [
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:unlockWithRecoveryKey',
  'vault:lock',
  'prefs:get',
  'prefs:set',
];

/** Events main sends to the renderer (not requests; no payload beyond a reason). */
export const EVENTS = ['vault:locked', 'app:lockRequested'] as const;
export type AppEvent = (typeof EVENTS)[number];
