import type { Route } from '../routing/parse-route.ts';
import { CataloguePage } from './CataloguePage.tsx';
import { LifeSituationPage } from './LifeSituationPage.tsx';
import { ServicePage } from './ServicePage.tsx';

export type CatalogueRoute = Extract<Route, { page: 'home' | 'service' | 'life-situation' }>;

/**
 * The catalogue's pages as one component, loaded on demand by runtime/App.tsx: moving between
 * them never waits for code (one lazy component, resolved once).
 */
export function CataloguePages({ route }: { route: CatalogueRoute }) {
  switch (route.page) {
    case 'home':
      return <CataloguePage />;
    case 'service':
      return <ServicePage key={route.code} code={route.code} />;
    case 'life-situation':
      return <LifeSituationPage key={route.code} code={route.code} />;
  }
}
