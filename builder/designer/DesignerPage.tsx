/** Placeholder until the designer's pieces land (issue 3, parts 2-7). */
export function DesignerPage({ code }: { code: string }) {
  return (
    <main id="main" className="page">
      <h1>{code}</h1>
    </main>
  );
}
