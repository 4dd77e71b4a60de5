// The fiscal-year picker in the head of the overview and of a unit's page.
import { t } from '../i18n.js';
import { esc } from '../format.js';

/** The picker's markup, showing `year`. */
export function yearForm(year) {
  return `<form id="year-form" class="inline">
        <label for="year">${esc(t('fiscalYear'))}</label>
        <input id="year" name="year" type="number" min="2000" max="2100" value="${year}" required>
        <button type="submit">${esc(t('show'))}</button>
      </form>`;
}

/** Goes to `route(year)` when a year is chosen in the picker under `main`. */
export function onYearChosen(main, navigate, route) {
  main.querySelector('#year-form').addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(route(encodeURIComponent(event.target.year.value)));
  });
}
