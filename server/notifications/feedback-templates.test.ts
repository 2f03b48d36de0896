import { describe, expect, it } from 'vitest';
import { feedbackAnsweredMail, feedbackAnsweredSms } from './feedback-templates.ts';

const base = { reference: 'FB-7K3M-9QXP-2HDT', link: 'https://e.example.lv/my/feedback/FB-7K3M-9QXP-2HDT' };

describe('feedback notification texts', () => {
  it('says in Latvian that a complaint was answered and closed, with the link and no message', () => {
    const mail = feedbackAnsweredMail({ ...base, language: 'lv', kind: 'complaint', status: 'completed' });
    expect(mail.subject).toBe('FB-7K3M-9QXP-2HDT: iestāde ir atbildējusi un slēgusi lietu');
    expect(mail.text).toContain('par jūsu sūdzību (FB-7K3M-9QXP-2HDT)');
    expect(mail.text).toContain(base.link);
  });

  it('tells the person when the agency waits for their reply', () => {
    expect(
      feedbackAnsweredSms({ ...base, language: 'en', kind: 'question', status: 'awaiting_applicant' }),
    ).toBe(`FB-7K3M-9QXP-2HDT: the agency asks for your reply. ${base.link}`);
    expect(
      feedbackAnsweredMail({ ...base, language: 'en', kind: 'suggestion', status: 'in_progress' }).text,
    ).toContain('The agency has answered about your suggestion');
  });
});
