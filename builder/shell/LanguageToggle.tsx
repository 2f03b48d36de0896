import { useLanguage } from '../i18n/LanguageProvider.tsx';

/**
 * Switches the builder's own words between Latvian and English. It names the other language in
 * that language, marked with its `lang`, because that is what someone who cannot read the
 * current one looks for.
 */
export function LanguageToggle() {
  const { language, setLanguage } = useLanguage();
  const other = language === 'lv' ? 'en' : 'lv';
  return (
    <button
      type="button"
      className="button button--quiet"
      lang={other}
      data-testid="builder.language-toggle"
      onClick={() => setLanguage(other)}
    >
      {other === 'en' ? 'English' : 'Latviešu'}
    </button>
  );
}
