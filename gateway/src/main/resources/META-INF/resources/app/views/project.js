// 项目: budget, spending and execution; 资金用途 and 绩效目标; the indicator tree (一级 → 二级 → 三级) with target,
// latest actual, expected by now, ratio, status and the API's explanation, a small trend chart per indicator, the
// deviation and corrective action; the 监控表 and 自评表; any earlier day through asOf; and, for a key that may write
// for the unit, the progress report form on each indicator row and the budget execution form.
import { t } from '../i18n.js';
import { esc, money, pct, num, statusBadge, warningBadge, todayInChina } from '../format.js';
import { download, pool } from '../data.js';
import { api, getJson, postJson, mayWrite, ApiError } from '../session.js';
import { trend } from '../charts.js';
import { reportForm, executionForm, showProblem } from './forms.js';
import { COLUMNS, indicatorTable, fillRow } from './indicators.js';

function monthEnds(from, to) {
  const ends = [];
  let [y, m] = from.split('-').map(Number);
  for (;;) {
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    if (last >= to) {
      ends.push(to);
      return ends;
    }
    ends.push(last);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

function asOfQuery(asOf) {
  return asOf ? `?asOf=${asOf}` : '';
}

async function loadFigures(id, asOf) {
  const [status, report] = await Promise.all([
    getJson(`/api/status/projects/${id}${asOfQuery(asOf)}`),
    getJson(`/api/reports/projects/${id}/monitoring${asOfQuery(asOf)}`),
  ]);
  return { status, report };
}

function cards(status, report, project) {
  return `
    <div><dt>${esc(t('status'))}</dt><dd data-card="status">${statusBadge(status.status)}</dd></div>
    <div><dt>${esc(t('warning'))}</dt><dd data-card="warning">${warningBadge(status.warning)}</dd></div>
    <div><dt>${esc(t('budget'))}</dt><dd data-card="budget">${money(report.budgetTotal ?? project.budget?.total)}</dd></div>
    <div><dt>${esc(t('fiscal'))}</dt><dd data-card="fiscal">${money(project.budget?.fiscal)}</dd></div>
    <div><dt>${esc(t('other'))}</dt><dd data-card="other">${money(project.budget?.other)}</dd></div>
    <div><dt>${esc(t('spent'))}</dt><dd data-card="spent">${money(report.spent)}</dd></div>
    <div><dt>${esc(t('executionRate'))}</dt><dd data-card="rate">${pct(status.executionRate)}</dd></div>
    <div><dt>${esc(t('timeProgress'))}</dt><dd data-card="time">${pct(status.timeProgress)}</dd></div>
    <div><dt>${esc(t('score'))}</dt><dd data-card="score">${num(status.score)}</dd></div>
    <div><dt>${esc(t('grade'))}</dt><dd data-card="grade">${esc(status.grade ?? '—')}</dd></div>`;
}

/** The value of each indicator as of every month end so far, drawn once the page itself is shown. */
async function drawTrends(main, id, project, asOf, ctx) {
  const until = [asOf || todayInChina(), project.periodEnd].sort()[0];
  if (until < project.periodStart) return;
  const ends = monthEnds(project.periodStart, until);
  const answers = await pool(ends, 4, (day) => getJson(`/api/status/projects/${id}?asOf=${day}`).catch(() => null));
  if (!ctx.isCurrent()) return;
  const series = new Map();
  answers.forEach((answer, i) => {
    for (const view of answer?.indicators ?? []) {
      if (!series.has(view.indicatorId)) series.set(view.indicatorId, []);
      series.get(view.indicatorId).push({ asOf: ends[i], actual: view.actual, expected: view.expected });
    }
  });
  for (const [indicatorId, months] of series) {
    const element = main.querySelector(`#trend-${indicatorId}`);
    if (element) trend(element, months);
  }
}

export async function renderProject(main, parts, params, ctx) {
  const id = Number(parts[0]);
  const asOf = params.get('asOf') || '';
  const [project, figures] = await Promise.all([getJson(`/api/projects/${id}`), loadFigures(id, asOf)]);
  if (!ctx.isCurrent()) return null;
  let { status, report } = figures;
  const writable = mayWrite(project.unitCode);
  const unitHref = `#/unit/${encodeURIComponent(project.unitCode)}?year=${project.fiscalYear}`;
  const crumbs = [{ label: `${t('unit')} ${project.unitCode}`, href: unitHref }, { label: project.name }];
  if (ctx.session.role !== 'unit') crumbs.unshift({ label: t('overview'), href: `#/overview?year=${project.fiscalYear}` });
  ctx.setCrumbs(crumbs);
  const reportLink = (kind) => `/api/reports/projects/${id}/${kind}?format=xlsx${asOf ? `&asOf=${asOf}` : ''}`;
  main.innerHTML = `
    <div class="view-head">
      <h1 id="project-title" data-project="${id}">${esc(project.name)}</h1>
      <form id="asof-form" class="inline">
        <label for="asof">${esc(t('asOf'))}</label>
        <input id="asof" name="asOf" type="date" value="${esc(asOf || todayInChina())}" min="${esc(project.periodStart)}">
        <button type="submit">${esc(t('show'))}</button>
        <button type="button" id="asof-today">${esc(t('today'))}</button>
      </form>
    </div>
    <p class="muted"><a href="${esc(unitHref)}">${esc(t('unit'))} ${esc(project.unitCode)}</a> ·
      ${esc(t('fiscalYear'))} ${project.fiscalYear} · ${esc(t('period'))} ${esc(project.periodStart)} – ${esc(project.periodEnd)}
      · ${esc(t('asOf'))} <span id="as-of">${esc(status.asOf)}</span></p>
    <dl class="cards" id="project-cards">${cards(status, report, project)}</dl>
    <div class="two">
      <section aria-labelledby="purpose-title"><h2 id="purpose-title">${esc(t('purpose'))}</h2>
        <p id="purpose">${esc(project.purpose || '—')}</p></section>
      <section aria-labelledby="goals-title"><h2 id="goals-title">${esc(t('goals'))}</h2>
        <ol id="goals">${(project.goals ?? []).map((g) => `<li>${esc(g)}</li>`).join('')}</ol></section>
    </div>
    <p class="links">
      <a class="download" id="monitoring-xlsx" href="${esc(reportLink('monitoring'))}">${esc(t('monitoringXlsx'))}</a>
      <a class="download" id="self-evaluation-xlsx" href="${esc(reportLink('self-evaluation'))}">${esc(t('selfEvalXlsx'))}</a>
    </p>
    ${writable ? executionForm(project) : ''}
    <section aria-labelledby="indicators-title">
      <h2 id="indicators-title">${esc(t('indicators'))}</h2>
      ${indicatorTable(status.indicators ?? [], report.indicators ?? [], writable)}
    </section>`;

  main.querySelector('#asof-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const day = event.target.asOf.value;
    ctx.navigate(`#/project/${id}${day && day !== todayInChina() ? `?asOf=${day}` : ''}`);
  });
  main.querySelector('#asof-today').addEventListener('click', () => ctx.navigate(`#/project/${id}`));
  for (const link of main.querySelectorAll('a.download')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      download(event.currentTarget, api).catch((e) => alert(e.message));
    });
  }

  const refresh = async () => {
    const fresh = await loadFigures(id, asOf);
    if (!ctx.isCurrent()) return;
    ({ status, report } = fresh);
    main.querySelector('#project-cards').innerHTML = cards(status, report, project);
    const rows = new Map((report.indicators ?? []).map((r) => [r.indicatorId, r]));
    for (const view of status.indicators ?? []) {
      const tr = main.querySelector(`#ind-${view.indicatorId}`);
      if (tr) fillRow(tr, view, rows.get(view.indicatorId));
    }
  };

  if (writable) {
    main.querySelector('#indicators-table').addEventListener('click', (event) => {
      const button = event.target.closest('button.report');
      if (!button) return;
      const indicatorId = Number(button.dataset.indicator);
      const open = main.querySelector(`#form-${indicatorId}`);
      if (open) {
        open.closest('tr').remove();
        button.setAttribute('aria-expanded', 'false');
        return;
      }
      const view = status.indicators.find((v) => v.indicatorId === indicatorId);
      const tr = document.createElement('tr');
      tr.className = 'form-row';
      tr.innerHTML = `<td colspan="${COLUMNS}">${reportForm(view, project)}</td>`;
      button.closest('tr').after(tr);
      button.setAttribute('aria-expanded', 'true');
      const form = tr.querySelector('form');
      form.querySelector('input').focus();
      form.addEventListener('reset', () => {
        tr.remove();
        button.setAttribute('aria-expanded', 'false');
        button.focus();
      });
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        submitReport(form, indicatorId);
      });
    });
    main.querySelector('#execution-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = event.target;
      try {
        await postJson(`/api/projects/${id}/budget-execution`, { asOf: form.asOf.value, spent: form.spent.value });
        showProblem(form, null, t('executionAccepted'));
        setTimeout(() => ctx.isCurrent() && refresh(), 800);
      } catch (e) {
        showProblem(form, e);
      }
    });
  }

  drawTrends(main, id, project, asOf, ctx).catch((e) => console.warn('trend charts', e));
  ctx.follow(`projectId=${id}`);

  let pending = null;
  const live = !asOf || asOf === todayInChina();
  return {
    describe(data) {
      if (data.subject === 'indicator') {
        return main.querySelector(`#ind-${data.subjectId} th`)?.textContent ?? null;
      }
      return data.subject === 'project' && data.projectId === id ? project.name : null;
    },
    onStatus(data) {
      if (!live || data.projectId !== id) return;
      // Show the new status at once; the other figures (actual, ratio, score) follow with a re-read.
      if (data.subject === 'indicator' && data.current?.status) {
        const tr = main.querySelector(`#ind-${data.subjectId}`);
        if (tr) {
          tr.querySelector('[data-cell="status"]').innerHTML = statusBadge(data.current.status);
          tr.dataset.status = data.current.status;
          tr.classList.remove('flash');
          void tr.offsetWidth;
          tr.classList.add('flash');
        }
      } else if (data.subject === 'project' && data.current?.status) {
        main.querySelector('[data-card="status"]').innerHTML = statusBadge(data.current.status);
      }
      clearTimeout(pending);
      pending = setTimeout(() => ctx.isCurrent() && refresh().catch((e) => console.warn(e)), 500);
    },
  };

  async function submitReport(form, indicatorId) {
    const value = (name) => form.elements[name]?.value.trim() || null;
    const body = { indicatorId, asOf: value('asOf'), value: value('value') };
    for (const name of ['likelihood', 'forecast', 'correctiveAction']) {
      if (value(name)) body[name] = value(name);
    }
    if (value('deviationCategory') || value('deviationReason')) {
      body.deviation = { category: value('deviationCategory'), reason: value('deviationReason') };
    }
    try {
      await postJson('/api/progress', body);
      showProblem(form, null, t('reportAccepted'));
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      showProblem(form, e);
    }
  }
}
