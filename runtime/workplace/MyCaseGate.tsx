import type { ReactNode } from 'react';
import { SignInPrompt } from './SignInPrompt.tsx';
import type { MyCase } from './use-my-case.ts';

/**
 * The states before one of the person's own cases can be shown: loading, "sign in to see it"
 * (and come back to `returnTo`), not theirs or not there, failed to load. `children` draws the
 * case once it is here; `back` (the way back to the workplace) leads every state but loading.
 */
export function MyCaseGate<Case>(props: {
  current: MyCase<Case>;
  returnTo: string;
  back: ReactNode;
  texts: {
    loading: string;
    signInTitle: string;
    signIn: string;
    notFoundTitle: string;
    notFoundBody: string;
    loadFailed: string;
  };
  children: (item: Case) => ReactNode;
}) {
  const { current, texts } = props;
  switch (current.state) {
    case 'loading':
      return <p className="loading">{texts.loading}</p>;
    case 'signed-out':
      return <SignInPrompt title={texts.signInTitle} signIn={texts.signIn} returnTo={props.returnTo} />;
    case 'not-found':
      return (
        <>
          {props.back}
          <h1>{texts.notFoundTitle}</h1>
          <p>{texts.notFoundBody}</p>
        </>
      );
    case 'error':
      return (
        <>
          {props.back}
          <h1>{texts.loadFailed}</h1>
        </>
      );
    default:
      return (
        <>
          {props.back}
          {props.children(current.item)}
        </>
      );
  }
}
