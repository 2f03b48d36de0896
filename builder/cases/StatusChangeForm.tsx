import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { FormNote, type Note } from './FormNote.tsx';

/** What sending a status change came to: the note to show, and whether the change was saved. */
export interface StatusChangeOutcome {
  saved: boolean;
  note: Note;
}

/**
 * The case worker's "change the status" form shared by requests and feedback: the new status
 * (required), the case's own fields (`children`: a message, a document), "reopen" on a closed
 * case, and a note that says what happened. `send` checks the case's own fields, sends the
 * change and clears those fields when it was saved; the form then clears its own and calls
 * `onSaved` (reload the case).
 */
export function StatusChangeForm(props: {
  testId: string;
  texts: {
    title: string;
    newStatus: string;
    choose: string;
    needStatus: string;
    reopen: string;
    submit: string;
  };
  options: ReadonlyArray<{ value: string; label: string }>;
  selectTestId: string;
  final: boolean;
  submitTestId: string;
  noteTestId?: string;
  send: (change: { status: string; reopen: boolean }) => Promise<StatusChangeOutcome>;
  onSaved: () => Promise<void>;
  children?: ReactNode;
}) {
  const { texts } = props;
  const id = useId();
  const [status, setStatus] = useState('');
  const [reopen, setReopen] = useState(false);
  const [note, setNote] = useState<Note | null>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!status) return setNote({ error: true, text: texts.needStatus });
    const outcome = await props.send({ status, reopen });
    setNote(outcome.note);
    if (!outcome.saved) return;
    setStatus('');
    setReopen(false);
    await props.onSaved();
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid={props.testId}>
      <h2>{texts.title}</h2>
      <p>
        <label htmlFor={`${id}-status`}>{texts.newStatus}</label>
        <br />
        <select
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value)}
          data-testid={props.selectTestId}
        >
          <option value="">{texts.choose}</option>
          {props.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </p>
      {props.children}
      {props.final && (
        <p>
          <label>
            <input type="checkbox" checked={reopen} onChange={(e) => setReopen(e.target.checked)} />{' '}
            {texts.reopen}
          </label>
        </p>
      )}
      <button type="submit" className="button button--primary" data-testid={props.submitTestId}>
        {texts.submit}
      </button>
      <FormNote note={note} testId={props.noteTestId} />
    </form>
  );
}
