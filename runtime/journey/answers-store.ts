/**
 * The answers typed so far, kept in session storage per service version: they survive step
 * changes, Back/Forward and a reload in the same tab, and disappear with the tab or after
 * submitting. Not local storage: on a shared computer the next person must not find them.
 * (Saving across devices needs sign-in: a later part of issue 4.)
 */
type Answers = Record<string, unknown>;

const keyFor = (code: string, version: number) => `runtime.answers.${code}@${version}`;

function isAnswers(value: unknown): value is Answers {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The saved answers, or undefined when there are none or they cannot be read. */
export function loadAnswers(
  storage: Pick<Storage, 'getItem'> | undefined,
  code: string,
  version: number,
): Answers | undefined {
  try {
    const raw = storage?.getItem(keyFor(code, version));
    const value: unknown = raw ? JSON.parse(raw) : undefined;
    return isAnswers(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the answers; a full or blocked storage only means a reload starts empty. */
export function saveAnswers(
  storage: Pick<Storage, 'setItem'> | undefined,
  code: string,
  version: number,
  answers: Answers,
): void {
  try {
    storage?.setItem(keyFor(code, version), JSON.stringify(answers));
  } catch {
    // Nothing to do: the answers stay in the page for as long as it is open.
  }
}

/** Forgets the answers, after they were submitted. */
export function clearAnswers(
  storage: Pick<Storage, 'removeItem'> | undefined,
  code: string,
  version: number,
): void {
  try {
    storage?.removeItem(keyFor(code, version));
  } catch {
    // Blocked storage held nothing either.
  }
}
