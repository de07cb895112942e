import { call, get } from './api.js';
import { act, badge, empty, failure, h, loading, money, refreshing, replace, when } from './ui.js';

const REFRESH_MS = 3000;

/** One session: its fields, its event timeline from the event store, and its callback deliveries. */
export function sessionView(main, sessionId) {
  const fields = h('div', {}, loading());
  const timeline = h('div', {}, loading());
  const deliveries = h('div', {}, loading());
  const errors = h('div');
  replace(main, h('h1', {}, 'Session'), errors,
    h('section', {}, h('h2', {}, 'Fields'), fields),
    h('section', {}, h('h2', {}, 'Timeline'), h('p', { class: 'hint' },
      'Every event of this session, from the event store, oldest first.'), timeline),
    h('section', {}, h('h2', {}, 'Callback deliveries'), deliveries));
  const shown = {};
  // the destinations' names, read once; without them the log shows their ids
  const destinationNames = get('/portal/v1/webhook-destinations?page_size=100').then(
    (list) => Object.fromEntries(list.content.map((destination) => [destination.id, destination.name])),
    () => ({}));
  let destinations = {};

  function changed(part, data) {
    const fingerprint = JSON.stringify(data);
    if (shown[part] === fingerprint) {
      return false;
    }
    shown[part] = fingerprint;
    return true;
  }

  async function refresh() {
    try {
      const [session, events, log, names] = await Promise.all([get(`/ipp/v1/sessions/${sessionId}`),
        get(`/ipp/v1/sessions/${sessionId}/events`),
        get(`/portal/v1/callback-deliveries?session_id=${sessionId}&page_size=100`), destinationNames]);
      destinations = names;
      replace(errors);
      if (changed('session', session)) {
        renderFields(session);
      }
      if (changed('events', events)) {
        renderTimeline(events);
      }
      if (changed('log', log)) {
        renderDeliveries(log.content);
      }
    } catch (error) {
      replace(errors, failure(error));
      if (!shown.session) {
        [fields, timeline, deliveries].forEach((part) => replace(part, empty('Not available.')));
      }
    }
  }

  function renderFields(session) {
    const row = (name, value) => [h('dt', {}, name), h('dd', { 'data-field': name }, value ?? '—')];
    replace(fields, h('p', {}, badge(session.status), ' ',
      h('strong', { 'data-test': 'session-amount' }, money(session.order_amount, session.purchase_currency))),
    h('dl', { class: 'fields' },
      row('session_id', session.session_id), row('status', session.status), row('order_amount',
        `${session.order_amount} (${session.purchase_currency}, minor units)`),
      row('order_tax_amount', session.order_tax_amount), row('device_id', session.device_id),
      row('location_id', session.location_id), row('payment_method', session.payment_method),
      row('failure_reason', session.failure_reason), row('order_id', session.order_id),
      row('payment_reference', session.payment_reference),
      row('merchant_reference1', session.merchant_reference1), row('merchant_reference2', session.merchant_reference2),
      row('merchant_data', session.merchant_data), row('purchase_started_at', session.purchase_started_at),
      row('purchase_completed_at', session.purchase_completed_at), row('created_at', session.created_at),
      row('expires_at', session.expires_at), row('updated_at', session.updated_at)),
    h('h3', {}, 'Order lines'),
    h('table', {}, h('thead', {}, h('tr', {}, ['Name', 'Reference', 'Quantity', 'Unit price', 'Total']
      .map((title) => h('th', {}, title)))),
    h('tbody', {}, (session.order_items || []).map((item) => h('tr', {},
      h('td', {}, item.name), h('td', {}, item.reference || '—'),
      h('td', {}, `${item.quantity}${item.quantity_unit ? ` ${item.quantity_unit}` : ''}`),
      h('td', {}, money(item.unit_price, session.purchase_currency)),
      h('td', {}, money(item.total_amount, session.purchase_currency)))))));
  }

  function renderTimeline(events) {
    if (!events.length) {
      replace(timeline, empty('No events.'));
      return;
    }
    replace(timeline, h('ol', { class: 'timeline', 'data-test': 'timeline' }, events.map((event) =>
      h('li', { 'data-event': event.type },
        h('div', {}, h('strong', {}, event.type), ' ', h('span', { class: 'when' }, when(event.occurred_at))),
        h('div', { class: 'hint' }, `Caused by ${causer(event.caused_by)} · sequence ${event.sequence}`),
        h('details', {}, h('summary', {}, ['Payload', ...facts(event.payload)].join(' · ')),
          h('pre', {}, JSON.stringify(event.payload, null, 2)))))));
  }

  function renderDeliveries(log) {
    if (!log.length) {
      replace(deliveries, empty('No callbacks were recorded for this session: the merchant had no webhook '
        + 'destination that wanted its events.'));
      return;
    }
    const slot = h('div');
    replace(deliveries, h('table', { 'data-test': 'deliveries' },
      h('thead', {}, h('tr', {}, ['Type', 'Destination', 'Status', 'Attempts', 'Last answer', 'Last error', '']
        .map((title) => h('th', {}, title)))),
      h('tbody', {}, log.map((delivery) => {
        const resend = delivery.status === 'PENDING' ? null
          : h('button', { type: 'button', class: 'secondary', 'data-test': 'resend' }, 'Resend');
        resend?.addEventListener('click', async () => {
          await act(resend, slot, () => call('POST', `/portal/v1/callback-deliveries/${delivery.id}/resend`));
          shown.log = '';
          refresh();
        });
        return h('tr', { 'data-delivery': delivery.id },
          h('td', {}, delivery.type), h('td', {}, destinations[delivery.destination_id] || delivery.destination_id),
          h('td', {}, badge(delivery.status)), h('td', {}, delivery.attempts),
          h('td', {}, delivery.last_status_code ?? '—'), h('td', {}, delivery.last_error || '—'),
          h('td', {}, resend));
      }))), slot);
  }

  return refreshing(refresh, REFRESH_MS);
}

/** The payload's fields worth reading without opening it. */
function facts(payload) {
  return ['payment_method', 'attempt', 'failure_reason', 'payment_reference']
    .filter((field) => payload && payload[field] !== undefined && payload[field] !== null)
    .map((field) => `${field}: ${payload[field]}`);
}

function causer(causedBy) {
  if (!causedBy) {
    return 'unknown';
  }
  return causedBy.id ? `${causedBy.type} ${causedBy.id}` : causedBy.type;
}
