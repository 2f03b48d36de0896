import type { FormPage } from '../fixtures/form-page.ts';

/** Jānis (signed in by the form's sign-in gate) submits the demo declaration; returns its number. */
export async function submitDeclaration(formPage: FormPage): Promise<string> {
  await formPage.open('declaration-of-residence');
  await formPage.fill({
    Tālrunis: '+371 2612 3456',
    'Dzimšanas datums': '1975-11-16',
    'E-pasts': 'j@example.lv',
  });
  await formPage.continue();
  await formPage.fill({
    'Iela, mājas numurs, dzīvoklis': 'Brīvības iela 1-5',
    'Pilsēta vai pagasts': 'Rīga',
    'Pasta indekss': 'LV-1010',
    'Dzīvoju šajā adresē kopš': '2026-10-01',
  });
  await formPage.choose('Esmu īpašnieks');
  await formPage.continue();
  await formPage.submit();
  return formPage.reference();
}
