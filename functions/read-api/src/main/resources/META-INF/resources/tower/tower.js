// The control-tower page: reads /api/live (server-sent events, one aggregated snapshot a second) and
// /api/network with the session's bearer token, and draws what it gets. No framework, no CDN.
'use strict';

const TOKEN_KEY = 'livechain.token';
const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777',
  '#4b5563', '#65a30d', '#7c3aed', '#0d9488', '#be123c', '#1e40af', '#a16207', '#475569'];

const $ = (selector) => document.querySelector(selector);
let network = null;          // {facilities: Map id -> facility, lanes: Map id -> lane, project}
let stream = null;           // the running /api/live request
const alertCards = new Map(); // alertId -> element, kept across snapshots so an ack in progress survives

// --- the token: from a #token= link or the sign-in form, kept for this browser session --------------

function takeTokenFromLink() {
  const match = location.hash.match(/token=([^&]+)/);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search); // keep it out of the address bar
  }
}

function token() { return sessionStorage.getItem(TOKEN_KEY); }

function askForToken(problem) {
  if (stream) { stream.abort(); stream = null; }
  $('#tower').hidden = true;
  $('#sign-out').hidden = true;
  $('#token-form').hidden = false;
  $('#token-problem').hidden = !problem;
  $('#token-problem').textContent = problem || '';
  setStatus('down', 'signed out');
}

function authorised(init = {}) {
  return { ...init, headers: { ...(init.headers || {}), Authorization: 'Bearer ' + token() } };
}

// --- the live feed ------------------------------------------------------------------------------------

function setStatus(state, text) {
  $('#status').dataset.state = state;
  $('#status').textContent = text;
}

async function connect() {
  if (!token()) { askForToken(); return; }
  $('#token-form').hidden = true;
  $('#tower').hidden = false;
  $('#sign-out').hidden = false;
  setStatus('connecting', 'connecting…');
  const controller = new AbortController();
  stream = controller;
  try {
    const response = await fetch('/api/live', authorised({ headers: { Accept: 'text/event-stream' }, signal: controller.signal }));
    if (response.status === 401 || response.status === 403) {
      const body = await response.json().catch(() => ({}));
      sessionStorage.removeItem(TOKEN_KEY);
      askForToken((body.message || 'the token was refused') + ' (HTTP ' + response.status + ')');
      return;
    }
    if (!response.ok) { throw new Error('HTTP ' + response.status); }
    if (!network) { await loadNetwork(); }
    setStatus('live', 'live');
    await readEvents(response.body.getReader(), render);
  } catch (error) {
    if (controller.signal.aborted) { return; }
    setStatus('down', 'reconnecting (' + error.message + ')');
  }
  if (stream === controller) { setTimeout(connect, 2000); }
}

// Server-sent events over fetch (EventSource cannot send an Authorization header).
async function readEvents(reader, onData) {
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) { throw new Error('feed ended'); }
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, '')).join('\n');
      if (data) { onData(JSON.parse(data)); }
    }
  }
}

function render(snapshot) {
  $('#updated').textContent = 'as of ' + new Date(snapshot.at).toLocaleTimeString();
  renderLocations(snapshot.locations, snapshot.lowStock);
  renderAlerts(snapshot.alerts, snapshot.profiles);
  renderMap(snapshot.shipments, snapshot.conditions);
  renderFlow(snapshot.flow);
  renderLag(snapshot.lag);
  renderDeadLetters(snapshot.deadLetters);
}

// --- inventory ------------------------------------------------------------------------------------------

function renderLocations(locations, lowStock) {
  const body = $('#locations tbody');
  body.replaceChildren(...locations.map((l) => {
    const row = el('tr', { 'data-location': l.location });
    if (l.outOfStock > 0) { row.classList.add('out'); } else if (l.low > 0) { row.classList.add('low'); }
    row.append(el('td', {}, l.location), el('td', { class: 'num' }, l.skus), el('td', { class: 'num units' }, number(l.units)),
      el('td', { class: 'num' }, l.outOfStock), el('td', { class: 'num' }, l.low));
    return row;
  }));
  $('#low-stock').replaceChildren(...(lowStock.length ? lowStock.map((p) => el('li', {
    class: 'low', 'data-sku': p.sku, 'data-location': p.location,
  }, p.sku + ' at ' + p.location + ': ' + (p.onHand == null ? '?' : number(p.onHand)) + ' on hand')) : [el('li', { class: 'muted' }, 'none')]));
}

