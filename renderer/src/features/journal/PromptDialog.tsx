import { messageOf } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PROMPTS } from './prompts';
import { journalStrings as s } from './strings';
import { useCreateFromPrompt } from './viewQueries';
import { viewStrings as v } from './viewStrings';

/** Pick a built-in prompt; it becomes the first heading of a new entry for today. */
export function PromptDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const create = useCreateFromPrompt();
  return (
    <Dialog open={open} onClose={onClose} title={v.promptTitle}>
      <p className="muted">{v.promptIntro}</p>
      <ul className="prompt-list" aria-label={v.promptList}>
        {PROMPTS.map((prompt) => (
          <li key={prompt.id}>
            <button
              type="button"
              className="prompt-option"
              disabled={create.isPending}
              onClick={() => {
                create.mutate(prompt, {
                  onSuccess: (entry) => {
                    onCreated(entry.id);
                  },
                });
              }}
            >
              <span className="prompt-option__text">{prompt.text}</span>
              <span className="prompt-option__hint">{prompt.hint}</span>
            </button>
          </li>
        ))}
      </ul>
      <ErrorMessage message={create.isError ? messageOf(create.error) : null} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {s.cancel}
        </button>
      </div>
    </Dialog>
  );
}
