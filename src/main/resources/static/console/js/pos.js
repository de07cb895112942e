import { call, follow, get, post } from './api.js';
import { act, badge, failure, h, replace, TERMINAL, money } from './ui.js';
import qrcode from '../vendor/qrcode.mjs';

const TAP_OUTCOMES = ['SUCCESS', 'DECLINED_GENERIC', 'INSUFFICIENT_FUNDS', 'LOST_CARD', 'STOLEN_CARD', 'EXPIRED_CARD',
  'INCORRECT_CVC', 'PROCESSING_ERROR', 'INCORRECT_NUMBER', 'CARD_VELOCITY_EXCEEDED'];
/** API.md §8: which currencies each Scan to pay method takes (Klarna: any). */
const SCAN_METHODS = {
  KLARNA: { label: 'Klarna', currencies: null },
  SWISH: { label: 'Swish', currencies: ['SEK'] },
  VIPPS: { label: 'Vipps', currencies: ['NOK', 'DKK', 'EUR'] },
};

/**
 * A simulated device's screen: the session dispatched to it arrives on the device's event stream, and the clerk's
 * buttons call the same Testing endpoints a POS backend's tests would, so the history is a real device's.
 */
export function posView(main, deviceId) {
  const connection = h('span', { class: 'state', 'data-test': 'stream-state' }, 'Connecting…');
  const title = h('h1', {}, 'POS screen');
  const screen = h('div', { class: 'phone', 'data-test': 'pos-screen' });
  const actions = h('section', { class: 'actions' });
  const errors = h('div');
  let session = null;
  let message = '';
  replace(main, title, h('p', {}, connection), errors, h('div', { class: 'pos' }, screen, actions));

  get(`/ipp/v1/devices/${deviceId}`).then((device) => {
    title.textContent = `POS screen · ${device.name}`;
  }, (error) => replace(errors, failure(error)));

  function show(next, note = '') {
    session = next;
    message = note;
    render();
  }

  function render() {
    if (!session) {
      replace(screen, h('p', { class: 'waiting', 'data-test': 'waiting' }, 'Waiting for a session…'));
      replace(actions, h('h3', {}, 'The clerk'), h('p', { class: 'hint' },
        'Create a session for this device over the API: it appears here the moment it is dispatched.'));
      return;
    }
    replace(screen,
      badge(session.status),
      h('div', { class: 'total', 'data-test': 'pos-amount' }, money(session.order_amount, session.purchase_currency)),
      h('ul', {}, (session.order_items || []).map((item) => h('li', {},
        `${item.quantity} × ${item.name}`, ' · ', money(item.total_amount, session.purchase_currency)))),
      session.failure_reason ? h('p', {}, `Last attempt: ${session.failure_reason}`) : null,
      message ? h('p', { class: 'message', 'data-test': 'pos-message' }, message) : null,
      h('p', {}, h('a', { href: `#/sessions/${session.session_id}`, 'data-test': 'session-link' },
        `Session ${session.session_id}`)),
      TERMINAL.includes(session.status) ? h('p', { class: 'waiting' }, 'Waiting for the next session…') : null);
    renderActions();
  }

  function renderActions() {
    const slot = h('div');
    if (TERMINAL.includes(session.status)) {
      replace(actions, h('h3', {}, 'The clerk'), h('p', { class: 'hint' }, `This session is ${session.status}.`));
      return;
    }
    const committed = session.payment_method;
    const outcome = h('select', { id: 'tap-outcome', 'aria-label': 'Card outcome' },
      TAP_OUTCOMES.map((name) => h('option', { value: name }, name === 'SUCCESS' ? 'Approved' : name)));
    const tap = h('button', { type: 'button', id: 'tap', disabled: committed && committed !== 'CARD' }, 'Tap card');
    tap.addEventListener('click', () => simulate(tap, slot,
      `/ipp/v1/dev/sessions/${session.session_id}/simulate-tap?outcome=${outcome.value}`));
    const scans = Object.entries(SCAN_METHODS).map(([method, rule]) => {
      const unsupported = rule.currencies && !rule.currencies.includes(session.purchase_currency);
      const otherMethod = committed && committed !== method;
      const button = h('button', { type: 'button', class: 'secondary', 'data-method': method,
        disabled: unsupported || otherMethod }, rule.label);
      button.addEventListener('click', () => scan(method, slot));
      return h('span', {}, button, unsupported ? h('span', { class: 'hint' },
        ` ${rule.label} takes only ${rule.currencies.join(', ')}; this session is in ${session.purchase_currency}.`)
        : null);
    });
    const cancel = h('button', { type: 'button', class: 'danger', id: 'cancel' }, 'Cancel session');
    cancel.addEventListener('click', async () => {
      const cancelled = await act(cancel, slot, () => call('PUT', `/ipp/v1/sessions/${session.session_id}/cancel`));
      if (cancelled) {
        show(cancelled, 'Cancelled by the clerk');
      }
    });
    replace(actions,
      h('h3', {}, 'The clerk'),
      committed ? h('p', { class: 'hint' }, `The customer is paying with ${committed}.`) : null,
      h('div', { class: 'row' }, h('strong', {}, 'Card'), outcome, tap),
      h('div', { class: 'row' }, h('strong', {}, 'Scan to pay'), scans),
      h('div', { class: 'row' }, cancel),
      slot);
  }

  function scan(method, slot) {
    const qr = qrcode(0, 'M');
    qr.addData(`KUSTOM-IPP-PLAYGROUND:SCAN-TO-PAY?method=${method}&session_id=${session.session_id}`
      + `&amount=${session.order_amount}&currency=${session.purchase_currency}`);
    qr.make();
    const outcomes = [['SUCCESS', 'The customer approves'], ['DECLINED', 'Declined'], ['ABANDONED', 'Abandoned']]
      .map(([outcome, label]) => {
        const button = h('button', { type: 'button', class: 'secondary', 'data-outcome': outcome }, label);
        button.addEventListener('click', () => simulate(button, errorsOfScan,
          `/ipp/v1/dev/sessions/${session.session_id}/simulate-scan?method=${method}&outcome=${outcome}`));
        return button;
      });
    const errorsOfScan = h('div');
    replace(slot, h('div', { class: 'qr', 'data-test': 'scan-qr' },
      h('p', {}, `${SCAN_METHODS[method].label}: the customer scans this code`),
      h('img', { src: qr.createDataURL(6, 2), alt: `${SCAN_METHODS[method].label} QR code` }),
      h('div', { class: 'row' }, outcomes), errorsOfScan));
  }

  async function simulate(button, slot, path) {
    const result = await act(button, slot, () => post(path));
    if (result) {
      show(result.session, result.message);
    }
  }

  const stop = new AbortController();
  follow(`/ipp/v1/dev/devices/${deviceId}/events`, (name, data) => {
    if (name === 'session.dispatched') {
      show(data);
    } else if (session && data.session_id === session.session_id) {
      show({ ...session, status: data.status }, `The session was ${data.status.toLowerCase()}`);
    }
  }, (state, error) => {
    connection.textContent = state === 'connected' ? 'Connected to the device\'s event stream'
      : state === 'reconnecting' ? 'Reconnecting…' : 'Not connected';
    if (error) {
      replace(errors, failure(error));
    } else {
      replace(errors);
    }
  }, stop.signal);
  render();
  return () => stop.abort();
}
