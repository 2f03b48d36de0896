/**
 * API keys of the seeded demo data. They exist only in a database seeded with SEED_DEMO=true
 * (the embedded default) and are printed at start so a new user can try the API at once.
 * A production deployment runs with SEED_DEMO=false and issues keys through the API.
 */
export const DEMO_AGENCY_CODE = 'demo-agency';
export const DEMO_OTHER_AGENCY_CODE = 'other-agency';
export const DEMO_PLATFORM_KEY = 'efp_demoplatfm_demo-key-not-for-production-0000';
export const DEMO_AGENCY_KEY = 'efp_demoagency_demo-key-not-for-production-0001';
export const DEMO_OTHER_AGENCY_KEY = 'efp_demoothera_demo-key-not-for-production-0002';
