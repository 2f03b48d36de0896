import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useDocumentTitle } from '../layout/use-document-title.ts';
import type { Party } from './party-choice.ts';
import { partyKey } from './party-choice.ts';
import type { SessionStrings } from './session-strings.ts';

export function describeParty(party: Party, text: SessionStrings, myName: string): string {
  switch (party.kind) {
    case 'myself':
      return text.partyMyself(myName);
    case 'company':
      return text.partyCompany(party.code);
    case 'person':
      return text.partyPerson(party.code);
  }
}

/**
 * "Who are you applying for?" at the start of a form (issue 5, acting on behalf): one radio per
 * party the sign-in allows. Nothing is preselected, so the choice is always deliberate; continuing
 * without one shows an error linked to the question.
 */
export function PartyChooser({
  choices,
  myName,
  text,
  onChoose,
}: {
  choices: readonly Party[];
  myName: string;
  text: SessionStrings;
  onChoose: (party: Party) => void;
}) {
  useDocumentTitle(text.partyTitle);
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [missing, setMissing] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const party = choices.find((choice) => partyKey(choice) === selected);
    if (!party) return setMissing(true);
    onChoose(party);
  };
  return (
    <form className="party-chooser" onSubmit={submit} noValidate data-testid="session.party-chooser">
      <h2 ref={heading} tabIndex={-1}>
        {text.partyTitle}
      </h2>
      <fieldset aria-describedby={missing ? 'party-error' : undefined}>
        <legend className="visually-hidden">{text.partyLegend}</legend>
        {missing ? (
          <p className="field__error" id="party-error" role="alert">
            {text.partyRequired}
          </p>
        ) : null}
        {choices.map((party) => {
          const key = partyKey(party);
          return (
            <div className="radio" key={key}>
              <label>
                <input
                  type="radio"
                  name="party"
                  value={key}
                  checked={selected === key}
                  onChange={() => {
                    setSelected(key);
                    setMissing(false);
                  }}
                />{' '}
                {describeParty(party, text, myName)}
              </label>
            </div>
          );
        })}
      </fieldset>
      <button type="submit" className="button button--primary" data-testid="session.party-continue">
        {text.partyContinue}
      </button>
    </form>
  );
}
