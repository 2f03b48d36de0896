/**
 * A bar showing how far through the form the citizen is. Decoration only (hidden from screen
 * readers): the step heading says the same in words ("2. solis no 5").
 */
export function StepProgress({ current, total }: { current: number; total: number }) {
  return (
    <div className="step-progress" aria-hidden="true">
      <div className="step-progress__bar" style={{ width: `${Math.round((current / total) * 100)}%` }} />
    </div>
  );
}
