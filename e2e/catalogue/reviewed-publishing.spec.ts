import { buildDefinition } from '../../schema/build-definition.ts';
import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';
import { signIn } from '../fixtures/sign-in.ts';
import { expect, test } from '../fixtures/test.ts';

/**
 * Reviewed publishing (issue 7): a version submitted for review is returned with a comment,
 * fixed, approved in the builder's review screen, and only then served by its deep link. The
 * designer here is the agency's program (API key); the reviewer is a person (Dace), so four eyes
 * hold. The agency's "review required" setting is left alone: other journeys publish on this
 * server at the same time.
 */
const headers = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };

test('a version is returned with a comment, fixed, approved, and only then served', async ({
  page,
  formPage,
  request: anonymous,
}) => {
  const request = page.request;
  const code = `reviewed-${Date.now().toString(36)}`;
  const definition = buildDefinition({
    code,
    agency: 'demo-agency',
    title: { lv: 'Suņa reģistrācja', en: 'Dog registration' },
  });
  expect((await request.post('/api/services', { headers, data: { definition } })).status()).toBe(201);
  const first = await request.post(`/api/services/${code}/reviews`, { headers });
  expect(first.status()).toBe(201);
  expect((await request.get(`/api/services/${code}`)).status()).toBe(404);

  await signIn(page, 'dace', '/builder/reviews');
  await expect(page.getByRole('heading', { level: 1, name: 'Pārbaude pirms publicēšanas' })).toBeVisible();
  await page.getByRole('link', { name: 'Suņa reģistrācja' }).click();
  await expect(page.getByText('Pakalpojums vēl nav publicēts: šī būs pirmā versija.')).toBeVisible();
  // The reviewer sees the automatic accessibility check of the rendered form.
  await expect(page.getByTestId('builder.review.axe-result')).toHaveText(
    'Automātiskā pārbaude problēmas neatrada.',
    { timeout: 15_000 },
  );
  await formPage.expectNoAccessibilityViolations();
  await page.getByTestId('builder.review.return').click();
  await expect(page.getByRole('alert')).toContainText('Ierakstiet komentāru');
  await page.getByLabel('Komentārs veidotājam').fill('Nosaukumā trūkst burta: reģistrācija.');
  await page.getByTestId('builder.review.return').click();
  await expect(page.getByTestId('builder.review.state')).toHaveText('Atgriezta labošanai.');
  await expect(page.getByTestId('builder.review.comment')).toContainText('Nosaukumā trūkst burta');
  expect((await request.get(`/api/services/${code}`)).status()).toBe(404);

  // The designer fixes the draft and submits it again.
  const draft = await (await request.get(`/api/services/${code}/draft`, { headers })).json();
  const fixed = { ...draft.definition, title: { lv: 'Suņa reģistrācija', en: 'Dog registration' } };
  const saved = await request.put(`/api/services/${code}/draft`, {
    headers,
    data: { baseRevision: draft.revision, definition: fixed },
  });
  expect(saved.status()).toBe(200);
  const second = await (await request.post(`/api/services/${code}/reviews`, { headers })).json();
  expect((await request.get(`/api/services/${code}`)).status()).toBe(404);

  await page.goto(`/builder/reviews/${second.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Suņa reģistrācija' })).toBeVisible();
  await page.getByTestId('builder.review.approve').click();
  await expect(page.getByTestId('builder.review.state')).toHaveText(
    'Apstiprināta un publicēta. Publicēta kā 1. versija.',
  );
  await formPage.expectNoAccessibilityViolations();

  const live = await request.get(`/api/services/${code}`);
  expect(live.status()).toBe(200);
  expect((await live.json()).definition.title.lv).toBe('Suņa reģistrācija');
  await page.goto(`/services/${code}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Suņa reģistrācija' })).toBeVisible();
  await expect(page.getByTestId('service-page.statistics')).toContainText(
    'Vēl nav neviena izskatīta pieteikuma',
  );

  // A request through the deep link's API, completed by the agency: the page shows its time.
  // An anonymous citizen (the page's own context carries the reviewer's session cookie).
  const submitted = await anonymous.post(`/api/services/${code}/submissions`, {
    data: { data: { fullName: 'Anna Liepa' } },
  });
  expect(submitted.status()).toBe(201);
  const { reference } = await submitted.json();
  const done = await request.post(`/api/requests/${reference}/status`, {
    headers,
    data: { code: 'completed' },
  });
  expect(done.status()).toBe(201);
  await page.reload();
  await expect(page.getByTestId('service-page.statistics')).toContainText(
    'Izskatīti pieteikumi: 1 (kopā saņemti: 1).',
  );
  await expect(page.getByTestId('service-page.within-target')).toHaveText(
    'Noteiktajā termiņā izskatīti: 100%.',
  );
  await formPage.expectNoAccessibilityViolations();

  await page.getByTestId('service-page.apply').click();
  await expect(page).toHaveURL(new RegExp(`/services/${code}/apply$`));
  await expect(page.getByText('Suņa reģistrācija').first()).toBeVisible();
});
