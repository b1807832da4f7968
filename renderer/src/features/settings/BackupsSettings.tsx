import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type { BackupSummary, BackupsStatus } from '../../../../shared/contracts/backups';
import { LIMITS } from '../../../../shared/limits';
import { call, messageOf } from '../../api/client';
import { useDateFormatter } from '../../app/useDateFormatter';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PassphraseInput } from '../../passphrase/PassphraseInput';
import { backupsKey, useBackupsStatus } from './backupQueries';
import { backupStrings as s } from './backupStrings';
import { SettingsSection } from './SettingsSection';

function useWhen(): (iso: string) => string {
  const dates = useDateFormatter();
  return (iso) =>
    `${dates.format(iso, 'long')}, ${new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
}

/** Settings → Backups: last backup, Back up now, the folder, automatic backups, the list. */
export function BackupsSettings({ focus = false }: { focus?: boolean }) {
  const status = useBackupsStatus();
  const queryClient = useQueryClient();
  const when = useWhen();
  const headingRef = useRef<HTMLDivElement>(null);
  const update = (next: BackupsStatus | null) => {
    if (next) queryClient.setQueryData(backupsKey, next);
  };
  const now = useMutation({ mutationFn: () => call('backups:now', {}), onSuccess: update });
  const folder = useMutation({
    mutationFn: (which: 'choose' | 'default') => call('backups:setFolder', { folder: which }),
    onSuccess: update,
  });
  const automatic = useMutation({
    mutationFn: (on: boolean) => call('backups:setAutomatic', { automatic: on }),
    onSuccess: update,
  });
  const [restored, setRestored] = useState<string | null>(null);
  const restoredRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (restored !== null) restoredRef.current?.focus();
  }, [restored]);
  const automaticId = useId();
  const automaticHintId = useId();
  const adviceId = useId();

  // Arriving from "Restore from a backup": once the list is there, focus lands on it.
  const loaded = status.isSuccess;
  useEffect(() => {
    if (focus && loaded) headingRef.current?.focus();
  }, [focus, loaded]);

  const data = status.data;
  const last = data?.backups[0];
  return (
    <div ref={headingRef} tabIndex={-1} className="backups">
      <SettingsSection level={2} title={s.heading} intro={s.intro}>
        <p
          ref={restoredRef}
          tabIndex={-1}
          className="inline-status backups__restored"
          role="status"
        >
          {restored}
        </p>
        {status.isPending && <p className="muted">{s.loading}</p>}
        <ErrorMessage message={status.isError ? messageOf(status.error) : null} />
        {data && (
          <>
            <p className="backups__last">
              {last ? s.lastBackup(when(last.createdAt), last.verified) : s.noBackups}
            </p>
            <ErrorMessage message={data.lastError} />
            <div className="button-row">
              <button
                type="button"
                className="button button--primary"
                disabled={now.isPending}
                onClick={() => {
                  now.mutate();
                }}
              >
                {now.isPending ? s.backingUp : s.backUpNow}
              </button>
              <p className="inline-status" role="status">
                {now.isSuccess && (
                  <>
                    <span aria-hidden="true">✓ </span>
                    {s.backedUp}
                  </>
                )}
              </p>
            </div>
            <ErrorMessage message={now.isError ? messageOf(now.error) : null} />

            <div className="setting">
              <div className="checkbox setting__toggle">
                <input
                  id={automaticId}
                  type="checkbox"
                  checked={automatic.isPending ? automatic.variables : data.automatic}
                  disabled={automatic.isPending}
                  aria-describedby={automaticHintId}
                  onChange={(event) => {
                    automatic.mutate(event.target.checked);
                  }}
                />
                <label htmlFor={automaticId}>{s.automaticLabel}</label>
              </div>
              <p id={automaticHintId} className="setting__hint">
                {s.automaticHint}
              </p>
              <ErrorMessage message={automatic.isError ? messageOf(automatic.error) : null} />
            </div>

            <p className="data-folder">
              <span className="data-folder__label">{s.folderLabel}</span>
              <code className="data-folder__path">{data.folder}</code>
              {data.isDefaultFolder && <span className="muted"> {s.folderDefault}</span>}
            </p>
            <p id={adviceId} className="setting__hint">
              {s.folderAdvice}
            </p>
            <div className="button-row">
              <button
                type="button"
                className="button"
                aria-describedby={adviceId}
                disabled={folder.isPending}
                onClick={() => {
                  folder.mutate('choose');
                }}
              >
                {s.chooseFolder}
              </button>
              {!data.isDefaultFolder && (
                <button
                  type="button"
                  className="button"
                  disabled={folder.isPending}
                  onClick={() => {
                    folder.mutate('default');
                  }}
                >
                  {s.useDefaultFolder}
                </button>
              )}
            </div>
            <ErrorMessage message={folder.isError ? messageOf(folder.error) : null} />

            {data.backups.length > 0 && (
              <SettingsSection level={3} title={s.listHeading}>
                <ul className="backups__list">
                  {data.backups.map((backup) => (
                    <BackupItem
                      key={backup.id}
                      backup={backup}
                      when={when(backup.createdAt)}
                      onRestored={() => {
                        setRestored(s.restored(when(backup.createdAt)));
                      }}
                    />
                  ))}
                </ul>
              </SettingsSection>
            )}
          </>
        )}
      </SettingsSection>
    </div>
  );
}

function BackupItem({
  backup,
  when,
  onRestored,
}: {
  backup: BackupSummary;
  when: string;
  onRestored: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const queryClient = useQueryClient();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const restore = useMutation({
    mutationFn: (input: { id: string; passphrase: string }) => call('backups:restore', input),
    onSuccess: async () => {
      setPassphrase('');
      setOpen(false);
      onRestored();
      // Everything the renderer knew came from the journal that was just replaced: forget
      // it all (an entry opened next must not start from the old cached text).
      await queryClient.resetQueries();
    },
  });
  // Opening moves focus into the form; cancelling brings it back to "Restore…".
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) titleRef.current?.focus();
    else if (wasOpen.current) openerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  return (
    <li className="backups__item">
      <div className="backups__row">
        <span className="backups__when">{when}</span>
        <span className="muted">{s.kinds[backup.kind]}</span>
        <span className="muted">{s.size(backup.bytes)}</span>
        <span className={backup.verified ? 'backups__checked' : 'muted'}>
          {backup.verified ? s.checked : s.notChecked}
        </span>
        {!open && (
          <button
            ref={openerRef}
            type="button"
            className="button button--quiet"
            aria-label={s.restoreLabel(when)}
            onClick={() => {
              restore.reset();
              setOpen(true);
            }}
          >
            {s.restore}
          </button>
        )}
      </div>
      {open && (
        <form
          className="form backups__confirm"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (passphrase.length > 0 && !restore.isPending)
              restore.mutate({ id: backup.id, passphrase });
          }}
        >
          <h4 ref={titleRef} tabIndex={-1}>
            {s.restoreTitle(when)}
          </h4>
          <p>{s.restoreExplain}</p>
          <PassphraseInput
            label={s.restorePassphrase}
            value={passphrase}
            onChange={(value) => {
              setPassphrase(value);
              if (restore.isError) restore.reset();
            }}
            autoComplete="current-password"
            required
            maxLength={LIMITS.passphraseInputMaxLength}
          />
          <ErrorMessage message={restore.isError ? messageOf(restore.error) : null} />
          <div className="button-row">
            <button type="submit" className="button button--primary" disabled={restore.isPending}>
              {restore.isPending ? s.restoring : s.restoreConfirm}
            </button>
            <button
              type="button"
              className="button"
              disabled={restore.isPending}
              onClick={() => {
                setOpen(false);
                setPassphrase('');
                restore.reset();
              }}
            >
              {s.cancel}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
