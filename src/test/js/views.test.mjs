// The report page's views drawn from a real answer of the service: seed-answer-with-analyses.json is its answer to
// seed-request-with-analyses.json (the seed plan under the five presets and a custom scenario, with sensitivity and a
// simulation), which ReportPageTest checks it still is. Run with: node --test src/test/js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { all, byClass, tagged, text } from './element-tree.mjs';
import {
  breakEvenView, byRank, factorBars, optionsWithSensitivity, planPreview, rankingTable, riskCostScatter, scenarioView, simulationView,
  summaryView, ticks, tornado,
} from '../../main/resources/META-INF/resources/report/views.js';

const withAnalyses = JSON.parse(readFileSync(new URL('./seed-answer-with-analyses.json', import.meta.url), 'utf8'));
/** The answer to a plain scoring request: the same without the issue 7 members. */
const plain = JSON.parse(JSON.stringify(withAnalyses), (key, value) => (['scenarioResults', 'simulation', 'sensitivity', 'breakEven']
  .includes(key) ? undefined : value));

test('the ranking table lists every option best rank first, with its rating in words', () => {
  const table = rankingTable(plain);
  const rows = all(all(table, tagged('tbody'))[0], tagged('tr')).filter((r) => r.attrs['data-option']);
  assert.deepEqual(rows.map((r) => r.attrs['data-option']), ['ascend-910b', 'h200-cloud', 'h200-official', 'h20-official', 'h200-grey']);
  assert.deepEqual(rows.map((r) => text(all(r, byClass('rating'))[0])), ['LOW', 'MODERATE', 'HIGH', 'HIGH', 'HIGH']);
  assert.match(text(rows[4]), /Non-compliant/);
  assert.equal(all(rows[0], byClass('warnings')).length, 1, 'the warning of ascend-910b is shown');
  assert.equal(all(rows[1], byClass('warnings')).length, 0);
});

test('ranked compliance first, a row marks where the non-compliant routes begin', () => {
  const table = rankingTable(plain);
  const rows = all(all(table, tagged('tbody'))[0], tagged('tr'));
  const gate = rows.findIndex((r) => byClass('compliance-gate')(r));
  assert.equal(plain.ranking, 'COMPLIANT_FIRST');
  assert.ok(gate > 0, 'the gate follows the lawful options');
  assert.ok(rows.slice(0, gate).every((r) => !/Non-compliant/.test(text(r))));
  assert.ok(rows.slice(gate + 1).every((r) => /Non-compliant/.test(text(r))));
  assert.match(text(all(table, tagged('caption'))[0]), /compliance first/);
  const byScore = rankingTable({ ...plain, ranking: 'SCORE' });
  assert.equal(all(byScore, byClass('compliance-gate')).length, 0, 'ranked by score alone, there is no gate');
  assert.match(text(all(byScore, tagged('caption'))[0]), /by score alone/);
});

test('a stacked bar per option whose segments are the factor points', () => {
  const svg = factorBars(plain, { width: 700 });
  const bars = all(svg, byClass('bar'));
  assert.equal(bars.length, 5);
  const grey = bars.find((b) => b.attrs['data-option'] === 'h200-grey');
  const segments = all(grey, byClass('segment'));
  assert.deepEqual(segments.map((s) => s.attrs.class), ['segment segment-concentration', 'segment segment-licensing',
    'segment segment-pricePremium']);
  const widths = segments.map((s) => Number(s.attrs.width));
  const option = plain.options.find((o) => o.id === 'h200-grey');
  const perPoint = widths[0] / option.factors.concentration.points;
  assert.ok(Math.abs(widths[2] / perPoint - option.factors.pricePremium.points) < 1e-6, 'widths are proportional to points');
  assert.equal(all(all(bars.find((b) => b.attrs['data-option'] === 'h200-cloud'), byClass('segment'))[0], tagged('title')).length, 1);
  assert.ok(all(svg, tagged('title')).length > 0 && all(svg, tagged('desc')).length === 1, 'the chart has a title and a description');
});

test('bars are labelled above the bar when the page is narrow', () => {
  const svg = factorBars(plain, { width: 360 });
  assert.equal(svg.attrs.width, '360');
  const label = all(svg, byClass('bar-label'))[0];
  assert.equal(label.attrs['text-anchor'], 'start');
});

