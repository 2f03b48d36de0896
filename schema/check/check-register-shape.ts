/**
 * Checks `definition.register` (model version 3, issue 7): the service register entry. Closed
 * objects like the rest of the model; texts in both languages where people read them; links only
 * https (they are shown on public pages); life situations only from the register.
 */
import { isPositiveIsoDuration } from '../iso-duration.ts';
import { appendPointer } from '../json-pointer.ts';
import { findLifeSituation } from '../register/life-situations.ts';
import { AUDIENCES, REGISTER_LIMITS, SERVICE_CHANNELS } from '../register/service-register.ts';
import { sanitizeRichText } from '../rich-text/rich-text-doc.ts';
import {
  checkKnownKeys,
  checkLocalizedText,
  checkOneOf,
  type Issues,
  readArray,
  readRecord,
  shapeIssue,
} from './shape-helpers.ts';

const REGISTER_KEYS = [
  'audience',
  'lifeSituations',
  'channels',
  'cost',
  'legalDeadline',
  'legalBasis',
  'eligibility',
  'requiredDocuments',
  'outputs',
  'keywords',
  'contactPoint',
  'faq',
  'howItIsDone',
] as const;

const HTTPS_URL = /^https:\/\/[^\s<>"']{1,2000}$/;
const EMAIL = /^[^\s@<>"']{1,64}@[^\s@<>"']{1,190}\.[^\s@<>"']{2,63}$/;
const PHONE = /^\+?[0-9 ()-]{5,30}$/;

export function checkRegisterShape(value: unknown, issues: Issues): void {
  const register = readRecord(value, '/register', 'register', issues);
  if (!register) return;
  const path = '/register';
  checkKnownKeys(register, REGISTER_KEYS, path, issues);

  checkCodeList(register.audience, AUDIENCES, `${path}/audience`, 'audience', issues);
  checkCodeList(register.channels, SERVICE_CHANNELS, `${path}/channels`, 'channels', issues);
  checkLifeSituations(register.lifeSituations, issues);

  const cost = readRecord(register.cost, `${path}/cost`, 'register.cost', issues);
  if (cost) {
    checkKnownKeys(cost, ['amountEur', 'note'], `${path}/cost`, issues);
    const amount = cost.amountEur;
    if (
      typeof amount !== 'number' ||
      !Number.isFinite(amount) ||
      amount < 0 ||
      amount > REGISTER_LIMITS.maxCostEur ||
      // 4.27 * 100 is 426.99999999999994 in floating point: compare with a tolerance.
      Math.abs(Math.round(amount * 100) - amount * 100) > 1e-6
    ) {
      issues.push(
        shapeIssue(`${path}/cost/amountEur`, 'amountEur must be euro from 0 up, with at most two decimals.'),
      );
    }
    checkOptionalText(cost.note, `${path}/cost/note`, 'cost note', issues);
  }

  const deadline = register.legalDeadline;
  if (deadline !== null && (typeof deadline !== 'string' || !isPositiveIsoDuration(deadline))) {
    issues.push({
      code: 'invalid_duration',
      path: `${path}/legalDeadline`,
      message: 'legalDeadline must be null or an ISO 8601 duration longer than zero, e.g. P1M.',
    });
  }

  forEachItem(register.legalBasis, `${path}/legalBasis`, 'legalBasis', issues, (item, at) => {
    const basis = readRecord(item, at, 'a legal basis', issues);
    if (!basis) return;
    checkKnownKeys(basis, ['title', 'url'], at, issues);
    checkLocalizedText(basis.title, `${at}/title`, 'the legal act', issues);
    checkLink(basis.url, `${at}/url`, issues);
  });

  checkOptionalText(register.eligibility, `${path}/eligibility`, 'eligibility', issues);
  for (const key of ['requiredDocuments', 'outputs'] as const) {
    forEachItem(register[key], `${path}/${key}`, key, issues, (item, at) =>
      checkLocalizedText(item, at, `an item of ${key}`, issues),
    );
  }

  const keywords = readRecord(register.keywords, `${path}/keywords`, 'register.keywords', issues);
  if (keywords) {
    checkKnownKeys(keywords, ['lv', 'en'], `${path}/keywords`, issues);
    for (const language of ['lv', 'en'] as const) {
      forEachItem(keywords[language], `${path}/keywords/${language}`, 'keywords', issues, (item, at) => {
        if (typeof item !== 'string' || item.trim() === '' || item.length > REGISTER_LIMITS.keywordLength) {
          issues.push(shapeIssue(at, `A keyword must be 1-${REGISTER_LIMITS.keywordLength} characters.`));
        }
      });
    }
  }

  checkContactPoint(register.contactPoint, issues);

  forEachItem(register.faq, `${path}/faq`, 'faq', issues, (item, at) => {
    const entry = readRecord(item, at, 'a question', issues);
    if (!entry) return;
    checkKnownKeys(entry, ['question', 'answer'], at, issues);
    checkLocalizedText(entry.question, `${at}/question`, 'the question', issues);
    checkLocalizedText(entry.answer, `${at}/answer`, 'the answer', issues);
  });

  const steps = readRecord(register.howItIsDone, `${path}/howItIsDone`, 'register.howItIsDone', issues);
  if (steps) {
    checkKnownKeys(steps, ['lv', 'en'], `${path}/howItIsDone`, issues);
    for (const language of ['lv', 'en'] as const) {
      const doc = steps[language];
      if (doc !== null && sanitizeRichText(doc) === undefined) {
        issues.push(
          shapeIssue(
            `${path}/howItIsDone/${language}`,
            'howItIsDone must be null or a rich-text/1 document.',
          ),
        );
      }
    }
  }
}

function checkCodeList(
  value: unknown,
  allowed: readonly string[],
  path: string,
  what: string,
  issues: Issues,
): void {
  const list = readArray(value, path, `register.${what}`, issues);
  if (!list) return;
  if (list.length === 0)
    issues.push(shapeIssue(path, `${what} must name at least one of ${allowed.join(', ')}.`));
  if (new Set(list).size !== list.length) issues.push(shapeIssue(path, `${what} must not repeat a value.`));
  for (const [index, item] of list.entries())
    checkOneOf(item, allowed, appendPointer(path, index), what, issues);
}

function checkLifeSituations(value: unknown, issues: Issues): void {
  const path = '/register/lifeSituations';
  forEachItem(value, path, 'lifeSituations', issues, (item, at) => {
    if (typeof item !== 'string' || !findLifeSituation(item)) {
      issues.push({
        code: 'unknown_life_situation',
        path: at,
        message: `"${String(item).slice(0, 80)}" is not in the life situations register.`,
      });
    }
  });
  if (Array.isArray(value) && new Set(value).size !== value.length) {
    issues.push(shapeIssue(path, 'lifeSituations must not repeat a code.'));
  }
}

function checkContactPoint(value: unknown, issues: Issues): void {
  const path = '/register/contactPoint';
  const contact = readRecord(value, path, 'register.contactPoint', issues);
  if (!contact) return;
  checkKnownKeys(contact, ['email', 'phone', 'url', 'hours'], path, issues);
  if (typeof contact.email !== 'string' || (contact.email !== '' && !EMAIL.test(contact.email))) {
    issues.push(shapeIssue(`${path}/email`, 'email must be an e-mail address or empty.'));
  }
  if (typeof contact.phone !== 'string' || (contact.phone !== '' && !PHONE.test(contact.phone))) {
    issues.push(shapeIssue(`${path}/phone`, 'phone must be a phone number or empty.'));
  }
  checkLink(contact.url, `${path}/url`, issues);
  checkOptionalText(contact.hours, `${path}/hours`, 'opening hours', issues);
}

/** An https address or empty: links on public pages are never `javascript:` or plain http. */
function checkLink(value: unknown, path: string, issues: Issues): void {
  if (typeof value !== 'string' || (value !== '' && !HTTPS_URL.test(value))) {
    issues.push(shapeIssue(path, 'url must be an https:// address or empty.'));
  }
}

/** LocalizedText whose languages may both be empty (optional parts of the entry). */
function checkOptionalText(value: unknown, path: string, what: string, issues: Issues): void {
  const text = readRecord(value, path, what, issues);
  if (!text) return;
  checkKnownKeys(text, ['lv', 'en'], path, issues);
  for (const language of ['lv', 'en'] as const) {
    const item = text[language];
    if (typeof item !== 'string' || item.length > REGISTER_LIMITS.textLength) {
      issues.push(
        shapeIssue(
          appendPointer(path, language),
          `${what} must be text of at most ${REGISTER_LIMITS.textLength} characters.`,
        ),
      );
    }
  }
}

function forEachItem(
  value: unknown,
  path: string,
  what: string,
  issues: Issues,
  check: (item: unknown, at: string) => void,
): void {
  const list = readArray(value, path, `register.${what}`, issues);
  if (!list) return;
  if (list.length > REGISTER_LIMITS.listItems) {
    issues.push(shapeIssue(path, `${what} may have at most ${REGISTER_LIMITS.listItems} items.`));
    return;
  }
  for (const [index, item] of list.entries()) check(item, appendPointer(path, index));
}
