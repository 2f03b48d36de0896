import type { Language } from '../../../schema/service-definition.ts';

/** Where something is or would land, in words: "solī 'Par jums', 3. vieta no 6". */
export interface Place {
  container: { kind: 'step' | 'section' | 'group' | 'form'; label: string };
  /** 0-based. */
  index: number;
  total: number;
}

const Q = (text: string) => `'${text}'`;

function placeLv(p: Place): string {
  const c = p.container;
  const where =
    c.kind === 'step'
      ? `solī ${Q(c.label)}`
      : c.kind === 'section'
        ? `sadaļā ${Q(c.label)}`
        : c.kind === 'group'
          ? `atkārtojamā grupā ${Q(c.label)}`
          : 'veidlapā';
  return `${where}, ${p.index + 1}. vieta no ${p.total}`;
}

function placeEn(p: Place): string {
  const c = p.container;
  const where =
    c.kind === 'step'
      ? `in step ${Q(c.label)}`
      : c.kind === 'section'
        ? `in section ${Q(c.label)}`
        : c.kind === 'group'
          ? `in repeating group ${Q(c.label)}`
          : 'in the form';
  return `${where}, position ${p.index + 1} of ${p.total}`;
}

export const describePlace = (language: Language, place: Place) =>
  language === 'lv' ? placeLv(place) : placeEn(place);

/** What is being moved: an existing field by label, or a new one by its type's name. */
export interface Moving {
  label: string;
  isNew: boolean;
}

const TEXTS = {
  lv: {
    what: (m: Moving) => (m.isNew ? `Jauns lauks ${Q(m.label)}` : `Lauks ${Q(m.label)}`),
    start: (w: string) =>
      `${w} paņemts. Pārvietojiet ar bultiņām, nolieciet ar atstarpi, atceliet ar Escape.`,
    over: (w: string, p: string) => `${w} būs ${p}.`,
    nowhere: (w: string) => `${w} nav virs vietas, kur to var nolikt.`,
    end: (w: string, p: string) => `${w} nolikts ${p}.`,
    cancel: (w: string) => `Pārvietošana atcelta. ${w} palika savā vietā.`,
    instructions:
      'Lai pārvietotu, nospiediet atstarpi, pārvietojiet ar bultiņām un nospiediet atstarpi vēlreiz, lai noliktu. Escape atceļ.',
  },
  en: {
    what: (m: Moving) => (m.isNew ? `New field ${Q(m.label)}` : `Field ${Q(m.label)}`),
    start: (w: string) =>
      `${w} picked up. Move it with the arrow keys, drop it with Space, cancel with Escape.`,
    over: (w: string, p: string) => `${w} would go ${p}.`,
    nowhere: (w: string) => `${w} is not over a place where it can be dropped.`,
    end: (w: string, p: string) => `${w} dropped ${p}.`,
    cancel: (w: string) => `Moving cancelled. ${w} stayed where it was.`,
    instructions:
      'To move, press Space, move with the arrow keys and press Space again to drop. Escape cancels.',
  },
};

/**
 * The sentences a screen reader hears while dragging (dnd-kit `accessibility.announcements`):
 * what was picked up, where it would go and where it went, naming the step or section.
 */
export function moveSentences(language: Language) {
  const t = TEXTS[language];
  return {
    instructions: t.instructions,
    start: (m: Moving) => t.start(t.what(m)),
    over: (m: Moving, place: Place | undefined) =>
      place ? t.over(t.what(m), describePlace(language, place)) : t.nowhere(t.what(m)),
    end: (m: Moving, place: Place | undefined) =>
      place ? t.end(t.what(m), describePlace(language, place)) : t.cancel(t.what(m)),
    cancel: (m: Moving) => t.cancel(t.what(m)),
  };
}
