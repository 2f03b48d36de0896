import { findLifeSituation } from '../../schema/register/life-situations.ts';
import type { LocalizedText } from '../../schema/service-definition.ts';
import { feedbackFormPath, feedbackStrings } from '../feedback/feedback-strings.ts';
import { RichText } from '../form/RichText.tsx';
import { useLanguage } from '../i18n/LanguageProvider.tsx';
import { describeDuration } from '../journey/describe-duration.ts';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import { Link } from '../routing/Link.tsx';
import { CATALOGUE_STRINGS } from './catalogue-strings.ts';
import type { CatalogueEntry } from './catalogue-types.ts';
import './catalogue.css';
import { LoadProblem } from './LoadProblem.tsx';
import { ServiceStatistics } from './ServiceStatistics.tsx';
import { useApiJson } from './use-api-json.ts';

const euro = (amount: number, language: 'lv' | 'en') =>
  new Intl.NumberFormat(language === 'lv' ? 'lv-LV' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(
    amount,
  );

/**
 * The public page of a service (issue 7, P11, P12): `/services/{code}`, its description, how it
 * is done, what it costs and how long it takes, questions people ask, and the Apply deep link.
 */
export function ServicePage({ code }: { code: string }) {
  const { language, strings: ui } = useLanguage();
  const strings = CATALOGUE_STRINGS[language];
  const { load, reload } = useApiJson<CatalogueEntry>(`/api/catalogue/services/${encodeURIComponent(code)}`);
  const entry = load.kind === 'ok' ? load.value : undefined;
  useDocumentTitle(entry ? entry.title[language] : undefined);
  if (!entry) {
    return (
      <>
        <p>
          <Link href="/">{strings.backToCatalogue}</Link>
        </p>
        <LoadProblem load={load} reload={reload} notFound={strings.serviceNotFound} />
      </>
    );
  }
  const { register } = entry;
  const s = strings.service;
  const say = (text: LocalizedText) => text[language].trim();
  const processing = describeDuration(entry.targetProcessingTime, ui.duration);
  const deadline = register.legalDeadline ? describeDuration(register.legalDeadline, ui.duration) : undefined;
  const steps = register.howItIsDone[language];
  return (
    <article data-testid="service-page">
      <p>
        <Link href="/">{strings.backToCatalogue}</Link>
      </p>
      <h1>{entry.title[language]}</h1>
      <p className="lead">{entry.description[language]}</p>
      <p>
        <Link className="button" href={entry.links.apply} data-testid="service-page.apply">
          {s.applyOnline}
        </Link>
      </p>

      <h2>{s.facts}</h2>
      <dl className="service-facts">
        <dt>{s.agency}</dt>
        <dd>{entry.agency.name[language]}</dd>
        <dt>{s.audience}</dt>
        <dd>{register.audience.map((audience) => strings.audience[audience]).join(', ')}</dd>
        <dt>{s.cost}</dt>
        <dd data-testid="service-page.cost">
          {register.cost.amountEur === 0 ? s.free : euro(register.cost.amountEur, language)}
          {say(register.cost.note) && <span className="service-facts__note">{say(register.cost.note)}</span>}
        </dd>
        {processing && (
          <>
            <dt>{s.processingTime}</dt>
            <dd data-testid="service-page.processing-time">{s.within(processing)}</dd>
          </>
        )}
        {deadline && (
          <>
            <dt>{s.legalDeadline}</dt>
            <dd>{s.within(deadline)}</dd>
          </>
        )}
        <dt>{s.channels}</dt>
        <dd>{register.channels.map((channel) => s.channel[channel]).join(', ')}</dd>
      </dl>

      <ServiceStatistics code={entry.code} />
      {steps && (
        <section aria-labelledby="service-steps">
          <h2 id="service-steps">{s.howItIsDone}</h2>
          <RichText doc={steps} className="service-steps" />
        </section>
      )}
      {say(register.eligibility) && (
        <section aria-labelledby="service-eligibility">
          <h2 id="service-eligibility">{s.eligibility}</h2>
          <p>{say(register.eligibility)}</p>
        </section>
      )}
      <TextList id="service-documents" title={s.requiredDocuments} items={register.requiredDocuments} />
      <TextList id="service-outputs" title={s.outputs} items={register.outputs} />
      {register.faq.length > 0 && (
        <section aria-labelledby="service-faq">
          <h2 id="service-faq">{s.faq}</h2>
          {register.faq.map((item) => (
            <details key={item.question.lv} className="service-faq">
              <summary>{item.question[language]}</summary>
              <p>{item.answer[language]}</p>
            </details>
          ))}
        </section>
      )}
      {register.legalBasis.length > 0 && (
        <section aria-labelledby="service-law">
          <h2 id="service-law">{s.legalBasis}</h2>
          <ul>
            {register.legalBasis.map((basis) => (
              <li key={basis.title.lv}>
                {basis.url ? (
                  <a href={basis.url} rel="noopener noreferrer">
                    {basis.title[language]}
                  </a>
                ) : (
                  basis.title[language]
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Contact entry={entry} />
      <p>
        <Link href={feedbackFormPath(entry.code)} data-testid="service-page.feedback">
          {feedbackStrings(language).entry}
        </Link>
      </p>
      {register.lifeSituations.length > 0 && (
        <section aria-labelledby="service-situations">
          <h2 id="service-situations">{s.lifeSituations}</h2>
          <ul>
            {register.lifeSituations.map((situationCode) => {
              const situation = findLifeSituation(situationCode);
              return situation ? (
                <li key={situationCode}>
                  <Link href={`/life-situations/${situationCode}`}>{situation.name[language]}</Link>
                </li>
              ) : null;
            })}
          </ul>
        </section>
      )}
    </article>
  );
}

function TextList({ id, title, items }: { id: string; title: string; items: LocalizedText[] }) {
  const { language } = useLanguage();
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.lv}>{item[language]}</li>
        ))}
      </ul>
    </section>
  );
}

function Contact({ entry }: { entry: CatalogueEntry }) {
  const { language } = useLanguage();
  const s = CATALOGUE_STRINGS[language].service;
  const contact = entry.register.contactPoint;
  const hours = contact.hours[language].trim();
  if (!contact.email && !contact.phone && !contact.url && !hours) return null;
  return (
    <section aria-labelledby="service-contact">
      <h2 id="service-contact">{s.contact}</h2>
      <dl className="service-facts">
        {contact.email && (
          <>
            <dt>{s.email}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        )}
        {contact.phone && (
          <>
            <dt>{s.phone}</dt>
            <dd>
              <a href={`tel:${contact.phone.replaceAll(' ', '')}`}>{contact.phone}</a>
            </dd>
          </>
        )}
        {contact.url && (
          <>
            <dt>{s.website}</dt>
            <dd>
              <a href={contact.url} rel="noopener noreferrer">
                {contact.url}
              </a>
            </dd>
          </>
        )}
        {hours && (
          <>
            <dt>{s.hours}</dt>
            <dd>{hours}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
