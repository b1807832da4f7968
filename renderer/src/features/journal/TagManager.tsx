import './journal.css';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { LIMITS } from '../../../../shared/limits';
import { call, messageOf } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { tagsKey, useTags } from './metaQueries';
import { metaStrings as s } from './metaStrings';

/** Settings → Journal: rename a tag everywhere; renaming onto an existing tag merges them. */
export function TagManager() {
  const tags = useTags();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [done, setDone] = useState('');
  const id = useId();
  const rename = useMutation({
    mutationFn: (input: { from: string; to: string }) => call('journal:renameTag', input),
    onSuccess: ({ changed }, input) => {
      setDone(s.renamed(input.from, input.to, changed));
      setFrom('');
      setTo('');
      void queryClient.invalidateQueries({ queryKey: tagsKey });
      void queryClient.invalidateQueries({ queryKey: queryKeys.journal });
    },
  });
  const list = tags.data ?? [];
  const merging =
    to.trim() !== '' &&
    list.some(
      (t) =>
        t.tag.toLocaleLowerCase() === to.trim().toLocaleLowerCase() &&
        t.tag.toLocaleLowerCase() !== from.toLocaleLowerCase(),
    );

  return (
    <section className="tag-manager" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{s.manageHeading}</h3>
      {list.length === 0 ? (
        <p className="muted">{s.noTags}</p>
      ) : (
        <form
          className="tag-manager__form"
          onSubmit={(event) => {
            event.preventDefault();
            if (from && to.trim()) rename.mutate({ from, to: to.trim() });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-from`}>{s.renameFrom}</label>
            <select
              id={`${id}-from`}
              value={from}
              onChange={(e) => {
                setFrom(e.target.value);
                setDone('');
              }}
            >
              <option value="">{s.chooseTag}</option>
              {list.map((t) => (
                <option key={t.tag} value={t.tag}>
                  {t.tag} ({s.tagCount(t.count)})
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>{s.renameTo}</label>
            <input
              id={`${id}-to`}
              type="text"
              value={to}
              maxLength={LIMITS.tagMaxLength}
              autoComplete="off"
              aria-describedby={`${id}-hint`}
              onChange={(e) => {
                setTo(e.target.value);
                setDone('');
              }}
            />
          </div>
          <p id={`${id}-hint`} className="meta__hint">
            {merging ? s.mergeHint(to.trim()) : s.renameHint}
          </p>
          <button
            type="submit"
            className="button"
            disabled={!from || !to.trim() || rename.isPending}
          >
            {merging ? s.merge : s.rename}
          </button>
        </form>
      )}
      <ErrorMessage message={rename.isError ? messageOf(rename.error) : null} />
      <p role="status" className="muted">
        {done}
      </p>
    </section>
  );
}
