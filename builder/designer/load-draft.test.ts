import { describe, expect, it } from 'vitest';
import { buildDefinition } from '../../schema/build-definition.ts';
import type { Draft } from '../api/services-api.ts';
import { chooseStart } from './load-draft.ts';

const server = buildDefinition();
const draft: Draft = {
  code: 'test-service',
  status: 'draft',
  revision: 5,
  latestVersion: null,
  definition: server,
  issues: [],
};
const mine = buildDefinition({ title: { lv: 'Mans' } });

describe('chooseStart', () => {
  it('starts from the server when nothing unsaved is kept', () => {
    expect(chooseStart(draft, undefined)).toEqual({ definition: server, revision: 5, dirty: false });
    expect(
      chooseStart(draft, { code: 'test-service', baseRevision: 4, definition: structuredClone(server) })
        .dirty,
    ).toBe(false);
  });

  it('counts work the server already has as saved, whatever the key order or stamped fields', () => {
    const reordered = { ...structuredClone(server), version: 9, state: 'published' as const };
    reordered.form = {
      translations: reordered.form.translations,
      steps: reordered.form.steps,
      uiSchema: reordered.form.uiSchema,
      schema: reordered.form.schema,
      conditions: reordered.form.conditions,
    };
    expect(chooseStart(draft, { code: 'test-service', baseRevision: 2, definition: reordered })).toEqual({
      definition: server,
      revision: 5,
      dirty: false,
    });
  });

  it('restores unsaved work on its own base revision, so a stale base meets the conflict check', () => {
    expect(chooseStart(draft, { code: 'test-service', baseRevision: 5, definition: mine })).toEqual({
      definition: mine,
      revision: 5,
      dirty: true,
    });
    expect(chooseStart(draft, { code: 'test-service', baseRevision: 3, definition: mine }).revision).toBe(3);
  });
});
