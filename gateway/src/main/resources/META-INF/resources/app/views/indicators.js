// The project page's indicator tree (一级 → 二级 → 三级): per indicator the target, latest actual, expected by now,
// ratio, status, the API's explanation, the deviation and corrective action, a place for its trend chart and, for a
// key that may write, the button that opens its report form.
import { t } from '../i18n.js';
import { esc, num, pct, statusBadge } from '../format.js';

/** The table's columns, which a row spanning the table (a group heading, a report form) spans. */
export const COLUMNS = 10;

function deviationText(row) {
  if (!row) return '';
  const parts = [];
  if (row.deviationCategory) parts.push(`${t(`dev_${row.deviationCategory}`)}${row.deviationReason ? `：${row.deviationReason}` : ''}`);
  if (row.correctiveAction) parts.push(`${t('correctiveAction')}：${row.correctiveAction}`);
  if (row.likelihood) parts.push(`${t('likelihood')}：${t(`lik_${row.likelihood}`)}`);
  return parts.join('；');
}

function indicatorCells(view, row) {
  const unit = row?.unit ?? '';
  return {
    actual: row?.actualText ?? (view.actual !== null && view.actual !== undefined ? `${num(view.actual)}${unit}` : '—'),
    expected: view.expected !== null && view.expected !== undefined ? `${num(view.expected)}${unit}` : '—',
    ratio: pct(view.ratio),
    why: view.explanation ?? '',
    deviation: deviationText(row) || '—',
  };
}

export function fillRow(tr, view, row) {
  const cells = indicatorCells(view, row);
  for (const [name, text] of Object.entries(cells)) {
    tr.querySelector(`[data-cell="${name}"]`).textContent = text;
  }
  tr.querySelector('[data-cell="status"]').innerHTML = statusBadge(view.status);
  tr.dataset.status = view.status;
}

function tree(views, rows) {
  const byId = new Map(rows.map((r) => [r.indicatorId, r]));
  const groups = new Map();
  for (const view of views) {
    const row = byId.get(view.indicatorId);
    const l1 = row?.level1 || '—';
    const l2 = row?.level2 || '—';
    if (!groups.has(l1)) groups.set(l1, new Map());
    if (!groups.get(l1).has(l2)) groups.get(l1).set(l2, []);
    groups.get(l1).get(l2).push({ view, row });
  }
  return groups;
}

export function indicatorTable(views, rows, writable) {
  const groups = tree(views, rows);
  let body = '';
  for (const [l1, level2s] of groups) {
    body += `<tbody class="l1"><tr class="l1"><th colspan="${COLUMNS}" scope="colgroup">${esc(t('level1'))}：${esc(l1)}</th></tr>`;
    for (const [l2, items] of level2s) {
      body += `<tr class="l2"><th colspan="${COLUMNS}" scope="colgroup">${esc(t('level2'))}：${esc(l2)}</th></tr>`;
      for (const { view, row } of items) {
        const c = indicatorCells(view, row);
        const name = row?.level3 ?? view.name;
        body += `<tr class="indicator" id="ind-${view.indicatorId}" data-indicator="${view.indicatorId}" data-status="${esc(view.status)}">
          <th scope="row">${esc(name)}</th>
          <td data-cell="target">${esc(view.target ?? row?.target ?? '')}</td>
          <td class="n" data-cell="actual">${esc(c.actual)}</td>
          <td class="n" data-cell="expected">${esc(c.expected)}</td>
          <td class="n" data-cell="ratio">${esc(c.ratio)}</td>
          <td data-cell="status">${statusBadge(view.status)}</td>
          <td data-cell="why" class="why">${esc(c.why)}</td>
          <td data-cell="deviation" class="why">${esc(c.deviation)}</td>
          <td><div class="trend" id="trend-${view.indicatorId}" role="img" aria-label="${esc(t('trendLabel', { name }))}"></div></td>
          <td>${writable ? `<button type="button" class="report" data-indicator="${view.indicatorId}"
            aria-expanded="false" aria-controls="form-${view.indicatorId}">${esc(t('report'))}<span class="visually-hidden">：${esc(name)}</span></button>` : ''}</td>
        </tr>`;
      }
    }
    body += '</tbody>';
  }
  return `<table class="data indicators" id="indicators-table">
    <caption>${esc(t('indicators'))}</caption>
    <thead><tr><th scope="col">${esc(t('level3'))}</th><th scope="col">${esc(t('target'))}</th>
      <th scope="col" class="n">${esc(t('actual'))}</th><th scope="col" class="n">${esc(t('expected'))}</th>
      <th scope="col" class="n">${esc(t('ratio'))}</th><th scope="col">${esc(t('status'))}</th>
      <th scope="col">${esc(t('why'))}</th><th scope="col">${esc(t('deviation'))}</th>
      <th scope="col">${esc(t('trend'))}</th><th scope="col">${esc(t('actions'))}</th></tr></thead>
    ${body}</table>`;
}
