import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { UnlockResult } from '../../shared/contract';
import { call, messageOf } from './api/client';
import { onAppEvent } from './api/events';
import { allButEntries, queryKeys } from './api/queryKeys';
import { AppFrame } from './app/AppFrame';
import { releaseEditorHistoryCache } from './editor/historyCache';
import { GateLayout } from './app/GateLayout';
import { appStrings as s } from './app/strings';
import { phaseReducer } from './app/vaultState';
import { RecoveryKeyScreen } from './features/onboarding/RecoveryKeyScreen';
import { WelcomeScreen } from './features/onboarding/WelcomeScreen';
import { saveDraftWith } from './features/journal/queries';
import { EntrySavers } from './features/journal/saving/entrySavers';
import { SaversContext } from './features/journal/saving/SaversContext';
import { NewPassphraseScreen } from './features/unlock/NewPassphraseScreen';
import { UnlockScreen } from './features/unlock/UnlockScreen';
import { useApplyPrefs } from './prefs/usePrefs';

/** The state machine from vault status to screens, and everything that locking means. */
export function App() {
  const queryClient = useQueryClient();
  const [phase, dispatch] = useReducer(phaseReducer, { name: 'loading' });
  const [savers] = useState(() => new EntrySavers(saveDraftWith(queryClient)));
  const locking = useRef(false);
  /** How many of main's notices this unlock has shown (more may come, see journal:loaded). */
  const noticesSeen = useRef(0);
  useApplyPrefs();

  useEffect(() => {
    if (phase.name !== 'loading') return;
    let live = true;
    call('vault:status', {}).then(
      (status) => {
        noticesSeen.current = status.notices.length;
        if (live) dispatch({ type: 'status', status });
      },
      (error: unknown) => {
        if (live) dispatch({ type: 'statusFailed', message: messageOf(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [phase.name]);

  /** Drop every decrypted thing the renderer holds: drafts, the open editor, then caches. */
  const forgetSession = useCallback(() => {
    savers.disposeAll();
    dispatch({ type: 'locked' });
  }, [savers]);

  // The caches go once the unlock screen has replaced the journal: a query whose last
  // observer unmounts after it was removed from the cache would keep its data alive for
  // minutes on a garbage-collection timer.
  useEffect(() => {
    if (phase.name !== 'locked') return;
    // Display prefs aren't personal and the unlock screen needs them: keep those.
    const prefs = queryClient.getQueryData(queryKeys.prefs);
    queryClient.clear();
    if (prefs) queryClient.setQueryData(queryKeys.prefs, prefs);
    releaseEditorHistoryCache();
  }, [phase.name, queryClient]);

  const lock = useCallback(async () => {
    if (locking.current) return;
    locking.current = true;
    try {
      await savers.flushAll();
      // Privacy first: the screen locks even if main had trouble answering.
      await call('vault:lock', {}).catch(() => null);
      forgetSession();
    } finally {
      locking.current = false;
    }
  }, [savers, forgetSession]);

  const requestLock = useCallback(() => {
    void lock();
  }, [lock]);

  useEffect(() => onAppEvent('vault:locked', forgetSession), [forgetSession]);
  useEffect(() => onAppEvent('app:lockRequested', requestLock), [requestLock]);
  // Recent months first: the older months are read now, so every list refetches (not an
  // entry open in the editor), and anything found wrong with them is told.
  useEffect(
    () =>
      onAppEvent('journal:loaded', () => {
        void queryClient.invalidateQueries({ predicate: allButEntries });
        call('vault:status', {}).then(
          (status) => {
            const added = status.notices.slice(noticesSeen.current);
            noticesSeen.current = status.notices.length;
            dispatch({ type: 'noticesAdded', notices: added });
          },
          () => undefined,
        );
      }),
    [queryClient],
  );
  useEffect(() => {
    const flush = () => void savers.flushAll();
    window.addEventListener('beforeunload', flush);
    return () => {
      window.removeEventListener('beforeunload', flush);
    };
  }, [savers]);

  const onUnlocked = (result: UnlockResult) => {
    noticesSeen.current = result.notices.length;
    dispatch({ type: 'unlocked', ...result });
  };

  let screen;
  switch (phase.name) {
    case 'loading':
      screen = (
        <GateLayout>
          <h1 className="muted">{s.loading}</h1>
        </GateLayout>
      );
      break;
    case 'failed':
      screen = (
        <GateLayout>
          <h1>{s.startFailedTitle}</h1>
          <p role="alert">{phase.message}</p>
          <p className="muted">{s.startFailedHint}</p>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              dispatch({ type: 'retry' });
            }}
          >
            {s.tryAgain}
          </button>
        </GateLayout>
      );
      break;
    case 'welcome':
      screen = (
        <GateLayout>
          <WelcomeScreen
            onCreated={(recoveryKey) => {
              dispatch({ type: 'created', recoveryKey });
            }}
          />
        </GateLayout>
      );
      break;
    case 'recoveryKey':
      screen = (
        <GateLayout>
          <RecoveryKeyScreen
            recoveryKey={phase.recoveryKey}
            onContinue={() => {
              dispatch({ type: 'recoveryKeyStored' });
            }}
          />
        </GateLayout>
      );
      break;
    case 'locked':
      screen = (
        <GateLayout>
          <UnlockScreen onUnlocked={onUnlocked} />
        </GateLayout>
      );
      break;
    case 'newPassphrase':
      screen = (
        <GateLayout>
          <NewPassphraseScreen
            onDone={() => {
              dispatch({ type: 'passphraseReset' });
            }}
          />
        </GateLayout>
      );
      break;
    case 'unlocked':
      screen = (
        <AppFrame
          notices={phase.notices}
          onDismissNotices={() => {
            dispatch({ type: 'noticesDismissed' });
          }}
          onLock={requestLock}
        />
      );
      break;
  }

  return <SaversContext value={savers}>{screen}</SaversContext>;
}