async function findSku(event) {
  event.preventDefault();
  const sku = $('#sku-input').value.trim();
  const result = $('#sku-result');
  if (!sku) { result.replaceChildren(); return; }
  const response = await fetch('/api/inventory/' + encodeURIComponent(sku), authorised());
  if (response.status === 404) { result.replaceChildren(el('p', { class: 'muted' }, 'no stock recorded for ' + sku)); return; }
  if (!response.ok) { result.replaceChildren(el('p', { class: 'problem' }, 'HTTP ' + response.status)); return; }
  const stock = await response.json();
  const table = el('table', { id: 'sku-table', 'data-sku': stock.sku });
  table.append(el('tr', {}, el('th', {}, 'location'), el('th', { class: 'num' }, 'on hand')));
  stock.locations.forEach((l) => table.append(el('tr', { 'data-location': l.location },
    el('td', {}, l.location), el('td', { class: 'num' }, number(l.onHand) + (l.uom ? ' ' + l.uom : '')))));
  result.replaceChildren(el('p', {}, stock.sku + ': ' + number(stock.total) + ' in total'), table);
}

// --- alerts -----------------------------------------------------------------------------------------------

function renderAlerts(alerts, profiles) {
  $('#alert-count').textContent = '(' + alerts.length + ')';
  const seen = new Set();
  const container = $('#alerts');
  alerts.forEach((alert, index) => {
    seen.add(alert.alertId);
    let card = alertCards.get(alert.alertId);
    if (!card) {
      card = el('div', { 'data-alert-id': alert.alertId, 'data-asset': alert.assetId, 'data-rule': alert.rule });
      card.append(el('div', { class: 'summary' }), el('div', { class: 'meta' }), el('div', { class: 'chart' }), el('div', { class: 'ack-line' }));
      alertCards.set(alert.alertId, card);
    }
    card.className = 'alert ' + alert.severity;
    card.querySelector('.summary').textContent = alert.severity + ' · ' + alert.assetId + ' · ' + alert.summary;
    card.querySelector('.meta').textContent = alert.rule + ' since ' + new Date(alert.raisedAt).toLocaleString()
      + (alert.shipmentId ? ' · shipment ' + alert.shipmentId : '');
    const readings = Array.isArray(alert.readings) ? alert.readings : [];
    const chart = card.querySelector('.chart');
    if (readings.length && chart.dataset.count !== String(readings.length)) {
      chart.dataset.count = String(readings.length);
      chart.replaceChildren(temperatureChart(readings, profiles[readings[0].profile] || null));
    }
    const ackLine = card.querySelector('.ack-line');
    if (alert.acknowledged) {
      ackLine.replaceChildren(el('span', { class: 'acked' }, 'acknowledged by ' + (alert.ackedBy || 'someone')));
    } else if (!ackLine.querySelector('button')) {
      const button = el('button', { type: 'button', class: 'ack' }, 'Acknowledge');
      button.addEventListener('click', () => acknowledge(alert.alertId, ackLine));
      ackLine.replaceChildren(button);
    }
    if (container.children[index] !== card) { container.insertBefore(card, container.children[index] || null); }
  });
  for (const [id, card] of alertCards) {
    if (!seen.has(id)) { card.remove(); alertCards.delete(id); }
  }
}

async function acknowledge(alertId, ackLine) {
  const button = ackLine.querySelector('button');
  if (button) { button.disabled = true; }
  const response = await fetch('/api/alerts/' + encodeURIComponent(alertId) + '/ack', authorised({
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ by: 'control-tower' }),
  }));
  if (response.ok) {
    const alert = await response.json();
    ackLine.replaceChildren(el('span', { class: 'acked' }, 'acknowledged by ' + (alert.ackedBy || 'someone')));
    return;
  }
  const body = await response.json().catch(() => ({}));
  ackLine.replaceChildren(el('span', { class: 'problem' }, 'not acknowledged: ' + (body.message || 'HTTP ' + response.status)));
}

function celsius(reading) {
  const value = Number(reading.value);
  if (reading.unit === 'FAH') { return (value - 32) * 5 / 9; }
  if (reading.unit === 'KEL') { return value - 273.15; }
  return value;
}

