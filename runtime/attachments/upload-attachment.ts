/**
 * Sends one file to `POST /api/services/{code}/attachments` with XMLHttpRequest, because only
 * XHR reports upload progress (`xhr.upload.onprogress`; fetch has no upload progress events).
 * Resolves with what happened as data; the widget words it.
 */
export interface UploadedFile {
  token: string;
  fileName: string;
  sizeBytes: number;
}

export type UploadOutcome =
  | { kind: 'uploaded'; file: UploadedFile }
  | { kind: 'refused'; code: string }
  | { kind: 'network' }
  | { kind: 'aborted' };

export interface UploadRequest {
  serviceCode: string;
  version: number;
  field: string;
  file: Blob & { name: string };
  csrfToken?: string;
  onProgress: (fraction: number) => void;
  signal?: AbortSignal;
}

export function uploadAttachment(
  request: UploadRequest,
  createXhr: () => XMLHttpRequest = () => new XMLHttpRequest(),
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = createXhr();
    const query = new URLSearchParams({ field: request.field, version: String(request.version) });
    xhr.open('POST', `/api/services/${encodeURIComponent(request.serviceCode)}/attachments?${query}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(request.file.name));
    xhr.setRequestHeader('Accept', 'application/json');
    if (request.csrfToken) xhr.setRequestHeader('X-CSRF-Token', request.csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) request.onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status === 201 && isUploaded(body)) {
        request.onProgress(1);
        resolve({
          kind: 'uploaded',
          file: { token: body.token, fileName: body.fileName, sizeBytes: body.sizeBytes },
        });
        return;
      }
      const code = (body as { error?: { code?: unknown } } | undefined)?.error?.code;
      resolve({ kind: 'refused', code: typeof code === 'string' ? code : 'failed' });
    };
    xhr.onerror = () => resolve({ kind: 'network' });
    xhr.onabort = () => resolve({ kind: 'aborted' });
    request.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(request.file);
  });
}

function isUploaded(body: unknown): body is UploadedFile {
  const value = body as Partial<UploadedFile> | undefined;
  return (
    typeof value?.token === 'string' &&
    typeof value.fileName === 'string' &&
    typeof value.sizeBytes === 'number'
  );
}
