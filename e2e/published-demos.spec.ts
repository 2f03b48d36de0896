import { DEMO_DEFINITIONS } from '../schema/demo-definitions.ts';
import { generateValidData } from '../schema/testing/generate-valid-data.ts';
import { DEMO_AGENCY_KEY } from './fixtures/demo-credentials.ts';
import { expect, test } from './fixtures/test.ts';

/**
 * The kit on every published demo service: answers generated from the schema the API serves,
 * filled through the form step by step, submitted, and read back by the agency as sent. Two runs
 * per service: every question answered, and only the required ones.
 */
for (const { code } of DEMO_DEFINITIONS) {
  for (const [seed, optional] of [
    [1, 'all'],
    [2, 'none'],
  ] as const) {
    test(`${code}: generated answers (${optional === 'all' ? 'every question' : 'required only'}) go through the form to the agency`, async ({
      formPage,
      request,
    }) => {
      await formPage.open(code);
      const answers = {
        ...generateValidData(await formPage.formSchema(), { seed, optional }),
        ...(await formPage.signInAnswers()),
      };
      const reference = await formPage.submitAnswers(answers);
      await expect(formPage.page.getByRole('heading', { name: 'Iesniegums nosūtīts' })).toBeVisible();

      const read = await request.get(`/api/submissions/${reference}`, {
        headers: { authorization: `Bearer ${DEMO_AGENCY_KEY}` },
      });
      expect(read.status()).toBe(200);
      expect((await read.json()).data).toMatchObject(answers);
    });
  }
}
