// 总览: per unit of a fiscal year its projects by status, budget, spending, execution against time progress, warning
// and scores; and the 双监控 scatter of every project.
import { t } from '../i18n.js';
import { yearForm, onYearChosen } from './year.js';
import { esc, money, pct, num, statusBadge, warningBadge, STATUSES, todayInChina } from '../format.js';
import { allPages, pool, unitFigures } from '../data.js';
import { scatter, disposeCharts } from '../charts.js';

const UNIT_REQUESTS_AT_ONCE = 6;

/** What the page shows, from the API's answers (pure, so that a test can time it on a large made-up year). */
export function overviewModel(year, units) {
  const rows = [];
  const points = [];
  const totals = { projects: 0, budget: 0, spent: 0, statusCounts: {} };
  for (const unit of units) {
    const summaryRows = new Map((unit.summary?.projects ?? []).map((p) => [p.projectId, p]));
    const statusCounts = {};
    const grades = {};
    let scoreSum = 0;
    let scored = 0;
    let weightedTime = 0;
    let timeWeight = 0;
    for (const s of unit.statuses) {
      statusCounts[s.status] = (statusCounts[s.status] ?? 0) + 1;
      totals.statusCounts[s.status] = (totals.statusCounts[s.status] ?? 0) + 1;
      if (s.grade) grades[s.grade] = (grades[s.grade] ?? 0) + 1;
      if (s.score !== null && s.score !== undefined) {
        scoreSum += Number(s.score);
        scored++;
      }
      const budget = Number(summaryRows.get(s.projectId)?.budgetTotal ?? 0);
      if (s.timeProgress !== null && s.timeProgress !== undefined) {
        weightedTime += Number(s.timeProgress) * (budget || 1);
        timeWeight += budget || 1;
      }
      points.push({ id: s.projectId, name: s.name, unitCode: unit.code, status: s.status,
        timeProgress: s.timeProgress, executionRate: s.executionRate });
    }
    const budget = Number(unit.summary?.budgetTotal ?? 0);
    const spent = Number(unit.summary?.spent ?? 0);
    totals.projects += unit.statuses.length;
    totals.budget += budget;
    totals.spent += spent;
    rows.push({
      code: unit.code,
      name: unit.name,
      count: unit.statuses.length,
      status: unit.summary?.status ?? null,
      statusCounts,
      budget: unit.summary?.budgetTotal ?? null,
      spent: unit.summary?.spent ?? null,
      executionRate: unit.summary?.executionRate ?? null,
      timeProgress: timeWeight ? weightedTime / timeWeight : null,
      warning: unit.summary?.warning ?? null,
      avgScore: scored ? scoreSum / scored : null,
      grades,
    });
  }
  totals.executionRate = totals.budget ? totals.spent / totals.budget : null;
  return { year, rows, points, totals };
}

function statusCountsHtml(counts) {
  const present = STATUSES.filter((s) => counts[s]);
  if (!present.length) return '<span class="muted">—</span>';
  return `<ul class="counts">${present
    .map((s) => `<li data-status-count="${esc(s)}">${statusBadge(s)} <span class="count">${counts[s]}</span></li>`)
    .join('')}</ul>`;
}

function gradesHtml(grades) {
  const names = ['优', '良', '中', '差'].filter((g) => grades[g]);
  return names.length ? names.map((g) => `${esc(g)} ${grades[g]}`).join(' · ') : '—';
}

