import { type ReactNode, useEffect } from 'react';
import { RouteLink } from '../routing/RouteLink.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';

/**
 * The frame of one case's screen (a request, a feedback): the way back to the list, what went
 * wrong, "loading" until the case is there, then the case itself (`children`).
 */
export function CasePageFrame(props: {
  documentTitle: string;
  back: { href: string; label: string };
  problem: string;
  loaded: boolean;
  loading: string;
  children: ReactNode;
}) {
  useEffect(() => {
    document.title = props.documentTitle;
  }, [props.documentTitle]);
  return (
    <main id="main" className="page">
      <p>
        <RouteLink href={props.back.href}>{props.back.label}</RouteLink>
      </p>
      <ProblemAlert problem={props.problem} />
      {!props.loaded && !props.problem && <p>{props.loading}</p>}
      {props.loaded && props.children}
    </main>
  );
}