// Readings against the profile's range (green band) and hard limits (red lines), when one is known.
function temperatureChart(readings, limits) {
  const width = 420; const height = 80; const pad = 4;
  const points = readings.map((r) => ({ t: Date.parse(r.time), v: reading(r) })).sort((a, b) => a.t - b.t);
  function reading(r) { return r.metric === 'temperature' || !r.metric ? celsius(r) : Number(r.value); }
  const values = points.map((p) => p.v).concat(limits ? [limits.min, limits.max] : []);
  const low = Math.min(...values) - 1; const high = Math.max(...values) + 1;
  const t0 = points[0].t; const t1 = Math.max(points[points.length - 1].t, t0 + 1);
  const x = (t) => pad + (t - t0) / (t1 - t0) * (width - 2 * pad);
  const y = (v) => height - pad - (v - low) / (high - low) * (height - 2 * pad);
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, class: 'temperature' });
  if (limits) {
    svg.append(svgEl('rect', { x: 0, y: y(limits.max), width, height: y(limits.min) - y(limits.max), fill: '#dcfce7', class: 'range' }));
    [limits.hardLow, limits.hardHigh].filter((v) => v != null && v >= low && v <= high).forEach((v) =>
      svg.append(svgEl('line', { x1: 0, x2: width, y1: y(v), y2: y(v), stroke: '#dc2626', 'stroke-dasharray': '3 3', class: 'hard-limit' })));
  }
  svg.append(svgEl('polyline', { points: points.map((p) => x(p.t) + ',' + y(p.v)).join(' '), fill: 'none', stroke: '#1d2330', 'stroke-width': 1.5, class: 'readings' }));
  points.forEach((p) => svg.append(svgEl('circle', { cx: x(p.t), cy: y(p.v), r: 2, fill: '#1d2330' })));
  const last = readings[readings.length - 1];
  svg.append(svgEl('title', {}, readings.length + ' readings, last ' + last.value + ' ' + (last.unit || '')
    + (limits ? '; range ' + limits.min + '–' + limits.max + ' °C' : '')));
  return svg;
}

// --- the map: facilities and lanes from /api/network, drawn without a tile server ------------------------

async function loadNetwork() {
  const response = await fetch('/api/network', authorised());
  if (!response.ok) { network = { facilities: new Map(), lanes: new Map(), project: () => [0, 0] }; return; }
  const file = await response.json();
  const facilities = new Map(file.facilities.map((f) => [f.id, f]));
  const lanes = new Map(file.lanes.map((l) => [l.id, l]));
  const lats = file.facilities.map((f) => f.position.latitude);
  const lons = file.facilities.map((f) => f.position.longitude);
  const [minLon, maxLon, minLat, maxLat] = [Math.min(...lons) - 5, Math.max(...lons) + 5, Math.min(...lats) - 5, Math.max(...lats) + 5];
  const scale = Math.min(1000 / (maxLon - minLon), 500 / (maxLat - minLat)); // equirectangular, one scale
  const project = (lat, lon) => [(lon - minLon) * scale, (maxLat - lat) * scale];
  network = { facilities, lanes, project };
  const svg = $('#map');
  svg.setAttribute('viewBox', `0 0 ${((maxLon - minLon) * scale).toFixed(0)} ${((maxLat - minLat) * scale).toFixed(0)}`);
  const base = svgEl('g', { class: 'network' });
  lanes.forEach((lane) => {
    const [a, b] = [facilities.get(lane.from), facilities.get(lane.to)];
    if (a && b) { base.append(line(a, b, { class: 'lane', 'data-lane-id': lane.id })); }
  });
  facilities.forEach((f) => {
    const [cx, cy] = at(f);
    const dot = svgEl('circle', { cx, cy, r: 2.5, class: 'facility ' + f.kind, 'data-facility-id': f.id });
    dot.append(svgEl('title', {}, (f.name || f.id) + ' (' + f.id + ', ' + f.kind + ')'));
    base.append(dot);
  });
  svg.replaceChildren(base, svgEl('g', { class: 'conditions' }), svgEl('g', { class: 'shipments' }));
}

function at(facility) { return network.project(facility.position.latitude, facility.position.longitude); }

function line(a, b, attributes) {
  const [x1, y1] = at(a); const [x2, y2] = at(b);
  return svgEl('line', { x1, y1, x2, y2, ...attributes });
}

function routePath(facilityIds, attributes) {
  const points = (facilityIds || []).map((id) => network.facilities.get(id)).filter(Boolean).map(at);
  return svgEl('polyline', { points: points.map((p) => p.join(',')).join(' '), ...attributes });
}

function renderMap(shipments, conditions) {
  if (!network) { return; }
  const conditionLayer = $('#map g.conditions');
  conditionLayer.replaceChildren(...conditions.flatMap((c) => {
    if (c.laneId && network.lanes.has(c.laneId)) {
      const lane = network.lanes.get(c.laneId);
      const [a, b] = [network.facilities.get(lane.from), network.facilities.get(lane.to)];
      return a && b ? [line(a, b, { class: 'condition', 'data-condition-id': c.conditionId })] : [];
    }
    const facility = network.facilities.get(c.facilityId);
    if (!facility) { return []; }
    const [cx, cy] = at(facility);
    const ring = svgEl('circle', { cx, cy, r: 7, class: 'condition', 'data-condition-id': c.conditionId });
    ring.append(svgEl('title', {}, c.kind + ' at ' + (facility.name || facility.id) + ' until ' + new Date(c.validUntil).toLocaleString()));
    return [ring];
  }));
  const shipmentLayer = $('#map g.shipments');
  shipmentLayer.replaceChildren(...shipments.flatMap((s) => {
    const shapes = [];
    if (s.rerouted && s.previousFacilityIds) {
      shapes.push(routePath(s.previousFacilityIds, { class: 'route-previous', 'data-shipment-id': s.shipmentId }));
    }
    if (s.facilityIds) { shapes.push(routePath(s.facilityIds, { class: 'route', 'data-shipment-id': s.shipmentId })); }
    if (s.latitude != null && s.longitude != null) {
      const [cx, cy] = network.project(s.latitude, s.longitude);
      const dot = svgEl('circle', { cx, cy, r: 4, class: 'position', 'data-shipment-id': s.shipmentId });
      dot.append(svgEl('title', {}, s.shipmentId + ' (' + s.status + ')'));
      shapes.push(dot);
    }
    return shapes;
  }));
  $('#shipments').replaceChildren(...shipments.map((s) => el('li', { 'data-shipment-id': s.shipmentId, 'data-rerouted': String(s.rerouted) },
    s.shipmentId + ' · ' + s.status + ' · ' + s.origin + ' → ' + s.destination
    + (s.rerouted ? ' · rerouted: ' + (s.rerouteReason || '') : ''))));
}

