// The console: sign-in and a hash router over the views. Every view is a function (main, parameter) that renders
// into main and returns what stops its timers and streams when another view takes over.
import { apiKey, ApiError, forget, get, isPlayground, remember } from './api.js';
import { failure, h, replace } from './ui.js';
import { devicesView } from './devices.js';
import { posView } from './pos.js';
import { sessionsView } from './sessions.js';
import { sessionView } from './session.js';
import { reconciliationView } from './reconciliation.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const environment = document.getElementById('environment');

const routes = [
  [/^#\/devices$/, devicesView],
  [/^#\/devices\/([0-9a-f-]{36})\/pos$/, posView],
  [/^#\/sessions$/, sessionsView],
  [/^#\/sessions\/([0-9a-f-]{36})$/, sessionView],
  [/^#\/reconciliation$/, reconciliationView],
];

let stopCurrent = () => {};

function route() {
  stopCurrent();
  stopCurrent = () => {};
  if (!apiKey()) {
    signIn();
    return;
  }
  nav.hidden = false;
  environment.hidden = false;
  environment.textContent = isPlayground() ? 'Playground' : 'Production';
  environment.className = isPlayground() ? 'badge playground' : 'badge';
  const hash = location.hash || '#/sessions';
  for (const link of nav.querySelectorAll('a')) {
    link.classList.toggle('current', hash.startsWith(link.getAttribute('href')));
  }
  for (const [pattern, view] of routes) {
    const match = hash.match(pattern);
    if (match) {
      stopCurrent = view(main, match[1]) || (() => {});
      return;
    }
  }
  location.hash = '#/sessions';
}

function signIn(reason) {
  nav.hidden = true;
  environment.hidden = true;
  const key = h('input', { id: 'api-key', type: 'password', autocomplete: 'off', required: true,
    placeholder: 'kco_test_api_…', 'aria-label': 'API key' });
  const message = h('div');
  const button = h('button', { type: 'submit', id: 'sign-in' }, 'Sign in');
  const form = h('form', { class: 'signin', onsubmit: async (event) => {
    event.preventDefault();
    button.disabled = true;
    remember(key.value.trim());
    try {
      await get('/ipp/v1/locations?page_size=1');
      if (!location.hash || location.hash === '#/') {
        location.hash = '#/sessions';
      }
      route();
    } catch (error) {
      forget();
      replace(message, error instanceof ApiError && error.status === 401
        ? h('div', { class: 'error', role: 'alert', 'data-test': 'error' },
          'This API key was not accepted. Check that it is complete and has not been revoked.')
        : failure(error));
      button.disabled = false;
    }
  } },
  h('section', {},
    h('h1', {}, 'Sign in'),
    h('p', {}, 'With one of your merchant API keys. It is kept in this browser tab only and sent with each call '
      + 'to the API; closing the tab forgets it.'),
    reason ? h('p', { class: 'notice' }, reason) : null,
    h('label', {}, 'API key', key),
    h('p', {}, button),
    message));
  replace(main, form);
  key.focus();
}

document.getElementById('sign-out').addEventListener('click', () => {
  forget();
  location.hash = '';
  route();
});

window.addEventListener('ipp:unauthorized', () => {
  if (apiKey() && !nav.hidden) {
    forget();
    stopCurrent();
    stopCurrent = () => {};
    signIn('The API key stopped working (it may have been revoked). Sign in again.');
  }
});
window.addEventListener('hashchange', route);
route();
