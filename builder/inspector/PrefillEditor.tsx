import { useId } from 'react';
import { IDENTITY_CLAIMS, type IdentityClaim, type PrefillSource } from '../../schema/service-definition.ts';
import { useText } from '../i18n/LanguageProvider.tsx';

const T = {
  lv: {
    legend: 'Aizpildīt iepriekš',
    source: 'No kurienes',
    none: 'Neaizpildīt',
    claim: 'No personas datiem pēc pieteikšanās',
    url: 'No saites parametra',
    which: 'Kuri dati',
    param: 'Parametra nosaukums saitē',
    paramHint: 'Piemēram, saite …/apply?uznemums=40003032949 aizpilda lauku no parametra “uznemums”.',
    claims: {
      personal_code: 'Personas kods',
      given_name: 'Vārds',
      family_name: 'Uzvārds',
      email: 'E-pasts',
      phone_number: 'Tālrunis',
    } as Record<IdentityClaim, string>,
  },
  en: {
    legend: 'Fill in beforehand',
    source: 'From where',
    none: 'Do not fill in',
    claim: "From the person's sign-in data",
    url: 'From a link parameter',
    which: 'Which data',
    param: 'Parameter name in the link',
    paramHint:
      'For example, the link …/apply?company=40003032949 fills the field from the parameter “company”.',
    claims: {
      personal_code: 'Personal code',
      given_name: 'Given name',
      family_name: 'Family name',
      email: 'E-mail',
      phone_number: 'Phone',
    } as Record<IdentityClaim, string>,
  },
};

/** Prefill source of a top-level field: a claim from sign-in, or a parameter of the deep link. */
export function PrefillEditor(props: {
  value: PrefillSource | null;
  onChange: (source: PrefillSource | null) => void;
}) {
  const t = useText(T);
  const id = useId();
  const { value, onChange } = props;
  return (
    <fieldset>
      <legend>{t.legend}</legend>
      <label htmlFor={`${id}-kind`}>{t.source}</label>
      <select
        id={`${id}-kind`}
        value={value?.kind ?? ''}
        onChange={(e) =>
          onChange(
            e.target.value === 'claim'
              ? { kind: 'claim', claim: 'personal_code' }
              : e.target.value === 'url'
                ? { kind: 'url', param: 'p' }
                : null,
          )
        }
        data-testid="inspector.prefill-kind"
      >
        <option value="">{t.none}</option>
        <option value="claim">{t.claim}</option>
        <option value="url">{t.url}</option>
      </select>
      {value?.kind === 'claim' ? (
        <>
          <label htmlFor={`${id}-claim`}>{t.which}</label>
          <select
            id={`${id}-claim`}
            value={value.claim}
            onChange={(e) => onChange({ kind: 'claim', claim: e.target.value as IdentityClaim })}
            data-testid="inspector.prefill-claim"
          >
            {IDENTITY_CLAIMS.map((c) => (
              <option key={c} value={c}>
                {t.claims[c]}
              </option>
            ))}
          </select>
        </>
      ) : null}
      {value?.kind === 'url' ? (
        <>
          <label htmlFor={`${id}-param`}>{t.param}</label>
          <p className="hint" id={`${id}-param-hint`}>
            {t.paramHint}
          </p>
          <input
            id={`${id}-param`}
            value={value.param}
            aria-describedby={`${id}-param-hint`}
            onChange={(e) => onChange({ kind: 'url', param: e.target.value })}
            data-testid="inspector.prefill-param"
          />
        </>
      ) : null}
    </fieldset>
  );
}
