// The two write forms. The API's problem+json answers name each bad field in `violations` ({field, message}); each
// message is shown under the control that carries that field name (data-field), others at the top of the form.
import { t } from '../i18n.js';
import { esc, todayInChina } from '../format.js';

function field(prefix, name, label, control) {
  const id = `${prefix}-${name.replace('.', '-')}`;
  return `<div class="field" data-field="${esc(name)}">
      <label for="${id}">${esc(label)}</label>
      ${control(id, `${id}-error`)}
      <p class="field-error" id="${id}-error"></p>
    </div>`;
}

const input = (name, type, extra = '') => (id, described) =>
  `<input id="${id}" name="${name}" type="${type}" aria-describedby="${described}" ${extra}>`;

const select = (name, values, labelPrefix) => (id, described) =>
  `<select id="${id}" name="${name}" aria-describedby="${described}"><option value="">${esc(t('none'))}</option>${values
    .map((v) => `<option value="${v}">${esc(t(`${labelPrefix}${v}`))}</option>`)
    .join('')}</select>`;

function formEnd() {
  return `<div class="form-errors" role="alert"></div><p class="form-status" role="status"></p>`;
}

/** The progress report of one indicator (POST /api/progress). */
export function reportForm(view, project) {
  const prefix = `r${view.indicatorId}`;
  const today = todayInChina();
  const asOf = [today, project.periodEnd].sort()[0];
  return `<form id="form-${view.indicatorId}" class="report-form" novalidate aria-label="${esc(`${t('report')}：${view.name}`)}">
    <p class="muted">${esc(view.name)} · ${esc(t('target'))} ${esc(view.target ?? '')}</p>
    <div class="grid">
      ${field(prefix, 'asOf', t('asOf'), input('asOf', 'date', `value="${esc(asOf)}" min="${esc(project.periodStart)}" max="${esc(asOf)}"`))}
      ${field(prefix, 'value', t('value'), input('value', 'text', `required placeholder="${esc(view.target ?? '')}"`))}
      ${field(prefix, 'forecast', t('forecast'), input('forecast', 'text'))}
      ${field(prefix, 'likelihood', t('likelihood'), select('likelihood', ['CERTAIN', 'LIKELY', 'IMPOSSIBLE'], 'lik_'))}
      ${field(prefix, 'deviation.category', t('deviationCategory'),
        select('deviationCategory', ['FUNDING', 'RULES', 'STAFF', 'EQUIPMENT', 'OTHER'], 'dev_'))}
      ${field(prefix, 'deviation.reason', t('deviationReason'), input('deviationReason', 'text'))}
      ${field(prefix, 'correctiveAction', t('correctiveAction'), input('correctiveAction', 'text'))}
    </div>
    ${formEnd()}
    <p class="buttons"><button type="submit" class="primary">${esc(t('submit'))}</button>
      <button type="reset">${esc(t('cancel'))}</button></p>
  </form>`;
}

/** Cumulative spending as of a day (POST /api/projects/{id}/budget-execution). */
export function executionForm(project) {
  const asOf = [todayInChina(), project.periodEnd].sort()[0];
  return `<section aria-labelledby="execution-title">
    <h2 id="execution-title">${esc(t('budgetExecution'))}</h2>
    <form id="execution-form" class="inline-form" novalidate>
      <div class="grid">
        ${field('x', 'asOf', t('asOf'), input('asOf', 'date', `value="${esc(asOf)}"`))}
        ${field('x', 'spent', t('spent'), input('spent', 'number', 'step="0.01" min="0" required'))}
      </div>
      ${formEnd()}
      <p class="buttons"><button type="submit" class="primary">${esc(t('postExecution'))}</button></p>
    </form></section>`;
}

/** Shows an API error next to the fields it names, or a success message when error is null. */
export function showProblem(form, error, okMessage) {
  for (const p of form.querySelectorAll('.field-error')) p.textContent = '';
  for (const c of form.querySelectorAll('[aria-invalid]')) c.removeAttribute('aria-invalid');
  const errors = form.querySelector('.form-errors');
  const status = form.querySelector('.form-status');
  errors.innerHTML = '';
  status.textContent = '';
  if (!error) {
    status.textContent = okMessage ?? '';
    return;
  }
  const unplaced = [];
  let first = null;
  for (const v of error.violations ?? []) {
    const wrapper = form.querySelector(`.field[data-field="${CSS.escape(v.field)}"]`);
    if (!wrapper) {
      unplaced.push(`${v.field}: ${v.message}`);
      continue;
    }
    const message = wrapper.querySelector('.field-error');
    message.textContent = message.textContent ? `${message.textContent}；${v.message}` : v.message;
    const control = wrapper.querySelector('input, select');
    control.setAttribute('aria-invalid', 'true');
    first ??= control;
  }
  if (!error.violations?.length) unplaced.push(error.message);
  errors.innerHTML = `<p>${esc(t('reportFailed'))}</p>${unplaced.length ? `<ul>${unplaced.map((u) => `<li>${esc(u)}</li>`).join('')}</ul>` : ''}`;
  (first ?? errors).focus?.();
}
