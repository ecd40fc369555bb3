// The report page: reads the form, calls the public API, and puts the views of views.js into the document.
import {
  breakEvenView, byRank, factorBars, formatNumber, h, optionsWithSensitivity, planPreview, rankingTable, recommendationView,
  riskCostScatter, scenarioView, simulationView, summaryView, tornado,
} from './views.js';
import {
  CSV_COLUMNS, explainStatus, locate, planFromCsv, presetsFrom, requestJson, withAnalyses, withExplanations,
} from './plan-input.js';

const SVG = 'http://www.w3.org/2000/svg';
const $ = (id) => document.getElementById(id);

/** DOM nodes from an element tree of views.js; text is always a text node, so nothing from an answer is read as markup. */
function toDom(node, inSvg = false) {
  if (typeof node === 'string') return document.createTextNode(node);
  const svg = inSvg || node.tag === 'svg';
  const element = svg ? document.createElementNS(SVG, node.tag) : document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value);
  for (const child of node.children) element.appendChild(toDom(child, svg));
  return element;
}

function show(container, ...nodes) {
  container.replaceChildren(...nodes.filter(Boolean).map((n) => toDom(n)));
}

// ------------------------------------------------------------------------------------------------ state

let lastAnswer = null;
let lastRecommendation = null;
let presetsLoadedWith = null;

function token() {
  return $('token').value.trim();
}

function headers(extra) {
  const all = { Accept: 'application/json', ...extra };
  if (token()) all.Authorization = `Bearer ${token()}`;
  return all;
}

function format() {
  return $('format-csv').checked ? 'csv' : 'json';
}

function setFormat(value) {
  $(value === 'csv' ? 'format-csv' : 'format-json').checked = true;
  $('csv-settings').hidden = value !== 'csv';
}

function setStatus(text, kind) {
  const status = $('status');
  status.textContent = text;
  status.className = `status ${kind || ''}`;
}

// ------------------------------------------------------------------------------------------------ inputs

async function loadExample() {
  const name = $('example').value;
  setStatus(`Loading the example ${name}…`);
  try {
    const response = await fetch(`/examples/${encodeURIComponent(name)}.json`, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`status ${response.status}`);
    $('plan-text').value = await response.text();
    setFormat('json');
    setStatus(`Example ${name} loaded: press Score.`);
  } catch (e) {
    setStatus(`The example ${name} could not be loaded (${e.message}).`, 'error');
  }
}

function readFile(file) {
  const reader = new FileReader();
  reader.onload = () => {
    $('plan-text').value = String(reader.result);
    setFormat(/\.csv$/i.test(file.name) || file.type === 'text/csv' ? 'csv' : 'json');
    setStatus(`${file.name} loaded: press Score.`);
  };
  reader.onerror = () => setStatus(`${file.name} could not be read.`, 'error');
  reader.readAsText(file);
}

function csvSettings() {
  return { country: $('csv-country').value.trim(), headquarters: $('csv-headquarters').value.trim(),
    segment: $('csv-segment').value, mode: $('csv-mode').value, asOf: $('csv-asof').value,
    horizonMonths: $('csv-horizon').value, currency: $('csv-currency').value.trim() };
}

function analyses() {
  // The page shows each factor's explanation and each warning's message, which the service words only when asked.
  const asked = { explain: true };
  const presets = [...document.querySelectorAll('#scenario-presets input:checked')].map((box) => box.value);
  if (presets.length) asked.scenarios = presets;
  if ($('sensitivity').checked) asked.sensitivity = true;
  if ($('sim-enabled').checked) {
    asked.simulation = { trials: $('sim-trials').value, seed: $('sim-seed').value, targetComputePflops: $('sim-target').value,
      budget: { amount: $('sim-budget').value } };
  }
  return asked;
}

/** The body to send and what is needed to place the API's errors: the plan as parsed, CSV lines, page fields. */
function buildRequest() {
  const text = $('plan-text').value;
  const asked = analyses();
  const pageFields = [...(asked.scenarios ? ['scenarios'] : []), ...(asked.sensitivity ? ['sensitivity'] : []),
    ...(asked.simulation ? ['simulation', 'targetComputePflops', 'budget'] : [])];
  if (format() === 'csv') {
    const { plan, lines, problems } = planFromCsv(text, csvSettings());
    if (problems) return { localProblems: problems.map((p) => `${p.where} ${p.detail}`) };
    return { body: requestJson(withAnalyses(plan, asked)), context: { plan, lines, fromCsv: true, pageFields } };
  }
  let plan;
  try {
    plan = JSON.parse(text);
  } catch (e) {
    return { localProblems: [`The text is not JSON: ${e.message}`] };
  }
  // A plan with a goal is also asked for a recommendation, as written; the assessment is asked without the goal.
  if (plan && typeof plan === 'object' && plan.goal) {
    const { goal, ...assessed } = plan;
    return { body: requestJson(withAnalyses(assessed, asked)), recommendationBody: text, context: { plan, fromCsv: false, pageFields } };
  }
  // Without analyses the text goes as written but for asking for explanations, so that the pointers match it.
  const body = pageFields.length ? requestJson(withAnalyses(plan, asked)) : withExplanations(text, plan);
  return { body, context: { plan, fromCsv: false, pageFields } };
}

