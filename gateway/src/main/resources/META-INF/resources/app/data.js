// Reads of the public API that more than one view needs.
import { getJson, ApiError } from './session.js';

const PAGE = 200; // the services' largest page size

/** Every item of a paginated list ({items, page, size, total}). */
export async function allPages(path) {
  const sep = path.includes('?') ? '&' : '?';
  const first = await getJson(`${path}${sep}size=${PAGE}&page=0`);
  const items = [...first.items];
  const pages = Math.ceil(first.total / PAGE);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => getJson(`${path}${sep}size=${PAGE}&page=${i + 1}`)));
  for (const page of rest) items.push(...page.items);
  return items;
}

/** Runs task over items with at most `width` at a time, keeping the order of the answers. */
export async function pool(items, width, task) {
  const answers = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      answers[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return answers;
}

/** null for a 404 (e.g. a project monitoring has not heard of yet), the error otherwise. */
export async function orNull(promise) {
  try {
    return await promise;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** A unit's summary (budget, spent, rate, warning, per project) and its project statuses (time progress, score). */
export async function unitFigures(code, year) {
  const enc = encodeURIComponent(code);
  const [summary, statuses, unit] = await Promise.all([
    orNull(getJson(`/api/reports/units/${enc}?fiscalYear=${year}`)),
    orNull(allPages(`/api/status/projects?unitCode=${enc}&fiscalYear=${year}`)),
    orNull(getJson(`/api/units/${enc}`)),
  ]);
  return { code, name: unit?.name ?? null, summary, statuses: statuses ?? [] };
}

/** Downloads a report with the bearer token (a plain link could not send it) and hands it to the browser. */
export async function download(link, api) {
  const response = await api(link.getAttribute('href'), {
    headers: { Accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
  if (!response.ok) throw await ApiError.from(response);
  const disposition = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const name = star ? decodeURIComponent(star[1]) : plain ? plain[1] : 'report.xlsx';
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