/** Draws the model into the element; answers the milliseconds it took. */
export function drawOverview(element, model, navigate) {
  const started = performance.now();
  disposeCharts();
  const { rows, totals, year } = model;
  const yearLink = (code) => `#/unit/${encodeURIComponent(code)}?year=${year}`;
  element.querySelector('#overview-body').innerHTML = rows.length
    ? `
    <dl class="cards" aria-label="${esc(t('total'))}">
      <div><dt>${esc(t('units'))}</dt><dd data-total="units">${rows.length}</dd></div>
      <div><dt>${esc(t('projects'))}</dt><dd data-total="projects">${totals.projects}</dd></div>
      <div><dt>${esc(t('budget'))}</dt><dd data-total="budget">${money(totals.budget)}</dd></div>
      <div><dt>${esc(t('spent'))}</dt><dd data-total="spent">${money(totals.spent)}</dd></div>
      <div><dt>${esc(t('executionRate'))}</dt><dd data-total="rate">${pct(totals.executionRate)}</dd></div>
    </dl>
    <section aria-labelledby="by-status-title">
      <h2 id="by-status-title">${esc(t('byStatus'))}</h2>
      ${statusCountsHtml(totals.statusCounts)}
    </section>
    <figure class="chart-figure">
      <div id="scatter" class="scatter" role="img" aria-label="${esc(`${t('scatterTitle')}. ${t('scatterDesc')}`)}"></div>
      <figcaption><strong>${esc(t('scatterTitle'))}</strong> — ${esc(t('scatterDesc'))}</figcaption>
    </figure>
    <table class="data" id="units-table">
      <caption>${esc(t('units'))} · ${esc(t('fiscalYear'))} ${year}</caption>
      <thead><tr>
        <th scope="col">${esc(t('unit'))}</th><th scope="col">${esc(t('status'))}</th>
        <th scope="col">${esc(t('byStatus'))}</th><th scope="col" class="n">${esc(t('budget'))}</th>
        <th scope="col" class="n">${esc(t('spent'))}</th><th scope="col" class="n">${esc(t('execVsTime'))}</th>
        <th scope="col">${esc(t('warning'))}</th><th scope="col" class="n">${esc(t('avgScore'))}</th>
        <th scope="col">${esc(t('grades'))}</th>
      </tr></thead>
      <tbody>${rows
        .map((r) => `<tr data-unit="${esc(r.code)}">
          <th scope="row"><a href="${esc(yearLink(r.code))}">${esc(r.code)}</a>${r.name ? `<br><span class="sub">${esc(r.name)}</span>` : ''}
            <br><span class="sub">${r.count} ${esc(t('projectCount'))}</span></th>
          <td data-cell="status">${statusBadge(r.status)}</td>
          <td>${statusCountsHtml(r.statusCounts)}</td>
          <td class="n" data-cell="budget">${money(r.budget)}</td>
          <td class="n" data-cell="spent">${money(r.spent)}</td>
          <td class="n"><span data-cell="rate">${pct(r.executionRate)}</span> / <span data-cell="time">${pct(r.timeProgress)}</span></td>
          <td data-cell="warning">${warningBadge(r.warning)}</td>
          <td class="n" data-cell="score">${num(r.avgScore)}</td>
          <td data-cell="grades">${gradesHtml(r.grades)}</td>
        </tr>`)
        .join('')}</tbody>
    </table>`
    : `<p>${esc(t('noProjects'))}</p>`;
  if (rows.length) {
    scatter(element.querySelector('#scatter'), model.points, (p) => navigate(`#/project/${p.id}`));
  }
  const ms = Math.round(performance.now() - started);
  element.dataset.renderMs = String(ms);
  return ms;
}

async function loadYear(year) {
  const projects = await allPages(`/api/projects?fiscalYear=${year}`);
  const codes = [...new Set(projects.map((p) => p.unitCode))].sort();
  return pool(codes, UNIT_REQUESTS_AT_ONCE, (code) => unitFigures(code, year));
}

export async function renderOverview(main, _parts, params, ctx) {
  const asked = params.get('year');
  let year = Number(asked || todayInChina().slice(0, 4));
  let units = await loadYear(year);
  if (!asked && !units.length) {
    // Early in a year nothing may be declared yet: show the year before rather than an empty page.
    const before = await loadYear(year - 1);
    if (before.length) {
      year -= 1;
      units = before;
    }
  }
  if (!ctx.isCurrent()) return null;
  ctx.setCrumbs([{ label: t('overview') }]);
  main.innerHTML = `
    <div class="view-head">
      <h1>${esc(t('overview'))} · ${year}</h1>
      ${yearForm(year)}
    </div>
    <div id="overview-body"></div>`;
  onYearChosen(main, ctx.navigate, (chosen) => `#/overview?year=${chosen}`);
  drawOverview(main, overviewModel(year, units), ctx.navigate);
  ctx.follow('');
  let pending = null;
  return {
    // A change anywhere may move a unit's figures: reload them once the burst of events is over.
    onStatus(data) {
      if (data.subject !== 'project' && data.subject !== 'unit') return;
      clearTimeout(pending);
      pending = setTimeout(async () => {
        if (!ctx.isCurrent()) return;
        const fresh = await loadYear(year);
        if (ctx.isCurrent()) drawOverview(main, overviewModel(year, fresh), ctx.navigate);
      }, 800);
    },
  };
}