test('the scatter puts one point per option with a risk-adjusted cost, on a log scale when costs span a factor of ten', () => {
  const { svg, missing } = riskCostScatter(plain, { width: 640 });
  const points = all(svg, byClass('point'));
  assert.equal(points.length, 5);
  assert.equal(missing, null);
  // The seed's risk-adjusted costs per PFLOPS-hour span from USD 2.11 (grey market) to USD 561 (the H20, P 0.008).
  assert.match(text(svg), /log scale/);
  const at = (id) => all(points.find((p) => p.attrs['data-option'] === id), tagged('circle'))[0].attrs;
  assert.ok(Number(at('h200-cloud').cx) < Number(at('h200-official').cx), 'the cheaper option is further left');
  assert.ok(Number(at('ascend-910b').cy) > Number(at('h200-official').cy), 'the safer option is lower');
  assert.match(text(svg), /Risk score/);
  assert.match(text(svg), /Risk-adjusted cost per PFLOPS-hour \(USD/);
  const narrow = JSON.parse(JSON.stringify(plain));
  narrow.options.forEach((o, i) => { o.costOfCompute.riskAdjustedCostPerPflopsHour = 2 + i; });
  assert.doesNotMatch(text(riskCostScatter(narrow, { width: 640 }).svg), /log scale/);
});

test('an option without a risk-adjusted cost is listed beside the scatter, not dropped', () => {
  const answer = JSON.parse(JSON.stringify(plain));
  delete answer.options[0].costOfCompute.riskAdjustedCostPerPflopsHour;
  const { svg, missing } = riskCostScatter(answer, { width: 640 });
  assert.equal(all(svg, byClass('point')).length, 4);
  assert.deepEqual(all(missing, tagged('li')).map((li) => li.attrs['data-option']), ['h200-official']);
});

test('ticks step by 1, 2 and 5', () => {
  assert.deepEqual(ticks(0, 100, false), [0, 20, 40, 60, 80, 100]);
  assert.deepEqual(ticks(15000, 900000, true), [20000, 50000, 100000, 200000, 500000]);
});

test('without analyses there is no simulation, scenario or sensitivity view', () => {
  assert.equal(simulationView(plain), null);
  assert.equal(scenarioView(plain), null);
  assert.equal(breakEvenView(plain), null);
  assert.deepEqual(optionsWithSensitivity(plain), []);
});

test('the simulation view draws the P10 to P90 spread, the median, the mean and the target', () => {
  const view = simulationView(withAnalyses, { width: 640 });
  const svg = all(view, tagged('svg'))[0];
  const sim = withAnalyses.simulation;
  const spread = all(svg, byClass('spread'))[0];
  const target = all(svg, byClass('target'))[0];
  const median = all(svg, byClass('median'))[0];
  const mean = all(svg, byClass('mean'))[0];
  assert.equal(Number(spread.attrs.x), 24, 'P10 is 0 PFLOPS: the Ascend 910B delivers nothing in 15% of trials');
  assert.ok(Number(median.attrs.x1) > Number(target.attrs.x1), 'the median (40.96) is right of the target (40)');
  assert.ok(Number(mean.attrs.d.match(/^M([\d.]+)/)[1]) < Number(target.attrs.x1), 'the mean (34.76) is left of the target');
  assert.deepEqual(all(svg, byClass('quantile-label')).map(text), ['P10', 'P50', 'P90']);
  assert.match(text(view), /Chance of reaching the target84\.7% ± 0\.11%/);
  assert.match(text(view), /Within the budget of USD 2,298,454100\.0%/);
  assert.match(all(svg, tagged('desc'))[0].children[0], /target of 40\.0 PFLOPS is reached with probability 84\.7%/);
  const rows = all(all(view, tagged('tbody'))[0], tagged('tr'));
  assert.deepEqual(rows.map((r) => r.attrs['data-option']), sim.options.map((o) => o.id));
  assert.doesNotMatch(text(view), /Share of delivered/, 'in ALTERNATIVES mode only the rank-1 option is bought');
});

test('the scenario view gives each option its rank under every scenario, with the change in words', () => {
  const table = scenarioView(withAnalyses);
  const heads = all(all(table, tagged('thead'))[0], tagged('th')).map(text);
  assert.deepEqual(heads, ['Option', 'As sent', 'baseline', 'china-approves-h200-broadly', 'us-revokes-china-licences',
    'grey-market-crackdown', 'domestic-capacity-doubles', 'h200-approved-grey-dearer (custom)']);
  const rows = all(all(table, tagged('tbody'))[0], tagged('tr'));
  assert.deepEqual(rows.map((r) => r.attrs['data-option']), byRank(withAnalyses).map((o) => o.id));
  const official = rows.find((r) => r.attrs['data-option'] === 'h200-official');
  const cells = all(official, byClass('scenario-rank')).map(text);
  assert.deepEqual(cells, ['3', '3 = unchangedHIGH', '3 = unchangedHIGH', '4 ▼1 down 1SEVERE', '3 = unchangedHIGH',
    '3 = unchangedHIGH', '3 = unchangedHIGH']);
  const grey = rows.find((r) => r.attrs['data-option'] === 'h200-grey');
  assert.deepEqual(all(grey, byClass('scenario-rank')).map(text).map((cell) => cell.split(' ')[0]), ['5', '5', '5', '5', '5', '5', '5'],
    'ranked compliance first, the grey market stays last under every scenario');
});

test('the tornado of an option has a bar per input, largest effect first, on each side of its score', () => {
  assert.deepEqual(optionsWithSensitivity(withAnalyses).map((o) => o.id), byRank(withAnalyses).map((o) => o.id));
  const ascend = withAnalyses.options.find((o) => o.id === 'ascend-910b');
  const svg = tornado(ascend, { width: 700 });
  const rows = all(svg, byClass('swing-row'));
  assert.deepEqual(rows.map((r) => r.attrs['data-input']), ascend.sensitivity.map((s) => s.input));
  assert.equal(rows[0].attrs['data-input'], 'licensingProbability');
  const base = Number(all(svg, byClass('baseline'))[0].attrs.x1);
  const [minus, plus] = [all(rows[0], byClass('swing-minus'))[0], all(rows[0], byClass('swing-plus'))[0]];
  assert.equal(Number(minus.attrs.x), base, 'a lower licensing probability raises the score (18.36): its bar goes right');
  assert.ok(Math.abs(Number(plus.attrs.x) + Number(plus.attrs.width) - base) < 1e-9, 'a higher one lowers it (10.74)');
  assert.ok(Number(minus.attrs.width) > Number(plus.attrs.width) * 0.9);
  const price = rows.find((r) => r.attrs['data-input'] === 'unitPrice');
  assert.equal(all(price, byClass('swing-minus')).length, 0, 'a 10% lower price leaves the score at 14.55: no bar');
  assert.deepEqual(all(rows[0], byClass('swing-value')).map(text), ['18.4', '10.7']);
  assert.match(all(svg, tagged('desc'))[0].children[0], /^Score of ascend-910b \(now 14\.55\)/);
});

test('the break-even of the two best is given with its values and its explanation', () => {
  const list = breakEvenView(withAnalyses);
  const items = all(list, tagged('li'));
  assert.deepEqual(items.map((li) => li.attrs['data-option']), ['ascend-910b', 'h200-cloud']);
  assert.match(text(items[0]), /^ascend-910b \(rank 1\) against h200-cloud licensing probability 0\.2961 unit price USD 34,313 It loses/);
  assert.match(text(items[0]), /loses first place to h200-cloud/);
  assert.match(text(items[1]), /licensing probability none in 0–1 unit price none/);
});

test('the summary names the best option and the plan rating', () => {
  const summary = text(summaryView(plain));
  assert.match(summary, /Best optionascend-910b/);
  assert.match(summary, /HHI 6,206/);
});

test('the preview of a refused plan puts each error beside its option', () => {
  const plan = { options: [{ id: 'a', accelerator: 'nvidia-h200', channel: 'OFFICIAL', quantity: 0, unitPrice: { amount: 1, currency: 'USD' } },
    { id: 'b', accelerator: 'nvidia-h20', channel: 'OFFICIAL', quantity: 2, unitPrice: { amount: 1, currency: 'USD' } }] };
  const preview = planPreview(plan, new Map([[0, [{ field: 'quantity', detail: 'must be greater than or equal to 1' }]]]), (i) => i + 2);
  const rows = all(all(preview, tagged('tbody'))[0], tagged('tr'));
  assert.equal(rows[0].attrs.class, 'has-errors');
  assert.match(text(rows[0]), /^2a.*quantity must be greater than or equal to 1$/);
  assert.equal(rows[1].attrs.class, undefined);
});
