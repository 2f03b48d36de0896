import { useEffect, useState } from 'react';
import type { LocalizedText } from '../../schema/service-definition.ts';
import { createCatalogueApi } from '../api/catalogue-api.ts';
import { useBuilder } from '../shell/builder-context.tsx';
import { useStaffApi } from './use-staff-api.ts';

export interface AgencyService {
  code: string;
  title: LocalizedText;
}

/**
 * The agency's services for the case screens: the service register's list when the person may
 * read it (designers, administrators; drafts and retired services too), otherwise the agency's
 * published services from the public catalogue (a case worker's role reads no register, and
 * only published services receive requests). Empty until known, and when neither answers.
 */
export function useAgencyServices(): AgencyService[] {
  const { services, session } = useBuilder();
  const catalogue = useStaffApi(createCatalogueApi);
  const agency = session.state === 'signed-in' ? session.agency : undefined;
  const [list, setList] = useState<AgencyService[]>([]);

  useEffect(() => {
    let current = true;
    void (async () => {
      const register = await services.list();
      if (register.ok) {
        if (current) setList(register.data.services.map((s) => ({ code: s.code, title: s.title })));
        return;
      }
      if (!agency) return;
      const published = await catalogue.agencyServices(agency);
      if (published.ok && current)
        setList(published.data.entries.map((s) => ({ code: s.code, title: s.title })));
    })();
    return () => {
      current = false;
    };
  }, [services, catalogue, agency]);

  return list;
}
