import { describe, expect, it } from 'vitest';
import type { FormStep } from '../../schema/service-definition.ts';
import { groupIntoSteps } from './group-into-steps.ts';

const step = (id: string, fields: string[]): FormStep => ({ id, title: { lv: id, en: id }, fields });
const names = (groups: ReturnType<typeof groupIntoSteps<string>>) =>
  groups.map((group) => [group.step?.id, group.items]);

describe('groupIntoSteps', () => {
  it('keeps everything in one untitled group without steps', () => {
    expect(names(groupIntoSteps(['a', 'b'], [], (n) => n))).toEqual([[undefined, ['a', 'b']]]);
  });

  it('groups fields by step, in step order', () => {
    const steps = [step('you', ['name', 'phone']), step('dog', ['breed'])];
    expect(names(groupIntoSteps(['breed', 'name', 'phone'], steps, (n) => n))).toEqual([
      ['you', ['name', 'phone']],
      ['dog', ['breed']],
    ]);
  });

  it('puts an unlisted field with the field before it and hides empty steps', () => {
    const steps = [step('you', ['name']), step('dog', ['hasDog']), step('later', ['gone'])];
    expect(names(groupIntoSteps(['orphanFirst', 'name', 'hasDog', 'dogName'], steps, (n) => n))).toEqual([
      ['you', ['orphanFirst', 'name']],
      ['dog', ['hasDog', 'dogName']],
    ]);
  });
});
