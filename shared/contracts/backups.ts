import type { BACKUPS_CHANNELS } from '../channels';
import { z } from '../zod';
import { channel, type ChannelSpec } from './channel';
import { newPassphraseSchema, passphraseSchema, recoveryKeySchema } from './secrets';

/** One backup as the Settings list shows it. Paths stay in main; the renderer gets ids. */
export interface BackupSummary {
  id: string;
  createdAt: string;
  kind: 'automatic' | 'manual' | 'before-restore';
  bytes: number;
  verified: boolean;
}

export interface BackupsStatus {
  /** The folder backups go to, to show (chosen by the user through the system dialog). */
  folder: string;
  isDefaultFolder: boolean;
  automatic: boolean;
  /** The outcome of the last backup this session tried, if it failed. */
  lastError: string | null;
  /** Newest first. */
  backups: BackupSummary[];
}

const backupIdSchema = z.string().regex(/^waypoint-[0-9a-z-]{1,80}$/, 'Choose a backup.');

export const backupsContract = {
  'backups:status': channel<z.ZodType<Record<string, never>>, BackupsStatus>(z.strictObject({})),
  /** An encrypted backup now, into the backup folder; verified before it is listed. */
  'backups:now': channel<z.ZodType<Record<string, never>>, BackupsStatus>(z.strictObject({})),
  /** `choose`: the system folder dialog (null if cancelled); `default`: back to the default. */
  'backups:setFolder': channel<z.ZodType<{ folder: 'choose' | 'default' }>, BackupsStatus | null>(
    z.strictObject({ folder: z.enum(['choose', 'default']) }),
  ),
  'backups:setAutomatic': channel<z.ZodType<{ automatic: boolean }>, BackupsStatus>(
    z.strictObject({ automatic: z.boolean() }),
  ),
  /**
   * Restores a listed backup once it opens with the passphrase it was made with (or the
   * recovery key); the current journal is kept as a backup first. Unlocks the restored one.
   */
  'backups:restore': channel<
    z.ZodType<{ id: string; passphrase?: string | undefined; recoveryKey?: string | undefined }>,
    { passphraseResetRequired: boolean }
  >(
    z
      .strictObject({
        id: backupIdSchema,
        passphrase: passphraseSchema.optional(),
        recoveryKey: recoveryKeySchema.optional(),
      })
      .refine(
        (v) => (v.passphrase === undefined) !== (v.recoveryKey === undefined),
        'Enter the passphrase or the recovery key.',
      ),
  ),
  /** New data key and key version for every file, a new recovery key, optionally a new passphrase. */
  'vault:rotateKeys': channel<
    z.ZodType<{ passphrase: string; newPassphrase?: string | undefined }>,
    { recoveryKey: string }
  >(
    z.strictObject({
      passphrase: passphraseSchema,
      newPassphrase: newPassphraseSchema.optional(),
    }),
  ),
} as const satisfies Record<(typeof BACKUPS_CHANNELS)[number], ChannelSpec<z.ZodType, unknown>>;
