// Reading CSV plans, adding analyses and placing the API's errors. Run with: node --test src/test/js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  explainStatus, locate, parseCsv, planFromCsv, pointerTokens, presetsFrom, requestJson, withAnalyses, withExplanations,
} from '../../main/resources/META-INF/resources/report/plan-input.js';

const CSV = 'id,accelerator,channel,supplier,quantity,unitPrice,unitPriceCurrency\r\n'
  + 'h200-grey,nvidia-h200,GREY_MARKET,"Shenzhen broker, Futian",64,287500,CNY\r\n'
  + '\r\n'
  + 'ascend-910b,huawei-ascend-910b,DOMESTIC,Huawei,0,120000,CNY\r\n';

test('CSV records keep quoted commas, quotes and line breaks, skip blank lines and know their line', () => {
  const records = parseCsv('a,b\n"x, ""y""","two\nlines"\n\nlast,1');
  assert.deepEqual(records, [{ line: 1, cells: ['a', 'b'] }, { line: 2, cells: ['x, "y"', 'two\nlines'] },
    { line: 5, cells: ['last', '1'] }]);
});

test('a CSV plan becomes the API request, numbers as numbers, with the form settings around it', () => {
  const { plan, lines } = planFromCsv(CSV, { country: 'CN', segment: 'COMMERCIAL', mode: 'ALTERNATIVES', horizonMonths: '12',
    currency: 'USD', asOf: '' });
  assert.deepEqual(plan, {
    buyer: { country: 'CN', segment: 'COMMERCIAL' }, horizonMonths: 12, currency: 'USD', mode: 'ALTERNATIVES',
    options: [
      { id: 'h200-grey', accelerator: 'nvidia-h200', channel: 'GREY_MARKET', supplier: 'Shenzhen broker, Futian', quantity: 64,
        unitPrice: { amount: 287500, currency: 'CNY' } },
      { id: 'ascend-910b', accelerator: 'huawei-ascend-910b', channel: 'DOMESTIC', supplier: 'Huawei', quantity: 0,
        unitPrice: { amount: 120000, currency: 'CNY' } }],
  });
  assert.deepEqual(lines, [2, 4]);
});

test('a cell that is not a number is sent as written, for the API to name it', () => {
  const { plan } = planFromCsv('id,accelerator,channel,quantity,unitPrice,unitPriceCurrency,licensingProbability\n'
    + 'a,nvidia-h200,OFFICIAL,many,10,USD,0.5\n', { country: 'CN' });
  assert.equal(plan.options[0].quantity, 'many');
  assert.equal(plan.options[0].licensingProbability, 0.5);
});

test('problems of the CSV itself are found before sending', () => {
  assert.deepEqual(planFromCsv('id,accelerator,colour\n', {}).problems.map((p) => p.where + ' ' + p.detail), [
    'header, column "colour" is not a column; the columns are id, accelerator, channel, supplier, quantity, unitPrice, '
      + 'unitPriceCurrency, licensingProbability, referenceUnitPrice, referenceUnitPriceCurrency, rentalPeriod, rentalMonths',
    'header lacks the column "channel"', 'header lacks the column "quantity"', 'header lacks the column "unitPrice"',
    'header lacks the column "unitPriceCurrency"', 'CSV has a header but no option rows']);
  assert.match(planFromCsv('id,accelerator,channel,quantity,unitPrice,unitPriceCurrency\na,b\n', {}).problems[0].detail,
    /has 2 cells where the header has 6/);
});

