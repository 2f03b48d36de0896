/**
 * Reads back, through the agency API, the references of every stored submission of a service:
 * GET /api/submissions, 500 a page, following nextCursor.
 */
export async function fetchStoredReferences(
  origin: string,
  apiKey: string,
  serviceCode: string,
): Promise<Set<string>> {
  const references = new Set<string>();
  let after: string | null = null;
  do {
    const url = new URL('/api/submissions', origin);
    url.searchParams.set('service', serviceCode);
    url.searchParams.set('limit', '500');
    if (after) url.searchParams.set('after', after);
    const response = await fetch(url, { headers: { authorization: `Bearer ${apiKey}` } });
    if (!response.ok)
      throw new Error(`GET ${url.pathname}${url.search}: ${response.status} ${await response.text()}`);
    const page = (await response.json()) as {
      submissions: { reference: string }[];
      nextCursor: string | null;
    };
    for (const submission of page.submissions) references.add(submission.reference);
    after = page.nextCursor;
  } while (after);
  return references;
}
