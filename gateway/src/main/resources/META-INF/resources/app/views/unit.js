// 单位: the unit's projects of a fiscal year in a table that sorts by any column and filters by name, status and
// warning; the unit summary as XLSX.
import { t } from '../i18n.js';
import { yearForm, onYearChosen } from './year.js';
import { esc, money, pct, num, statusBadge, warningBadge, statusLabel, warningLabel, STATUSES, WARNINGS, todayInChina } from '../format.js';
import { unitFigures, download } from '../data.js';
import { api } from '../session.js';

const COLUMNS = [
  { key: 'name', label: 'projectName', text: true },
  { key: 'status', label: 'status', rank: (v) => STATUSES.indexOf(v) },
  { key: 'warning', label: 'warning', rank: (v) => WARNINGS.indexOf(v) },
  { key: 'budgetTotal', label: 'budget', numeric: true },
  { key: 'spent', label: 'spent', numeric: true },
  { key: 'executionRate', label: 'executionRate', numeric: true },
  { key: 'timeProgress', label: 'timeProgress', numeric: true },
  { key: 'score', label: 'score', numeric: true },
  { key: 'grade', label: 'grade', rank: (v) => ['优', '良', '中', '差'].indexOf(v) },
];

function rowsOf(figures) {
  const byId = new Map(figures.statuses.map((s) => [s.projectId, s]));
  return (figures.summary?.projects ?? []).map((p) => ({
    id: p.projectId,
    name: p.name,
    status: p.status,
    warning: p.warning,
    budgetTotal: p.budgetTotal,
    spent: p.spent,
    executionRate: p.executionRate,
    timeProgress: byId.get(p.projectId)?.timeProgress ?? null,
    score: p.score,
    grade: p.grade,
  }));
}

function compare(column, direction) {
  return (a, b) => {
    const x = a[column.key];
    const y = b[column.key];
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    let order;
    if (column.numeric) order = Number(x) - Number(y);
    else if (column.rank) order = column.rank(x) - column.rank(y);
    else order = String(x).localeCompare(String(y), 'zh-CN');
    return order * direction;
  };
}

