import { getDefaultRegistry } from '@rjsf/core';
import type { FieldProps, RJSFSchema } from '@rjsf/utils';
import { type ChangeEvent, type ComponentType, useEffect, useId, useRef, useState } from 'react';
import {
  attachmentLimitsOf,
  isAttachmentField,
  isAttachmentToken,
} from '../../schema/attachments/attachment-field.ts';
import type { JsonSchema } from '../../schema/json-schema.ts';
import type { FormContext, FormData } from '../form/form-context.ts';
import { useAttachmentUploadTarget } from './AttachmentUploadContext.tsx';
import { attachmentName, fetchAttachmentNames, rememberAttachment } from './attachment-names.ts';
import { ATTACHMENT_STRINGS, formatFileSize } from './attachment-strings.ts';
import { uploadAttachment } from './upload-attachment.ts';

type Props = FieldProps<FormData, RJSFSchema, FormContext>;

interface Upload {
  id: number;
  name: string;
  fraction: number;
}

const DefaultArrayField = getDefaultRegistry<FormData, RJSFSchema, FormContext>().fields
  .ArrayField as ComponentType<Props>;

/**
 * RJSF's ArrayField, except for attachment fields (schema/attachments): those get the file
 * widget. Registered as `ArrayField`, so definitions need no `ui:field`.
 */
export function ArrayOrAttachmentField(props: Props) {
  return isAttachmentField(props.schema) ? <AttachmentField {...props} /> : <DefaultArrayField {...props} />;
}

let nextUploadId = 1;

/**
 * A file field (issue 4): choose files, watch each upload's progress bar (XMLHttpRequest upload
 * progress), see the files attached with a Remove button, and plain-language errors. The answer
 * is the list of upload tokens; the names are remembered for "check your answers".
 */
