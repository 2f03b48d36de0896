import type { Language } from '../../schema/service-definition.ts';

/** The file widget's words, in plain Latvian and English. */
export interface AttachmentStrings {
  choose: string;
  limits: (types: string, size: string, count: number) => string;
  uploading: (name: string) => string;
  progressLabel: (name: string) => string;
  uploaded: (name: string) => string;
  remove: string;
  removeLabel: (name: string) => string;
  removed: (name: string) => string;
  listLabel: string;
  tooMany: (count: number) => string;
  errors: {
    file_too_large: (name: string, size: string) => string;
    file_type_not_allowed: (name: string, types: string) => string;
    file_content_mismatch: (name: string) => string;
    file_empty: (name: string) => string;
    network: (name: string) => string;
    failed: (name: string) => string;
  };
  unavailable: string;
  fileWord: string;
}

export const ATTACHMENT_STRINGS: Record<Language, AttachmentStrings> = {
  lv: {
    choose: 'Izvēlēties failu',
    limits: (types, size, count) =>
      `Atļautie faili: ${types}. Katrs līdz ${size}, kopā ne vairāk kā ${count} ${count === 1 ? 'fails' : 'faili'}.`,
    uploading: (name) => `Augšupielādē ${name}`,
    progressLabel: (name) => `${name} augšupielāde`,
    uploaded: (name) => `Fails ${name} pievienots.`,
    remove: 'Noņemt',
    removeLabel: (name) => `Noņemt failu ${name}`,
    removed: (name) => `Fails ${name} noņemts.`,
    listLabel: 'Pievienotie faili',
    tooMany: (count) =>
      `Var pievienot ne vairāk kā ${count} ${count === 1 ? 'failu' : 'failus'}. Vispirms noņemiet kādu.`,
    errors: {
      file_too_large: (name, size) => `Fails ${name} ir par lielu. Lielākais atļautais izmērs ir ${size}.`,
      file_type_not_allowed: (name, types) => `Failu ${name} nevar pievienot. Atļautie faili: ${types}.`,
      file_content_mismatch: (name) =>
        `Fails ${name} nav tas, par ko to sauc tā nosaukums. Pievienojiet īstu dokumentu vai attēlu.`,
      file_empty: (name) => `Fails ${name} ir tukšs.`,
      network: (name) => `Failu ${name} neizdevās nosūtīt. Pārbaudiet savienojumu un mēģiniet vēlreiz.`,
      failed: (name) => `Failu ${name} neizdevās pievienot. Mēģiniet vēlreiz.`,
    },
    unavailable: 'Failus varēs pievienot veidlapā.',
    fileWord: 'fails',
  },
  en: {
    choose: 'Choose a file',
    limits: (types, size, count) =>
      `Allowed files: ${types}. Each up to ${size}, at most ${count} ${count === 1 ? 'file' : 'files'} in all.`,
    uploading: (name) => `Uploading ${name}`,
    progressLabel: (name) => `Upload of ${name}`,
    uploaded: (name) => `File ${name} added.`,
    remove: 'Remove',
    removeLabel: (name) => `Remove file ${name}`,
    removed: (name) => `File ${name} removed.`,
    listLabel: 'Attached files',
    tooMany: (count) =>
      `You can attach at most ${count} ${count === 1 ? 'file' : 'files'}. Remove one first.`,
    errors: {
      file_too_large: (name, size) => `The file ${name} is too large. The largest allowed size is ${size}.`,
      file_type_not_allowed: (name, types) => `The file ${name} cannot be attached. Allowed files: ${types}.`,
      file_content_mismatch: (name) =>
        `The file ${name} is not what its name says. Attach a real document or picture.`,
      file_empty: (name) => `The file ${name} is empty.`,
      network: (name) => `The file ${name} could not be sent. Check your connection and try again.`,
      failed: (name) => `The file ${name} could not be attached. Try again.`,
    },
    unavailable: 'Files can be attached in the form itself.',
    fileWord: 'file',
  },
};

/** `10 MB`, `1,5 MB` (lv) / `1.5 MB` (en), `300 KB`. */
export function formatFileSize(bytes: number, language: Language): string {
  const format = (value: number) =>
    new Intl.NumberFormat(language === 'lv' ? 'lv-LV' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  if (bytes >= 1024 * 1024) return `${format(bytes / 1024 / 1024)} MB`;
  return `${format(Math.max(1, Math.round(bytes / 1024)))} KB`;
}
