import { describe, expect, it } from 'vitest';
import { buildDefinition } from '../../schema/build-definition.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import { createDesignerStore, HISTORY_LIMIT } from './designer-store.ts';

const label = { lv: 'Nosaukums mainīts', en: 'Name changed' };
const rename = (title: string) => ({
  label,
  run: (d: ServiceDefinition) => ({ ...d, title: { ...d.title, lv: title } }),
});

describe('createDesignerStore', () => {
  it('undoes and redoes every performed change in order', () => {
    const store = createDesignerStore(buildDefinition());
    const { perform } = store.getState();
    perform(rename('A'));
    perform(rename('B'));
    store.getState().undo();
    expect(store.getState().definition.title.lv).toBe('A');
    store.getState().undo();
    expect(store.getState().definition.title.lv).toBe('Testa pakalpojums');
    store.getState().redo();
    store.getState().redo();
    expect(store.getState().definition.title.lv).toBe('B');
    expect(store.getState().lastAnnouncement).toEqual({ text: label, kind: 'redo' });
  });

  it('forgets the redo branch after a new change and ignores changes that change nothing', () => {
    const store = createDesignerStore(buildDefinition());
    store.getState().perform(rename('A'));
    store.getState().undo();
    store.getState().perform(rename('C'));
    expect(store.getState().future).toEqual([]);
    store.getState().perform({ label, run: (d) => d });
    expect(store.getState().past).toHaveLength(1);
  });

  it('keeps the history bounded', () => {
    const store = createDesignerStore(buildDefinition());
    for (let i = 0; i < HISTORY_LIMIT + 10; i++) store.getState().perform(rename(`n${i}`));
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });

  it('selects what a change asks for, and keeps the selection otherwise', () => {
    const store = createDesignerStore(buildDefinition());
    store.getState().select('a');
    store.getState().perform(rename('x'));
    expect(store.getState().selected).toBe('a');
    store.getState().perform({ ...rename('y'), select: 'b' });
    expect(store.getState().selected).toBe('b');
  });

  it('makes a burst of typing one undo step', () => {
    let clock = 0;
    const store = createDesignerStore(buildDefinition(), () => clock);
    for (const title of ['A', 'An', 'Ann']) {
      clock += 200;
      store.getState().perform({ ...rename(title), coalesce: 'title' });
    }
    clock += 5000;
    store.getState().perform({ ...rename('Anna'), coalesce: 'title' });
    expect(store.getState().past).toHaveLength(2);
    store.getState().undo();
    expect(store.getState().definition.title.lv).toBe('Ann');
    store.getState().undo();
    expect(store.getState().definition.title.lv).toBe('Testa pakalpojums');
  });
});

describe('perform with a selecting operation', () => {
  it('selects what the operation names', () => {
    const store = createDesignerStore(buildDefinition());
    store
      .getState()
      .perform({ label, run: (d) => ({ definition: { ...d, version: 2 }, select: '/properties/new' }) });
    expect(store.getState().selected).toBe('/properties/new');
    expect(store.getState().definition.version).toBe(2);
  });
});

describe('perform with a refusing operation', () => {
  it('changes nothing and says which change was refused', () => {
    const store = createDesignerStore(buildDefinition());
    const before = store.getState().definition;
    const quiet = console.error;
    console.error = () => {};
    store.getState().perform({
      label,
      run: () => {
        throw new Error('moveField: cannot');
      },
    });
    console.error = quiet;
    expect(store.getState().definition).toBe(before);
    expect(store.getState().refused).toEqual(label);
    store.getState().perform(rename('ok'));
    expect(store.getState().refused).toBeNull();
  });
});
