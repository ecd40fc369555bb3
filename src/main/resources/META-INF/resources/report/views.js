// What the report page draws from an answer of POST /api/v1/assessments, as pure functions returning plain
// element trees ({tag, attrs, children}); report.js turns them into DOM nodes, the Node tests read them as data.
// Nothing here touches the document, so every view can be tested without a browser.

export const RATINGS = ['LOW', 'MODERATE', 'HIGH', 'SEVERE'];
export const FACTORS = [
  { key: 'concentration', label: 'Supplier concentration' },
  { key: 'licensing', label: 'Licensing' },
  { key: 'pricePremium', label: 'Price premium' },
];

/** An element: tag, attributes (null and false left out) and children (strings are text; nested arrays flattened). */
export function h(tag, attrs, ...children) {
  const kept = {};
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined && value !== false) {
      kept[name] = value === true ? '' : String(value);
    }
  }
  return { tag, attrs: kept, children: children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false)
    .map((c) => (typeof c === 'object' ? c : String(c))) };
}

// ------------------------------------------------------------------------------------------------ formatting

export function formatNumber(value, decimals = 2) {
  if (value === null || value === undefined) return '–';
  return Number(value).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function formatPercent(fraction, decimals = 0) {
  if (fraction === null || fraction === undefined) return '–';
  return `${formatNumber(fraction * 100, decimals)}%`;
}

/** An answer's amount, a plain number in the answer's currency, whole units. */
export function formatMoney(amount, currency) {
  if (amount === null || amount === undefined) return '–';
  return `${currency} ${formatNumber(amount, 0)}`;
}

/** A cost per PFLOPS-hour, a few currency units, with two decimals. */
export function formatRate(amount, currency) {
  if (amount === null || amount === undefined) return '–';
  return `${currency} ${formatNumber(amount, 2)}`;
}

/** The tie-breaker and the chart's x value: the risk-adjusted cost per PFLOPS-hour, or undefined when there is none. */
export function riskAdjustedPerPflopsHour(option) {
  return option.costOfCompute ? option.costOfCompute.riskAdjustedCostPerPflopsHour : undefined;
}

/** 1,234,567 as "1.23M", for axis ticks where space is short. */
export function formatCompact(value) {
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${trim(value / 1e9)}B`;
  if (abs >= 1e6) return `${trim(value / 1e6)}M`;
  if (abs >= 1e3) return `${trim(value / 1e3)}k`;
  return trim(value);
}

function trim(value) {
  return String(Number(value.toPrecision(3)));
}

function words(constant) {
  return constant.toLowerCase().replace(/_/g, ' ');
}

export function ratingBadge(rating) {
  return h('span', { class: `rating rating-${rating.toLowerCase()}` }, h('span', { class: 'swatch', 'aria-hidden': 'true' }), rating);
}

/** The options of an answer, best rank first. */
export function byRank(answer) {
  return [...answer.options].sort((a, b) => a.rank - b.rank);
}

// ------------------------------------------------------------------------------------------------ summary

export function summaryView(answer) {
  const ranked = byRank(answer);
  const best = ranked[0];
  const plan = answer.plan;
  const tile = (label, value, note) => h('div', { class: 'tile' },
    h('div', { class: 'tile-label' }, label), h('div', { class: 'tile-value' }, value), note ? h('div', { class: 'tile-note' }, note) : null);
  return h('div', { class: 'tiles' },
    tile('Best option', best.id, `${words(best.channel)} · score ${formatNumber(best.score)}`),
    tile('Plan score', h('span', {}, formatNumber(plan.score), ' ', ratingBadge(plan.rating)),
      answer.mode === 'ALTERNATIVES' ? 'of the best option (alternatives)' : 'compute-weighted mean (portfolio)'),
    tile('Vendor concentration', `HHI ${formatNumber(plan.vendorHhi, 0)}`, words(plan.concentrationBand)),
    tile('Options', String(answer.options.length),
      `as of ${answer.asOf} · policy ${answer.policyVersion} · model ${answer.modelVersion}`));
}

// ------------------------------------------------------------------------------------------------ ranking table

const COMPLIANCE_TEXT = {
  COMPLIANT: 'Compliant',
  LICENCE_REQUIRED: 'Licence required',
  NON_COMPLIANT: 'Non-compliant',
};

/**
 * Ranked compliance first, every lawful option comes before every non-compliant one whatever the scores: a row marks
 * where the non-compliant ones begin, so nobody reads the gap between two scores across it as a choice.
 */
function complianceGate(answer, ranked) {
  const first = ranked.findIndex((o) => o.compliance === 'NON_COMPLIANT');
  if (answer.ranking !== 'COMPLIANT_FIRST' || first <= 0) return { at: -1, row: null };
  return {
    at: first,
    row: h('tr', { class: 'compliance-gate' }, h('td', { colspan: '8' },
      '⚠ Non-compliant routes below: ranked after every lawful option, whatever their score')),
  };
}

export function rankingTable(answer) {
  const ranked = byRank(answer);
  const rows = ranked.map((option) => {
    const factors = option.factors;
    return h('tr', { 'data-option': option.id, class: `row-${option.rating.toLowerCase()}` },
      h('td', { class: 'num rank' }, String(option.rank)),
      h('th', { scope: 'row', class: 'option' }, h('span', { class: 'option-id' }, option.id),
        h('span', { class: 'option-route' }, `${option.accelerator} · ${words(option.channel)} · ${option.supplier}`),
        h('span', { class: 'option-route' }, `${option.quantity} for ${formatMoney(option.totalCost, answer.currency)}, `
          + `${formatNumber(option.computePflops, 1)} PFLOPS`)),
      h('td', { 'data-label': 'Rating' }, ratingBadge(option.rating)),
      h('td', { class: 'num', 'data-label': 'Score' }, formatNumber(option.score)),
      h('td', { class: 'num', 'data-label': 'Licensing P' }, formatPercent(factors.licensing.probability)),
      h('td', { class: 'num', 'data-label': 'Premium' }, formatPercent(factors.pricePremium.premium)),
      h('td', { class: 'num', 'data-label': 'Risk-adjusted cost / PFLOPS-hour' }, riskAdjustedPerPflopsHour(option) != null
        ? formatRate(riskAdjustedPerPflopsHour(option), answer.currency) : 'none'),
      h('td', { class: 'flags' }, h('span', { class: `flag compliance-${option.compliance.toLowerCase()}` },
        option.compliance === 'NON_COMPLIANT' ? '⚠ ' : null, COMPLIANCE_TEXT[option.compliance] || words(option.compliance)),
      option.warnings.length === 0 ? null
        : h('ul', { class: 'warnings' }, option.warnings.map((w) => h('li', { title: w.code }, w.message || words(w.code))))));
  });
  const gate = complianceGate(answer, ranked);
  if (gate.row) rows.splice(gate.at, 0, gate.row);
  const order = answer.ranking === 'SCORE' ? 'by score alone' : 'compliance first, then score';
  return h('table', { class: 'ranking', id: 'ranking-table' },
    h('caption', {}, `Options by rank (${order}; 1 = lowest risk), amounts in ${answer.currency}`),
    h('thead', {}, h('tr', {},
      ['Rank', 'Option', 'Rating', 'Score', 'Licensing P', 'Premium', 'Risk-adjusted cost / PFLOPS-hour', 'Compliance and warnings'].map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, rows));
}

// ------------------------------------------------------------------------------------------------ factor bars

/** One stacked bar per option (best first): the points each factor adds to the score, on the 0 to 100 scale. */
export function factorBars(answer, { width = 640 } = {}) {
  const ranked = byRank(answer);
  const narrow = width < 520;
  const left = narrow ? 8 : 130;
  const right = 56;
  const rowHeight = narrow ? 46 : 32;
  const barHeight = 18;
  const top = 28;
  const plotWidth = Math.max(100, width - left - right);
  const height = top + ranked.length * rowHeight + 34;
  const x = (points) => left + (points / 100) * plotWidth;

  const grid = [0, 25, 50, 75, 100].map((tick) => h('g', { class: 'tick' },
    h('line', { x1: x(tick), x2: x(tick), y1: top - 6, y2: height - 28, class: 'gridline' }),
    h('text', { x: x(tick), y: height - 12, 'text-anchor': 'middle' }, String(tick))));

  const rows = ranked.map((option, i) => {
    const y = top + i * rowHeight + (narrow ? 18 : 6);
    let start = 0;
    const segments = FACTORS.map(({ key, label }) => {
      const points = option.factors[key].points;
      const segment = points > 0 ? h('rect', { class: `segment segment-${key}`, x: x(start), y, width: x(start + points) - x(start),
        height: barHeight }, h('title', {}, `${option.id}: ${label} ${formatNumber(points)} points`
          + (option.factors[key].explanation ? `. ${option.factors[key].explanation}` : ''))) : null;
      start += points;
      return segment;
    });
    const description = `${option.id}, rank ${option.rank}, score ${formatNumber(option.score)} (${option.rating}): `
      + FACTORS.map(({ key, label }) => `${label.toLowerCase()} ${formatNumber(option.factors[key].points)}`).join(', ') + ' points';
    return h('g', { class: 'bar', 'data-option': option.id }, h('title', {}, description),
      h('text', { class: 'bar-label', x: narrow ? left : left - 8, y: narrow ? y - 5 : y + barHeight - 5,
        'text-anchor': narrow ? 'start' : 'end' }, option.id),
      segments,
      h('text', { class: 'bar-total', x: x(option.score) + 6, y: y + barHeight - 5 }, formatNumber(option.score, 1)));
  });

  let lx = narrow ? 8 : left;
  const legend = h('g', { class: 'legend', 'aria-hidden': 'true' }, FACTORS.map(({ key, label }) => {
    const shown = narrow ? label.replace('Supplier c', 'C') : label;
    const item = h('g', {}, h('rect', { class: `segment segment-${key}`, x: lx, y: 4, width: 12, height: 12 }),
      h('text', { x: lx + 17, y: 14 }, shown));
    lx += 17 + shown.length * 6.6 + 16;
    return item;
  }));

  return h('svg', { class: 'chart factor-bars', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-labelledby': 'factor-bars-title factor-bars-desc' },
  h('title', { id: 'factor-bars-title' }, 'Points of each factor per option'),
  h('desc', { id: 'factor-bars-desc' }, 'Stacked bars, best-ranked option first: supplier concentration, licensing and price '
    + 'premium points add up to the score (0 to 100). ' + ranked.map((o) => `${o.id} ${formatNumber(o.score)}`).join('; ') + '.'),
  legend, grid, rows);
}

// ------------------------------------------------------------------------------------------------ risk and cost

/** Tick values for an axis: 1-2-5 steps, on a linear or a log scale. */
export function ticks(min, max, log) {
  if (log) {
    const out = [];
    for (let p = Math.floor(Math.log10(min)); p <= Math.ceil(Math.log10(max)); p++) {
      for (const m of [1, 2, 5]) {
        const v = m * 10 ** p;
        if (v >= min && v <= max) out.push(v);
      }
    }
    return out;
  }
  const raw = (max - min) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  const out = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step / 1e6; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

/**
 * Score against risk-adjusted cost per PFLOPS-hour, one point per option that has a cost; a log scale when costs span
 * more than a factor of ten. Options without one (licensing probability 0, or nothing delivered within the horizon)
 * are returned apart, to be listed.
 */
export function riskCostScatter(answer, { width = 640 } = {}) {
  const plotted = byRank(answer).filter((o) => riskAdjustedPerPflopsHour(o) != null);
  const unplotted = byRank(answer).filter((o) => riskAdjustedPerPflopsHour(o) == null);
  const height = Math.round(Math.min(420, Math.max(280, width * 0.62)));
  const margin = { left: 62, right: 18, top: 22, bottom: 52 };
  const costs = plotted.map((o) => riskAdjustedPerPflopsHour(o));
  const low = costs.length ? Math.min(...costs) : 1;
  const high = costs.length ? Math.max(...costs) : 10;
  const log = low > 0 && high / low > 10;
  const [xMin, xMax] = log ? [low / 1.6, high * 1.6] : [Math.max(0, low - (high - low || high) * 0.15), high + (high - low || high) * 0.15];
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const x = (v) => margin.left + (log ? (Math.log(v) - Math.log(xMin)) / (Math.log(xMax) - Math.log(xMin))
    : (v - xMin) / (xMax - xMin)) * plotWidth;
  const y = (score) => margin.top + (1 - score / 100) * plotHeight;

  const bands = RATINGS.map((rating, i) => h('rect', { class: `band band-${rating.toLowerCase()}`, x: margin.left, width: plotWidth,
    y: y((i + 1) * 25), height: y(i * 25) - y((i + 1) * 25) }));
  const yTicks = [0, 25, 50, 75, 100].map((v) => h('g', { class: 'tick' },
    h('line', { class: 'gridline', x1: margin.left, x2: margin.left + plotWidth, y1: y(v), y2: y(v) }),
    h('text', { x: margin.left - 8, y: y(v) + 4, 'text-anchor': 'end' }, String(v))));
  const xTickValues = ticks(xMin, xMax, log);
  const xTicks = xTickValues.filter((v, i) => plotWidth / xTickValues.length > 34 || i % 2 === 0).map((v) => h('g', { class: 'tick' },
    h('line', { class: 'gridline', x1: x(v), x2: x(v), y1: margin.top, y2: margin.top + plotHeight }),
    h('text', { x: x(v), y: margin.top + plotHeight + 16, 'text-anchor': 'middle' }, formatCompact(v))));

  const placed = [];
  const points = plotted.map((option) => {
    const cx = x(riskAdjustedPerPflopsHour(option));
    const cy = y(option.score);
    const label = labelPlace(option.id, cx, cy, placed, margin.left, margin.left + plotWidth);
    return h('g', { class: 'point', 'data-option': option.id },
    h('circle', { class: `dot dot-${option.rating.toLowerCase()}`, cx, cy, r: 7 }, h('title', {},
      `${option.id}: score ${formatNumber(option.score)} ${option.rating}, ${formatRate(riskAdjustedPerPflopsHour(option), answer.currency)} per PFLOPS-hour`)),
    h('text', { class: 'point-label', x: label.x, y: label.y, 'text-anchor': label.anchor }, option.id));
  });

  const corner = (text, cx, cy, anchor) => h('text', { class: 'corner', x: cx, y: cy, 'text-anchor': anchor }, text);
  const svg = h('svg', { class: 'chart scatter', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-labelledby': 'scatter-title scatter-desc' },
  h('title', { id: 'scatter-title' }, 'Risk score against risk-adjusted cost per PFLOPS-hour'),
  h('desc', { id: 'scatter-desc' }, `One point per option. Up is riskier, right is dearer${log ? ' (cost on a log scale)' : ''}; `
    + 'top left is cheap but risky, bottom right safe but dear. '
    + plotted.map((o) => `${o.id}: score ${formatNumber(o.score)}, ${formatRate(riskAdjustedPerPflopsHour(o), answer.currency)}`).join('; ') + '.'),
  bands, yTicks, xTicks,
  corner('cheap but risky', margin.left + 6, margin.top + 14, 'start'),
  corner('safe but dear', margin.left + plotWidth - 6, margin.top + plotHeight - 8, 'end'),
  h('text', { class: 'axis-label', x: margin.left + plotWidth / 2, y: height - 10, 'text-anchor': 'middle' },
    width < 480 ? `Risk-adjusted cost / PFLOPS-h (${answer.currency}${log ? ', log' : ''})`
      : `Risk-adjusted cost per PFLOPS-hour (${answer.currency}${log ? ', log scale' : ''})`),
  h('text', { class: 'axis-label', x: 14, y: margin.top + plotHeight / 2, 'text-anchor': 'middle',
    transform: `rotate(-90 14 ${margin.top + plotHeight / 2})` }, 'Risk score (0–100)'),
  points);

  const missing = unplotted.length === 0 ? null : h('div', { class: 'unplotted', id: 'unplotted' },
    h('p', {}, 'Not plotted: no risk-adjusted cost per PFLOPS-hour, because the licensing probability is 0 or nothing arrives within the horizon.'),
    h('ul', {}, unplotted.map((o) => h('li', { 'data-option': o.id }, `${o.id} (rank ${o.rank}, score ${formatNumber(o.score)} `,
      ratingBadge(o.rating), ')'))));
  return { svg, missing };
}

/** Right of the point unless it would leave the plot or overlap a label already placed; then above, below, left. */
function labelPlace(text, cx, cy, placed, minX, maxX) {
  const w = text.length * 6.6 + 4;
  const candidates = [
    { x: cx + 11, y: cy + 4, anchor: 'start' }, { x: cx + 9, y: cy - 11, anchor: 'start' },
    { x: cx + 9, y: cy + 19, anchor: 'start' }, { x: cx - 11, y: cy + 4, anchor: 'end' },
    { x: cx - 9, y: cy - 11, anchor: 'end' }, { x: cx - 9, y: cy + 19, anchor: 'end' }];
  const box = (c) => ({ x0: c.anchor === 'start' ? c.x : c.x - w, x1: c.anchor === 'start' ? c.x + w : c.x, y0: c.y - 11, y1: c.y + 3 });
  const fits = (b) => b.x0 >= minX - 4 && b.x1 <= maxX + 14 && placed.every((p) => b.x1 < p.x0 || b.x0 > p.x1 || b.y1 < p.y0 || b.y0 > p.y1);
  const chosen = candidates.find((c) => fits(box(c))) || candidates[cx > (minX + maxX) / 2 ? 3 : 0];
  placed.push(box(chosen));
  return chosen;
}

// ------------------------------------------------------------------------------------------------ simulation

/** The delivered-compute distribution (P10 to P90, median, mean) against the target, or null without a simulation. */
export function simulationView(answer, { width = 640 } = {}) {
  const sim = answer.simulation;
  if (!sim) return null;
  const d = sim.deliveredPflops;
  const height = 150;
  const margin = { left: 24, right: 24 };
  const top = Math.max(d.p90, sim.targetComputePflops, d.mean) * 1.12 || 1;
  const x = (v) => margin.left + (v / top) * (width - margin.left - margin.right);
  const axisY = 104;
  const met = sim.probabilityOfTarget;
  const svg = h('svg', { class: 'chart distribution', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-labelledby': 'distribution-title distribution-desc' },
  h('title', { id: 'distribution-title' }, 'Delivered compute against the target'),
  h('desc', { id: 'distribution-desc' }, `Over ${formatNumber(sim.trials, 0)} trials the plan delivers ${formatNumber(d.p10, 1)} PFLOPS `
    + `or more in 90% of them, a median of ${formatNumber(d.p50, 1)}, a mean of ${formatNumber(d.mean, 1)} and `
    + `${formatNumber(d.p90, 1)} or more in 10%; the target of ${formatNumber(sim.targetComputePflops, 1)} PFLOPS is reached `
    + `with probability ${formatPercent(met, 1)}.`),
  ticks(0, top, false).map((v) => h('g', { class: 'tick' },
    h('line', { class: 'gridline', x1: x(v), x2: x(v), y1: 30, y2: axisY }),
    h('text', { x: x(v), y: axisY + 16, 'text-anchor': 'middle' }, formatCompact(v)))),
  h('rect', { class: 'spread', x: x(d.p10), y: 52, width: Math.max(2, x(d.p90) - x(d.p10)), height: 30 },
    h('title', {}, `P10 ${formatNumber(d.p10, 1)} to P90 ${formatNumber(d.p90, 1)} PFLOPS`)),
  h('line', { class: 'median', x1: x(d.p50), x2: x(d.p50), y1: 48, y2: 86 }, h('title', {}, `P50 ${formatNumber(d.p50, 1)} PFLOPS`)),
  h('path', { class: 'mean', d: `M${x(d.mean)} 60 l7 7 l-7 7 l-7 -7 z` }, h('title', {}, `mean ${formatNumber(d.mean, 1)} PFLOPS`)),
  h('line', { class: 'target', x1: x(sim.targetComputePflops), x2: x(sim.targetComputePflops), y1: 22, y2: axisY }),
  h('text', { class: 'target-label', x: x(sim.targetComputePflops), y: 16, 'text-anchor': 'middle' },
    `target ${formatNumber(sim.targetComputePflops, 0)}`),
  h('text', { class: 'quantile-label', x: x(d.p10), y: 96, 'text-anchor': 'middle' }, 'P10'),
  h('text', { class: 'quantile-label', x: x(d.p50), y: 44, 'text-anchor': 'middle' }, 'P50'),
  h('text', { class: 'quantile-label', x: x(d.p90), y: 96, 'text-anchor': 'middle' }, 'P90'),
  h('text', { class: 'mean-label', x: x(d.mean), y: 58 - 4, 'text-anchor': 'middle' }, 'mean'),
  h('text', { class: 'axis-label', x: width / 2, y: height - 4, 'text-anchor': 'middle' }, 'Delivered compute (PFLOPS)'));

  const figure = (label, value) => h('div', { class: 'figure' }, h('dt', {}, label), h('dd', {}, value));
  const figures = h('dl', { class: 'figures' },
    figure('Chance of reaching the target', `${formatPercent(met, 1)} ± ${formatPercent(sim.standardError, 2)}`),
    figure('Delivered P10 / P50 / P90', `${formatNumber(d.p10, 1)} / ${formatNumber(d.p50, 1)} / ${formatNumber(d.p90, 1)} PFLOPS`),
    figure('Mean delivered', `${formatNumber(d.mean, 1)} PFLOPS`),
    figure('Expected cost', formatMoney(sim.expectedCost, answer.currency)),
    figure('P90 cost', formatMoney(sim.p90Cost, answer.currency)),
    sim.budget != null ? figure(`Within the budget of ${formatMoney(sim.budget, answer.currency)}`, formatPercent(sim.probabilityWithinBudget, 1)) : null);
  const runs = h('p', { class: 'hint trials' }, `${formatNumber(sim.trials, 0)} trials, seed ${sim.seed}: the same seed gives the same answer.`);

  // In ALTERNATIVES mode only the rank-1 option is bought, so a share of what the plan delivers says nothing of the others.
  const portfolio = answer.mode === 'PORTFOLIO';
  const contributions = h('table', { class: 'contributions' },
    h('caption', {}, portfolio ? 'What each option contributes' : 'Each option alone (the plan buys the rank-1 option)'),
    h('thead', {}, h('tr', {}, ['Option', 'Delivery probability', 'Expected PFLOPS', portfolio ? 'Share of delivered' : null,
      'Expected cost', 'Reaches the target alone'].filter(Boolean).map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, sim.options.map((o) => h('tr', { 'data-option': o.id },
      h('th', { scope: 'row' }, o.id),
      h('td', { class: 'num' }, formatPercent(o.deliveryProbability, 1)),
      h('td', { class: 'num' }, formatNumber(o.expectedPflops, 1)),
      portfolio ? h('td', { class: 'num' }, formatPercent(o.shareOfDelivered, 1)) : null,
      h('td', { class: 'num' }, formatMoney(o.expectedCost, answer.currency)),
      h('td', { class: 'num' }, formatPercent(o.probabilityOfTargetAlone, 1))))));
  return h('div', { class: 'simulation' }, svg, figures, runs, h('div', { class: 'table-scroll', role: 'region', tabindex: '0',
    'aria-label': 'Options in the simulation, scrollable' }, contributions));
}

// ------------------------------------------------------------------------------------------------ recommendation

/**
 * The recommended mix and its frontier: expected cost against the probability of reaching the target, one point per
 * confidence asked (hollow where no mix reaches it), the recommended mix ringed; then the mix as a table.
 */
export function recommendationView(answer, { width = 640 } = {}) {
  if (!answer || !answer.frontier) return null;
  const mix = answer.recommendation;
  const height = 220;
  const margin = { left: 64, right: 20, top: 16, bottom: 40 };
  const points = answer.frontier;
  const costs = points.map((p) => p.expectedCost).concat(mix.expectedCost);
  const top = Math.max(...costs) * 1.1 || 1;
  const x = (p) => margin.left + p * (width - margin.left - margin.right);
  const y = (c) => height - margin.bottom - (c / top) * (height - margin.top - margin.bottom);
  const goal = answer.goal;
  const svg = h('svg', { class: 'chart frontier', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-labelledby': 'frontier-title frontier-desc' },
  h('title', { id: 'frontier-title' }, 'What each step of certainty costs'),
  h('desc', { id: 'frontier-desc' }, `The cheapest mix at each confidence from 50% to 99%: expected cost against the probability `
    + `of reaching ${formatNumber(goal.targetComputePflops, 0)} PFLOPS. The recommended mix reaches it with `
    + `${formatPercent(mix.probabilityOfTarget, 1)} at an expected ${formatMoney(mix.expectedCost, answer.currency)}.`),
  ticks(0, top, false).map((v) => h('g', { class: 'tick' },
    h('line', { class: 'gridline', x1: margin.left, x2: width - margin.right, y1: y(v), y2: y(v) }),
    h('text', { x: margin.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, formatCompact(v)))),
  [0, 0.25, 0.5, 0.75, 1].map((p) => h('text', { class: 'tick', x: x(p), y: height - margin.bottom + 16, 'text-anchor': 'middle' },
    formatPercent(p, 0))),
  h('line', { class: 'target', x1: x(goal.confidence), x2: x(goal.confidence), y1: margin.top, y2: height - margin.bottom }),
  h('text', { class: 'target-label', x: x(goal.confidence), y: margin.top - 4, 'text-anchor': 'middle' },
    `asked ${formatPercent(goal.confidence, 0)}`),
  points.map((p) => h('circle', { class: p.feasible ? 'frontier-point' : 'frontier-point unreached', cx: x(p.probabilityOfTarget),
    cy: y(p.expectedCost), r: 5, 'data-confidence': p.confidence },
  h('title', {}, `${formatPercent(p.confidence, 0)} asked: ${p.feasible ? '' : 'not reached, likeliest '}`
    + `${formatPercent(p.probabilityOfTarget, 1)} for ${formatMoney(p.expectedCost, answer.currency)}`))),
  h('circle', { class: 'recommended', cx: x(mix.probabilityOfTarget), cy: y(mix.expectedCost), r: 9 },
    h('title', {}, 'the recommended mix')),
  h('text', { class: 'axis-label', x: (width + margin.left) / 2, y: height - 4, 'text-anchor': 'middle' },
    'Probability of reaching the target'),
  h('text', { class: 'axis-label', x: 12, y: height / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${height / 2})` },
    `Expected cost (${answer.currency})`));

  const verdict = answer.feasible
    ? h('p', { class: 'verdict ok' }, `This mix reaches ${formatNumber(goal.targetComputePflops, 0)} PFLOPS with `
      + `${formatPercent(mix.probabilityOfTarget, 1)}, at least the ${formatPercent(goal.confidence, 0)} asked.`)
    : h('p', { class: 'verdict unreached' }, `Not reachable: ${answer.reason}.`);
  const figure = (label, value) => h('div', { class: 'figure' }, h('dt', {}, label), h('dd', {}, value));
  const figures = h('dl', { class: 'figures' },
    figure('Chance of reaching the target', formatPercent(mix.probabilityOfTarget, 1)),
    figure('Expected cost', formatMoney(mix.expectedCost, answer.currency)),
    figure('Worst-case cost', formatMoney(mix.worstCaseCost, answer.currency)),
    goal.budget != null ? figure('Budget', formatMoney(goal.budget, answer.currency)) : null,
    figure('Expected delivered', `${formatNumber(mix.expectedPflops, 1)} PFLOPS`),
    figure('Vendor HHI', formatNumber(mix.hhi, 0)));
  const table = h('table', { class: 'mix' },
    h('caption', {}, 'What to order'),
    h('thead', {}, h('tr', {}, ['Option', 'Quantity'].map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, mix.quantities.length ? mix.quantities.map((q) => h('tr', { 'data-option': q.optionId },
      h('th', { scope: 'row' }, q.optionId), h('td', { class: 'num' }, formatNumber(q.quantity, 0))))
      : [h('tr', {}, h('td', { colspan: 2 }, 'Nothing: no mix within the bounds reaches the target.'))]));
  return h('div', { class: 'recommendation' }, verdict, figures, svg, h('div', { class: 'table-scroll', role: 'region', tabindex: '0',
    'aria-label': 'The recommended mix, scrollable' }, table));
}

