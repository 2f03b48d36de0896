import { DEMO_AGENCY_KEY } from '../fixtures/demo-credentials.ts';
import { expect, test } from '../fixtures/test.ts';
import { buildPdf, EXE, PNG, publishAttachmentService } from './attachment-service.ts';

test('attach a PDF and a PNG with upload progress, a renamed .exe refused, submit, download the receipt PDF', async ({
  formPage,
  page,
  request,
}) => {
  await publishAttachmentService(request, 'attachments-demo');
  await formPage.open('attachments-demo');
  await formPage.fill({ 'Vārds, uzvārds': 'Ģirts Ķēniņš' });
  await formPage.continue();
  const widget = page.getByTestId('runtime.attachments.documents');
  await expect(widget.getByLabel('Dokumenti')).toBeVisible();
  await expect(widget).toContainText('Atļautie faili: PDF, DOC, DOCX');

  // The server's answer waits a moment, so the progress bar can be seen while the upload is open.
  let release: () => void = () => {};
  const answered = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/api/services/attachments-demo/attachments?*', async (route) => {
    await answered;
    await route.continue();
  });
  await widget.getByLabel('Dokumenti').setInputFiles({
    name: 'Īres līgums.pdf',
    mimeType: 'application/pdf',
    buffer: await buildPdf(2 * 1024 * 1024),
  });
  const progress = page.getByRole('progressbar', { name: 'Īres līgums.pdf augšupielāde' });
  await expect(progress).toBeVisible();
  await expect(widget.getByTestId('runtime.attachments.progress')).toContainText('%');
  release();
  await expect(progress).toBeHidden();
  await page.unroute('**/api/services/attachments-demo/attachments?*');
  await expect(widget.getByTestId('runtime.attachments.file')).toHaveText([/Īres līgums\.pdf/]);

  await widget
    .getByLabel('Dokumenti')
    .setInputFiles({ name: 'rēķins.pdf', mimeType: 'application/pdf', buffer: EXE });
  await expect(widget.getByTestId('runtime.attachments.error')).toHaveText(
    'Fails rēķins.pdf nav tas, par ko to sauc tā nosaukums. Pievienojiet īstu dokumentu vai attēlu.',
  );
  await widget
    .getByLabel('Dokumenti')
    .setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: PNG });
  await expect(widget.getByTestId('runtime.attachments.file')).toHaveText([/Īres līgums\.pdf/, /foto\.png/]);
  await formPage.expectNoAccessibilityViolations();

  await formPage.continue();
  await expect(formPage.answer('documents')).toContainText('Īres līgums.pdf');
  await expect(formPage.answer('documents')).toContainText('foto.png');
  await page.getByTestId('runtime.submit').click();
  const reference = await formPage.reference();
  const link = page.getByTestId('runtime.receipt-pdf');
  await expect(link).toHaveText('Lejupielādēt apliecinājumu (PDF)');
  await formPage.expectNoAccessibilityViolations();

  const download = page.waitForEvent('download');
  await link.click();
  const file = await (await download).path();
  const bytes = await import('node:fs/promises').then((fs) => fs.readFile(file));
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.toString('latin1')).toContain(`/Reference (${reference})`);

  const printable = await request.get((await page.getByTestId('runtime.receipt-html').getAttribute('href'))!);
  expect(await printable.text()).toContain('Ģirts Ķēniņš');
});

test('a renamed .exe is refused by the server too, and removing a file takes it off the list', async ({
  formPage,
  page,
  request,
}) => {
  await publishAttachmentService(request, 'attachments-remove');
  const refused = await request.post('/api/services/attachments-remove/attachments?field=/documents', {
    headers: { 'x-file-name': 'setup.pdf', 'content-type': 'application/octet-stream' },
    data: EXE,
  });
  expect(refused.status()).toBe(422);
  expect((await refused.json()).error.code).toBe('file_content_mismatch');

  await formPage.open('attachments-remove');
  await formPage.fill({ 'Vārds, uzvārds': 'Anna' });
  await formPage.continue();
  const widget = page.getByTestId('runtime.attachments.documents');
  await widget
    .getByLabel('Dokumenti')
    .setInputFiles({ name: 'foto.png', mimeType: 'image/png', buffer: PNG });
  // WCAG 1.4.10 reflow: the file list and its buttons fit a 320 px screen.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(widget.getByTestId('runtime.attachments.file')).toHaveCount(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await formPage.expectNoAccessibilityViolations();
  if (process.env.E2E_SCREENSHOT) await page.screenshot({ path: process.env.E2E_SCREENSHOT, fullPage: true });
  await widget.getByRole('button', { name: 'Noņemt failu foto.png' }).click();
  await expect(widget.getByTestId('runtime.attachments.file')).toHaveCount(0);
  await expect(widget.getByLabel('Dokumenti')).toBeFocused();
});

