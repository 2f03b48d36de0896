import type { ReactNode } from 'react';
import { CataloguePage } from './catalogue/CataloguePage.tsx';
import { LifeSituationPage } from './catalogue/LifeSituationPage.tsx';
import { ServicePage } from './catalogue/ServicePage.tsx';
import { PageLayout } from './layout/PageLayout.tsx';
import { ApplyPage } from './pages/ApplyPage.tsx';
import { DonePage } from './pages/DonePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { parseRoute } from './routing/parse-route.ts';
import { useLocation } from './routing/use-location.ts';
import { CapturedMailPage } from './workplace/CapturedMailPage.tsx';
import { MyRequestsPage } from './workplace/MyRequestsPage.tsx';
import { RequestPage } from './workplace/RequestPage.tsx';

/** The citizen runtime: picks the page for the current URL inside the common frame. */
export function App() {
  const { pathname, search } = useLocation();
  const route = parseRoute(pathname, search);
  let page: ReactNode;
  switch (route.page) {
    case 'home':
      page = <CataloguePage />;
      break;
    case 'service':
      page = <ServicePage key={route.code} code={route.code} />;
      break;
    case 'life-situation':
      page = <LifeSituationPage key={route.code} code={route.code} />;
      break;
    case 'apply':
      page = <ApplyPage code={route.code} version={route.version} step={route.step} params={route.params} />;
      break;
    case 'done':
      page = <DonePage key={route.code} code={route.code} />;
      break;
    case 'my':
      page = <MyRequestsPage />;
      break;
    case 'my-request':
      page = <RequestPage key={route.reference} reference={route.reference} />;
      break;
    case 'dev-mail':
      page = <CapturedMailPage />;
      break;
    case 'not-found':
      page = <NotFoundPage kind="page" />;
      break;
  }
  return <PageLayout>{page}</PageLayout>;
}
