import './help.css';
import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { HelpContent } from './HelpContent';
import { helpStrings as s } from './strings';

interface Props {
  /** Controlled from outside (the command palette can open it); uncontrolled if omitted. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

/** "Need help now?" — on every screen, locked or not. Everything it shows is local. */
export function HelpButton({ open: controlledOpen, onOpenChange }: Props = {}) {
  const [ownOpen, setOwnOpen] = useState(false);
  const open = controlledOpen ?? ownOpen;
  const setOpen = (next: boolean) => {
    setOwnOpen(next);
    onOpenChange?.(next);
  };
  const close = () => {
    setOpen(false);
  };
  return (
    <>
      <button
        type="button"
        className="button help-button"
        aria-haspopup="dialog"
        onClick={() => {
          setOpen(true);
        }}
      >
        {s.button}
      </button>
      <Dialog open={open} onClose={close} title={s.title} className="dialog--help">
        <HelpContent />
        <div className="dialog__actions">
          <button type="button" className="button button--primary" onClick={close}>
            {s.close}
          </button>
        </div>
      </Dialog>
    </>
  );
}
