// The signed-in session: the API key is exchanged for a token (POST /api/auth/token). Both live in sessionStorage,
// so they end with the browser tab; a token near its expiry, or one the gateway refuses, is exchanged again.
const KEY = 'jixiao.session';
const REFRESH_MARGIN_MS = 30_000;

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.violations = Array.isArray(problem?.violations) ? problem.violations : [];
  }

  static async from(response) {
    let problem = null;
    try {
      problem = await response.json();
    } catch {
      problem = { title: response.statusText };
    }
    return new ApiError(response.status, problem);
  }
}

export function current() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY));
  } catch {
    return null;
  }
}

export function signOut() {
  sessionStorage.removeItem(KEY);
}

async function exchange(apiKey) {
  const response = await fetch('/api/auth/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ apiKey }),
  });
  if (!response.ok) throw await ApiError.from(response);
  const body = await response.json();
  const session = {
    apiKey,
    token: body.token,
    expiresAt: body.expiresAt,
    role: body.role,
    unitCodes: body.unitCodes || [],
  };
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function signIn(apiKey) {
  return exchange(apiKey.trim());
}

let refreshing = null;

/** A token that is valid for a while yet; exchanges the key again when it is about to expire (or when forced). */
export async function token(force = false) {
  const session = current();
  if (!session) throw new ApiError(401, { title: 'not signed in' });
  const expires = Date.parse(session.expiresAt);
  if (!force && Number.isFinite(expires) && expires - Date.now() > REFRESH_MARGIN_MS) {
    return session.token;
  }
  refreshing ??= exchange(session.apiKey).finally(() => {
    refreshing = null;
  });
  return (await refreshing).token;
}

/** fetch with the bearer token; a 401 (expired or revoked token) is retried once with a freshly exchanged one. */
export async function api(path, options = {}) {
  const send = async (bearer) =>
    fetch(path, { ...options, headers: { Accept: 'application/json', ...options.headers, Authorization: `Bearer ${bearer}` } });
  let response = await send(await token());
  if (response.status === 401) {
    response = await send(await token(true));
  }
  return response;
}

export async function getJson(path) {
  const response = await api(path);
  if (!response.ok) throw await ApiError.from(response);
  return response.json();
}

/** POSTs JSON with an Idempotency-Key, so a retried click cannot post twice. */
export async function postJson(path, body) {
  const response = await api(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': newKey() },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await ApiError.from(response);
  return response.status === 204 ? null : response.json();
}

/** May this session write for the unit (admin, or a unit key of that unit)? */
export function mayWrite(unitCode) {
  const session = current();
  return !!session && (session.role === 'admin' || (session.role === 'unit' && session.unitCodes.includes(unitCode)));
}

/** A random UUID; crypto.randomUUID exists only in secure contexts (HTTPS or localhost). */
function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const x = [...b].map((v) => v.toString(16).padStart(2, '0')).join('');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
