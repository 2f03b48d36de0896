const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button';

/**
 * Moves focus to a field from an error summary link. The browser's own `#id` jump scrolls but
 * does not reliably focus, and radio groups and checkbox lists carry their id on a wrapper, so
 * the first control inside (or RJSF's `<id>-0` option) gets the focus. The field's container is
 * scrolled into view first so its label and message are visible, not just the input.
 */
export function focusField(fieldId: string): boolean {
  const element = document.getElementById(fieldId);
  const control = element?.matches(FOCUSABLE)
    ? element
    : (element?.querySelector<HTMLElement>(FOCUSABLE) ?? document.getElementById(`${fieldId}-0`));
  if (!control) return false;
  (control.closest('.field') ?? control).scrollIntoView({ block: 'start' });
  control.focus({ preventScroll: true });
  return true;
}
