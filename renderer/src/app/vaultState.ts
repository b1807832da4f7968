import type { VaultNotice, VaultStatus } from '../../../shared/contract';

/**
 * Where the app is, from the user's side. Vault status is session state that drives the
 * screens (not cached data), so it lives in a reducer; journal data lives in the query cache.
 */
export type Phase =
  | { name: 'loading' }
  | { name: 'failed'; message: string }
  | { name: 'welcome' }
  | { name: 'recoveryKey'; recoveryKey: string }
  | { name: 'locked' }
  | { name: 'newPassphrase'; notices: VaultNotice[] }
  | { name: 'unlocked'; notices: VaultNotice[] };

export type PhaseEvent =
  | { type: 'status'; status: VaultStatus }
  | { type: 'statusFailed'; message: string }
  | { type: 'retry' }
  | { type: 'created'; recoveryKey: string }
  | { type: 'recoveryKeyStored' }
  | { type: 'unlocked'; notices: VaultNotice[]; passphraseResetRequired: boolean }
  | { type: 'passphraseReset' }
  | { type: 'locked' }
  | { type: 'noticesDismissed' }
  /** Found after unlock (an older month read in the background could not be used). */
  | { type: 'noticesAdded'; notices: VaultNotice[] };

export function phaseFromStatus(status: VaultStatus): Phase {
  if (status.state === 'none') return { name: 'welcome' };
  if (status.state === 'locked') return { name: 'locked' };
  if (status.passphraseResetRequired) return { name: 'newPassphrase', notices: status.notices };
  return { name: 'unlocked', notices: status.notices };
}

export function phaseReducer(phase: Phase, event: PhaseEvent): Phase {
  switch (event.type) {
    case 'status':
      return phaseFromStatus(event.status);
    case 'statusFailed':
      return { name: 'failed', message: event.message };
    case 'retry':
      return { name: 'loading' };
    case 'created':
      return { name: 'recoveryKey', recoveryKey: event.recoveryKey };
    case 'recoveryKeyStored':
      return { name: 'unlocked', notices: [] };
    case 'unlocked':
      return event.passphraseResetRequired
        ? { name: 'newPassphrase', notices: event.notices }
        : { name: 'unlocked', notices: event.notices };
    case 'passphraseReset':
      return { name: 'unlocked', notices: phase.name === 'newPassphrase' ? phase.notices : [] };
    case 'locked':
      // Before a vault exists there is nothing to lock.
      return phase.name === 'welcome' || phase.name === 'loading' ? phase : { name: 'locked' };
    case 'noticesDismissed':
      return phase.name === 'unlocked' ? { name: 'unlocked', notices: [] } : phase;
    case 'noticesAdded':
      return phase.name === 'unlocked' && event.notices.length > 0
        ? { name: 'unlocked', notices: [...phase.notices, ...event.notices] }
        : phase;
  }
}
