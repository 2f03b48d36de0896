import { stringsFor, useLanguage } from '../i18n/LanguageProvider.tsx';

/**
 * Switches between Latvian and English. It names the other language in that language
 * ("English" / "Latviešu"), marked with its `lang`, because that is what a person who cannot
 * read the current one looks for. Typed data is kept: only texts change.
 */
export function LanguageToggle() {
  const { language, setLanguage } = useLanguage();
  const other = language === 'lv' ? 'en' : 'lv';
  const otherStrings = stringsFor(other);
  return (
    <button
      type="button"
      className="language-toggle"
      lang={other}
      aria-label={otherStrings.switchToThisLanguage}
      data-testid="runtime.language-toggle"
      onClick={() => setLanguage(other)}
    >
      {otherStrings.languageName}
    </button>
  );
}
