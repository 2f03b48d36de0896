import type { Language } from '../../schema/service-definition.ts';

export interface DraftStrings {
  restoring: string;
  savedOffer: (date: string, time: string) => string;
  useSaved: string;
  expiredTitle: string;
  expiredBody: string;
  notFoundTitle: string;
  notFoundBody: string;
  startAgain: string;
  saveForLater: string;
  saving: string;
  linkTitle: string;
  linkLabel: string;
  linkBody: (date: string) => string;
  linkPrivate: string;
  saveFailed: string;
  autoSaved: (time: string, date: string) => string;
  changesTitle: (from: number, to: number) => string;
  removed: string;
  cleared: string;
  added: string;
}

export const DRAFT_STRINGS: Record<Language, DraftStrings> = {
  lv: {
    restoring: 'Atjauno saglabātās atbildes…',
    savedOffer: (date, time) => `Jums ir saglabātas atbildes šai veidlapai (${date} plkst. ${time}).`,
    useSaved: 'Turpināt ar saglabātajām atbildēm',
    expiredTitle: 'Saite vairs nedarbojas',
    expiredBody: 'Saglabātās atbildes glabājam 30 dienas. Šī saite ir novecojusi, un atbildes ir dzēstas.',
    notFoundTitle: 'Saite nav atrasta',
    notFoundBody: 'Pārbaudiet, vai nokopējāt visu saiti. Ja tā ir veca, atbildes, iespējams, jau ir dzēstas.',
    startAgain: 'Aizpildīt veidlapu no sākuma',
    saveForLater: 'Saglabāt un turpināt vēlāk',
    saving: 'Saglabā…',
    linkTitle: 'Jūsu atbildes ir saglabātas',
    linkLabel: 'Saite, ar kuru turpināt',
    linkBody: (date) =>
      `Atveriet šo saiti jebkurā ierīcē, lai turpinātu. Saite darbojas līdz ${date} (30 dienas pēc pēdējās saglabāšanas).`,
    linkPrivate: 'Ikviens, kam ir šī saite, var redzēt jūsu atbildes. Neizpaudiet to citiem.',
    saveFailed: 'Atbildes neizdevās saglabāt. Mēģiniet vēlreiz.',
    autoSaved: (time, date) =>
      `Atbildes saglabātas plkst. ${time}. Tās glabājam līdz ${date}; pierakstieties jebkurā ierīcē, lai turpinātu.`,
    changesTitle: (from, to) => `Veidlapa ir mainījusies (${from}. versija → ${to}. versija)`,
    removed: 'Vairs nav šo jautājumu, to atbildes noņemtas:',
    cleared: 'Šie jautājumi ir mainīti, lūdzu, atbildiet vēlreiz:',
    added: 'Jauni jautājumi:',
  },
  en: {
    restoring: 'Restoring your saved answers…',
    savedOffer: (date, time) => `You have saved answers for this form (${date} at ${time}).`,
    useSaved: 'Continue with the saved answers',
    expiredTitle: 'This link no longer works',
    expiredBody: 'Saved answers are kept for 30 days. This link has expired and its answers were deleted.',
    notFoundTitle: 'Link not found',
    notFoundBody: 'Check that you copied the whole link. If it is old, the answers may already be deleted.',
    startAgain: 'Fill in the form from the start',
    saveForLater: 'Save and continue later',
    saving: 'Saving…',
    linkTitle: 'Your answers are saved',
    linkLabel: 'Link to continue',
    linkBody: (date) =>
      `Open this link on any device to continue. It works until ${date} (30 days after the last save).`,
    linkPrivate: 'Anyone with this link can see your answers. Do not share it.',
    saveFailed: 'Your answers could not be saved. Try again.',
    autoSaved: (time, date) =>
      `Answers saved at ${time}. We keep them until ${date}; sign in on any device to continue.`,
    changesTitle: (from, to) => `The form has changed (version ${from} → version ${to})`,
    removed: 'These questions are gone, their answers were removed:',
    cleared: 'These questions changed, please answer them again:',
    added: 'New questions:',
  },
};

export function formatDay(iso: string, language: Language): string {
  const date = new Date(iso);
  return language === 'lv'
    ? `${String(date.getDate()).padStart(2, '0')}.${String(date.getMonth() + 1).padStart(2, '0')}.${date.getFullYear()}`
    : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
