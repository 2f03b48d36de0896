import { type ChangeEvent, useId, useState } from 'react';
import { describeFailure } from '../api/describe-failure.ts';
import { useLanguage, useText } from '../i18n/LanguageProvider.tsx';
import { describeIssues } from '../publish/issue-messages.ts';
import { designerPath } from '../routing/builder-route.ts';
import { navigate } from '../routing/use-route.ts';
import { useBuilder } from '../shell/builder-context.tsx';
import { type FileProblem, readDefinitionFile } from './read-definition-file.ts';

const T = {
  lv: {
    heading: 'Importēt veidlapas failu',
    intro:
      'Izvēlieties failu, kas iepriekš eksportēts no veidotāja. Kļūdaina faila gadījumā nekas netiek mainīts.',
    file: 'Veidlapas fails (.json)',
    checking: 'Pārbauda failu…',
    problems: 'Failu nevar importēt:',
    newCode: 'Cits saites kods',
    again: 'Importēt ar šo kodu',
    file_problem: {
      'too-large': 'Fails ir pārāk liels (ne vairāk kā 2 MB).',
      'not-json': 'Šis nav veidlapas fails.',
      'not-object': 'Šis nav veidlapas fails.',
    } as Record<FileProblem, string>,
  },
  en: {
    heading: 'Import a form file',
    intro: 'Choose a file exported from the builder before. If the file is faulty, nothing changes.',
    file: 'Form file (.json)',
    checking: 'Checking the file…',
    problems: 'The file cannot be imported:',
    newCode: 'Another link code',
    again: 'Import with this code',
    file_problem: {
      'too-large': 'The file is too large (at most 2 MB).',
      'not-json': 'This is not a form file.',
      'not-object': 'This is not a form file.',
    } as Record<FileProblem, string>,
  },
};

/**
 * Imports an exported definition as a new service. The file is checked by the server's checker
 * (POST /api/definitions/check) before anything is created, and problems are listed in plain
 * words: a bad, oversized or hostile file changes nothing.
 */
export function ImportDefinition() {
  const t = useText(T);
  const { language } = useLanguage();
  const { services } = useBuilder();
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'checking'>('idle');
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState<Record<string, unknown> | null>(null);
  const [code, setCode] = useState('');

  async function create(definition: Record<string, unknown>) {
    const result = await services.create(definition);
    setStatus('idle');
    if (result.ok) return navigate(designerPath(result.data.code));
    if (!result.ok && result.kind === 'http' && result.code === 'service_exists') {
      setPending(definition);
      setCode(typeof definition.code === 'string' ? definition.code : '');
    }
    setProblems([describeFailure(result, language)]);
  }

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    setProblems([]);
    setPending(null);
    if (!file) return;
    const read = readDefinitionFile(file.size > 2 * 1024 * 1024 ? '' : await file.text(), file.size);
    if (!read.ok) return setProblems([t.file_problem[read.problem]]);
    setStatus('checking');
    const check = await services.checkFile(read.value);
    if (!check.ok) {
      setStatus('idle');
      return setProblems([describeFailure(check, language)]);
    }
    if (!check.data.ok) {
      setStatus('idle');
      return setProblems(describeIssues(check.data.issues, read.value, language).map((p) => p.text));
    }
    await create(read.value);
  }

  return (
    <section className="panel" aria-labelledby={`${id}-h`} data-testid="builder.import">
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <p className="hint">{t.intro}</p>
      <label htmlFor={`${id}-file`}>{t.file}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={choose}
        data-testid="builder.import.file"
      />
      <div aria-live="polite">{status === 'checking' ? <p>{t.checking}</p> : null}</div>
      {problems.length > 0 ? (
        <div role="alert" className="error" data-testid="builder.import.problems">
          <p>{t.problems}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {pending ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setStatus('checking');
            void create({ ...pending, code });
          }}
        >
          <label htmlFor={`${id}-code`}>{t.newCode}</label>
          <input
            id={`${id}-code`}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            data-testid="builder.import.code"
          />
          <button type="submit" className="button" data-testid="builder.import.retry">
            {t.again}
          </button>
        </form>
      ) : null}
    </section>
  );
}
