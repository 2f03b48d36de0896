import { generateValidData } from '../../schema/testing/generate-valid-data.ts';
import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';
import { signIn } from '../fixtures/sign-in.ts';
import { expect, test } from '../fixtures/test.ts';

/**
 * Issue 5, acting on behalf: a company's board member chooses the company at the start of a form
 * for company representatives, and the agency sees on whose behalf it was submitted. Someone who
 * represents no company is told they cannot apply.
 */
const auth = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };

test('a board member chooses the company (the only choice offered) and submits on its behalf', async ({
  browser,
  formPage,
  page,
  request,
}) => {
  await signIn(page, 'peteris', '/services/company-certificate-request/apply?company=40003032949');
  const chooser = page.getByTestId('session.party-chooser');
  await expect(chooser).toBeVisible();
  await expect(chooser.getByRole('radio')).toHaveCount(1);
  await expect(chooser.getByRole('heading', { level: 2 })).toBeFocused();
  await formPage.expectNoAccessibilityViolations();

  // Continuing without a choice says what is missing.
  await page.getByTestId('session.party-continue').click();
  await expect(chooser.getByRole('alert')).toHaveText('Izvēlieties, kā vārdā iesniedzat pieteikumu');
  await chooser.getByRole('radio', { name: /40003032949/ }).check();
  await page.getByTestId('session.party-continue').click();

  await expect(page.getByTestId('session.acting-for')).toContainText('40003032949');
  await expect(page.getByTestId('runtime.form')).toBeVisible();
  await expect(page.locator('#root_companyCode')).toHaveValue('40003032949');
  await formPage.expectNoAccessibilityViolations();

  // The kit fills the rest; the choice is kept for this service in this tab.
  await formPage.open('company-certificate-request');
  await expect(page.getByTestId('session.acting-for')).toContainText('40003032949');
  const answers = {
    ...generateValidData(await formPage.formSchema(), { seed: 5 }),
    companyCode: '40003032949',
  };
  const reference = await formPage.submitAnswers(answers);

  const read = await request.get(`/api/submissions/${reference}`, { headers: auth });
  expect(await read.json()).toMatchObject({
    data: { companyCode: '40003032949' },
    represented: { kind: 'company', code: '40003032949', role: 'board-member' },
  });

  // The workplace lists it under the company, not among the person's own requests.
  await page.goto('/my');
  const company = page.getByTestId('workplace.party').filter({ hasText: '40003032949' });
  await expect(company.getByRole('heading', { level: 2 })).toHaveText(
    'Uzņēmuma vārdā (reģistrācijas numurs 40003032949)',
  );
  await expect(company.getByTestId('workplace.request').filter({ hasText: reference })).toHaveCount(1);
  await expect(page.getByTestId('workplace.request').filter({ hasText: reference })).toHaveCount(1);
  await formPage.expectNoAccessibilityViolations();

  // Another citizen sees nothing of it, neither in the list nor by its number.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, 'anna', '/my');
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Mani pieteikumi' })).toBeVisible();
  await expect(otherPage.getByText(reference)).toHaveCount(0);
  expect((await otherPage.request.get(`/api/my/requests/${reference}`)).status()).toBe(404);
  await other.close();
});

test('someone who represents no company cannot apply for a company service', async ({ formPage, page }) => {
  await signIn(page, 'anna', '/services/company-certificate-request/apply');
  await expect(page.getByTestId('session.no-company')).toBeVisible();
  await expect(page.getByTestId('runtime.form')).toHaveCount(0);
  await formPage.expectNoAccessibilityViolations();
});

test('a holder of a power of attorney applies for the grantor, who is named on the submission', async ({
  formPage,
  page,
  request,
}) => {
  await signIn(page, 'ilze', '/services/declaration-of-residence/apply');
  const chooser = page.getByTestId('session.party-chooser');
  await expect(chooser.getByRole('radio')).toHaveCount(2);
  await chooser.getByRole('radio', { name: /161175-19997/ }).check();
  await page.getByTestId('session.party-continue').click();
  await expect(page.getByTestId('runtime.form')).toBeVisible();

  await formPage.open('declaration-of-residence');
  const answers = {
    ...generateValidData(await formPage.formSchema(), { seed: 6 }),
    ...(await formPage.signInAnswers()),
  };
  const reference = await formPage.submitAnswers(answers);
  const read = await request.get(`/api/submissions/${reference}`, { headers: auth });
  expect((await read.json()).represented).toMatchObject({
    kind: 'person',
    code: '161175-19997',
    mandateId: 'demo-poa-1',
  });
});
