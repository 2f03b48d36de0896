import { useCallback, useEffect, useMemo, useState } from 'react';
import { createApiClient } from '../api/api-client.ts';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { useBuilder } from '../shell/builder-context.tsx';
import { createDeliveriesApi, type FailedDelivery, type WebhookEndpoint } from './deliveries-api.ts';

export const deliveriesPath = () => '/builder/deliveries';

const T = {
  lv: {
    title: 'Nepiegādātie pieteikumi',
    intro:
      'Šeit redzami pieteikumi un ziņas, ko neizdevās nosūtīt jūsu iestādes sistēmai. Kad sistēma atkal darbojas, nosūtiet tos vēlreiz: saņēmējs tos atpazīs pēc tā paša ziņas numura.',
    loading: 'Ielādē…',
    none: 'Visi pieteikumi ir piegādāti.',
    reference: 'Pieteikuma numurs',
    what: 'Kas',
    how: 'Kā sūtīts',
    tries: 'Mēģinājumi',
    why: 'Kāpēc neizdevās',
    when: 'Iesniegts',
    again: 'Sūtīt vēlreiz',
    againAll: 'Sūtīt vēlreiz visus',
    queued: (n: number) => (n === 1 ? 'Nosūtīšana atkārtota 1 ziņai.' : `Nosūtīšana atkārtota ${n} ziņām.`),
    webhook: 'Uz iestādes sistēmu',
    eAddress: 'E-adresē',
    submission: 'Jauns pieteikums',
    message: 'Iedzīvotāja atbilde',
    withdrawn: 'Pieteikums atsaukts',
    other: 'Cits notikums',
    unknownReason: 'Nav zināms',
    offTitle: 'Izslēgtās saņemšanas adreses',
    offIntro:
      'Uz šīm jūsu sistēmas adresēm platforma vairs nesūta. Kad sistēma atkal darbojas, ieslēdziet adresi un nosūtiet ziņas vēlreiz.',
    offGone: 'Jūsu sistēma atbildēja, ka adrese vairs nav spēkā (410).',
    offFailing: 'Jūsu sistēma ilgstoši neatbildēja vai atbildēja ar kļūdu.',
    offManual: 'Izslēgta ar roku.',
    switchOn: 'Ieslēgt',
    switchedOn: 'Adrese ieslēgta.',
    mailbox: 'E-adreses pastkastīte (simulators)',
  },
  en: {
    title: 'Undelivered requests',
    intro:
      "Requests and messages that could not be sent to your agency's system. When the system works again, send them again: the receiver recognises them by the same message id.",
    loading: 'Loading…',
    none: 'Everything has been delivered.',
    reference: 'Request number',
    what: 'What',
    how: 'Sent by',
    tries: 'Attempts',
    why: 'Why it failed',
    when: 'Submitted',
    again: 'Send again',
    againAll: 'Send all again',
    queued: (n: number) => (n === 1 ? 'Sending again: 1 message.' : `Sending again: ${n} messages.`),
    webhook: "To the agency's system",
    eAddress: 'By e-address',
    submission: 'New request',
    message: "Applicant's answer",
    withdrawn: 'Request withdrawn',
    other: 'Other event',
    unknownReason: 'Not known',
    offTitle: 'Switched-off receiving addresses',
    offIntro:
      'The platform no longer sends to these addresses of your system. When the system works again, switch the address on and send the messages again.',
    offGone: 'Your system answered that the address is gone (410).',
    offFailing: 'Your system failed or did not answer for a long time.',
    offManual: 'Switched off by hand.',
    switchOn: 'Switch on',
    switchedOn: 'The address is switched on.',
    mailbox: 'E-address mailbox (simulator)',
  },
};

/**
 * `/builder/deliveries` (issue 6): the agency's messages that could not be delivered (retries
 * exhausted or the endpoint switched off), each with why, sent again one by one or all at once.
 * For agency administrators; the same public API an agency's program would call.
 */