// --- event flow, lag, dead letters ---------------------------------------------------------------------------

const typeColours = new Map();
function colour(type) {
  if (!typeColours.has(type)) { typeColours.set(type, PALETTE[typeColours.size % PALETTE.length]); }
  return typeColours.get(type);
}

function renderFlow(flow) {
  const svg = $('#flow');
  const types = Object.keys(flow.types);
  const buckets = types.length ? flow.types[types[0]].length : 30;
  const max = Math.max(1, ...types.flatMap((t) => flow.types[t]));
  const x = (i) => 40 + i * (950 / Math.max(1, buckets - 1));
  const y = (v) => 190 - v / max * 175;
  const shapes = [svgEl('text', { x: 2, y: 14, class: 'axis' }, String(max)), svgEl('text', { x: 2, y: 190, class: 'axis' }, '0')];
  types.forEach((type) => shapes.push(svgEl('polyline', {
    points: flow.types[type].map((v, i) => x(i) + ',' + y(v)).join(' '), fill: 'none', stroke: colour(type), 'stroke-width': 2, 'data-type': type,
  })));
  svg.replaceChildren(...shapes);
  $('#flow-legend').replaceChildren(...types.map((type) => {
    const counts = flow.types[type];
    const perSecond = (counts[counts.length - 2] || 0) / flow.bucketSeconds; // the last whole bucket
    const item = el('li', { 'data-type': type, 'data-total': counts.reduce((a, b) => a + b, 0) });
    item.append(el('span', { class: 'swatch', style: 'background:' + colour(type) }), type.replace(/^io\.livechain\./, '')
      + ' ' + perSecond.toFixed(1) + '/s');
    return item;
  }));
}

function renderLag(lag) {
  $('#lag tbody').replaceChildren(...(lag.length ? lag.map((l) => el('tr', { 'data-trigger': l.trigger },
    el('td', {}, l.trigger), el('td', { class: 'num' }, l.records))) : [el('tr', {}, el('td', { class: 'muted' }, 'no Trigger groups yet'))]));
}

function renderDeadLetters(deadLetters) {
  $('#dead-letter-count').textContent = '(' + deadLetters.waiting + ' waiting for a replay)';
  $('#dead-letters').replaceChildren(...(deadLetters.recent.length ? deadLetters.recent.map((d) => el('li', {},
    new Date(d.receivedAt).toLocaleTimeString() + ' · ' + d.type + ' from ' + d.source + (d.errorCode ? ' · HTTP ' + d.errorCode : '')))
    : [el('li', { class: 'muted' }, 'none')]));
}

// --- small helpers --------------------------------------------------------------------------------------------

function el(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
  children.forEach((child) => node.append(child instanceof Node ? child : String(child)));
  return node;
}

function svgEl(name, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, name);
  Object.entries(attributes).forEach(([key, value]) => node.setAttribute(key, value));
  children.forEach((child) => node.append(child instanceof Node ? child : String(child)));
  return node;
}

function number(value) { return Number(value).toLocaleString(); }

$('#token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = $('#token-input').value.trim();
  if (!value) { return; }
  sessionStorage.setItem(TOKEN_KEY, value);
  $('#token-input').value = '';
  connect();
});
$('#sign-out').addEventListener('click', () => { sessionStorage.removeItem(TOKEN_KEY); askForToken(); });
$('#sku-search').addEventListener('submit', findSku);
// A signed-in link opened in a tab that already shows the page changes only the fragment: no new load.
window.addEventListener('hashchange', () => {
  if (!location.hash.includes('token=')) { return; }
  takeTokenFromLink();
  if (stream) { stream.abort(); stream = null; }
  connect();
});
takeTokenFromLink();
connect();
