/**
 * Runs axe-core (WCAG 2.1 A and AA rules) inside the frame that shows the form with the
 * runtime's own styles, so contrast and reflow are judged as citizens will see them (issue 7:
 * "the result of an automatic accessibility check (axe) of the rendered form"). axe is loaded
 * only when a reviewer opens a review (it is half a megabyte), and evaluated in the frame's own
 * window, where it reads that document.
 */
export interface AxeProblem {
  id: string;
  /** axe's one-line description of the rule (English). */
  help: string;
  impact: string | null;
  /** How many elements break it. */
  count: number;
}

interface AxeResults {
  violations: Array<{ id: string; help: string; impact?: string | null; nodes: unknown[] }>;
}

type AxeWindow = Window & {
  axe?: { run: (context: Document, options: object) => Promise<AxeResults> };
  eval: (source: string) => unknown;
};

export async function runAxeInFrame(frame: HTMLIFrameElement): Promise<AxeProblem[]> {
  const win = frame.contentWindow as AxeWindow | null;
  const doc = frame.contentDocument;
  if (!win || !doc) throw new Error('runAxeInFrame: the frame has no document');
  if (!win.axe) {
    const { default: source } = await import('axe-core/axe.min.js?raw');
    win.eval(source);
  }
  if (!win.axe) throw new Error('runAxeInFrame: axe did not load');
  const results = await win.axe.run(doc, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    resultTypes: ['violations'],
  });
  return results.violations.map((v) => ({
    id: v.id,
    help: v.help,
    impact: v.impact ?? null,
    count: v.nodes.length,
  }));
}
