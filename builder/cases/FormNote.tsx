/** What a case form's last submit did, read out politely (role="status"), red when it failed. */
export interface Note {
  error: boolean;
  text: string;
}

export function FormNote({ note, testId }: { note: Note | null; testId?: string }) {
  return (
    <p role="status" className={note?.error ? 'error' : undefined} data-testid={testId}>
      {note?.text ?? ''}
    </p>
  );
}
