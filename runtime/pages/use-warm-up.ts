import { useEffect } from 'react';
import type { AnswerChecker } from '../form/answer-checker.ts';

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Compiles the form's validators piece by piece while the browser is idle, so the first
 * "Continue" only validates (issue 4: first submit within 50 ms) and no keystroke waits for a
 * whole compilation. Starts once the form has been shown (after the next frame), so a long form
 * appears without waiting for it (issue 4: time to ready). Stops when the page goes away.
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
    // After the frame that shows the form: a timer queued from its animation frame runs after it.
    let shown: number | undefined;
    const frame = window.requestAnimationFrame(() => {
      shown = window.setTimeout(() => {
        if (!stopped) schedule();
      }, 0);
    });
    return () => {
      stopped = true;
      window.cancelAnimationFrame(frame);
      if (shown !== undefined) window.clearTimeout(shown);
      if (handle === undefined) return;
      if (idle.cancelIdleCallback) idle.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
    };
  }, [checker]);
}
