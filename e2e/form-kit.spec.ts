import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateValidData } from '../schema/testing/generate-valid-data.ts';
import { DEMO_AGENCY_KEY } from './fixtures/demo-credentials.ts';
import { expect, test } from './fixtures/test.ts';

/**
 * The testers' kit on every valid definition of the shared fixture corpus (formats, patterns,
 * choices, conditions, dependencies, nested objects, `$ref`s, lists, several steps, a legacy
 * model): published as a service, filled from generated answers through the form, submitted,
 * and read back by the agency exactly as generated.
 */
const folder = join(import.meta.dirname, '..', 'schema', 'fixtures', 'definitions', 'valid');
const fixtures = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort();

for (const file of fixtures) {
  test(`kit: ${file} filled from generated answers and submitted`, async ({
    formPage,
    request,
  }, testInfo) => {
    // A code of its own per attempt: a retry must not meet the service its first attempt made.
    const code = `kit-${file.replace(/\.json$/, '').replace(/[^a-z0-9]+/g, '-')}${testInfo.retry ? `-r${testInfo.retry}` : ''}`;
    const definition = {
      ...JSON.parse(readFileSync(join(folder, file), 'utf8')),
      code,
      agency: 'demo-agency',
    };
    const auth = { authorization: `Bearer ${DEMO_AGENCY_KEY}` };
    const created = await request.post('/api/services', { headers: auth, data: { definition } });
    expect(created.status(), await created.text()).toBe(201);
    expect((await request.post(`/api/services/${code}/publish`, { headers: auth })).status()).toBe(201);

    await formPage.open(code);
    const answers = {
      ...generateValidData(await formPage.formSchema(), { seed: 3 }),
      ...(await formPage.signInAnswers()),
    };
    const reference = await formPage.submitAnswers(answers);
    const read = await request.get(`/api/submissions/${reference}`, { headers: auth });
    expect((await read.json()).data).toEqual(answers);
  });
}
