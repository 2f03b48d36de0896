import { useEffect } from 'react';
import type { AnswerChecker } from '../form/answer-checker.ts';

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Compiles the form's validators piece by piece while the browser is idle, so the first
 * "Continue" only validates (issue 4: first submit within 50 ms) and no keystroke waits for a
 * whole compilation. Stops when the page goes away.
 */
export function useWarmUp(checker: AnswerChecker): void {
  useEffect(() => {
    const idle = window as IdleWindow;
    let handle: number | undefined;
    let stopped = false;
    const schedule = () => {
      handle = idle.requestIdleCallback
        ? idle.requestIdleCallback(step, { timeout: 2000 })
        : window.setTimeout(step, 50);
    };
    const step = () => {
      if (!stopped && checker.warmUp()) schedule();
    };
    schedule();
    return () => {
      stopped = true;
      if (handle === undefined) return;
      if (idle.cancelIdleCallback) idle.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [checker]);
}
