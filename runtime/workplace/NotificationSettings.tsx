import { type FormEvent, useEffect, useId, useState } from 'react';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { useSession } from '../session/SessionProvider.tsx';
import { fetchPreferences, type Preferences, savePreferences } from './workplace-api.ts';
import { workplaceStrings } from './workplace-strings.ts';

/** E-mail, phone, channels and language for notifications (PUT /api/my/notification-preferences). */
export function NotificationSettings() {
  const { language } = useLanguage();
  const text = workplaceStrings(language);
  const { read } = useSession();
  const id = useId();
  const [prefs, setPrefs] = useState<Preferences | undefined>(undefined);
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; message: string } | null>(null);

  useEffect(() => {
    fetchPreferences()
      .then(setPrefs)
      .catch(() => setPrefs({ email: null, phone: null, channels: [], language }));
  }, [language]);

  if (!prefs || !read?.session.authenticated) return null;
  const csrf = read.session.csrfToken;
  const toggle = (channel: 'email' | 'sms', on: boolean) =>
    setPrefs({
      ...prefs,
      channels: on ? [...prefs.channels, channel] : prefs.channels.filter((c) => c !== channel),
    });

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!prefs) return;
    if (prefs.channels.includes('email') && !prefs.email)
      return setStatus({ kind: 'error', message: text.needEmail });
    if (prefs.channels.includes('sms') && !prefs.phone)
      return setStatus({ kind: 'error', message: text.needPhone });
    try {
      setPrefs(await savePreferences(prefs, csrf));
      setStatus({ kind: 'saved', message: text.saved });
    } catch {
      setStatus({ kind: 'error', message: text.saveFailed });
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="workplace-settings">
      <h2 id={`${id}-title`}>{text.prefsTitle}</h2>
      <p>{text.prefsIntro}</p>
      <form onSubmit={onSubmit} noValidate data-testid="workplace.preferences">
        <div className="form-group">
          <div className="checkbox">
            <label>
              <input
                type="checkbox"
                checked={prefs.channels.includes('email')}
                onChange={(e) => toggle('email', e.target.checked)}
                data-testid="workplace.by-email"
              />{' '}
              {text.byEmail}
            </label>
          </div>
          <label className="field__label" htmlFor={`${id}-email`}>
            {text.email}
          </label>
          <input
            id={`${id}-email`}
            className="form-control"
            type="email"
            autoComplete="email"
            value={prefs.email ?? ''}
            onChange={(e) => setPrefs({ ...prefs, email: e.target.value || null })}
            data-testid="workplace.email"
          />
        </div>
        <div className="form-group">
          <div className="checkbox">
            <label>
              <input
                type="checkbox"
                checked={prefs.channels.includes('sms')}
                onChange={(e) => toggle('sms', e.target.checked)}
              />{' '}
              {text.bySms}
            </label>
          </div>
          <label className="field__label" htmlFor={`${id}-phone`}>
            {text.phone}
          </label>
          <input
            id={`${id}-phone`}
            className="form-control"
            type="tel"
            autoComplete="tel"
            value={prefs.phone ?? ''}
            onChange={(e) => setPrefs({ ...prefs, phone: e.target.value || null })}
          />
        </div>
        <div className="form-group">
          <label className="field__label" htmlFor={`${id}-language`}>
            {text.language}
          </label>
          <select
            id={`${id}-language`}
            className="form-control"
            value={prefs.language}
            onChange={(e) => setPrefs({ ...prefs, language: e.target.value === 'en' ? 'en' : 'lv' })}
          >
            <option value="lv">Latviešu</option>
            <option value="en">English</option>
          </select>
        </div>
        <button type="submit" className="button" data-testid="workplace.save-preferences">
          {text.save}
        </button>
        <p role="status" className={status?.kind === 'error' ? 'notice notice--error' : undefined}>
          {status?.message ?? ''}
        </p>
      </form>
    </section>
  );
}
