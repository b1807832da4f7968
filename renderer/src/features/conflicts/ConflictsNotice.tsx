import './conflicts.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import type {
  ConflictChoice,
  ConflictSummary,
  ConflictVersion,
} from '../../../../shared/conflicts';
import { call, messageOf } from '../../api/client';
import { onAppEvent } from '../../api/events';
import { allButEntries, queryKeys } from '../../api/queryKeys';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { conflictStrings as s } from './strings';

/**
 * Another writer (a sync app, another computer) changed the journal while it was open here,
 * and something was changed on both sides: a notice above the page, and a small dialog to
 * choose per entry: keep this one, keep the other one, or keep both.
 */
export function ConflictsNotice() {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const conflicts = useQuery({
    queryKey: queryKeys.conflicts,
    queryFn: () => call('conflicts:list', {}),
  });
  // Their changes were merged in: everything shown may be out of date.
  useEffect(
    () =>
      onAppEvent('vault:externalChange', () => {
        // Not an entry open in the editor: its text on screen is the user's, and a clash
        // with it is a conflict listed here, never swapped under their cursor.
        void queryClient.invalidateQueries({ predicate: allButEntries });
      }),
    [queryClient],
  );
  const list = conflicts.data ?? [];
  if (list.length === 0 && !open) return null;
  return (
    <>
      {list.length > 0 && (
        <div className="notice-banner conflicts-notice" role="status">
          <p className="notice-banner__messages">{s.notice(list.length)}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setOpen(true);
            }}
          >
            {s.review}
          </button>
        </div>
      )}
      <Dialog
        open={open}
        onClose={() => {
          setOpen(false);
        }}
        title={s.title}
        className="conflicts-dialog"
      >
        <ConflictChooser
          conflicts={list}
          onClose={() => {
            setOpen(false);
          }}
        />
      </Dialog>
    </>
  );
}

function ConflictChooser({
  conflicts,
  onClose,
}: {
  conflicts: ConflictSummary[];
  onClose: () => void;
}) {
  const queryClient = useQueryClient();
  const [said, setSaid] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const resolve = useMutation({
    mutationFn: (input: { id: string; choice: ConflictChoice }) => call('conflicts:resolve', input),
    onSuccess: async (_result, { id, choice }) => {
      setSaid(s.kept[choice]);
      // The entry's text may have changed: opened next, it loads afresh, not from the cache.
      const recordId = conflicts.find((c) => c.id === id)?.recordId;
      if (recordId !== undefined)
        queryClient.removeQueries({ queryKey: queryKeys.entry(recordId) });
      await queryClient.invalidateQueries();
      // The buttons just used are gone: keyboard focus goes to what happened.
      statusRef.current?.focus();
    },
  });
  return (
    <>
      <p>{s.intro}</p>
      <p className="conflicts__status" role="status" tabIndex={-1} ref={statusRef}>
        {said !== null && (conflicts.length === 0 ? `${said} ${s.allDone}` : said)}
      </p>
      <ErrorMessage message={resolve.isError ? messageOf(resolve.error) : null} />
      <ul className="conflicts__list">
        {conflicts.map((conflict) => (
          <ConflictItem
            key={conflict.id}
            conflict={conflict}
            busy={resolve.isPending}
            onChoose={(choice) => {
              resolve.mutate({ id: conflict.id, choice });
            }}
          />
        ))}
      </ul>
      <div className="conflicts__footer">
        <button type="button" className="button" onClick={onClose}>
          {s.close}
        </button>
      </div>
    </>
  );
}

function ConflictItem({
  conflict,
  busy,
  onChoose,
}: {
  conflict: ConflictSummary;
  busy: boolean;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const headingId = useId();
  const name = conflict.mine?.title || conflict.theirs.title || s.untitled;
  const date = conflict.mine?.date ?? conflict.theirs.date;
  return (
    <li className="conflicts__item">
      <section aria-labelledby={headingId}>
        <h3 id={headingId} className="conflicts__name">
          {name}
          <span className="conflicts__meta">
            {s.types[conflict.type] ?? s.otherType}
            {date !== null ? ` · ${date}` : ''}
          </span>
        </h3>
        <div className="conflicts__versions">
          <Version label={s.mine} version={conflict.mine} />
          <Version label={s.theirs} version={conflict.theirs} />
        </div>
        <div className="conflicts__choices" role="group" aria-label={s.choicesFor(name)}>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              onChoose('mine');
            }}
          >
            {s.keepMine}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              onChoose('theirs');
            }}
          >
            {s.keepTheirs}
          </button>
          {conflict.canKeepBoth && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              title={s.bothHint}
              onClick={() => {
                onChoose('both');
              }}
            >
              {s.keepBoth}
            </button>
          )}
        </div>
      </section>
    </li>
  );
}

function Version({ label, version }: { label: string; version: ConflictVersion | null }) {
  return (
    <div className="conflicts__version">
      <h4>{label}</h4>
      {version === null ? (
        <p>{s.deleted}</p>
      ) : (
        <>
          {version.title !== '' && <p className="conflicts__title">{version.title}</p>}
          <p className="conflicts__excerpt">
            {version.excerpt === '' ? s.noText : version.excerpt}
          </p>
          {version.updatedAt !== null && (
            <p className="conflicts__meta">
              {s.savedAt(new Date(version.updatedAt).toLocaleString())}
            </p>
          )}
        </>
      )}
    </div>
  );
}
