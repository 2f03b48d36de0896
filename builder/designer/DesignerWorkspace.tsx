import { useCallback, useState } from 'react';
import type { ApiIssue } from '../../schema/api-error.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { PublishPanel } from '../publish/PublishPanel.tsx';
import { historyPath, listPath } from '../routing/builder-route.ts';
import { RouteLink } from '../routing/RouteLink.tsx';
import { ConflictNotice } from '../save/ConflictNotice.tsx';
import type { LocalBackup } from '../save/local-backup.ts';
import { SaveIndicator } from '../save/SaveIndicator.tsx';
import { useAutosave } from '../save/use-autosave.ts';
import { useBuilder } from '../shell/builder-context.tsx';
import { DesignerStoreContext } from '../store/designer-context.tsx';
import { createDesignerStore } from '../store/designer-store.ts';
import { Announcer } from './Announcer.tsx';
import { DesignerBody } from './DesignerBody.tsx';
import type { DesignerStart } from './load-draft.ts';
import { OperationsContext } from './operations-context.tsx';
import { RefusedNotice } from './RefusedNotice.tsx';
import { UndoRedoButtons } from './UndoRedoButtons.tsx';
import { useUndoShortcuts } from './use-undo-shortcuts.ts';
import { WIRED_OPERATIONS } from './wired-operations.ts';

const T = {
  lv: {
    back: 'Visi pakalpojumi',
    history: 'Versiju vēsture',
    loadedTheirs: { lv: 'Ielādēta otra versija', en: 'Loaded the other version' },
  },
  en: {
    back: 'All services',
    history: 'Version history',
    loadedTheirs: { lv: 'Ielādēta otra versija', en: 'Loaded the other version' },
  },
};

/** The designer for one draft: bar (save state, undo/redo, publish), canvas, properties, preview. */
export function DesignerWorkspace(props: {
  code: string;
  start: DesignerStart;
  initialIssues: ApiIssue[];
  backup: LocalBackup;
}) {
  const { code, start, backup } = props;
  const t = useText(T);
  const { language } = useLanguage();
  const { services } = useBuilder();
  const [store] = useState(() => createDesignerStore(start.definition));
  const [serverIssues, setServerIssues] = useState(props.initialIssues);
  const onSaved = useCallback((draft: { issues: ApiIssue[] }) => setServerIssues(draft.issues), []);
  const { state, autosave } = useAutosave({ code, services, store, backup, start, onSaved });
  useUndoShortcuts(store);
  const definition = store.getState().definition;
  const title = definition.title[language] || definition.title.lv;

  const flush = useCallback(async () => {
    await autosave.flush();
    return autosave.state().kind === 'saved';
  }, [autosave]);

  return (
    <DesignerStoreContext.Provider value={store}>
      <main id="main" className="designer" data-testid="builder.designer">
        <div className="designer-bar">
          <RouteLink href={listPath()}>{t.back}</RouteLink>
          <h1 className="designer-bar__title">{title}</h1>
          <SaveIndicator state={state} />
          <UndoRedoButtons />
          <RouteLink href={historyPath(code)} className="button">
            {t.history}
          </RouteLink>
          <PublishPanel
            code={code}
            openIssues={serverIssues}
            flush={flush}
            onShowField={(pointer) => store.getState().select(pointer)}
          />
        </div>
        <RefusedNotice />
        {state.kind === 'conflict' ? (
          <ConflictNotice
            code={code}
            onLoadTheirs={(theirs) => {
              autosave.adopt(theirs);
              store.getState().replace(theirs.definition, t.loadedTheirs);
            }}
            onKeepMine={(revision) => void autosave.saveOver(revision)}
          />
        ) : null}
        <OperationsContext.Provider value={WIRED_OPERATIONS}>
          <Announcer>
            <DesignerBody />
          </Announcer>
        </OperationsContext.Provider>
      </main>
    </DesignerStoreContext.Provider>
  );
}
