/** A failed load or action, announced at once (role="alert"); nothing when there is none. */
export function ProblemAlert({ problem }: { problem: string }) {
  if (!problem) return null;
  return (
    <p role="alert" className="error">
      {problem}
    </p>
  );
}
