/** Placeholder until version history lands (issue 3, part 7). */
export function HistoryPage({ code }: { code: string }) {
  return (
    <main id="main" className="page">
      <h1>{code}</h1>
    </main>
  );
}
