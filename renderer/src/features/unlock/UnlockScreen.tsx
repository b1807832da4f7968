import { useState } from 'react';
import type { UnlockResult } from '../../../../shared/contract';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';

/** Locked: passphrase by default, recovery key on request. */
export function UnlockScreen({ onUnlocked }: { onUnlocked: (result: UnlockResult) => void }) {
  const [mode, setMode] = useState<'passphrase' | 'recovery'>('passphrase');
  return mode === 'passphrase' ? (
    <PassphraseUnlockForm
      onUnlocked={onUnlocked}
      onUseRecoveryKey={() => {
        setMode('recovery');
      }}
    />
  ) : (
    <RecoveryUnlockForm
      onUnlocked={onUnlocked}
      onUsePassphrase={() => {
        setMode('passphrase');
      }}
    />
  );
}
