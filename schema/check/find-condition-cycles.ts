import type { FormCondition } from '../service-definition.ts';

/**
 * Indexes of conditions that close a circle: a field shown by a condition whose rules read (maybe
 * through other conditions) that same field. Such fields could never appear: a hidden field has
 * no answer, so the rule that would show it never holds. Iterative, since conditions are input.
 *
 * The graph has a node per field and per condition: field -> the conditions that target it
 * (directly or through its step), condition -> the fields its rules read.
 */
export function findConditionCycles(
  conditions: readonly FormCondition[],
  stepFields: ReadonlyMap<string, readonly string[]>,
): number[] {
  const conditionsOfField = new Map<string, number[]>();
  conditions.forEach((condition, index) => {
    const { kind, id } = condition.target;
    const targets = kind === 'field' ? [id] : (stepFields.get(id) ?? []);
    for (const field of targets) {
      const list = conditionsOfField.get(field) ?? [];
      list.push(index);
      conditionsOfField.set(field, list);
    }
  });
  const next = (node: string): string[] => {
    if (node.startsWith('c:')) {
      const condition = conditions[Number(node.slice(2))]!;
      return condition.rules.map((rule) => `f:${rule.field}`);
    }
    return (conditionsOfField.get(node.slice(2)) ?? []).map((index) => `c:${index}`);
  };

  const state = new Map<string, 'open' | 'done'>();
  const closing = new Set<number>();
  for (let start = 0; start < conditions.length; start++) {
    const root = `c:${start}`;
    if (state.has(root)) continue;
    const stack: Array<{ node: string; edges: string[]; at: number }> = [
      { node: root, edges: next(root), at: 0 },
    ];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.at >= top.edges.length) {
        state.set(top.node, 'done');
        stack.pop();
        continue;
      }
      const child = top.edges[top.at++]!;
      const seen = state.get(child);
      if (seen === 'open') {
        // The circle runs from `child` to the top of the stack: every condition on it is to blame.
        const from = stack.findIndex((frame) => frame.node === child);
        for (const frame of stack.slice(from)) {
          if (frame.node.startsWith('c:')) closing.add(Number(frame.node.slice(2)));
        }
      } else if (seen === undefined) {
        state.set(child, 'open');
        stack.push({ node: child, edges: next(child), at: 0 });
      }
    }
  }
  return [...closing].sort((a, b) => a - b);
}
