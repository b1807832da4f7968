import { useState } from 'react';
import { call, messageOf } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { journalStrings as s } from './strings';

interface Props {
  /** The link to open, or null when the dialog is closed. */
  href: string | null;
  onClose: () => void;
}

/**
 * "Open this link in your browser?" with the whole address in view, so a link whose words
 * say one thing and whose address says another can't surprise anyone. Only a confirm asks
 * main to open it (main checks it is http(s) again); the window itself never navigates.
 */
export function OpenLinkDialog({ href, onClose }: Props) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setError(null);
    setPending(false);
    onClose();
  }

  return (
    <Dialog open={href !== null} onClose={close} title={s.openLinkTitle}>
      <p>{s.openLinkBody}</p>
      <p className="open-link__url">{href}</p>
      <ErrorMessage message={error} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={close}>
          {s.cancel}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={pending}
          onClick={() => {
            if (href === null) return;
            setPending(true);
            call('app:openExternal', { url: href }).then(close, (e: unknown) => {
              setPending(false);
              setError(messageOf(e));
            });
          }}
        >
          {s.openLinkConfirm}
        </button>
      </div>
    </Dialog>
  );
}
