import { z } from './zod';
import { emotionWordSchema, type MoodCheckin } from './checkin';
import {
  GOAL_STATUSES,
  goalInputSchema,
  type Goal,
  type GoalInput,
  type GoalStatus,
} from './goals';
import {
  entryIdSchema,
  entryLinkSchema,
  docNodeSchema,
  isoDateSchema,
  tagSchema,
  type DocNode,
  type Entry,
  type EntryChanges,
  type EntrySummary,
} from './journal';
import type { SearchHit } from './search';
import { LIMITS } from './limits';
import type { AppEvent, Channel } from './channels';
import { channel, type ChannelSpec } from './contracts/channel';
import { checkinsContract } from './contracts/checkins';
import { conflictsContract } from './contracts/conflicts';
import { plansContract } from './contracts/plans';
import { backupsContract } from './contracts/backups';
import { newPassphraseSchema, passphraseSchema, recoveryKeySchema } from './contracts/secrets';
import { sessionsContract } from './contracts/sessions';
import { templatesContract } from './contracts/templates';

import { skillsContract } from './contracts/skills';
import { thoughtsContract } from './contracts/thoughts';
import type { Result } from './result';

/**
 * The IPC contract: every channel the renderer may call, its input schema and output type.
 * electron/core builds its handler table from it, the preload exposes one function per
 * channel, and the renderer's client is typed from it. Channel names are `domain:verb`.
 */

const passphrase = passphraseSchema;
const newPassphrase = newPassphraseSchema;
const recoveryKey = recoveryKeySchema;

export const themeSchema = z.enum(['system', 'light', 'dark']);
export const textSizeSchema = z.enum(['small', 'medium', 'large', 'x-large']);
export const displayPrefsSchema = z.strictObject({
  theme: themeSchema,
  textSize: textSizeSchema,
  language: z.enum(['en']),
});
export type DisplayPrefs = z.infer<typeof displayPrefsSchema>;
export const DEFAULT_DISPLAY_PREFS: DisplayPrefs = {
  theme: 'system',
  textSize: 'medium',
  language: 'en',
};

export const settingsSchema = z.strictObject({
  /** Minutes of inactivity before the journal locks itself; 0 = never. */
  autoLockMinutes: z
    .number()
    .min(0)
    .max(24 * 60),
  lockOnSuspend: z.boolean(),
  /** Bundled or system fonts only: nothing is ever fetched. */
  editorFont: z.enum(['serif', 'sans', 'mono']),
  /** 0 = Sunday, 1 = Monday, 6 = Saturday. */
  weekStart: z.union([z.literal(0), z.literal(1), z.literal(6)]),
  dateFormat: z.enum(['system', 'iso', 'day-month', 'month-day']),
  reminders: z.boolean(),
  /** Seconds after which text copied from Waypoint is cleared from the clipboard; 0 = never. */
  clipboardClearSeconds: z.number().int().min(0).max(600),
  /** Resurfacing old writing can hurt, so "On this day" is opt-in. */
  onThisDay: z.boolean(),
  /** Ask the OS to keep Waypoint's windows out of screenshots and screen sharing. */
  excludeFromCapture: z.boolean(),
  /** How often PHQ-9 and GAD-7 are suggested (Home says when one is due). */
  measuresEveryDays: z.number().int().min(1).max(365),
  /** Local time of day ("HH:MM", 24-hour) for the daily rehearsal reminder. */
  reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Choose a time like 09:00.'),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 5,
  lockOnSuspend: true,
  editorFont: 'serif',
  weekStart: 1,
  dateFormat: 'system',
  reminders: false,
  clipboardClearSeconds: 60,
  onThisDay: false,
  excludeFromCapture: true,
  measuresEveryDays: 14,
  reminderTime: '09:00',
};

export interface AppInfo {
  /** The vault folder, shown in Settings. */
  dataDir: string;
  version: string;
  /** False in the browser test harness and the CLI: no file manager to reveal in. */
  canRevealDataFolder: boolean;
}

export interface VaultNotice {
  kind:
    | 'header_repaired'
    | 'shard_rolled_back'
    | 'shard_damaged'
    | 'manifest_repaired'
    | 'drafts_restored';
  message: string;
  file?: string;
}

export interface VaultStatus {
  state: 'none' | 'locked' | 'unlocked';
  /** After a recovery-key unlock the user must choose a new passphrase before going on. */
  passphraseResetRequired: boolean;
  notices: VaultNotice[];
}

export interface UnlockResult {
  notices: VaultNotice[];
  passphraseResetRequired: boolean;
}

const empty = z.strictObject({});

type EntryChangesInput = { [K in keyof EntryChanges]?: EntryChanges[K] | undefined };

/** Only web links, never file:, javascript: or custom schemes; no credentials in the URL. */
export const externalUrlSchema = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (
        (url.protocol === 'https:' || url.protocol === 'http:') &&
        url.username === '' &&
        url.password === ''
      );
    } catch {
      return false;
    }
  }, 'Only web links (http or https) can be opened.');

