import { get, isPlayground, post } from './api.js';
import { act, badge, empty, failure, h, loading, replace, when } from './ui.js';
import qrcode from '../vendor/qrcode.mjs';

const REFRESH_MS = 5000;

export function devicesView(main) {
  const list = h('div', {}, loading());
  const errors = h('div');
  let locations = [];
  const locationSelect = (id) => h('select', { id }, locations.length
    ? locations.map((location) => h('option', { value: location.id }, location.name))
    : h('option', { value: '' }, 'No location yet'));

  const simulatedForm = h('div');
  const enrollment = h('div');
  replace(main,
    h('h1', {}, 'Devices'),
    errors,
    isPlayground() ? simulatedForm : null,
    h('section', {}, h('h2', {}, 'Pair a phone'),
      h('p', {}, 'Create an enrollment code and type it (or scan it) in the POS app.'), enrollment),
    h('section', {}, h('h2', {}, 'Registered devices'), list));

  async function refresh() {
    try {
      const [devices, places] = await Promise.all([get('/ipp/v1/devices?page_size=100'),
        get('/ipp/v1/locations?page_size=100')]);
      locations = places.content;
      renderList(devices.content);
      replace(errors);
    } catch (error) {
      replace(errors, failure(error));
    }
  }

  function renderList(devices) {
    if (!devices.length) {
      replace(list, empty('No devices yet. Create a simulated device or pair a phone.'));
      return;
    }
    const names = Object.fromEntries(locations.map((location) => [location.id, location.name]));
    replace(list, h('table', { 'data-test': 'devices' },
      h('thead', {}, h('tr', {}, ['Name', 'Location', 'Platform', 'Kind', 'Last seen', 'Now', ''].map((title) =>
        h('th', {}, title)))),
      h('tbody', {}, devices.map((device) => h('tr', { 'data-device': device.id },
        h('td', {}, device.name),
        h('td', {}, names[device.location_id] || device.location_id || '—'),
        h('td', {}, device.platform || '—'),
        h('td', {}, device.simulated ? 'Simulated' : 'Real'),
        h('td', {}, when(device.last_seen_at)),
        h('td', {}, device.online ? badge('online') : badge('offline')),
        h('td', {}, device.simulated && isPlayground()
          ? h('a', { href: `#/devices/${device.id}/pos`, 'data-test': 'open-pos' }, 'POS screen') : null))))));
  }

  function renderForms() {
    if (isPlayground()) {
      const name = h('input', { id: 'device-name', required: true, maxlength: 255, value: 'Till 1' });
      const location = locationSelect('device-location');
      const button = h('button', { type: 'submit', id: 'create-device' }, 'Create simulated device');
      const formErrors = h('div');
      replace(simulatedForm, h('section', {}, h('h2', {}, 'Simulated device'),
        h('p', {}, 'It takes sessions like a phone does; its POS screen here plays the clerk\'s part.'),
        h('form', { class: 'inline', onsubmit: async (event) => {
          event.preventDefault();
          const created = await act(button, formErrors, () => post('/ipp/v1/dev/devices',
            { name: name.value, location_id: location.value || undefined }));
          if (created) {
            await refresh();
          }
        } }, h('label', {}, 'Name', name), h('label', {}, 'Location', location), button),
        formErrors));
    }
    const location = locationSelect('enrollment-location');
    const button = h('button', { type: 'button', id: 'create-enrollment' }, 'Create enrollment code');
    const shown = h('div');
    button.addEventListener('click', async () => {
      const created = await act(button, shown, () => post('/ipp/v1/enrollments',
        { location_id: location.value || undefined }));
      if (created) {
        showEnrollment(shown, created);
      }
    });
    replace(enrollment, h('div', { class: 'inline' }, h('label', {}, 'Location', location), ' ', button), shown);
  }

  let countdown;
  function showEnrollment(slot, created) {
    const qr = qrcode(0, 'M');
    qr.addData(created.enrollment_code);
    qr.make();
    const left = h('p', { 'data-test': 'enrollment-expiry' });
    replace(slot, h('div', { class: 'enrollment' },
      h('div', { class: 'qr' }, h('img', { src: qr.createDataURL(8, 2), alt: `QR code of ${created.enrollment_code}` })),
      h('div', {}, h('div', { class: 'code', 'data-test': 'enrollment-code' }, created.enrollment_code), left)));
    clearInterval(countdown);
    const tick = () => {
      const seconds = Math.max(0, Math.round((Date.parse(created.expires_at) - Date.now()) / 1000));
      const hours = Math.floor(seconds / 3600);
      const minutes = Math.floor((seconds % 3600) / 60);
      left.textContent = seconds === 0 ? 'Expired: create a new code.'
        : `Expires in ${hours ? `${hours} h ` : ''}${minutes} min ${seconds % 60} s`;
      if (seconds === 0) {
        clearInterval(countdown);
      }
    };
    tick();
    countdown = setInterval(tick, 1000);
  }

  refresh().then(renderForms);
  const timer = setInterval(refresh, REFRESH_MS);
  return () => {
    clearInterval(timer);
    clearInterval(countdown);
  };
}
