import { describe, expect, it } from 'vitest';
import {
  newMessageMail,
  pickMessage,
  statusChangedMail,
  statusChangedSms,
} from './notification-templates.ts';

const base = {
  reference: 'EF-7K3M-9QXP-2HDT',
  serviceTitle: { lv: 'Dzīvesvietas deklarēšana', en: 'Declaration of residence' },
  link: 'https://eforms.example/my/requests/EF-7K3M-9QXP-2HDT',
};

describe('notification templates', () => {
  it('say the new status, the agency message and the link in the reader’s language', () => {
    const lv = statusChangedMail({
      ...base,
      language: 'lv',
      statusText: { lv: 'Pabeigts', en: 'Completed' },
      message: { lv: 'Lēmums pievienots.', en: 'Decision attached.' },
    });
    expect(lv.subject).toBe('EF-7K3M-9QXP-2HDT: Pabeigts');
    expect(lv.text).toContain('"Dzīvesvietas deklarēšana"');
    expect(lv.text).toContain('Iestādes ziņa: Lēmums pievienots.');
    expect(lv.text).toContain(base.link);
    const en = statusChangedMail({
      ...base,
      language: 'en',
      statusText: { lv: 'Pabeigts', en: 'Completed' },
      message: null,
    });
    expect(en.subject).toBe('EF-7K3M-9QXP-2HDT: Completed');
    expect(en.text).not.toContain('Message from the agency');
  });

  it('tell about a question without quoting it, and keep SMS to one short line', () => {
    const mail = newMessageMail({ ...base, language: 'en', asksForInformation: true });
    expect(mail.text).toContain('The agency asks you for more information');
    const sms = statusChangedSms({
      ...base,
      language: 'lv',
      statusText: { lv: 'Tiek izskatīts', en: 'In progress' },
    });
    expect(sms).toBe(`EF-7K3M-9QXP-2HDT: Tiek izskatīts. Sīkāk: ${base.link}`);
    expect(sms.includes('\n')).toBe(false);
  });

  it('picks a plain one-language message for either language', () => {
    expect(pickMessage({ text: 'Sveiki' }, 'en')).toBe('Sveiki');
    expect(pickMessage({ en: 'Hello' }, 'lv')).toBe('Hello');
    expect(pickMessage(null, 'lv')).toBeNull();
  });
});