export const contract = {
  'vault:status': channel<typeof empty, VaultStatus>(empty),
  'vault:create': channel<z.ZodType<{ passphrase: string }>, { recoveryKey: string }>(
    z.strictObject({ passphrase: newPassphrase }),
  ),
  /** takeOverOtherHost: the user chose to open a journal whose lock names another computer. */
  'vault:unlock': channel<
    z.ZodType<{ passphrase: string; takeOverOtherHost?: boolean | undefined }>,
    UnlockResult
  >(z.strictObject({ passphrase, takeOverOtherHost: z.boolean().optional() })),
  'vault:unlockWithRecoveryKey': channel<
    z.ZodType<{ recoveryKey: string; takeOverOtherHost?: boolean | undefined }>,
    UnlockResult
  >(z.strictObject({ recoveryKey, takeOverOtherHost: z.boolean().optional() })),
  /** Only after a recovery-key unlock: set a new passphrase without the old one. */
  'vault:resetPassphrase': channel<z.ZodType<{ newPassphrase: string }>, null>(
    z.strictObject({ newPassphrase }),
  ),
  'vault:changePassphrase': channel<z.ZodType<{ current: string; next: string }>, null>(
    z.strictObject({ current: passphrase, next: newPassphrase }),
  ),
  'vault:lock': channel<typeof empty, null>(empty),
  /** A new recovery key (the old one stops working); needs the current passphrase. */
  'vault:regenerateRecoveryKey': channel<
    z.ZodType<{ passphrase: string }>,
    { recoveryKey: string }
  >(z.strictObject({ passphrase })),
  'app:info': channel<typeof empty, AppInfo>(empty),
  'app:revealDataFolder': channel<typeof empty, null>(empty),
  /** Opens an http(s) link in the system browser, after the renderer has asked the user. */
  'app:openExternal': channel<z.ZodType<{ url: string }>, null>(
    z.strictObject({ url: externalUrlSchema }),
  ),
  'prefs:get': channel<typeof empty, DisplayPrefs>(empty),
  'prefs:set': channel<z.ZodType<Partial<DisplayPrefs>>, DisplayPrefs>(
    displayPrefsSchema.partial(),
  ),
  'settings:get': channel<typeof empty, Settings>(empty),
  'settings:set': channel<z.ZodType<Partial<Settings>>, Settings>(settingsSchema.partial()),
  /**
   * Text was copied from the app: main clears it off the clipboard after the
   * `clipboardClearSeconds` setting and at lock, if the clipboard still holds it.
   */
  'clipboard:copied': channel<z.ZodType<{ text: string }>, null>(
    z.strictObject({ text: z.string().max(LIMITS.entryTextMaxLength) }),
  ),
  /** Live entries, or with `trash: true` only the ones in the trash. Newest first. */
  'journal:list': channel<z.ZodType<{ trash?: boolean | undefined }>, EntrySummary[]>(
    z.strictObject({ trash: z.boolean().optional() }),
  ),
  'journal:get': channel<z.ZodType<{ id: string }>, Entry>(z.strictObject({ id: entryIdSchema })),
  'journal:create': channel<
    z.ZodType<{ date: string; title?: string | undefined; content?: DocNode | undefined }>,
    Entry
  >(
    z.strictObject({
      date: isoDateSchema,
      title: z.string().max(LIMITS.titleMaxLength).optional(),
      content: docNodeSchema.optional(),
    }),
  ),
  'journal:save': channel<z.ZodType<{ id: string } & EntryChangesInput>, Entry>(
    z.strictObject({
      id: entryIdSchema,
      date: isoDateSchema.optional(),
      title: z.string().max(LIMITS.titleMaxLength).optional(),
      content: docNodeSchema.optional(),
      tags: z.array(tagSchema).max(LIMITS.tagsPerEntry).optional(),
      shareWithTherapist: z.boolean().optional(),
      pinned: z.boolean().optional(),
      links: z.array(entryLinkSchema).max(LIMITS.linksPerEntry).optional(),
    }),
  ),
  /** Moves the entry to the trash; it can be restored for LIMITS.trashDays days. */
  'journal:delete': channel<z.ZodType<{ id: string }>, null>(z.strictObject({ id: entryIdSchema })),
  'journal:restore': channel<z.ZodType<{ id: string }>, Entry>(
    z.strictObject({ id: entryIdSchema }),
  ),
  /** Deletes entries from the trash for good (only entries already in the trash). */
  'journal:purge': channel<z.ZodType<{ ids: string[] }>, null>(
    z.strictObject({ ids: z.array(entryIdSchema).min(1).max(5000) }),
  ),
  'journal:tags': channel<typeof empty, { tag: string; count: number }[]>(empty),
  /**
   * Recent months first: after unlock the older months are read in the background. Until
   * `complete`, journal:list holds only the newest entries (`loaded` of `total`); `problem`
   * says why reading stopped (a disk error), until a later try gets further.
   */
  'journal:loadState': channel<
    typeof empty,
    { complete: boolean; loaded: number; total: number; problem: string | null }
  >(empty),
  /** Renames a tag everywhere; renaming onto an existing tag merges the two. */
  'journal:renameTag': channel<z.ZodType<{ from: string; to: string }>, { changed: number }>(
    z.strictObject({ from: tagSchema, to: tagSchema }),
  ),
  /** Records (or clears, with mood null) the mood check-in linked to an entry. */
  'journal:setMood': channel<
    z.ZodType<{ entryId: string; mood: number | null; emotions?: string[] | undefined }>,
    MoodCheckin | null
  >(
    z.strictObject({
      entryId: entryIdSchema,
      mood: z.number().int().min(1).max(10).nullable(),
      emotions: z.array(emotionWordSchema).max(12).optional(),
    }),
  ),
  'goals:list': channel<typeof empty, Goal[]>(empty),
  /** Creates a goal (no id) or edits one; the SMART check advises but never blocks this. */
  'goals:save': channel<z.ZodType<GoalInput>, Goal>(goalInputSchema),
  'goals:delete': channel<z.ZodType<{ id: string }>, null>(z.strictObject({ id: entryIdSchema })),
  'goals:checkIn': channel<
    z.ZodType<{
      goalId: string;
      date: string;
      value: number;
      note: string;
      entryId?: string | null | undefined;
    }>,
    Goal
  >(
    z.strictObject({
      goalId: entryIdSchema,
      date: isoDateSchema,
      value: z.number().refine(Number.isFinite, 'Enter a number.'),
      note: z.string().max(1000),
      entryId: entryIdSchema.nullable().optional(),
    }),
  ),
  'goals:deleteCheckIn': channel<z.ZodType<{ goalId: string; checkinId: string }>, Goal>(
    z.strictObject({ goalId: entryIdSchema, checkinId: entryIdSchema }),
  ),
  'goals:setStatus': channel<z.ZodType<{ goalId: string; status: GoalStatus; note: string }>, Goal>(
    z.strictObject({
      goalId: entryIdSchema,
      status: z.enum(GOAL_STATUSES),
      note: z.string().max(500),
    }),
  ),
  'search:query': channel<z.ZodType<{ q: string; limit?: number | undefined }>, SearchHit[]>(
    z.strictObject({
      q: z.string().max(LIMITS.searchQueryMaxLength),
      limit: z.number().int().min(1).max(200).optional(),
    }),
  ),
  ...thoughtsContract,
  ...plansContract,
  ...checkinsContract,
  ...sessionsContract,
  ...conflictsContract,

  ...backupsContract,

  ...templatesContract,

  ...skillsContract,
} as const satisfies Record<Channel, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type { Channel };
export type InputOf<C extends Channel> = z.infer<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C]['output'];

/** What the preload exposes as `window.waypoint`: one function per channel. */
export type WaypointApi = { [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

/** The Node-side handler table (electron/core `createHandlers`): untrusted input in, result out. */
export type Handlers = { [C in Channel]: (input: unknown) => Promise<Result<OutputOf<C>>> };

/** What the preload exposes as `window.waypointEvents`: main → renderer notifications. */
export interface WaypointEvents {
  /** Returns a function that removes the listener. */
  on(event: AppEvent, listener: () => void): () => void;
}
