import { useState } from 'react';
import { useSession } from '../session/SessionProvider.tsx';

/** Where a person's answer to the agency stands; `message` says it in words. */
export interface SendState {
  kind: 'idle' | 'sending' | 'sent' | 'error';
  message?: string;
}

/**
 * Sends the person's answer on one of their cases (a request, a feedback) with their CSRF token
 * and one `Idempotency-Key` per answer: a retry after a lost response is the same answer, not a
 * second one; the next answer gets a new key. `send` answers whether the answer went; `refuse`
 * shows why the form did not send it.
 */
export function useAnswerSender(words: { sent: string; failed: string }) {
  const { read } = useSession();
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  const [key, setKey] = useState(() => crypto.randomUUID());
  const csrf = read?.session.authenticated ? read.session.csrfToken : null;

  async function send(post: (csrfToken: string, idempotencyKey: string) => Promise<unknown>) {
    if (csrf === null) return false;
    setState({ kind: 'sending' });
    try {
      await post(csrf, key);
      setKey(crypto.randomUUID());
      setState({ kind: 'sent', message: words.sent });
      return true;
    } catch {
      setState({ kind: 'error', message: words.failed });
      return false;
    }
  }

  const refuse = (message: string) => setState({ kind: 'error', message });
  return { signedIn: csrf !== null, state, send, refuse };
}
