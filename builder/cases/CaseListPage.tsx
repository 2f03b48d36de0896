import { type FormEvent, type ReactNode, useEffect, useId, useState } from 'react';
import type { ApiResult } from '../api/api-client.ts';
import { type CaseColumn, CaseTable } from './CaseTable.tsx';
import { FilterSelect } from './FilterSelect.tsx';
import { ProblemAlert } from './ProblemAlert.tsx';
import { useCaseList } from './use-case-list.ts';

/** Every case list filters by status; each kind of case adds its own filters. */
export interface CaseFilter {
  status: string;
}

type Choices = ReadonlyArray<{ value: string; label: string }>;

/**
 * A case list screen (requests, feedback): title and introduction, the filter form (status,
 * then the fields `moreFilters` draws; the button applies them), what went wrong, and the table
 * of cases loaded by `fetchRows` (memoised; `initialFilter` a constant).
 */
export function CaseListPage<Filter extends CaseFilter, Row extends { reference: string }>(props: {
  testId: string;
  texts: {
    title: string;
    intro: string;
    filterStatus: string;
    anyStatus: string;
    apply: string;
    loading: string;
    none: string;
  };
  fetchRows: (filter: Filter) => Promise<ApiResult<Row[]>>;
  initialFilter: Filter;
  statuses: Choices;
  moreFilters: (filter: Filter, set: (key: keyof Filter) => (value: string) => void, id: string) => ReactNode;
  columns: ReadonlyArray<CaseColumn<Row>>;
  children?: ReactNode;
}) {
  const { texts } = props;
  const id = useId();
  const [filter, setFilter] = useState(props.initialFilter);
  const { rows, problem, load } = useCaseList(props.fetchRows, props.initialFilter);
  const set = (key: keyof Filter) => (value: string) => setFilter((f) => ({ ...f, [key]: value }));

  useEffect(() => {
    document.title = texts.title;
  }, [texts.title]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void load(filter);
  }

  return (
    <main id="main" className="page">
      <h1>{texts.title}</h1>
      <p>{texts.intro}</p>
      {props.children}
      <form className="row-actions" onSubmit={onSubmit} data-testid={`${props.testId}.filter`}>
        <FilterSelect
          id={`${id}-status`}
          label={texts.filterStatus}
          anyLabel={texts.anyStatus}
          value={filter.status}
          onChange={set('status')}
          options={props.statuses}
        />
        {props.moreFilters(filter, set, id)}
        <div>
          <br />
          <button type="submit" className="button">
            {texts.apply}
          </button>
        </div>
      </form>
      <ProblemAlert problem={problem} />
      <CaseTable
        testId={props.testId}
        rows={rows}
        problem={problem}
        loading={texts.loading}
        none={texts.none}
        columns={props.columns}
      />
    </main>
  );
}
