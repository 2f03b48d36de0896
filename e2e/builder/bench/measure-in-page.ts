import type { Page } from '@playwright/test';

export type Action = 'add' | 'move' | 'edit' | 'undo';

/**
 * Times one kind of designer action `n` times inside the page: from the input event to the first
 * frame after it (requestAnimationFrame, then a task: the browser has painted by then), which is
 * "committed and repainted" as a person sees it. Between actions the page is left alone long
 * enough for the live preview to catch up (it waits for a pause in editing).
 */
export async function measureInPage(
  page: Page,
  action: Action,
  n: number,
  pauseMs: number,
): Promise<number[]> {
  // A plain script, not a function: the TypeScript runner would wrap named functions in helpers
  // that do not exist in the page.
  return page.evaluate(`(async () => {
    const action = ${JSON.stringify(action)};
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const pick = (selector) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error('measure: nothing matches ' + selector);
      return element;
    };
    const times = [];
    for (let i = 0; i < ${n}; i++) {
      const started = performance.now();
      if (action === 'edit') {
        const input = pick('[data-testid="inspector.label-lv"]');
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, 'Mērīts lauks ' + i);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      } else if (action === 'add') pick('[data-testid="builder.palette.short-text"]').click();
      else if (action === 'move') pick('[data-testid^="builder.canvas.move-down."]:not([aria-disabled="true"])').click();
      else pick('[data-testid="builder.undo"]').click();
      await frame();
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, ${pauseMs}));
    }
    return times;
  })()`);
}

export function p95(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN;
}
