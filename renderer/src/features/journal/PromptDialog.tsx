import { docToText, type DocNode } from '../../../../shared/journal';
import { messageOf } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PROMPTS, promptDoc } from './prompts';
import { journalStrings as s } from './strings';
import { useTemplates } from './templateQueries';
import { templateStrings as t } from './templateStrings';
import { useCreateFromStart } from './viewQueries';
import { viewStrings as v } from './viewStrings';

/** The first words of a template, as a hint under its name. */
function templateHint(content: DocNode): string {
  const flat = docToText(content).replace(/\s+/g, ' ').trim();
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat;
}

/**
 * Pick a built-in prompt (it becomes the first heading) or one of the user's own templates
 * (its text is copied in); either way a new entry for today starts from it.
 */
export function PromptDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const create = useCreateFromStart();
  const templates = useTemplates();
  const start = (content: DocNode) => {
    create.mutate(content, {
      onSuccess: (entry) => {
        onCreated(entry.id);
      },
    });
  };
  const mine = templates.data ?? [];
  return (
    <Dialog open={open} onClose={onClose} title={v.promptTitle}>
      <p className="muted">{v.promptIntro}</p>
      <h3 className="prompt-group">{t.builtInHeading}</h3>
      <ul className="prompt-list" aria-label={v.promptList}>
        {PROMPTS.map((prompt) => (
          <li key={prompt.id}>
            <button
              type="button"
              className="prompt-option"
              disabled={create.isPending}
              onClick={() => {
                start(promptDoc(prompt));
              }}
            >
              <span className="prompt-option__text">{prompt.text}</span>
              <span className="prompt-option__hint">{prompt.hint}</span>
            </button>
          </li>
        ))}
      </ul>
      <h3 className="prompt-group">{t.mineHeading}</h3>
      {templates.isSuccess && mine.length === 0 && <p className="muted">{t.noneYet}</p>}
      {mine.length > 0 && (
        <ul className="prompt-list" aria-label={t.mineList}>
          {mine.map((template) => (
            <li key={template.id}>
              <button
                type="button"
                className="prompt-option"
                disabled={create.isPending}
                onClick={() => {
                  start(template.content);
                }}
              >
                <span className="prompt-option__text">{template.name}</span>
                <span className="prompt-option__hint">{templateHint(template.content)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorMessage
        message={
          create.isError
            ? messageOf(create.error)
            : templates.isError
              ? messageOf(templates.error)
              : null
        }
      />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          {s.cancel}
        </button>
      </div>
    </Dialog>
  );
}
