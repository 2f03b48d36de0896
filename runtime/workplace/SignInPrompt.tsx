import { signInHref } from '../session/session-api.ts';

/** A page of the workplace asks the person to sign in first, and brings them back to it. */
export function SignInPrompt({
  title,
  signIn,
  returnTo,
}: {
  title: string;
  signIn: string;
  returnTo: string;
}) {
  return (
    <>
      <h1>{title}</h1>
      <p>
        <a className="button" href={signInHref(returnTo)}>
          {signIn}
        </a>
      </p>
    </>
  );
}
