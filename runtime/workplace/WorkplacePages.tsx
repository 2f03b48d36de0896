import type { Route } from '../routing/parse-route.ts';
import { CapturedMailPage } from './CapturedMailPage.tsx';
import { MyRequestsPage } from './MyRequestsPage.tsx';
import { RequestPage } from './RequestPage.tsx';

export type WorkplaceRoute = Extract<Route, { page: 'my' | 'my-request' | 'dev-mail' }>;

/**
 * The workplace's pages as one component, loaded on demand by runtime/App.tsx: moving between
 * them never waits for code (one lazy component, resolved once).
 */
export function WorkplacePages({ route }: { route: WorkplaceRoute }) {
  switch (route.page) {
    case 'my':
      return <MyRequestsPage />;
    case 'my-request':
      return <RequestPage key={route.reference} reference={route.reference} />;
    case 'dev-mail':
      return <CapturedMailPage />;
  }
}