// ------------------------------------------------------------------------------------------------ scenarios

/** Each option's rank under each scenario (options in main-answer rank order), or null without scenario results. */
export function scenarioView(answer) {
  const results = answer.scenarioResults;
  if (!results || results.length === 0) return null;
  const cell = (entry, scenario) => {
    if (!entry) return h('td', {}, '–');
    const change = entry.rankChange;
    const move = change < 0 ? h('span', { class: 'move up' }, `▲${-change}`, h('span', { class: 'visually-hidden' }, ` up ${-change}`))
      : change > 0 ? h('span', { class: 'move down' }, `▼${change}`, h('span', { class: 'visually-hidden' }, ` down ${change}`))
        : h('span', { class: 'move same' }, '=', h('span', { class: 'visually-hidden' }, ' unchanged'));
    return h('td', { class: `scenario-rank rank-cell-${entry.rating.toLowerCase()}`, title: `score ${formatNumber(entry.score)} ${entry.rating}`,
      'data-scenario': scenario, 'data-rank': entry.rank },
      h('span', { class: 'rank-number' }, String(entry.rank)), ' ', move, h('span', { class: 'scenario-rating' }, entry.rating));
  };
  return h('table', { class: 'scenarios', id: 'scenario-table' },
    h('caption', {}, 'Rank of each option per scenario (▲ climbs, ▼ falls, against the plan as sent)'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Option'), h('th', { scope: 'col' }, 'As sent'),
      results.map((r) => h('th', { scope: 'col', title: r.description || null, 'data-scenario': r.scenario },
        breakable(r.scenario), r.custom ? h('span', { class: 'custom' }, ' (custom)') : null)))),
    h('tbody', {}, byRank(answer).map((option) => h('tr', { 'data-option': option.id },
      h('th', { scope: 'row' }, option.id),
      h('td', { class: 'scenario-rank' }, String(option.rank)),
      results.map((r) => cell(r.options.find((o) => o.id === option.id), r.scenario))))));
}

