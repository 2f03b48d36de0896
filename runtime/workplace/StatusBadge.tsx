import type { UnifiedStatus } from './workplace-api.ts';

/** The status in words (never colour alone, WCAG 1.4.1); the colour only supports the text. */
export function StatusBadge({ status, text }: { status: UnifiedStatus; text: string }) {
  return (
    <p className={`status-badge status-badge--${status}`} data-testid="workplace.status">
      {text}
    </p>
  );
}
