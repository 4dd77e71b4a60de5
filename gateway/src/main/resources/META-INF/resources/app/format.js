// Formatting and the status/warning badges. A status is always shown as a symbol plus words, never by colour alone.
import { t, currentLang } from './i18n.js';

export const STATUSES = ['OFF_TRACK', 'AT_RISK', 'NOT_REPORTED', 'NOT_DUE', 'ON_TRACK', 'AHEAD', 'ACHIEVED', 'NO_TARGET'];
export const WARNINGS = ['RED', 'YELLOW', 'GREEN', 'NONE'];
const STATUS_SYMBOL = {
  ACHIEVED: '✔', AHEAD: '▲', ON_TRACK: '●', AT_RISK: '◆', OFF_TRACK: '✖', NOT_REPORTED: '?', NO_TARGET: '–', NOT_DUE: '○',
};
const WARNING_SYMBOL = { RED: '✖', YELLOW: '!', GREEN: '✔', NONE: '–' };
/** Chart colours and shapes per status (legend and tooltip carry the words). */
export const STATUS_COLOR = {
  ACHIEVED: '#2e7d32', AHEAD: '#1d4ed8', ON_TRACK: '#0f766e', AT_RISK: '#b45309', OFF_TRACK: '#c62828',
  NOT_REPORTED: '#6d28d9', NO_TARGET: '#4b5563', NOT_DUE: '#6b7280',
};
export const STATUS_SHAPE = {
  ACHIEVED: 'circle', AHEAD: 'triangle', ON_TRACK: 'circle', AT_RISK: 'diamond', OFF_TRACK: 'rect',
  NOT_REPORTED: 'pin', NO_TARGET: 'emptyCircle', NOT_DUE: 'emptyCircle',
};

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML. */
export function esc(value) {
  return value === null || value === undefined ? '' : String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function locale() {
  return currentLang() === 'en' ? 'en-US' : 'zh-CN';
}

/** Amounts in 万元 with two decimals ("11.00"); '—' when absent. */
export function money(value) {
  if (value === null || value === undefined || value === '') return '—';
  return Number(value).toLocaleString(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A share (0.45) as a percentage with one decimal ("45.0%"). */
export function pct(value) {
  if (value === null || value === undefined || value === '') return '—';
  return `${(Number(value) * 100).toFixed(1)}%`;
}

export function num(value, digits = 2) {
  if (value === null || value === undefined || value === '') return '—';
  const n = Number(value);
  return Number.isInteger(n) ? String(n) : n.toFixed(digits).replace(/\.?0+$/, '');
}

export function statusLabel(status) {
  return status ? t(`stat_${status}`) : '—';
}

export function warningLabel(warning) {
  return warning ? t(`warn_${warning}`) : '—';
}

export function statusBadge(status) {
  if (!status) return '<span class="muted">—</span>';
  return `<span class="badge st-${esc(status)}" data-status="${esc(status)}"><span aria-hidden="true">${
    STATUS_SYMBOL[status] ?? '•'}</span> ${esc(statusLabel(status))}</span>`;
}

export function warningBadge(warning) {
  if (!warning) return '<span class="muted">—</span>';
  return `<span class="badge wn-${esc(warning)}" data-warning="${esc(warning)}"><span aria-hidden="true">${
    WARNING_SYMBOL[warning] ?? '•'}</span> ${esc(warningLabel(warning))}</span>`;
}

/** Today in China, where the fiscal year and the report dates are counted. */
export function todayInChina() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}