/** A kebab-case name that may wrap after each hyphen, so that long scenario names make narrow columns. */
function breakable(name) {
  const parts = name.split('-');
  return parts.flatMap((part, i) => (i === parts.length - 1 ? [part] : [`${part}-`, h('wbr', {})]));
}

// ------------------------------------------------------------------------------------------------ sensitivity

const INPUTS = {
  concentrationRisk: 'Concentration risk',
  licensingRisk: 'Licensing risk',
  priceRisk: 'Price risk',
  unitPrice: 'Unit price',
  licensingProbability: 'Licensing probability',
  concentrationWeight: 'Concentration weight',
  licensingWeight: 'Licensing weight',
  pricePremiumWeight: 'Price premium weight',
};

/** The options that carry sensitivity, best rank first; empty when it was not asked for. */
export function optionsWithSensitivity(answer) {
  return byRank(answer).filter((o) => Array.isArray(o.sensitivity) && o.sensitivity.length > 0);
}

/**
 * A tornado chart of one option: per input (largest effect first, as the answer orders them) a bar from the score
 * as it is to the score with the input 10% lower and 10% higher.
 */
export function tornado(option, { width = 640 } = {}) {
  const rows = option.sensitivity;
  const narrow = width < 520;
  const left = narrow ? 8 : 170;
  const right = 48;
  const top = 46;
  const rowHeight = narrow ? 42 : 26;
  const height = top + rows.length * rowHeight + 50;
  const scores = rows.flatMap((r) => [r.scoreAtMinus10, r.scoreAtPlus10]).concat(option.score);
  const spread = Math.max(2, Math.max(...scores) - Math.min(...scores));
  const low = Math.max(0, Math.min(...scores) - spread * 0.15);
  const high = Math.min(100, Math.max(...scores) + spread * 0.15);
  const plotWidth = Math.max(100, width - left - right);
  const x = (v) => left + ((v - low) / (high - low)) * plotWidth;
  const base = x(option.score);

  const grid = ticks(low, high, false).filter((v) => v >= low && v <= high).map((v) => h('g', { class: 'tick' },
    h('line', { class: 'gridline', x1: x(v), x2: x(v), y1: top - 6, y2: height - 44 }),
    h('text', { x: x(v), y: height - 28, 'text-anchor': 'middle' }, formatCompact(v))));
  const bars = rows.map((r, i) => {
    const y = top + i * rowHeight + (narrow ? 18 : 4);
    const label = INPUTS[r.input] || r.input;
    const side = (score, kind) => (score === option.score ? null : h('rect', { class: `swing swing-${kind}`,
      x: Math.min(base, x(score)), y, width: Math.abs(x(score) - base), height: 16 }));
    const value = (score, kind) => {
      if (score === option.score) return null;
      const end = x(score);
      const toRight = end >= base;
      return h('text', { class: `swing-value swing-value-${kind}`, x: toRight ? end + 4 : end - 4, y: y + 12,
        'text-anchor': toRight ? 'start' : 'end' }, formatNumber(score, 1));
    };
    return h('g', { class: 'swing-row', 'data-input': r.input },
      h('title', {}, `${label}: ${formatNumber(r.scoreAtMinus10)} at -10%, ${formatNumber(r.scoreAtPlus10)} at +10% `
        + `(now ${formatNumber(option.score)})`),
      h('text', { class: 'bar-label', x: narrow ? left : left - 8, y: narrow ? y - 5 : y + 12, 'text-anchor': narrow ? 'start' : 'end' }, label),
      side(r.scoreAtMinus10, 'minus'), side(r.scoreAtPlus10, 'plus'),
      value(r.scoreAtMinus10, 'minus'), value(r.scoreAtPlus10, 'plus'),
      r.scoreAtMinus10 === option.score && r.scoreAtPlus10 === option.score
        ? h('text', { class: 'swing-none', x: base + 6, y: y + 12 }, 'no change') : null);
  });
  const legend = h('g', { class: 'legend', 'aria-hidden': 'true' },
    h('rect', { class: 'swing swing-minus', x: narrow ? 8 : left, y: 4, width: 12, height: 12 }),
    h('text', { x: (narrow ? 8 : left) + 17, y: 14 }, 'input 10% lower'),
    h('rect', { class: 'swing swing-plus', x: (narrow ? 8 : left) + 130, y: 4, width: 12, height: 12 }),
    h('text', { x: (narrow ? 8 : left) + 147, y: 14 }, 'input 10% higher'));
  return h('svg', { class: 'chart tornado', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-labelledby': 'tornado-title tornado-desc', 'data-option': option.id },
  h('title', { id: 'tornado-title' }, `What moves the score of ${option.id}`),
  h('desc', { id: 'tornado-desc' }, `Score of ${option.id} (now ${formatNumber(option.score)}) with each input 10% lower and higher, `
    + 'largest effect first: ' + rows.map((r) => `${(INPUTS[r.input] || r.input).toLowerCase()} ${formatNumber(r.scoreAtMinus10)} to `
    + formatNumber(r.scoreAtPlus10)).join('; ') + '.'),
  legend, grid,
  h('line', { class: 'baseline', x1: base, x2: base, y1: top - 6, y2: height - 44 }),
  h('text', { class: 'axis-label', x: left + plotWidth / 2, y: height - 8, 'text-anchor': 'middle' }, 'Risk score (lower is safer)'),
  h('text', { class: 'baseline-label', x: base, y: top - 10, 'text-anchor': 'middle' }, `now ${formatNumber(option.score, 1)}`),
  bars);
}

/** The break-even sentences of the two best options, or null when sensitivity was not asked for. */
export function breakEvenView(answer) {
  const two = byRank(answer).filter((o) => o.breakEven);
  if (two.length === 0) return null;
  const value = (label, shown) => h('span', { class: 'break-value' }, h('span', { class: 'break-label' }, label), ' ', shown);
  return h('ul', { class: 'break-even', id: 'break-even' }, two.map((o) => h('li', { 'data-option': o.id },
    h('strong', {}, `${o.id} (rank ${o.rank}) against ${o.breakEven.against}`), ' ',
    value('licensing probability', o.breakEven.licensingProbability === null ? 'none in 0–1' : formatNumber(o.breakEven.licensingProbability, 4)),
    ' ', value('unit price', o.breakEven.unitPrice != null ? formatMoney(o.breakEven.unitPrice, answer.currency) : 'none'), ' ',
    h('span', { class: 'break-explanation' }, o.breakEven.explanation))));
}

// ------------------------------------------------------------------------------------------------ a plan that failed

/** The options of a plan that the API refused, each with the errors whose pointer names it. */
export function planPreview(plan, errorsByOption, lineOf) {
  const options = Array.isArray(plan && plan.options) ? plan.options : [];
  if (options.length === 0) return null;
  const text = (value) => (value === undefined || value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value));
  return h('table', { class: 'preview', id: 'plan-preview' },
    h('caption', {}, 'The plan as sent, with the problems the service found'),
    h('thead', {}, h('tr', {}, [lineOf ? 'CSV line' : '#', 'id', 'accelerator', 'channel', 'quantity', 'unit price', 'problems']
      .map((label) => h('th', { scope: 'col' }, label)))),
    h('tbody', {}, options.map((option, i) => {
      const errors = errorsByOption.get(i) || [];
      return h('tr', { 'data-index': i, class: errors.length ? 'has-errors' : null },
        h('td', { class: 'num' }, String(lineOf ? lineOf(i) : i)),
        h('th', { scope: 'row' }, text(option && option.id)),
        h('td', {}, text(option && (option.accelerator || (option.customAccelerator && 'custom')))),
        h('td', {}, text(option && option.channel)),
        h('td', { class: 'num' }, text(option && option.quantity)),
        h('td', { class: 'num' }, option && option.unitPrice ? `${text(option.unitPrice.currency)} ${text(option.unitPrice.amount)}` : ''),
        h('td', { class: 'row-errors' }, errors.length === 0 ? null
          : h('ul', {}, errors.map((e) => h('li', {}, h('code', {}, e.field || e.pointer), ' ', e.detail)))));
    })));
}
