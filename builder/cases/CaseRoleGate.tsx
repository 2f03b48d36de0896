import type { ReactNode } from 'react';
import { useBuilder } from '../shell/builder-context.tsx';
import { mayHandleCases } from './may-handle-cases.ts';

/**
 * The case screens (requests, feedback, overdue requests) need a role with `requests:manage`;
 * anyone else reads `noRole` instead. The server refuses them anyway: this only saves a
 * screen of errors.
 */
export function CaseRoleGate({ noRole, children }: { noRole: string; children: ReactNode }) {
  const { session } = useBuilder();
  if (session.state !== 'signed-in' || !mayHandleCases(session.roles)) {
    return (
      <main id="main" className="page">
        <p role="alert">{noRole}</p>
      </main>
    );
  }
  return children;
}
