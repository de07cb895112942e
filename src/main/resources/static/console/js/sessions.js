import { get, query } from './api.js';
import { badge, empty, failure, h, loading, money, refreshing, replace, shortId, when } from './ui.js';

const REFRESH_MS = 3000;
const STATUSES = ['CREATED', 'ACTIVE', 'FINALIZED', 'CANCELLED', 'EXPIRED', 'FAILED'];
const METHODS = ['CARD', 'KLARNA', 'SWISH', 'VIPPS'];

/** The session list with the API's filters; it follows new sessions and status changes while it is shown. */
export function sessionsView(main) {
  const select = (id, label, values) => h('label', {}, label, h('select', { id },
    h('option', { value: '' }, 'Any'), values.map((value) => h('option', { value }, value))));
  const text = (id, label, type = 'text') => h('label', {}, label, h('input', { id, type }));
  const choice = (id, label) => h('label', {}, label, h('select', { id }, h('option', { value: '' }, 'Any')));
  const form = h('form', { class: 'inline' },
    select('filter-status', 'Status', STATUSES),
    select('filter-method', 'Payment method', METHODS),
    choice('filter-device', 'Device'),
    choice('filter-location', 'Location'),
    text('filter-reference', 'Merchant reference 1'),
    text('filter-from', 'Created from', 'datetime-local'),
    text('filter-to', 'Created before', 'datetime-local'),
    h('button', { type: 'submit' }, 'Filter'));
  const results = h('div', {}, loading());
  const errors = h('div');
  let page = 0;
  let shown = '';
  replace(main, h('h1', {}, 'Sessions'), h('section', {}, form), errors, h('section', {}, results));

  const value = (id) => form.querySelector(`#${id}`).value;
  const instant = (local) => (local ? new Date(local).toISOString() : '');
  function filters() {
    return query({
      status: value('filter-status'), payment_method: value('filter-method'), device_id: value('filter-device'),
      location_id: value('filter-location'),
      merchant_reference1: value('filter-reference').trim(), created_from: instant(value('filter-from')),
      created_to: instant(value('filter-to')), page_number: page, page_size: 20,
    });
  }

  async function refresh() {
    try {
      const [sessions] = await Promise.all([get(`/ipp/v1/sessions${filters()}`), choices]);
      replace(errors);
      const fingerprint = JSON.stringify(sessions);
      if (fingerprint !== shown) {
        shown = fingerprint;
        render(sessions);
      }
    } catch (error) {
      shown = '';
      replace(errors, failure(error));
    }
  }

  function render(sessions) {
    if (!sessions.content.length) {
      replace(results, empty(page === 0 ? 'No sessions match these filters.' : 'No sessions on this page.'),
        pager(sessions));
      return;
    }
    replace(results, h('table', { 'data-test': 'sessions' },
      h('thead', {}, h('tr', {}, ['Created', 'Session', 'Status', 'Amount', 'Method', 'Device', 'Reference']
        .map((title) => h('th', { class: title === 'Amount' ? 'amount' : null }, title)))),
      h('tbody', {}, sessions.content.map((session) => h('tr', { 'data-session': session.session_id },
        h('td', {}, when(session.created_at)),
        h('td', {}, h('a', { href: `#/sessions/${session.session_id}` }, shortId(session.session_id))),
        h('td', {}, badge(session.status)),
        h('td', { class: 'amount' }, money(session.order_amount, session.purchase_currency)),
        h('td', {}, session.payment_method || '—'),
        h('td', {}, names[session.device_id] || shortId(session.device_id)),
        h('td', {}, session.merchant_reference1 || '—'))))),
    pager(sessions));
  }

  function pager(sessions) {
    const previous = h('button', { type: 'button', class: 'secondary', disabled: sessions.first }, 'Previous');
    const next = h('button', { type: 'button', class: 'secondary', disabled: sessions.last }, 'Next');
    previous.addEventListener('click', () => { page -= 1; refresh(); });
    next.addEventListener('click', () => { page += 1; refresh(); });
    return h('div', { class: 'pager' }, previous,
      `Page ${sessions.page_number + 1} of ${Math.max(sessions.total_pages, 1)} · ${sessions.total_elements} sessions`,
      next);
  }

  const names = {};
  function offer(id, items, label) {
    const options = form.querySelector(`#${id}`);
    for (const item of items) {
      names[item.id] = item.name;
      options.append(h('option', { value: item.id }, label(item)));
    }
  }
  // the filters' choices and the devices' names, read once, before the list is first shown
  const choices = Promise.all([get('/ipp/v1/devices?page_size=100'), get('/ipp/v1/locations?page_size=100')])
    .then(([devices, places]) => {
      offer('filter-device', devices.content, (device) => device.name);
      offer('filter-location', places.content, (location) => location.name);
    }, (error) => replace(errors, failure(error)));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    replace(results, loading());
    shown = '';
    refresh();
  });
  return refreshing(refresh, REFRESH_MS);
}
