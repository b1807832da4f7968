import { useState } from 'react';
import type { EntrySummary } from '../../../../shared/journal';
import { LIMITS } from '../../../../shared/limits';
import { messageOf } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatShortDate } from './dates';
import { entryDisplayTitle } from './entryTitle';
import { journalStrings as s } from './strings';
import { usePurgeEntries, useRestoreEntry, useTrashList } from './viewQueries';
import { viewStrings as v } from './viewStrings';

const DAY_MS = 86_400_000;
/** Trash rows rendered at a time; more on request (a big clear-out stays quick to show). */
export const TRASH_PAGE = 100;

function daysLeft(deletedAt: string, now = Date.now()): number {
  const elapsed = Math.floor((now - Date.parse(deletedAt)) / DAY_MS);
  return LIMITS.trashDays - elapsed;
}

/** Deleted entries: restore them, or delete them for good after a confirmation. */
export function TrashView() {
  const trash = useTrashList();
  const restore = useRestoreEntry();
  const purge = usePurgeEntries();
  const [confirming, setConfirming] = useState<EntrySummary | null>(null);
  const [announce, setAnnounce] = useState('');
  const [pages, setPages] = useState(1);

  const error = restore.isError
    ? messageOf(restore.error)
    : purge.isError
      ? messageOf(purge.error)
      : trash.isError
        ? `${s.loadFailed} ${messageOf(trash.error)}`
        : null;

  return (
    <div className="trash">
      <p className="muted">{v.trashIntro(LIMITS.trashDays)}</p>
      <ErrorMessage message={error} />
      <p className="visually-hidden" role="status">
        {announce}
      </p>
      {trash.isPending && <p className="muted">{s.loading}</p>}
      {trash.isSuccess && trash.data.length === 0 && (
        <div className="empty-state">
          <p>{v.trashEmpty}</p>
        </div>
      )}
      {trash.isSuccess && trash.data.length > 0 && (
        <ul className="trash__list" aria-label={v.trashList}>
          {trash.data.slice(0, pages * TRASH_PAGE).map((entry) => {
            const title = entryDisplayTitle(entry);
            return (
              <li key={entry.id} className="trash__item">
                <div className="trash__text">
                  <span className="entry-card__title">{title}</span>
                  <span className="entry-card__meta">
                    <time dateTime={entry.date}>{formatShortDate(entry.date)}</time>
                    {entry.deletedAt && (
                      <>
                        <span aria-hidden="true"> · </span>
                        {v.deletedOn(formatShortDate(entry.deletedAt.slice(0, 10)))}
                        <span aria-hidden="true"> · </span>
                        {v.daysLeft(daysLeft(entry.deletedAt))}
                      </>
                    )}
                  </span>
                </div>
                <div className="trash__actions">
                  <button
                    type="button"
                    className="button"
                    aria-label={v.restoreNamed(title)}
                    disabled={restore.isPending}
                    onClick={() => {
                      restore.mutate(entry.id, {
                        onSuccess: () => {
                          setAnnounce(v.restored(title));
                        },
                      });
                    }}
                  >
                    {v.restore}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet button--danger-text"
                    aria-label={v.purgeNamed(title)}
                    onClick={() => {
                      purge.reset();
                      setConfirming(entry);
                    }}
                  >
                    {v.purge}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {trash.isSuccess && trash.data.length > pages * TRASH_PAGE && (
        <div className="entry-list__more">
          <p className="muted">{v.trashShown(pages * TRASH_PAGE, trash.data.length)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setPages(pages + 1);
            }}
          >
            {v.trashShowMore}
          </button>
        </div>
      )}
      <Dialog
        open={confirming !== null}
        onClose={() => {
          setConfirming(null);
        }}
        title={v.purgeTitle}
      >
        <p>{confirming ? v.purgeBody(entryDisplayTitle(confirming)) : ''}</p>
        <div className="dialog__actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setConfirming(null);
            }}
          >
            {s.cancel}
          </button>
          <button
            type="button"
            className="button button--danger"
            disabled={purge.isPending}
            onClick={() => {
              if (!confirming) return;
              purge.mutate([confirming.id], {
                onSettled: () => {
                  setConfirming(null);
                },
              });
            }}
          >
            {v.purgeConfirm}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
