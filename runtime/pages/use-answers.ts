import { useCallback, useEffect, useRef, useState } from 'react';
import type { ServiceDefinition } from '../../schema/service-definition.ts';
import type { FormData } from '../form/form-context.ts';
import { clearAnswers, loadAnswers, saveAnswers } from '../journey/answers-store.ts';
import { prefillFromUrl } from '../journey/prefill-from-url.ts';

const SAVE_DELAY_MS = 300;

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export interface Answers {
  answers: FormData;
  /** Stable: the latest answers, for code that must not re-render on every keystroke. */
  readAnswers: () => FormData;
  /** Stable: takes a group's fields and its current answers. */
  setFieldAnswers: (fields: readonly string[], values: FormData) => void;
  /** Forgets the saved answers of this tab, after a submission. */
  forget: () => void;
}

/**
 * The answers of one form in this tab: restored from session storage (a reload or Back keeps
 * them), then a deep link's prefill parameters on top; the schema's defaults are added by each
 * step's fields when they first show (runtime/form/FieldGroup.tsx). Saved a moment
 * after typing stops and when the page is hidden, so a keystroke never waits for storage.
 */
export function useAnswers(
  code: string,
  version: number,
  definition: ServiceDefinition,
  params: Record<string, string>,
  /** Answers from the sign-in (runtime/session): they win over saved ones and are read-only. */
  fixedAnswers: Readonly<FormData> = {},
): Answers {
  const [answers, setAnswers] = useState<FormData>(() => {
    const saved = loadAnswers(sessionStore(), code, version) ?? {};
    return { ...saved, ...prefillFromUrl(definition, params), ...fixedAnswers };
  });
  const latest = useRef(answers);
  latest.current = answers;
  // The first answers may hold prefill parameters that are about to leave the URL: save them too.
  const unsaved = useRef(true);
  const forgotten = useRef(false);

  const save = useCallback(() => {
    if (!unsaved.current || forgotten.current) return;
    unsaved.current = false;
    saveAnswers(sessionStore(), code, version, latest.current);
  }, [code, version]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: each new `answers` restarts the delay.
  useEffect(() => {
    if (!unsaved.current) return;
    const timer = window.setTimeout(save, SAVE_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [answers, save]);

  useEffect(() => {
    window.addEventListener('pagehide', save);
    return () => {
      window.removeEventListener('pagehide', save);
      save();
    };
  }, [save]);

  const readAnswers = useCallback(() => latest.current, []);
  const setFieldAnswers = useCallback((fields: readonly string[], values: FormData) => {
    setAnswers((current) => {
      let next: FormData | undefined;
      for (const field of fields) {
        const value = Object.hasOwn(values, field) ? values[field] : undefined;
        if (value === current[field] && (value !== undefined || !Object.hasOwn(current, field))) continue;
        next ??= { ...current };
        if (value === undefined) delete next[field];
        else next[field] = value;
      }
      if (!next) return current;
      unsaved.current = true;
      latest.current = next;
      return next;
    });
  }, []);
  const forget = useCallback(() => {
    forgotten.current = true;
    clearAnswers(sessionStore(), code, version);
  }, [code, version]);

  return { answers, readAnswers, setFieldAnswers, forget };
}