test('save and continue later: the resume link restores the answers in a new browser', async ({
  formPage,
  page,
  request,
  browser,
}) => {
  await publishAttachmentService(request, 'attachments-resume');
  await formPage.open('attachments-resume');
  await formPage.fill({ 'Vārds, uzvārds': 'Anna Bērziņa' });
  await page.getByTestId('runtime.save-for-later').click();
  const panel = page.getByTestId('runtime.resume-link-panel');
  await expect(panel).toContainText('Saite darbojas līdz');
  await expect(panel).toContainText('30 dienas');
  await formPage.expectNoAccessibilityViolations();
  const link = await page.getByTestId('runtime.resume-link').inputValue();
  expect(link).toMatch(/\/services\/attachments-resume\/apply#resume=res_[A-Za-z0-9_-]{43}$/);

  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(link);
  await expect(other.getByLabel('Vārds, uzvārds', { exact: true })).toHaveValue('Anna Bērziņa');
  expect(new URL(other.url()).hash).toBe('');
  await elsewhere.close();

  const expired = await browser.newContext();
  const stale = await expired.newPage();
  await stale.goto(`/services/attachments-resume/apply#resume=res_${'A'.repeat(43)}`);
  await expect(stale.getByTestId('runtime.resume-problem')).toContainText('Saite nav atrasta');
  await expired.close();
});

test('each row of a repeating group takes its own file, and the agency gets each with its field', async ({
  formPage,
  page,
  request,
}) => {
  await publishAttachmentService(request, 'attachments-rows', { withGroup: true });
  await formPage.open('attachments-rows');
  await formPage.fill({ 'Vārds, uzvārds': 'Inese Liepa' });
  await formPage.continue();
  await page
    .getByTestId('runtime.attachments.documents')
    .getByLabel('Dokumenti')
    .setInputFiles({ name: 'pase.pdf', mimeType: 'application/pdf', buffer: await buildPdf() });
  for (const [row, name] of ['Marta', 'Jēkabs'].entries()) {
    await page
      .locator('[id="root_children"]')
      .locator('xpath=ancestor-or-self::*[contains(@class,"form-group")][1]')
      .getByRole('button', { name: /Pievienot/ })
      .last()
      .click();
    await page.locator(`[id="root_children_${row}_name"]`).fill(name);
    const widget = page.getByTestId(`runtime.attachments.children/${row}/certificate`);
    await widget
      .getByLabel('Dzimšanas apliecība')
      .setInputFiles({ name: `${name}.pdf`, mimeType: 'application/pdf', buffer: await buildPdf() });
    await expect(widget.getByTestId('runtime.attachments.file')).toHaveText([new RegExp(`${name}\\.pdf`)]);
  }
  await formPage.expectNoAccessibilityViolations();
  await formPage.continue();
  await page.getByTestId('runtime.submit').click();
  const reference = await formPage.reference();

  const list = await request.get(`/api/submissions/${reference}/attachments`, {
    headers: { authorization: `Bearer ${DEMO_AGENCY_KEY}` },
  });
  const files = ((await list.json()).attachments as Array<{ fileName: string; field: string }>)
    .map((file) => `${file.field} ${file.fileName}`)
    .sort();
  expect(files).toEqual([
    '/children/*/certificate Jēkabs.pdf',
    '/children/*/certificate Marta.pdf',
    '/documents pase.pdf',
  ]);
});