export function DeliveriesPage() {
  const t = useText(T);
  const { language } = useLanguage();
  const { session } = useBuilder();
  const token = session.state === 'signed-in' ? session.csrfToken : undefined;
  const api = useMemo(() => createDeliveriesApi(createApiClient({ csrfToken: () => token })), [token]);
  const [failed, setFailed] = useState<FailedDelivery[] | null>(null);
  const [off, setOff] = useState<WebhookEndpoint[]>([]);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');

  const load = useCallback(async () => {
    const [result, endpoints] = await Promise.all([api.failed(), api.endpoints()]);
    if (result.ok) setFailed(result.data.deliveries);
    else setProblem(describeFailure(result, language));
    if (endpoints.ok) setOff(endpoints.data.endpoints.filter((e) => e.state === 'disabled'));
  }, [api, language]);

  useEffect(() => {
    document.title = t.title;
    void load();
  }, [load, t.title]);

  async function replay(run: () => ReturnType<typeof api.replayOne>) {
    setProblem('');
    setDone('');
    const result = await run();
    if (!result.ok) {
      setProblem(describeFailure(result, language));
      return;
    }
    setDone(t.queued(result.data.replayed));
    await load();
  }

  const date = (iso: string) =>
    new Intl.DateTimeFormat(language === 'lv' ? 'lv-LV' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(new Date(iso));
  const what = (eventType: string) =>
    eventType === 'submission.created'
      ? t.submission
      : eventType === 'request.message'
        ? t.message
        : eventType === 'request.withdrawn'
          ? t.withdrawn
          : t.other;
  async function switchOn(id: string) {
    setProblem('');
    setDone('');
    const result = await api.switchOn(id);
    if (!result.ok) {
      setProblem(describeFailure(result, language));
      return;
    }
    setDone(t.switchedOn);
    await load();
  }
  const reason = (r: string | null) =>
    r === 'gone' ? t.offGone : r === 'failing' ? t.offFailing : t.offManual;
  const oldest = failed && failed.length > 0 ? failed.map((d) => d.createdAt).sort()[0] : undefined;

  return (
    <main id="main" className="page" data-testid="deliveries.page">
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <p>
        <a href="/builder/e-address" data-testid="deliveries.mailbox-link">
          {t.mailbox}
        </a>
      </p>
      <div aria-live="polite">
        {done && (
          <p className="notice" data-testid="deliveries.done">
            {done}
          </p>
        )}
      </div>
      {problem && (
        <p role="alert" className="notice notice--error">
          {problem}
        </p>
      )}
      {off.length > 0 && (
        <section aria-labelledby="deliveries-off" data-testid="deliveries.off">
          <h2 id="deliveries-off">{t.offTitle}</h2>
          <p>{t.offIntro}</p>
          <ul>
            {off.map((e) => (
              <li key={e.id} data-testid="deliveries.off-endpoint">
                <strong>{e.description || e.url}</strong> ({e.url}) — {reason(e.disabledReason)}{' '}
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`${t.switchOn}: ${e.description || e.url}`}
                  onClick={() => void switchOn(e.id)}
                >
                  {t.switchOn}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {failed === null && !problem && <p>{t.loading}</p>}
      {failed !== null && failed.length === 0 && <p data-testid="deliveries.none">{t.none}</p>}
      {failed !== null && failed.length > 0 && (
        <>
          <p>
            <button
              type="button"
              className="button button--primary"
              data-testid="deliveries.replay-all"
              onClick={() => oldest && void replay(() => api.replaySince(oldest))}
            >
              {t.againAll}
            </button>
          </p>
          <div className="table-scroll">
            <table className="deliveries-table" data-testid="deliveries.list">
              <caption className="visually-hidden">{t.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.reference}</th>
                  <th scope="col">{t.what}</th>
                  <th scope="col">{t.how}</th>
                  <th scope="col">{t.tries}</th>
                  <th scope="col">{t.why}</th>
                  <th scope="col">{t.when}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t.again}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {failed.map((d) => (
                  <tr key={d.messageId} data-testid="deliveries.row">
                    <th scope="row">{d.reference ?? '—'}</th>
                    <td>{what(d.eventType)}</td>
                    <td>{d.channel === 'webhook' ? t.webhook : t.eAddress}</td>
                    <td>{d.attempts}</td>
                    <td>{d.lastError ?? t.unknownReason}</td>
                    <td>{date(d.createdAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`${t.again}: ${d.reference ?? d.messageId}`}
                        onClick={() => void replay(() => api.replayOne(d.messageId))}
                      >
                        {t.again}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </main>
  );
}
