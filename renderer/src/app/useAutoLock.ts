import { useEffect, useRef } from 'react';

const ACTIVITY_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/**
 * Calls `onIdle` after `minutes` without keyboard, pointer or wheel input (0 = never).
 * Activity only records a timestamp (pointermove fires constantly); one timer checks it,
 * and wall-clock time makes a sleeping laptop count as idle.
 */
export function useAutoLock(minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  }, [onIdle]);

  useEffect(() => {
    if (!(minutes > 0)) return;
    const limitMs = minutes * 60_000;
    let lastActivity = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const check = () => {
      const idleMs = Date.now() - lastActivity;
      if (idleMs >= limitMs) onIdleRef.current();
      else timer = setTimeout(check, limitMs - idleMs);
    };
    const onActivity = () => {
      lastActivity = Date.now();
    };

    for (const type of ACTIVITY_EVENTS) {
      window.addEventListener(type, onActivity, { capture: true, passive: true });
    }
    timer = setTimeout(check, limitMs);
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY_EVENTS) {
        window.removeEventListener(type, onActivity, { capture: true });
      }
    };
  }, [minutes]);
}
