import type { ReactNode } from 'react';

export interface CaseColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
}

/**
 * A list of cases as a table, one row a case; `testId` names the table (`requests` gives
 * `requests.table` and `requests.row`). While `rows` is null it says `loading` (unless a problem
 * is shown), and `none` when the list is empty. On a narrow screen the table scrolls sideways in
 * its own box (WCAG 1.4.10 allows it for data tables), so the page itself never does.
 */
export function CaseTable<Row extends { reference: string }>(props: {
  testId: string;
  rows: Row[] | null;
  problem: string;
  loading: string;
  none: string;
  columns: ReadonlyArray<CaseColumn<Row>>;
}) {
  const { rows, columns } = props;
  if (rows === null) return props.problem ? null : <p>{props.loading}</p>;
  if (rows.length === 0) return <p>{props.none}</p>;
  return (
    <div className="table-scroll">
      <table className="service-table" data-testid={`${props.testId}.table`}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.reference} data-testid={`${props.testId}.row`}>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