test('pointers lead to the option, its CSV line and column, or to the form field the page filled in', () => {
  const { plan, lines } = planFromCsv(CSV, { country: 'CN' });
  assert.deepEqual(locate('#/options/1/quantity', { plan, lines, fromCsv: true }),
    { kind: 'option', index: 1, optionId: 'ascend-910b', field: 'quantity', line: 4, column: 'quantity' });
  assert.equal(locate('#/options/0/unitPrice/currency', { plan, lines, fromCsv: true }).column, 'unitPriceCurrency');
  assert.deepEqual(locate('#/buyer/country', { plan, fromCsv: true }), { kind: 'field', field: 'csv-country' });
  assert.deepEqual(locate('#/buyer/country', { plan, fromCsv: false }), { kind: 'plan' });
  assert.deepEqual(locate('#/simulation/trials', { plan, pageFields: ['simulation'] }), { kind: 'field', field: 'sim-trials' });
  assert.deepEqual(locate('#/simulation/trials', { plan, pageFields: [] }), { kind: 'plan' });
  assert.deepEqual(locate('#/scenarios/0', { plan, pageFields: ['scenarios'] }), { kind: 'field', field: 'scenario-presets' });
  assert.deepEqual(locate('#/sensitivity', { plan, pageFields: ['sensitivity'] }), { kind: 'field', field: 'sensitivity' });
  assert.deepEqual(pointerTokens('#/fxRates/a~1b~0c'), ['fxRates', 'a/b~c']);
});

test('the analyses of the form are added as issue 7 names them', () => {
  const request = withAnalyses({ currency: 'CNY', options: [] }, { scenarios: ['baseline'],
    simulation: { trials: '100000', seed: '42', targetComputePflops: '100', budget: { amount: '3000000' } } });
  assert.deepEqual(request, { currency: 'CNY', options: [], scenarios: ['baseline'], simulation: { trials: 100000, seed: 42 },
    targetComputePflops: 100, budget: { amount: 3000000, currency: 'CNY' } });
  assert.deepEqual(withAnalyses({ options: [] }, {}), { options: [] });
  assert.equal(withAnalyses({ options: [] }, { sensitivity: true }).sensitivity, true);
});

test('a seed past 2^53 is sent with every digit', () => {
  const request = withAnalyses({ options: [] }, { simulation: { trials: '10', seed: '-9223372036854775808' } });
  assert.equal(requestJson(request), '{"options":[],"simulation":{"trials":10,"seed":-9223372036854775808}}');
  assert.equal(requestJson(withAnalyses({}, { simulation: { trials: '10', seed: '7' } })), '{"simulation":{"trials":10,"seed":7}}');
});

test('statuses are explained in words', () => {
  assert.match(explainStatus(401), /bearer token/);
  assert.match(explainStatus(403), /supply-risk-user/);
  assert.match(explainStatus(413), /larger than the service accepts/);
  assert.match(explainStatus(415), /JSON/);
  assert.match(explainStatus(503), /busy/);
  assert.match(explainStatus(0), /did not answer/);
});

test('the presets are read from the list the service gives', () => {
  const list = JSON.parse(readFileSync(new URL('./scenario-presets.json', import.meta.url), 'utf8'));
  const presets = presetsFrom(list);
  assert.deepEqual(presets.map((p) => p.name), ['baseline', 'china-approves-h200-broadly', 'us-revokes-china-licences',
    'grey-market-crackdown', 'domestic-capacity-doubles']);
  assert.equal(presets[0].description, 'The policy data as it stands');
  assert.deepEqual(presetsFrom({ type: '/problems/not-found' }), []);
});

test('a plan sent as written asks for explanations without moving a line', () => {
  const text = '{\n  "buyer": { "country": "CN" },\n  "options": []\n}';
  const asked = withExplanations(text, JSON.parse(text));
  assert.equal(JSON.parse(asked).explain, true);
  assert.equal(asked.split('\n').length, text.split('\n').length);
  assert.equal(withExplanations('{"explain": false, "options": []}', { explain: false, options: [] }), '{"explain": false, "options": []}');
  assert.equal(withExplanations('[]', []), '[]');
  assert.equal(withExplanations('{}', {}), '{}');
  assert.equal(withAnalyses({ options: [] }, { explain: true }).explain, true);
});
