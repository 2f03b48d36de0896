import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { editDefinition } from './edit-definition.ts';

/**
 * Removes a condition: its target is always shown again.
 * @example removeCondition(def, { id: 'show-pet-name' })
 */
export function removeCondition(def: ServiceDefinition, args: { id: string }): ServiceDefinition {
  return editDefinition(def, 'removeCondition', (open) => {
    const conditions = open.form.conditions ?? [];
    if (!conditions.some((condition) => condition.id === args.id)) {
      throw new Error(`removeCondition: no condition ${JSON.stringify(args.id)}`);
    }
    return {
      ...open,
      form: { ...open.form, conditions: conditions.filter((condition) => condition.id !== args.id) },
    };
  });
}
