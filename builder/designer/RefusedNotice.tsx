import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { useDesigner } from '../store/designer-context.tsx';

const T = {
  lv: { refused: (what: string) => `Šo izmaiņu nevar izdarīt (${what}). Veidlapa palika, kā bija.` },
  en: { refused: (what: string) => `That change cannot be made (${what}). The form stayed as it was.` },
};

/** Says when an operation refused a change, instead of failing silently. */
export function RefusedNotice() {
  const t = useText(T);
  const { language } = useLanguage();
  const refused = useDesigner((s) => s.refused);
  return (
    <div role="alert" data-testid="builder.refused">
      {refused ? <p className="error">{t.refused(refused[language])}</p> : null}
    </div>
  );
}
