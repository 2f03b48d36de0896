/**
 * Demo services the server publishes when it seeds an empty database, so a new user can try a
 * form at once. Together they use every format in FORMAT_CATALOG (tested).
 */
import { COMPANY_CERTIFICATE_REQUEST } from './demo/company-certificate-request.ts';
import { DECLARATION_OF_RESIDENCE } from './demo/declaration-of-residence.ts';
import type { ServiceDefinition } from './service-definition.ts';

export const DEMO_DEFINITIONS: readonly ServiceDefinition[] = [
  DECLARATION_OF_RESIDENCE,
  COMPANY_CERTIFICATE_REQUEST,
];

export { COMPANY_CERTIFICATE_REQUEST, DECLARATION_OF_RESIDENCE };
