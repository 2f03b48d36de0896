import { FormPage } from '../fixtures/form-page.ts';
import { signIn } from '../fixtures/sign-in.ts';
import { expect, test } from '../fixtures/test.ts';
import { PNG, publishAttachmentService } from './attachment-service.ts';

test('signed in: answers are saved on the server as they go; a fresh browser as the same person resumes and finishes', async ({
  page,
  request,
  browser,
}) => {
  await publishAttachmentService(request, 'attachments-signed-in');
  const path = '/services/attachments-signed-in/apply';
  await signIn(page, 'janis', path);
  await expect(page.getByTestId('runtime.form')).toBeVisible();
  await page.getByLabel('Vārds, uzvārds', { exact: true }).fill('Jānis Bērziņš');
  await expect(page.getByTestId('runtime.draft-saved')).toContainText('Atbildes saglabātas plkst.');
  await expect(page.getByTestId('runtime.save-for-later')).toHaveCount(0);

  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  await signIn(other, 'janis', path);
  await expect(other.getByTestId('runtime.saved-draft-offer')).toContainText('Jums ir saglabātas atbildes');
  await new FormPage(other).expectNoAccessibilityViolations();
  await other.getByTestId('runtime.use-saved-draft').click();
  const name = other.getByLabel('Vārds, uzvārds', { exact: true });
  await expect(name).toHaveValue('Jānis Bērziņš');
  await other.getByTestId('runtime.next').click();
  await other
    .getByTestId('runtime.attachments.documents')
    .getByLabel('Dokumenti')
    .setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: PNG });
  await expect(other.getByTestId('runtime.attachments.file')).toHaveText([/foto\.png/]);
  await other.getByTestId('runtime.next').click();
  await expect(other.getByTestId('runtime.answer-documents')).toContainText('foto.png');
  await other.getByTestId('runtime.submit').click();
  await expect(other.getByTestId('runtime.reference')).toBeVisible();
  // Sent: the saved draft is gone.
  await expect
    .poll(async () => (await other.request.get('/api/services/attachments-signed-in/my-draft')).status())
    .toBe(404);
  await laptop.close();
});
