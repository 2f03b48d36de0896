/** The overdue list's words, LV and EN (issue 7: service levels and their control). */

import { isLatvianSingular } from '../../schema/latvian-count.ts';
import type { Language } from '../../schema/service-definition.ts';

export const OVERDUE_TEXTS = {
  lv: {
    title: 'Nokavētie pieteikumi',
    titleOf: (service: string) => `Nokavētie pieteikumi: ${service}`,
    back: 'Atpakaļ uz pieteikumiem',
    target: (time: string) => `Noteiktais izskatīšanas laiks: ${time}.`,
    intro:
      'Šeit ir vēl neizskatītie pieteikumi, kuru izskatīšana ilgst ilgāk par noteikto laiku; visilgāk nokavētie ir augšā. Laiku, kamēr gaidījāt iesniedzēja atbildi, neskaita.',
    noTarget: 'Šim pakalpojumam nav noteikta izskatīšanas laika, tāpēc neviens pieteikums nav nokavēts.',
    none: 'Nekas nav nokavēts: visi atvērtie šī pakalpojuma pieteikumi vēl ir noteiktajā laikā.',
    loading: 'Ielādē…',
    notFound: 'Jūsu iestādei nav šāda pakalpojuma.',
    submitted: 'Iesniegts',
    over: 'Nokavēts par',
    status: 'Statuss',
    lessThanADay: 'mazāk nekā dienu',
    days: (n: number) => `${n} ${isLatvianSingular(n) ? 'dienu' : 'dienām'}`,
    shown: (shown: number, total: number) => `Parādīti ${shown} no ${total}: visilgāk nokavētie.`,
    noRole: 'Jums nav tiesību skatīt pieteikumus. Lūdziet administratoram lietvedes lomu.',
    linksTitle: 'Nokavētie pieteikumi',
  },
  en: {
    title: 'Overdue requests',
    titleOf: (service: string) => `Overdue requests: ${service}`,
    back: 'Back to requests',
    target: (time: string) => `Target processing time: ${time}.`,
    intro:
      'These open requests have taken longer than the target time; the longest overdue come first. Time spent waiting for the applicant’s answer does not count.',
    noTarget: 'This service has no target processing time, so no request is overdue.',
    none: 'Nothing is overdue: every open request of this service is still within the target time.',
    loading: 'Loading…',
    notFound: 'Your agency has no such service.',
    submitted: 'Submitted',
    over: 'Overdue by',
    status: 'Status',
    lessThanADay: 'less than a day',
    days: (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`,
    shown: (shown: number, total: number) => `Showing ${shown} of ${total}: the longest overdue.`,
    noRole: 'You may not see requests. Ask your administrator for the case worker role.',
    linksTitle: 'Overdue requests',
  },
} satisfies Record<Language, unknown>;
