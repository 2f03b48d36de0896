/**
 * How long things of the attachment feature are kept (stated to users on screen and in README).
 */
const DAY_MS = 86_400_000;

/** An upload no submission or saved draft names is deleted after this long. */
export const UNBOUND_UPLOAD_DAYS = 7;
/** A saved draft (and the files it names) is kept this long after its last save. */
export const DRAFT_DAYS = 30;
/** An agency's download link works this long. */
export const DOWNLOAD_LINK_HOURS = 72;
/** How often main.ts runs the clean-up. */
export const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;

export const addDays = (at: Date, days: number) => new Date(at.getTime() + days * DAY_MS);
export const addHours = (at: Date, hours: number) => new Date(at.getTime() + hours * 3_600_000);
