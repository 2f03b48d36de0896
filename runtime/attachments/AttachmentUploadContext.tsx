import { createContext, useContext } from 'react';

/** Where the file widget uploads to; absent in the builder's preview, where nothing is uploaded. */
export interface AttachmentUploadTarget {
  serviceCode: string;
  version: number;
  /** The session's CSRF token when someone is signed in (the server checks it on cookie POSTs). */
  csrfToken?: string;
}

export const AttachmentUploadContext = createContext<AttachmentUploadTarget | null>(null);

export function useAttachmentUploadTarget(): AttachmentUploadTarget | null {
  return useContext(AttachmentUploadContext);
}
