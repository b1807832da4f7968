/**
 * Channel names only, without schemas, so the preload bundle stays tiny. `contract.ts`
 * is checked against this list at compile time. One list per domain, so features can be
 * added side by side; each domain's schemas live in shared/contracts/<domain>.ts.
 */
export const CORE_CHANNELS = [
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
  'clipboard:copied',
] as const;

export const JOURNAL_CHANNELS = [
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
  'search:query',
  'journal:loadState',
] as const;

export const GOALS_CHANNELS = [
  'goals:list',
  'goals:save',
  'goals:delete',
  'goals:checkIn',
  'goals:deleteCheckIn',
  'goals:setStatus',
] as const;

/** Thought records (issue "Thought records"): shared/contracts/thoughts.ts. */
export const THOUGHTS_CHANNELS = [
  'thoughts:list',
  'thoughts:save',
  'thoughts:delete',
  'thoughts:traps',
  'thoughts:saveTrap',
  'thoughts:deleteTrap',
] as const;

/** Obstacle plans (issue "Obstacle plans"): shared/contracts/plans.ts. */
export const PLANS_CHANNELS = [
  'plans:list',
  'plans:save',
  'plans:delete',
  'plans:logOccurrence',
  'plans:deleteOccurrence',
  'plans:reorder',
] as const;

/** Check-ins and measures (issue "Check-ins"): shared/contracts/checkins.ts. */
export const CHECKINS_CHANNELS = [
  'checkins:list',
  'checkins:save',
  'checkins:delete',
  'trackers:list',
  'trackers:save',
  'measures:list',
  'measures:save',
  'measures:delete',
] as const;

/** Sessions, agenda, homework and the summary: shared/contracts/sessions.ts. */
export const SESSIONS_CHANNELS = [
  'sessions:list',
  'sessions:save',
  'sessions:delete',
  'sessions:setHomeworkDone',
  'agenda:list',
  'agenda:add',
  'agenda:update',
  'agenda:delete',
  'summary:defaults',
  'summary:build',
  'summary:export',
] as const;

/** Conflicts with another writer (issue "Vault hardening"): shared/contracts/conflicts.ts. */
export const CONFLICTS_CHANNELS = ['conflicts:list', 'conflicts:resolve'] as const;

/** Backups, restore and key rotation (issue #10): shared/contracts/backups.ts. */
export const BACKUPS_CHANNELS = [
  'backups:status',
  'backups:now',
  'backups:setFolder',
  'backups:setAutomatic',
  'backups:restore',
  'vault:rotateKeys',
] as const;

/** The user's own entry templates: shared/contracts/templates.ts. */
export const TEMPLATES_CHANNELS = ['templates:list', 'templates:save', 'templates:delete'] as const;

/** Coping skills and the practice log (issue "Coping skills"): shared/contracts/skills.ts. */
export const SKILLS_CHANNELS = [
  'skills:list',
  'skills:save',
  'skills:setHidden',
  'skills:setWhenItHelps',
  'skills:practices',
  'skills:logPractice',
  'skills:deletePractice',
] as const;

export const CHANNELS = [
  ...CORE_CHANNELS,
  ...JOURNAL_CHANNELS,
  ...GOALS_CHANNELS,
  ...THOUGHTS_CHANNELS,
  ...PLANS_CHANNELS,
  ...CHECKINS_CHANNELS,
  ...SESSIONS_CHANNELS,
  ...CONFLICTS_CHANNELS,

  ...BACKUPS_CHANNELS,

  ...TEMPLATES_CHANNELS,

  ...SKILLS_CHANNELS,
] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * Channels that answer at once after unlock, while the older months are still being read
 * (recent months first): the first screens, and opening or saving an entry (which wait on
 * their own if the entry is in a month not read yet). Every other channel waits for the
 * whole journal. None of these may read the list of all entries.
 */
export const ANSWERED_WHILE_LOADING: readonly Channel[] = [
  'journal:list',
  'journal:get',
  'journal:create',
  'journal:save',
  'journal:loadState',
  'goals:list',
  'plans:list',
  'checkins:list',
  'trackers:list',
  'measures:list',
  'sessions:list',
  'agenda:list',
  'thoughts:list',
  'skills:list',
  'templates:list',
  'settings:get',
  'app:info',
  'clipboard:copied',
];

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

/**
 * Menu items that run one of the renderer's actions (renderer/src/app/actions.ts ids). Main
 * sends the event; the renderer runs the action, so menu, palette and keys share one registry.
 */
export const MENU_EVENT_ACTIONS = {
  'menu:newEntry': 'journal.new',
  'menu:goHome': 'go.home',
  'menu:goJournal': 'go.journal',
  'menu:goSettings': 'go.settings',
  'menu:palette': 'app.palette',
  'menu:shortcuts': 'app.shortcuts',
  'menu:help': 'app.help',
} as const;
export type MenuEvent = keyof typeof MENU_EVENT_ACTIONS;

/** Events main sends to the renderer (not requests; no payload beyond a reason). */
export const EVENTS = [
  'vault:locked',
  'app:lockRequested',
  ...(Object.keys(MENU_EVENT_ACTIONS) as MenuEvent[]),
  'vault:externalChange',
  'journal:loaded',
] as const;
export type AppEvent =
  'vault:locked' | 'app:lockRequested' | MenuEvent | 'vault:externalChange' | 'journal:loaded';
