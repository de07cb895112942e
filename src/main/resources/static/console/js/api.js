// The console's one way to call the service: the public API, with the merchant's API key as the Basic header.
// The key lives in this tab's session storage only.

const KEY = 'ipp.apiKey';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || `The service answered ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

export function apiKey() {
  return sessionStorage.getItem(KEY);
}

export function remember(key) {
  sessionStorage.setItem(KEY, key);
}

export function forget() {
  sessionStorage.removeItem(KEY);
}

/** Playground keys start with kco_test_: only there do the Testing endpoints exist. */
export function isPlayground() {
  return (apiKey() || '').startsWith('kco_test_');
}

function headers(accept, withBody) {
  const all = { Authorization: `Basic ${apiKey()}`, Accept: accept };
  if (withBody) {
    all['Content-Type'] = 'application/json';
  }
  return all;
}

async function failure(response) {
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    problem = { detail: `The service answered ${response.status}` };
  }
  problem.correlation_id = problem.correlation_id || response.headers.get('Correlation-Id');
  if (response.status === 401) {
    window.dispatchEvent(new CustomEvent('ipp:unauthorized'));
  }
  return new ApiError(response.status, problem);
}

/**
 * One request. credentials: 'omit' keeps the browser from offering its own sign-in dialog on a 401: the
 * Authorization header is ours, set here.
 */
export async function call(method, path, { body, accept = 'application/json' } = {}) {
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: headers(accept, body !== undefined),
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'omit',
      cache: 'no-store',
    });
  } catch (error) {
    throw new ApiError(0, { detail: `The service could not be reached (${error.message})` });
  }
  if (!response.ok) {
    throw await failure(response);
  }
  if (accept !== 'application/json') {
    return response.text();
  }
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

export const get = (path) => call('GET', path);
export const post = (path, body) => call('POST', path, { body });
export const put = (path, body) => call('PUT', path, { body });

/** Builds a query string from the filled-in fields only. */
export function query(parameters) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Follows a server-sent-events stream with fetch (EventSource cannot send an Authorization header), calling
 * onEvent(name, data) for each event, and reconnecting after a second when it ends, until signal aborts.
 */
export async function follow(path, onEvent, onState, signal) {
  while (!signal.aborted) {
    try {
      const response = await fetch(path, {
        headers: headers('text/event-stream', false), credentials: 'omit', cache: 'no-store', signal,
      });
      if (!response.ok) {
        throw await failure(response);
      }
      onState('connected');
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          break;
        }
        buffer += value.replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          dispatch(block, onEvent);
        }
      }
      onState('reconnecting');
    } catch (error) {
      if (signal.aborted) {
        return;
      }
      onState('error', error);
      if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
        return;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function dispatch(block, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) {
      name = line.slice(6).trim();
    } else if (line.startsWith('data:')) {
      data.push(line.slice(5).replace(/^ /, ''));
    }
  }
  if (data.length) {
    onEvent(name, JSON.parse(data.join('\n')));
  }
}
