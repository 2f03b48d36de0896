import type { LocalizedText } from '../../schema/service-definition.ts';
import type { Change } from '../store/designer-store.ts';
import type { Place } from './field-place.ts';
import type { OperationsPort, PaletteType } from './operations-port.ts';

const q = (text: string) => `'${text}'`;

/** A new step's first name; staff rename it on the canvas. */
export const NEW_STEP_TITLE: LocalizedText = { lv: 'Jauns solis', en: 'New step' };

/**
 * Canvas edits as store changes: each binds one pure operation to its arguments and names itself
 * for undo ("Atsaukts: lauks 'Vārds' pārvietots").
 */
export function fieldChanges(ops: OperationsPort) {
  return {
    add: (type: PaletteType, place: Place): Change => ({
      label: { lv: `pievienots lauks ${q(type.label.lv)}`, en: `added field ${q(type.label.en)}` },
      run: (d) => {
        const result = ops.addField(d, type.id, place);
        return { definition: result.definition, select: result.id };
      },
    }),
    move: (id: string, name: string, place: Place, newId: string): Change => ({
      label: { lv: `lauks ${q(name)} pārvietots`, en: `field ${q(name)} moved` },
      run: (d) => ops.moveField(d, id, place),
      select: newId,
    }),
    duplicate: (id: string, name: string): Change => ({
      label: { lv: `lauks ${q(name)} dublēts`, en: `field ${q(name)} duplicated` },
      run: (d) => {
        const result = ops.duplicateField(d, id);
        return { definition: result.definition, select: result.id };
      },
    }),
    remove: (id: string, name: string): Change => ({
      label: { lv: `lauks ${q(name)} dzēsts`, en: `field ${q(name)} deleted` },
      run: (d) => ops.deleteField(d, id),
      select: null,
    }),
    addStep: (beforeField: string, title: LocalizedText): Change => ({
      label: { lv: 'pievienots jauns solis', en: 'added a page break' },
      run: (d) => ops.addStep(d, beforeField, title),
    }),
    renameStep: (stepId: string, title: Partial<LocalizedText>): Change => ({
      label: { lv: 'soļa nosaukums mainīts', en: 'step renamed' },
      run: (d) => ops.renameStep(d, stepId, title),
      coalesce: `step-title:${stepId}`,
    }),
    moveStep: (stepId: string, index: number): Change => ({
      label: { lv: 'solis pārvietots', en: 'step moved' },
      run: (d) => ops.moveStep(d, stepId, index),
    }),
    removeStep: (stepId: string, name: string): Change => ({
      label: { lv: `solis ${q(name)} dzēsts`, en: `step ${q(name)} deleted` },
      run: (d) => ops.deleteStep(d, stepId),
    }),
  };
}
