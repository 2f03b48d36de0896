import type { PlainIssue } from './issue-messages.ts';

/** Problems as sentences, each with a button that selects the field it is about. */
export function IssueList(props: {
  issues: PlainIssue[];
  showLabel: string;
  onShowField: (pointer: string) => void;
}) {
  return (
    <ul>
      {props.issues.map((issue) => (
        <li key={issue.text}>
          {issue.text}{' '}
          {issue.field ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => props.onShowField(issue.field!.pointer)}
            >
              {props.showLabel}
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
