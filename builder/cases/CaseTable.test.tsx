import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CaseTable } from './CaseTable.tsx';

const texts = { loading: 'Loading…', none: 'No requests match.' };
const columns = [
  { header: 'Number', cell: (r: { reference: string; status: string }) => r.reference },
  { header: 'Status', cell: (r: { reference: string; status: string }) => r.status },
];

describe('CaseTable', () => {
  it('says "loading" until the list is there, and nothing over a problem already shown', () => {
    expect(
      renderToStaticMarkup(<CaseTable testId="x" rows={null} problem="" columns={columns} {...texts} />),
    ).toBe('<p>Loading…</p>');
    expect(
      renderToStaticMarkup(
        <CaseTable testId="x" rows={null} problem="No connection" columns={columns} {...texts} />,
      ),
    ).toBe('');
  });

  it('says so when no case matches', () => {
    expect(
      renderToStaticMarkup(<CaseTable testId="x" rows={[]} problem="" columns={columns} {...texts} />),
    ).toBe('<p>No requests match.</p>');
  });

  it('shows one row a case under column headers, with test ids named after the list', () => {
    const html = renderToStaticMarkup(
      <CaseTable
        testId="requests"
        rows={[
          { reference: 'EF-1', status: 'Submitted' },
          { reference: 'EF-2', status: 'Completed' },
        ]}
        problem=""
        columns={columns}
        {...texts}
      />,
    );
    expect(html).toContain('data-testid="requests.table"');
    expect(html).toContain('<th scope="col">Number</th><th scope="col">Status</th>');
    expect(html).toContain('<tr data-testid="requests.row"><td>EF-1</td><td>Submitted</td></tr>');
    expect(html.match(/requests\.row/g)).toHaveLength(2);
  });
});
