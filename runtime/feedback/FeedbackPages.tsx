import { FeedbackFormPage } from './FeedbackFormPage.tsx';
import { FeedbackPage } from './FeedbackPage.tsx';

export type FeedbackRoute =
  | { page: 'feedback'; service?: string }
  | { page: 'my-feedback'; reference: string };

/** The feedback pages (issue 7) as one component, loaded on demand by runtime/App.tsx. */
export function FeedbackPages({ route }: { route: FeedbackRoute }) {
  return route.page === 'feedback' ? (
    <FeedbackFormPage key={route.service ?? ''} serviceCode={route.service} />
  ) : (
    <FeedbackPage key={route.reference} reference={route.reference} />
  );
}
