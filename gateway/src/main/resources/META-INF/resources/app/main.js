// The dashboard's shell: hash routes (#/overview, #/unit/<code>, #/project/<id>), the sign-in, the language switch,
// the live connection state and the list of latest status changes.
import { t, setLang, currentLang, translateStatic } from './i18n.js';
import * as session from './session.js';
import { LiveStream } from './stream.js';
import { disposeCharts } from './charts.js';
import { esc, statusLabel, warningLabel } from './format.js';
import { renderOverview } from './views/overview.js';
import { renderUnit } from './views/unit.js';
import { renderProject } from './views/project.js';

const main = document.getElementById('main');
const liveBadge = document.getElementById('live');
const changeList = document.getElementById('change-list');
const MAX_CHANGES = 20;
const VIEWS = { overview: renderOverview, unit: renderUnit, project: renderProject };

let view = null;
let stream = null;
let streamQuery = null;
let liveState = 'off';
let renderSeq = 0;

function parseHash() {
  const [path, query = ''] = location.hash.replace(/^#\/?/, '').split('?');
  return { parts: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(query) };
}

export function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

function landing(current) {
  return current.role === 'unit' && current.unitCodes.length ? `#/unit/${encodeURIComponent(current.unitCodes[0])}` : '#/overview';
}

function setCrumbs(items) {
  const nav = document.getElementById('crumbs');
  nav.setAttribute('aria-label', t('crumbs'));
  nav.innerHTML = `<ol>${items
    .map((item, i) =>
      i === items.length - 1
        ? `<li><span aria-current="page">${esc(item.label)}</span></li>`
        : `<li><a href="${esc(item.href)}">${esc(item.label)}</a></li>`)
    .join('')}</ol>`;
}

function showLive(state) {
  liveState = state;
  const key = { connecting: 'liveConnecting', connected: 'liveConnected', reconnecting: 'liveReconnecting' }[state] ?? 'liveOff';
  liveBadge.dataset.state = state;
  liveBadge.textContent = t(key);
}

function follow(query) {
  if (stream && streamQuery === query) return;
  stream?.stop();
  streamQuery = query;
  stream = new LiveStream(query, onStatus, showLive).start();
  window.jixiaoLive = stream; // lets a test end the connection as a network drop would
}

function stopFollowing() {
  stream?.stop();
  stream = null;
  streamQuery = null;
}

function onStatus(envelope, id) {
  const data = envelope.data || {};
  addChange(data, id);
  view?.onStatus?.(data);
}

function addChange(data, id) {
  document.getElementById('no-changes').hidden = true;
  const before = data.previous?.status ?? data.previous?.warning;
  const after = data.current?.status ?? data.current?.warning;
  const label = (v) => (v && v === data.current?.warning && !data.current?.status ? warningLabel(v) : statusLabel(v));
  const name = view?.describe?.(data) ?? `${t(`subj_${data.subject}`)} ${data.subjectId}`;
  const href = data.projectId ? `#/project/${data.projectId}` : data.unitCode ? `#/unit/${encodeURIComponent(data.unitCode)}` : null;
  const li = document.createElement('li');
  li.dataset.eventId = id ?? '';
  li.dataset.subject = `${data.subject}:${data.subjectId}`;
  li.dataset.status = after ?? '';
  const time = new Date().toLocaleTimeString(currentLang() === 'en' ? 'en-GB' : 'zh-CN');
  li.innerHTML = `<time>${esc(time)}</time> ${href ? `<a href="${esc(href)}">${esc(name)}</a>` : esc(name)}: ${esc(
    before ? label(before) : '—')} → <strong>${esc(label(after))}</strong>`;
  changeList.prepend(li);
  while (changeList.children.length > MAX_CHANGES) changeList.lastElementChild.remove();
}

function renderSignIn(message) {
  setCrumbs([{ label: t('signInTitle') }]);
  main.innerHTML = `
    <section class="signin" aria-labelledby="signin-title">
      <h1 id="signin-title">${esc(t('signInTitle'))}</h1>
      <p class="muted" id="signin-hint">${esc(t('signInHint'))}</p>
      <form id="signin-form" novalidate>
        <label for="api-key">${esc(t('apiKey'))}</label>
        <input id="api-key" name="apiKey" type="password" autocomplete="off" required aria-describedby="signin-hint signin-error">
        <p id="signin-error" class="field-error" role="alert">${message ? esc(message) : ''}</p>
        <button type="submit" class="primary">${esc(t('signIn'))}</button>
      </form>
    </section>`;
  main.setAttribute('aria-busy', 'false');
  const form = document.getElementById('signin-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = form.apiKey.value;
    try {
      const current = await session.signIn(key);
      document.getElementById('signout').hidden = false;
      navigate(landing(current));
    } catch (e) {
      const detail = e.violations?.[0]?.message ?? e.message;
      document.getElementById('signin-error').textContent = `${t('signInFailed')}: ${detail}`;
      form.apiKey.setAttribute('aria-invalid', 'true');
      form.apiKey.focus();
    }
  });
  document.getElementById('api-key').focus();
}

async function route() {
  const seq = ++renderSeq;
  const current = session.current();
  const { parts, params } = parseHash();
  disposeCharts();
  view = null;
  document.getElementById('signout').hidden = !current;
  if (!current) {
    stopFollowing();
    renderSignIn();
    return;
  }
  const render = VIEWS[parts[0]];
  if (!render) {
    location.replace(landing(current));
    return;
  }
  main.setAttribute('aria-busy', 'true');
  main.innerHTML = `<p class="muted">${esc(t('loading'))}</p>`;
  try {
    const rendered = await render(main, parts.slice(1), params, { navigate, setCrumbs, follow, session: current,
      isCurrent: () => seq === renderSeq });
    if (seq === renderSeq) view = rendered;
  } catch (e) {
    if (seq !== renderSeq) return;
    if (e.status === 401) {
      session.signOut();
      stopFollowing();
      renderSignIn(e.message);
      return;
    }
    main.innerHTML = `<div class="error" role="alert"><h1>${esc(t('loadFailed'))}</h1><p>${esc(e.message)}</p>
      <p><a href="${esc(landing(current))}">${esc(t('back'))}</a></p></div>`;
  } finally {
    if (seq === renderSeq) main.setAttribute('aria-busy', 'false');
  }
}

function applyLang() {
  translateStatic();
  const button = document.getElementById('lang');
  button.textContent = t('switchLang');
  button.lang = currentLang() === 'en' ? 'zh-CN' : 'en';
  showLive(liveState);
}

document.getElementById('lang').addEventListener('click', () => {
  setLang(currentLang() === 'en' ? 'zh' : 'en');
  applyLang();
  route();
});

document.getElementById('signout').addEventListener('click', () => {
  session.signOut();
  stopFollowing();
  navigate('#/signin');
});

window.addEventListener('hashchange', () => {
  route().then(() => main.focus({ preventScroll: true }));
});

setLang(currentLang());
applyLang();
route();