// ------------------------------------------------------------------------------------------------ errors

function clearErrors() {
  document.querySelectorAll('.field-error').forEach((slot) => { slot.hidden = true; slot.replaceChildren(); });
  document.querySelectorAll('[aria-invalid]').forEach((field) => field.removeAttribute('aria-invalid'));
  $('problems').hidden = true;
  $('problems').replaceChildren();
}

function fieldError(field, messages) {
  const slot = $(`err-${field}`);
  const input = $(field);
  if (!slot) return false;
  slot.replaceChildren(...messages.map((m) => toDom(h('span', { class: 'message' }, m))));
  slot.hidden = false;
  if (input) input.setAttribute('aria-invalid', 'true');
  return true;
}

function showProblems(problem, context) {
  const byField = new Map();
  const byOption = new Map();
  const listed = [];
  for (const error of problem.errors || []) {
    const place = error.pointer ? locate(error.pointer, context) : { kind: 'plan' };
    const where = error.pointer || error.parameter || '';
    if (place.kind === 'field') {
      byField.set(place.field, [...(byField.get(place.field) || []), error.detail]);
    } else if (place.kind === 'option') {
      const field = context.fromCsv ? `column ${place.column || '(the row)'}` : place.field || '(the option)';
      byOption.set(place.index, [...(byOption.get(place.index) || []), { field, detail: error.detail, pointer: where }]);
      const row = context.fromCsv ? `line ${place.line}` : `option ${place.index}`;
      listed.push(h('li', {}, h('code', {}, where), ` ${row}${place.optionId ? ` (${place.optionId})` : ''}, `
        + `${context.fromCsv ? field : place.field || 'the option'}: ${error.detail}`));
    } else {
      listed.push(h('li', {}, h('code', {}, where || '#'), ` ${error.detail}`));
    }
  }
  byField.forEach((messages, field) => {
    if (!fieldError(field, messages)) listed.push(h('li', {}, `${field}: ${messages.join('; ')}`));
  });
  if (listed.length) {
    fieldError('plan-text', [h('span', {}, `${listed.length} problem${listed.length > 1 ? 's' : ''} in the plan:`),
      h('ul', { class: 'pointer-list' }, listed)]);
    $('plan-text').setAttribute('aria-invalid', 'true');
  }
  const preview = byOption.size ? planPreview(context.plan, byOption, context.fromCsv ? (i) => context.lines[i] : null) : null;
  if (preview) {
    $('results-empty').hidden = true;
    $('report').hidden = true;
    show($('problems'), h('h3', {}, 'Problems by option'), h('div', { class: 'table-scroll', role: 'region', tabindex: '0',
      'aria-label': 'Problems by option, scrollable' }, preview));
    $('problems').hidden = false;
  }
}

// ------------------------------------------------------------------------------------------------ results

function chartWidth(container) {
  return Math.max(300, Math.floor(container.clientWidth || 600));
}

function drawCharts(answer) {
  show($('factor-chart'), factorBars(answer, { width: chartWidth($('factor-chart')) }));
  const scatter = riskCostScatter(answer, { width: chartWidth($('scatter-chart')) });
  show($('scatter-chart'), scatter.svg);
  show($('scatter-missing'), scatter.missing);
  const simulation = simulationView(answer, { width: chartWidth($('simulation')) });
  $('simulation-section').hidden = !simulation;
  show($('simulation'), simulation);
  drawTornado(answer);
  drawRecommendation();
}

function drawRecommendation() {
  $('recommendation-section').hidden = !lastRecommendation;
  show($('recommendation'), lastRecommendation ? recommendationView(lastRecommendation, { width: chartWidth($('recommendation')) }) : null);
}

/** The recommendation for a plan with a goal; its problems are shown as the assessment's are. */
async function recommend(request) {
  const response = await fetch('/api/v1/recommendations', { method: 'POST', headers: headers({ 'Content-Type': 'application/json' }),
    body: request.recommendationBody });
  const body = await response.json().catch(() => null);
  if (response.ok && body) return body;
  setStatus(explainStatus(response.status, body), 'error');
  if (response.status === 400 && body) showProblems(body, request.context);
  return null;
}

function drawTornado(answer) {
  const option = optionsWithSensitivity(answer).find((o) => o.id === $('sensitivity-option').value);
  show($('tornado'), option ? tornado(option, { width: chartWidth($('tornado')) }) : null);
}