export async function renderUnit(main, parts, params, ctx) {
  const code = parts[0];
  const year = Number(params.get('year') || todayInChina().slice(0, 4));
  let figures = await unitFigures(code, year);
  if (!ctx.isCurrent()) return null;
  const crumbs = [{ label: `${t('unit')} ${code}` }];
  if (ctx.session.role !== 'unit') crumbs.unshift({ label: t('overview'), href: `#/overview?year=${year}` });
  ctx.setCrumbs(crumbs);
  const summary = figures.summary;
  const xlsx = `/api/reports/units/${encodeURIComponent(code)}?fiscalYear=${year}&format=xlsx`;
  main.innerHTML = `
    <div class="view-head">
      <h1>${esc(t('unit'))} ${esc(code)}${figures.name ? ` · ${esc(figures.name)}` : ''} · ${year}</h1>
      ${yearForm(year)}
    </div>
    <dl class="cards" id="unit-cards">
      <div><dt>${esc(t('status'))}</dt><dd data-card="status">${statusBadge(summary?.status)}</dd></div>
      <div><dt>${esc(t('budget'))}</dt><dd data-card="budget">${money(summary?.budgetTotal)}</dd></div>
      <div><dt>${esc(t('spent'))}</dt><dd data-card="spent">${money(summary?.spent)}</dd></div>
      <div><dt>${esc(t('executionRate'))}</dt><dd data-card="rate">${pct(summary?.executionRate)}</dd></div>
      <div><dt>${esc(t('warning'))}</dt><dd data-card="warning">${warningBadge(summary?.warning)}</dd></div>
    </dl>
    <p><a class="download" id="unit-xlsx" href="${esc(xlsx)}">${esc(t('unitSummaryXlsx'))}</a></p>
    <form id="filters" class="filters" role="search">
      <div><label for="f-name">${esc(t('filterName'))}</label><input id="f-name" type="search"></div>
      <div><label for="f-status">${esc(t('filterStatus'))}</label><select id="f-status"><option value="">${esc(t('all'))}</option>
        ${STATUSES.map((s) => `<option value="${s}">${esc(statusLabel(s))}</option>`).join('')}</select></div>
      <div><label for="f-warning">${esc(t('filterWarning'))}</label><select id="f-warning"><option value="">${esc(t('all'))}</option>
        ${WARNINGS.map((w) => `<option value="${w}">${esc(warningLabel(w))}</option>`).join('')}</select></div>
    </form>
    <p id="shown" class="muted" aria-live="polite"></p>
    <table class="data" id="projects-table">
      <caption>${esc(t('project'))}</caption>
      <thead><tr>${COLUMNS.map((c, i) => `<th scope="col" aria-sort="none" class="${c.numeric ? 'n' : ''}">
        <button type="button" class="sort" data-col="${i}" title="${esc(t('sortBy'))}">${esc(t(c.label))}</button></th>`).join('')}</tr></thead>
      <tbody></tbody>
    </table>`;
  onYearChosen(main, ctx.navigate, (chosen) => `#/unit/${encodeURIComponent(code)}?year=${chosen}`);
  main.querySelector('#unit-xlsx').addEventListener('click', (event) => {
    event.preventDefault();
    download(event.currentTarget, api).catch((e) => alert(e.message));
  });

  let rows = rowsOf(figures);
  let sort = { column: 0, direction: 1 };
  const body = main.querySelector('#projects-table tbody');
  const draw = () => {
    const name = main.querySelector('#f-name').value.trim().toLowerCase();
    const status = main.querySelector('#f-status').value;
    const warning = main.querySelector('#f-warning').value;
    const shown = rows
      .filter((r) => (!name || r.name.toLowerCase().includes(name)) && (!status || r.status === status)
        && (!warning || r.warning === warning))
      .sort(compare(COLUMNS[sort.column], sort.direction));
    body.innerHTML = shown.map((r) => `<tr data-project="${r.id}">
        <th scope="row"><a href="#/project/${r.id}">${esc(r.name)}</a></th>
        <td data-cell="status">${statusBadge(r.status)}</td>
        <td data-cell="warning">${warningBadge(r.warning)}</td>
        <td class="n" data-cell="budget">${money(r.budgetTotal)}</td>
        <td class="n" data-cell="spent">${money(r.spent)}</td>
        <td class="n" data-cell="rate">${pct(r.executionRate)}</td>
        <td class="n" data-cell="time">${pct(r.timeProgress)}</td>
        <td class="n" data-cell="score">${num(r.score)}</td>
        <td data-cell="grade">${esc(r.grade ?? '—')}</td></tr>`).join('');
    main.querySelector('#shown').textContent = t('rowsShown', { n: shown.length, total: rows.length });
    main.querySelectorAll('#projects-table th').forEach((th, i) => {
      th.setAttribute('aria-sort', i === sort.column ? (sort.direction > 0 ? 'ascending' : 'descending') : 'none');
    });
  };
  main.querySelector('#filters').addEventListener('input', draw);
  main.querySelector('#filters').addEventListener('submit', (event) => event.preventDefault());
  main.querySelector('#projects-table thead').addEventListener('click', (event) => {
    const button = event.target.closest('button.sort');
    if (!button) return;
    const column = Number(button.dataset.col);
    sort = { column, direction: sort.column === column ? -sort.direction : 1 };
    draw();
  });
  draw();
  ctx.follow(`unitCode=${encodeURIComponent(code)}`);

  let pending = null;
  return {
    describe(data) {
      const row = rows.find((r) => r.id === data.projectId);
      return data.subject === 'project' && row ? row.name : null;
    },
    onStatus(data) {
      if (data.subject === 'project') {
        const row = rows.find((r) => r.id === data.projectId);
        if (row && data.current?.status) {
          row.status = data.current.status;
          draw();
        }
      }
      clearTimeout(pending);
      pending = setTimeout(async () => {
        if (!ctx.isCurrent()) return;
        figures = await unitFigures(code, year);
        if (!ctx.isCurrent()) return;
        rows = rowsOf(figures);
        draw();
      }, 800);
    },
  };
}
