import { describe, expect, it } from 'vitest';
import { uploadAttachment } from './upload-attachment.ts';

/** Just enough of XMLHttpRequest to play a server's part. */
class FakeXhr {
  headers: Record<string, string> = {};
  url = '';
  sent: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: ProgressEvent) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.sent = body;
  }
  abort() {
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total } as ProgressEvent);
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

const file = Object.assign(new Blob(['%PDF-1.4']), { name: 'Izziņa.pdf' });

describe('uploadAttachment', () => {
  it('sends the file with its encoded name, reports progress and returns the token', async () => {
    const xhr = new FakeXhr();
    const fractions: number[] = [];
    const pending = uploadAttachment(
      {
        serviceCode: 'permit',
        version: 3,
        field: '/documents',
        file,
        csrfToken: 'csrf',
        onProgress: (f) => fractions.push(f),
      },
      () => xhr as unknown as XMLHttpRequest,
    );
    expect(xhr.url).toBe('/api/services/permit/attachments?field=%2Fdocuments&version=3');
    expect(xhr.headers['X-File-Name']).toBe('Izzi%C5%86a.pdf');
    expect(xhr.headers['X-CSRF-Token']).toBe('csrf');
    expect(xhr.sent).toBe(file);
    xhr.progress(4, 8);
    xhr.answer(201, { token: 'att_x', fileName: 'Izziņa.pdf', sizeBytes: 8 });
    expect(await pending).toEqual({
      kind: 'uploaded',
      file: { token: 'att_x', fileName: 'Izziņa.pdf', sizeBytes: 8 },
    });
    expect(fractions).toEqual([0.5, 1]);
  });

  it("returns the server's refusal code, or network when no answer came", async () => {
    const refused = new FakeXhr();
    const first = uploadAttachment(
      { serviceCode: 'p', version: 1, field: '/d', file, onProgress: () => {} },
      () => refused as unknown as XMLHttpRequest,
    );
    refused.answer(422, { error: { code: 'file_content_mismatch', message: '...' } });
    expect(await first).toEqual({ kind: 'refused', code: 'file_content_mismatch' });

    const broken = new FakeXhr();
    const second = uploadAttachment(
      { serviceCode: 'p', version: 1, field: '/d', file, onProgress: () => {} },
      () => broken as unknown as XMLHttpRequest,
    );
    broken.onerror?.();
    expect(await second).toEqual({ kind: 'network' });
  });
});
