// Small helpers to build the DOM safely (text is always text, never HTML) and to show values the same way everywhere.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, value);
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** An amount in minor units, in its currency's own format (SEK 125.00, JPY 1,250). */
export function money(minor, currency) {
  if (minor === undefined || minor === null) {
    return '—';
  }
  try {
    const format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits;
    return format.format(minor / 10 ** digits);
  } catch {
    return `${minor} ${currency} (minor units)`;
  }
}

export function when(iso) {
  if (!iso) {
    return '—';
  }
  return h('time', { datetime: iso, title: iso }, new Date(iso).toLocaleString());
}

export function badge(text, kind = text) {
  return h('span', { class: `badge ${kind}`, 'data-test': 'badge' }, text);
}

export function loading(what = 'Loading…') {
  return h('p', { class: 'state', 'data-test': 'loading' }, what);
}

export function empty(text) {
  return h('p', { class: 'state', 'data-test': 'empty' }, text);
}

/** A failed call as people should see it: the problem's detail, and its correlation id to quote. */
export function failure(error) {
  const problem = error.problem || { detail: error.message };
  return h('div', { class: 'error', role: 'alert', 'data-test': 'error' },
    problem.detail || error.message,
    problem.errors ? h('ul', {}, Object.entries(problem.errors).map(([field, message]) =>
      h('li', {}, `${field}: ${message}`))) : null,
    problem.correlation_id ? h('span', { class: 'correlation' }, `Correlation id: ${problem.correlation_id}`) : null);
}

/** Runs an action from a button: disabled while it runs, its error shown in place. */
export async function act(button, errorSlot, action) {
  button.disabled = true;
  replace(errorSlot);
  try {
    return await action();
  } catch (error) {
    replace(errorSlot, failure(error));
    return undefined;
  } finally {
    button.disabled = false;
  }
}

export function shortId(id) {
  return id ? id.slice(0, 8) : '—';
}

/** Calls refresh now and then every `ms` while the tab is visible; returns what stops it. */
export function refreshing(refresh, ms) {
  refresh();
  const timer = setInterval(() => {
    if (document.visibilityState === 'visible') {
      refresh();
    }
  }, ms);
  return () => clearInterval(timer);
}

export const TERMINAL = ['FINALIZED', 'CANCELLED', 'EXPIRED', 'FAILED'];
