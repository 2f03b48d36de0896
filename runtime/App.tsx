import { lazy, type ReactNode, Suspense } from 'react';
import { PageLayout } from './layout/PageLayout.tsx';
import { ApplyPage } from './pages/ApplyPage.tsx';
import { DonePage } from './pages/DonePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { parseRoute } from './routing/parse-route.ts';
import { useLocation } from './routing/use-location.ts';

/*
 * The catalogue and workplace pages load on demand: a citizen who follows a deep link to a form
 * downloads only the form's code (issue 4's 200 KiB budget for the form page).
 */
const CataloguePages = lazy(() =>
  import('./catalogue/CataloguePages.tsx').then((m) => ({ default: m.CataloguePages })),
);
const FeedbackPages = lazy(() =>
  import('./feedback/FeedbackPages.tsx').then((m) => ({ default: m.FeedbackPages })),
);
const WorkplacePages = lazy(() =>
  import('./workplace/WorkplacePages.tsx').then((m) => ({ default: m.WorkplacePages })),
);

/** The citizen runtime: picks the page for the current URL inside the common frame. */
export function App() {
  const { pathname, search } = useLocation();
  const route = parseRoute(pathname, search);
  let page: ReactNode;
  switch (route.page) {
    case 'home':
    case 'service':
    case 'life-situation':
      page = <CataloguePages route={route} />;
      break;
    case 'apply':
      page = <ApplyPage code={route.code} version={route.version} step={route.step} params={route.params} />;
      break;
    case 'done':
      page = <DonePage key={route.code} code={route.code} />;
      break;
    case 'my':
    case 'my-request':
    case 'dev-mail':
      page = <WorkplacePages route={route} />;
      break;
    case 'feedback':
    case 'my-feedback':
      page = <FeedbackPages route={route} />;
      break;
    case 'not-found':
      page = <NotFoundPage kind="page" />;
      break;
  }
  return (
    <PageLayout>
      <Suspense fallback={null}>{page}</Suspense>
    </PageLayout>
  );
}
