import { describe, expect, it } from 'vitest';
import { buildDefinition } from '../../schema/build-definition.ts';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import type { ApiResult } from '../api/api-client.ts';
import type { Draft } from '../api/services-api.ts';
import { createAutosave, type SaveState } from './autosave.ts';
import type { BackupEntry } from './local-backup.ts';

function harness(answers: Array<(base: number, def: ServiceDefinition) => ApiResult<Draft>>) {
  const timers: Array<{ run: () => void; ms: number } | undefined> = [];
  const states: SaveState['kind'][] = [];
  const saves: number[] = [];
  let backup: BackupEntry | undefined;
  const autosave = createAutosave(
    {
      code: 'svc',
      save: async (_code, base, def) => {
        saves.push(base);
        const answer = answers.shift();
        if (!answer) throw new Error('unexpected save');
        return answer(base, def);
      },
      backup: { read: () => backup, write: (e) => (backup = e), clear: () => (backup = undefined) },
      onState: (s) => states.push(s.kind),
      setTimer: (run, ms) => timers.push({ run, ms }) - 1,
      clearTimer: (t) => (timers[t as number] = undefined),
    },
    { revision: 3, definition: buildDefinition() },
  );
  const fire = async () => {
    const index = timers.findLastIndex((t) => t !== undefined);
    const timer = timers[index];
    timers[index] = undefined;
    timer?.run();
    await new Promise((r) => setTimeout(r, 0));
    return timer?.ms;
  };
  return { autosave, states, saves, fire, backup: () => backup };
}

const saved =
  (revision: number) =>
  (_b: number, def: ServiceDefinition): ApiResult<Draft> => ({
    ok: true,
    status: 200,
    data: { code: 'svc', status: 'draft', revision, latestVersion: null, definition: def, issues: [] },
  });
const edited = (title: string) => buildDefinition({ title: { lv: title } });

describe('createAutosave', () => {
  it('saves after a quiet moment from the revision it knows, then clears the backup', async () => {
    const h = harness([saved(4), saved(5)]);
    h.autosave.changed(edited('a'));
    expect(h.backup()?.definition.title.lv).toBe('a');
    await h.fire();
    expect(h.saves).toEqual([3]);
    expect(h.backup()).toBeUndefined();
    h.autosave.changed(edited('b'));
    await h.fire();
    expect(h.saves).toEqual([3, 4]);
    expect(h.states).toEqual(['pending', 'saving', 'saved', 'pending', 'saving', 'saved']);
  });

  it('goes offline on a network failure, keeps the backup, and retries with growing waits', async () => {
    const h = harness([
      () => ({ ok: false, kind: 'network' }),
      () => ({ ok: false, kind: 'network' }),
      saved(4),
    ]);
    h.autosave.changed(edited('a'));
    await h.fire();
    expect(h.states.at(-1)).toBe('offline');
    expect(h.backup()?.baseRevision).toBe(3);
    expect(await h.fire()).toBe(1000);
    expect(await h.fire()).toBe(2000);
    expect(h.states.at(-1)).toBe('saved');
  });

  it('stops on a conflict, and saves over theirs only when told, from their revision', async () => {
    const conflict = (): ApiResult<Draft> => ({
      ok: false,
      kind: 'http',
      status: 409,
      code: 'edit_conflict',
      issues: [],
    });
    const h = harness([conflict, saved(9)]);
    h.autosave.changed(edited('mine'));
    await h.fire();
    expect(h.states.at(-1)).toBe('conflict');
    h.autosave.changed(edited('mine 2'));
    await h.fire();
    expect(h.saves).toEqual([3]);
    await h.autosave.saveOver(8);
    expect(h.saves).toEqual([3, 8]);
    expect(h.autosave.revision()).toBe(9);
  });

  it('adopting theirs drops my unsaved work and the backup', async () => {
    const h = harness([() => ({ ok: false, kind: 'http', status: 409, code: 'edit_conflict', issues: [] })]);
    h.autosave.changed(edited('mine'));
    await h.fire();
    const theirs = edited('theirs');
    h.autosave.adopt({
      code: 'svc',
      status: 'draft',
      revision: 7,
      latestVersion: null,
      definition: theirs,
      issues: [],
    });
    h.autosave.changed(theirs);
    expect(h.backup()).toBeUndefined();
    expect(h.states.at(-1)).toBe('saved');
    expect(h.autosave.revision()).toBe(7);
  });

  it('saves again when more changes arrived while saving', async () => {
    const h = harness([saved(4), saved(5)]);
    h.autosave.changed(edited('a'));
    const firing = h.fire();
    h.autosave.changed(edited('b'));
    await firing;
    expect(h.states.at(-1)).toBe('pending');
    await h.fire();
    expect(h.saves).toEqual([3, 4]);
  });
});
