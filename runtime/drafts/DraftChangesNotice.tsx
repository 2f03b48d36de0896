import { useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { takeChanges } from './draft-store.ts';
import { DRAFT_STRINGS } from './draft-strings.ts';

/** Says what changed when a saved draft moved to a newer version of the form (shown once). */
export function DraftChangesNotice({ code }: { code: string }) {
  const { language } = useLanguage();
  const text = DRAFT_STRINGS[language];
  const [changes] = useState(() => takeChanges(code));
  if (!changes) return null;
  const list = (title: string, items: Array<{ lv: string; en: string }>) =>
    items.length > 0 ? (
      <>
        <p>{title}</p>
        <ul>
          {items.map((item) => (
            <li key={item.lv}>{item[language] || item.lv}</li>
          ))}
        </ul>
      </>
    ) : null;
  return (
    <div className="notice" role="status" data-testid="runtime.draft-changes">
      <h2>{text.changesTitle(changes.fromVersion, changes.toVersion)}</h2>
      {list(text.removed, changes.removed)}
      {list(text.cleared, changes.cleared)}
      {list(text.added, changes.added)}
    </div>
  );
}
