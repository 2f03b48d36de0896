import { useState } from 'react';
import { describeFailure } from '../api/describe-failure.ts';
import type { Draft } from '../api/services-api.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { DiffView } from '../publish/DiffView.tsx';
import { diffDefinitions } from '../publish/diff-definitions.ts';
import { useBuilder } from '../shell/builder-context.tsx';
import { useDesigner } from '../store/designer-context.tsx';

const T = {
  lv: {
    title: 'Kāds cits pa to laiku saglabāja šo melnrakstu',
    body: 'Jūsu izmaiņas nav zudušas: tās glabājas šajā pārlūkā. Vispirms apskatiet otru versiju, tad izvēlieties, kuru paturēt.',
    show: 'Apskatīt otru versiju',
    diff: 'Kas viņu versijā atšķiras no jūsējās',
    theirs: 'Ielādēt viņu versiju (manas izmaiņas var atgūt ar “Atsaukt”)',
    mine: 'Paturēt manu versiju un saglabāt to virsū',
    loaded: 'Ielādēta otra versija.',
  },
  en: {
    title: 'Someone else saved this draft in the meantime',
    body: 'Your changes are not lost: they are kept in this browser. First look at the other version, then choose which to keep.',
    show: 'Look at the other version',
    diff: 'How their version differs from yours',
    theirs: 'Load their version (my changes can be brought back with “Undo”)',
    mine: 'Keep my version and save it over theirs',
    loaded: 'The other version is loaded.',
  },
};

/**
 * The 409 edit_conflict way forward: never a silent overwrite. Staff see what the other person's
 * version changed, then either load theirs (as an undoable step, so their own work is one Undo
 * away) or knowingly save theirs over.
 */
export function ConflictNotice(props: {
  code: string;
  onLoadTheirs: (theirs: Draft) => void;
  onKeepMine: (theirRevision: number) => void;
}) {
  const t = useText(T);
  const { language } = useLanguage();
  const { services } = useBuilder();
  const mine = useDesigner((s) => s.definition);
  const [theirs, setTheirs] = useState<Draft | null>(null);
  const [problem, setProblem] = useState('');

  async function show() {
    const result = await services.getDraft(props.code);
    if (result.ok) setTheirs(result.data);
    else setProblem(describeFailure(result, language));
  }

  return (
    <section
      className="conflict"
      role="alert"
      aria-labelledby="conflict-title"
      data-testid="builder.conflict"
    >
      <h2 id="conflict-title">{t.title}</h2>
      <p>{t.body}</p>
      {problem ? <p className="error">{problem}</p> : null}
      {theirs ? (
        <>
          <h3>{t.diff}</h3>
          <DiffView diff={diffDefinitions(mine, theirs.definition, language)} />
          <div className="row-actions">
            <button
              type="button"
              className="button"
              onClick={() => props.onLoadTheirs(theirs)}
              data-testid="builder.conflict.load-theirs"
            >
              {t.theirs}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => props.onKeepMine(theirs.revision)}
              data-testid="builder.conflict.keep-mine"
            >
              {t.mine}
            </button>
          </div>
        </>
      ) : (
        <button
          type="button"
          className="button button--primary"
          onClick={show}
          data-testid="builder.conflict.show-theirs"
        >
          {t.show}
        </button>
      )}
    </section>
  );
}