/** The option chooser of the tornado chart: every option with sensitivity, the best first and chosen. */
function showSensitivity(answer) {
  const options = optionsWithSensitivity(answer);
  $('sensitivity-section').hidden = options.length === 0;
  show($('break-even-box'), breakEvenView(answer));
  show($('sensitivity-option'), ...options.map((o) => h('option', { value: o.id }, `${o.rank}. ${o.id}`)));
}

function showAnswer(answer) {
  lastAnswer = answer;
  $('results-empty').hidden = true;
  $('report').hidden = false;
  show($('summary'), summaryView(answer));
  show($('plan-warnings'), answer.warnings.length ? h('ul', { class: 'plan-warnings' },
    answer.warnings.map((w) => h('li', { title: w.code }, '⚠ ', w.message))) : null);
  show($('ranking'), rankingTable(answer));
  const scenarios = scenarioView(answer);
  $('scenario-section').hidden = !scenarios;
  show($('scenarios'), scenarios);
  showSensitivity(answer);
  drawCharts(answer);
}

async function score(event) {
  event.preventDefault();
  clearErrors();
  const request = buildRequest();
  if (request.localProblems) {
    fieldError('plan-text', request.localProblems);
    setStatus('The plan could not be read: see the message under the plan.', 'error');
    $('plan-text').focus();
    return;
  }
  setStatus('Scoring…');
  $('score').disabled = true;
  let response;
  try {
    response = await fetch('/api/v1/assessments', { method: 'POST', headers: headers({ 'Content-Type': 'application/json' }),
      body: request.body });
  } catch (e) {
    setStatus(explainStatus(0), 'error');
    return;
  } finally {
    $('score').disabled = false;
  }
  const body = await response.json().catch(() => null);
  if (response.ok && body) {
    lastRecommendation = null;
    if (request.recommendationBody) {
      try {
        lastRecommendation = await recommend(request);
      } catch (e) {
        setStatus(explainStatus(0), 'error');
        return;
      }
      if (!lastRecommendation) return;
    }
    showAnswer(body);
    const best = byRank(body)[0];
    setStatus(`Scored ${body.options.length} option${body.options.length > 1 ? 's' : ''}: best is ${best.id}, `
      + `score ${formatNumber(best.score)} (${best.rating}).`, 'ok');
    return;
  }
  if (response.status === 401 || response.status === 403) {
    setStatus(response.status === 401 ? 'Sign-in needed: see the message under the token field.'
      : 'Not allowed: see the message under the token field.', 'error');
    $('token-details').open = true;
    fieldError('token', [explainStatus(response.status, body)]);
    $('token').focus();
    return;
  }
  setStatus(explainStatus(response.status, body), 'error');
  if (response.status === 400 && body) showProblems(body, request.context);
}

// ------------------------------------------------------------------------------------------------ optional controls

/** The scenario presets the service lists; with sign-in on they are listed once a token is given. */
async function loadPresets() {
  const key = token();
  if (presetsLoadedWith === key) return;
  presetsLoadedWith = key;
  const chosen = new Set([...document.querySelectorAll('#scenario-presets input:checked')].map((box) => box.value));
  try {
    const response = await fetch('/api/v1/scenarios', { headers: headers() });
    if (!response.ok) {
      show($('scenario-presets'), h('p', { class: 'hint' }, response.status === 401 || response.status === 403
        ? 'The presets are listed once a token is given (see Sign-in token).' : explainStatus(response.status)));
      return;
    }
    show($('scenario-presets'), ...presetsFrom(await response.json()).map((p) => h('label', { class: 'preset' },
      h('input', { type: 'checkbox', value: p.name, checked: chosen.has(p.name) }),
      h('span', {}, h('span', { class: 'preset-name' }, p.name), h('span', { class: 'preset-about' }, p.description)))));
  } catch (e) {
    show($('scenario-presets'), h('p', { class: 'hint' }, explainStatus(0)));
  }
}

function describeCsvColumns() {
  show($('csv-columns'), ...CSV_COLUMNS.flatMap((c) => [h('dt', {}, h('code', {}, c.name), c.required ? ' (required)' : ' (optional)'),
    h('dd', {}, c.about)]));
}

let resizeTimer = null;
function redrawOnResize() {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => { if (lastAnswer) drawCharts(lastAnswer); }, 150);
}

document.addEventListener('DOMContentLoaded', () => {
  $('plan-form').addEventListener('submit', score);
  $('load-example').addEventListener('click', loadExample);
  $('plan-file').addEventListener('change', (e) => { if (e.target.files[0]) readFile(e.target.files[0]); });
  document.querySelectorAll('input[name="format"]').forEach((radio) => radio.addEventListener('change', () => setFormat(format())));
  $('token').addEventListener('change', loadPresets);
  $('sensitivity-option').addEventListener('change', () => { if (lastAnswer) drawTornado(lastAnswer); });
  window.addEventListener('resize', redrawOnResize);
  describeCsvColumns();
  setFormat(format());
  loadExample();
  loadPresets();
});
