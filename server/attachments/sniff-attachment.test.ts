import { describe, expect, it } from 'vitest';
import { sniffAttachment } from './sniff-attachment.ts';
import {
  buildTestAsice,
  buildTestDocx,
  buildTestOdt,
  buildTestPdf,
  buildZip,
  TEST_EXE,
  TEST_PNG,
} from './testing/build-test-files.ts';

describe('sniffAttachment', () => {
  it('accepts content that matches the extension', async () => {
    expect(await sniffAttachment(await buildTestPdf(), 'pdf')).toEqual({
      ok: true,
      mediaType: 'application/pdf',
    });
    expect(await sniffAttachment(TEST_PNG, 'png')).toEqual({ ok: true, mediaType: 'image/png' });
    expect(await sniffAttachment(buildTestDocx(), 'docx')).toMatchObject({ ok: true });
    expect(await sniffAttachment(buildTestOdt(), 'odt')).toMatchObject({ ok: true });
    expect(await sniffAttachment(buildTestAsice(), 'edoc')).toEqual({
      ok: true,
      mediaType: 'application/vnd.etsi.asic-e+zip',
    });
    expect(await sniffAttachment(buildTestAsice(), 'asice')).toMatchObject({ ok: true });
  });

  it('refuses a renamed executable, a PNG called .pdf and a plain ZIP called .edoc', async () => {
    expect(await sniffAttachment(TEST_EXE, 'pdf')).toMatchObject({ ok: false });
    expect(await sniffAttachment(TEST_PNG, 'pdf')).toEqual({ ok: false, detected: 'png' });
    expect(await sniffAttachment(buildZip([['a.txt', 'hello']]), 'edoc')).toEqual({
      ok: false,
      detected: 'zip',
    });
    expect(await sniffAttachment(buildTestOdt(), 'docx')).toEqual({ ok: false, detected: 'odt' });
  });

  it('refuses plain text whatever its name', async () => {
    expect(await sniffAttachment(new TextEncoder().encode('just text'), 'jpg')).toEqual({
      ok: false,
      detected: null,
    });
  });
});