export function AttachmentField(props: Props) {
  const { schema, formData, onChange, fieldPathId, registry, required, rawErrors, disabled, readonly } =
    props;
  const language = registry.formContext?.language ?? 'lv';
  const text = ATTACHMENT_STRINGS[language];
  const target = useAttachmentUploadTarget();
  const limits = attachmentLimitsOf(schema as JsonSchema);
  const tokens = Array.isArray(formData) ? (formData as unknown[]).filter(isAttachmentToken) : [];
  const latest = useRef(tokens);
  latest.current = tokens;
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [, setNamesLoaded] = useState(0);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = fieldPathId.$id;
  const hintId = `${inputId}__limits`;
  const problemId = `${inputId}__problems`;
  const statusId = useId();
  const path = `/${fieldPathId.path.map((part) => String(part).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
  const typesText = limits.types.map((type) => type.toUpperCase()).join(', ');
  const sizeText = formatFileSize(limits.maxFileBytes, language);
  const title = (typeof schema.title === 'string' && schema.title) || props.name;
  const description = typeof schema.description === 'string' ? schema.description : undefined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: names are looked up once per set of tokens.
  useEffect(() => {
    const unknown = tokens.filter((token) => !attachmentName(token));
    if (unknown.length > 0) void fetchAttachmentNames(unknown).then(() => setNamesLoaded((n) => n + 1));
  }, [tokens.join(',')]);

  const setTokens = (next: string[]) => {
    latest.current = next;
    // The field's value is a list of tokens; RJSF types every field's value as the form's data.
    onChange((next.length > 0 ? next : undefined) as FormData | undefined, fieldPathId.path);
  };

  async function onFiles(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length === 0 || !target) return;
    const found: string[] = [];
    const room = limits.maxFiles - latest.current.length - uploads.length;
    const accepted = files.slice(0, Math.max(0, room));
    if (files.length > accepted.length) found.push(text.tooMany(limits.maxFiles));
    const toSend = accepted.filter((file) => {
      const extension = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
      if (!(limits.types as readonly string[]).includes(extension)) {
        found.push(text.errors.file_type_not_allowed(file.name, typesText));
        return false;
      }
      if (file.size > limits.maxFileBytes) {
        found.push(text.errors.file_too_large(file.name, sizeText));
        return false;
      }
      if (file.size === 0) {
        found.push(text.errors.file_empty(file.name));
        return false;
      }
      return true;
    });
    setProblems(found);
    await Promise.all(
      toSend.map(async (file) => {
        const id = nextUploadId++;
        setUploads((list) => [...list, { id, name: file.name, fraction: 0 }]);
        setAnnouncement(text.uploading(file.name));
        const outcome = await uploadAttachment({
          serviceCode: target.serviceCode,
          version: target.version,
          field: path,
          file,
          csrfToken: target.csrfToken,
          onProgress: (fraction) =>
            setUploads((list) => list.map((upload) => (upload.id === id ? { ...upload, fraction } : upload))),
        });
        setUploads((list) => list.filter((upload) => upload.id !== id));
        if (outcome.kind === 'uploaded') {
          rememberAttachment(outcome.file.token, {
            fileName: outcome.file.fileName,
            sizeBytes: outcome.file.sizeBytes,
          });
          setTokens([...latest.current, outcome.file.token]);
          setAnnouncement(text.uploaded(outcome.file.fileName));
          return;
        }
        if (outcome.kind === 'aborted') return;
        const message =
          outcome.kind === 'network'
            ? text.errors.network(file.name)
            : outcome.code === 'file_too_large'
              ? text.errors.file_too_large(file.name, sizeText)
              : outcome.code === 'file_type_not_allowed'
                ? text.errors.file_type_not_allowed(file.name, typesText)
                : outcome.code === 'file_content_mismatch'
                  ? text.errors.file_content_mismatch(file.name)
                  : outcome.code === 'file_empty'
                    ? text.errors.file_empty(file.name)
                    : text.errors.failed(file.name);
        setProblems((list) => [...list, message]);
        setAnnouncement('');
      }),
    );
  }

  function remove(token: string) {
    const name = attachmentName(token)?.fileName ?? text.fileWord;
    setTokens(latest.current.filter((candidate) => candidate !== token));
    setAnnouncement(text.removed(name));
    // The server deletes the upload at once; if this fails, the clean-up removes it later.
    void fetch(`/api/attachments/${encodeURIComponent(token)}`, {
      method: 'DELETE',
      headers: target?.csrfToken ? { 'X-CSRF-Token': target.csrfToken } : {},
    }).catch(() => {});
    inputRef.current?.focus();
  }

  const describedBy = [
    description ? `${inputId}__description` : '',
    hintId,
    problems.length > 0 ? problemId : '',
  ]
    .filter(Boolean)
    .join(' ');
  const invalid = problems.length > 0 || (rawErrors?.length ?? 0) > 0;
  return (
    <div className="attachment-field" data-testid={`runtime.attachments.${path.slice(1)}`}>
      <div className="field__label-row">
        <label className="field__label" htmlFor={inputId}>
          {title}
        </label>
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </div>
      {description ? (
        <p className="field__hint" id={`${inputId}__description`}>
          {description}
        </p>
      ) : null}
      <p className="field__hint" id={hintId}>
        {target ? text.limits(typesText, sizeText, limits.maxFiles) : text.unavailable}
      </p>
      {problems.length > 0 ? (
        <div className="field__error" id={problemId} role="alert" data-testid="runtime.attachments.error">
          {problems.map((problem) => (
            <p key={problem}>{problem}</p>
          ))}
        </div>
      ) : null}
      <input
        ref={inputRef}
        className="attachment-field__input"
        type="file"
        id={inputId}
        name={inputId}
        multiple={limits.maxFiles > 1}
        accept={limits.types.map((type) => `.${type}`).join(',')}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        required={required}
        disabled={!target || disabled || readonly}
        onChange={(event) => void onFiles(event)}
      />
      {uploads.map((upload) => (
        <div
          className="attachment-field__progress"
          key={upload.id}
          data-testid="runtime.attachments.progress"
        >
          <span>{text.uploading(upload.name)}</span>{' '}
          <progress max={1} value={upload.fraction} aria-label={text.progressLabel(upload.name)} />{' '}
          <span>{Math.round(upload.fraction * 100)}%</span>
        </div>
      ))}
      {tokens.length > 0 ? (
        <ul className="attachment-field__list" aria-label={text.listLabel}>
          {tokens.map((token) => {
            const name = attachmentName(token);
            const label = name?.fileName ?? text.fileWord;
            return (
              <li key={token} className="attachment-field__file" data-testid="runtime.attachments.file">
                <span className="attachment-field__name">{label}</span>
                {name ? (
                  <span className="attachment-field__size">
                    {' '}
                    ({formatFileSize(name.sizeBytes, language)})
                  </span>
                ) : null}{' '}
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={text.removeLabel(label)}
                  onClick={() => remove(token)}
                  disabled={readonly || disabled}
                >
                  {text.remove}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p className="visually-hidden" role="status" id={statusId}>
        {announcement}
      </p>
    </div>
  );
}
