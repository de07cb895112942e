import { call, get, query } from './api.js';
import { empty, failure, h, loading, replace, money } from './ui.js';

const STATUSES = ['finalized', 'cancelled', 'expired', 'failed', 'open'];
const COLOURS = { finalized: '#1f7a4d', cancelled: '#9c948d', expired: '#c9bfb6', failed: '#b3261e', open: '#e0a800' };
const SVG = 'http://www.w3.org/2000/svg';

/** The reconciliation report of a range of days (UTC), per status and currency, with a chart and a CSV download. */
export function reconciliationView(main) {
  const today = new Date().toISOString().slice(0, 10);
  const from = h('input', { id: 'report-from', type: 'date', value: `${today.slice(0, 8)}01`, required: true });
  const to = h('input', { id: 'report-to', type: 'date', value: today, required: true });
  const show = h('button', { type: 'submit', id: 'report-show' }, 'Show');
  const download = h('button', { type: 'button', class: 'secondary', id: 'report-csv' }, 'Download CSV');
  const report = h('div', {}, loading());
  const errors = h('div');
  replace(main, h('h1', {}, 'Reconciliation'),
    h('section', {}, h('form', { class: 'inline', onsubmit: (event) => { event.preventDefault(); load(); } },
      h('label', {}, 'From (UTC day)', from), h('label', {}, 'To (UTC day, included)', to), show, download)),
    errors, h('section', {}, report));

  function range() {
    const end = new Date(`${to.value}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    return { from: `${from.value}T00:00:00Z`, to: end.toISOString(), group_by: 'currency' };
  }

  async function load() {
    replace(report, loading());
    replace(errors);
    try {
      render(await get(`/ipp/v1/reports/reconciliation${query(range())}`));
    } catch (error) {
      replace(report);
      replace(errors, failure(error));
    }
  }

  download.addEventListener('click', async () => {
    replace(errors);
    try {
      const csv = await call('GET', `/ipp/v1/reports/reconciliation${query(range())}`, { accept: 'text/csv' });
      const link = h('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv' })),
        download: `reconciliation-${from.value}-${to.value}.csv` });
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(link.href);
    } catch (error) {
      replace(errors, failure(error));
    }
  });

  function render(data) {
    if (!data.totals.length) {
      replace(report, empty('No sessions were created in this range.'));
      return;
    }
    replace(report,
      h('div', { class: 'legend' }, STATUSES.map((status) => h('span', { class: status }, status))),
      chart(data.totals),
      h('table', { 'data-test': 'report' },
        h('thead', {}, h('tr', {}, h('th', {}, 'Currency'), h('th', { class: 'amount' }, 'Sessions'),
          STATUSES.map((status) => h('th', { class: 'amount' }, status)))),
        h('tbody', {}, data.totals.map((row) => h('tr', { 'data-currency': row.currency },
          h('td', {}, row.currency), h('td', { class: 'amount' }, row.sessions),
          STATUSES.map((status) => h('td', { class: 'amount' },
            `${row[status].count} · ${money(row[status].amount, row.currency)}`)))))));
  }

  load();
  return () => {};
}

/** Horizontal bars: per currency, how many sessions ended in each status. */
function chart(totals) {
  const bar = 18;
  const gap = 14;
  const left = 90;
  const width = 640;
  const max = Math.max(1, ...totals.flatMap((row) => STATUSES.map((status) => row[status].count)));
  const height = totals.length * (STATUSES.length * bar + gap);
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'chart');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', 'Sessions per status and currency');
  const add = (tag, attributes, text) => {
    const node = document.createElementNS(SVG, tag);
    Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
    if (text !== undefined) {
      node.textContent = text;
    }
    svg.append(node);
  };
  totals.forEach((row, index) => {
    const top = index * (STATUSES.length * bar + gap);
    add('text', { x: 0, y: top + 2 * bar }, row.currency);
    STATUSES.forEach((status, line) => {
      const y = top + line * bar;
      const length = ((width - left - 60) * row[status].count) / max;
      add('rect', { x: left, y: y + 2, width: Math.max(length, 1), height: bar - 4, fill: COLOURS[status] });
      add('text', { x: left + length + 6, y: y + bar - 5 }, `${row[status].count} ${status}`);
    });
  });
  return svg;
}
