import { useEffect, useState } from 'react';
import { attachmentTokensIn, findAttachmentFields } from '../../schema/attachments/attachment-field.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import { attachmentName, fetchAttachmentNames } from './attachment-names.ts';

/**
 * Makes sure the names of the files `data` names are known (a draft resumed on another device
 * brings only tokens); returns a counter that changes when names arrived.
 */
export function useAttachmentNames(schema: JsonSchema, data: Record<string, unknown>): number {
  const [loaded, setLoaded] = useState(0);
  const unknown = attachmentTokensIn(data, findAttachmentFields(schema))
    .flatMap((field) => field.tokens)
    .filter((token) => !attachmentName(token));
  const key = unknown.join(',');
  useEffect(() => {
    if (key === '') return;
    let live = true;
    void fetchAttachmentNames(key.split(',')).then(() => {
      if (live) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return loaded;
}
