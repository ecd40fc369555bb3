// The report page's recommendation view drawn from the contract's example answer to examples/seed-recommendation.json,
// which RecommendationResourceTest checks is what the service answers. Run with: node --test src/test/js
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { all, byClass, text } from './element-tree.mjs';
import { recommendationView } from '../../main/resources/META-INF/resources/report/views.js';

const contract = JSON.parse(readFileSync(new URL('../../../openapi/openapi.json', import.meta.url), 'utf8'));
const seed = contract.paths['/api/v1/recommendations'].post.responses['200'].content['application/json']
  .examples.seedRecommendation.value;

test('the frontier has a point per confidence, hollow where no mix reaches it, and rings the recommended mix', () => {
  const view = recommendationView(seed, { width: 600 });
  const points = all(view, byClass('frontier-point'));
  assert.deepEqual(points.map((p) => p.attrs['data-confidence']), ['0.5', '0.6', '0.7', '0.8', '0.9', '0.95', '0.99']);
  assert.equal(points.filter(byClass('unreached')).length, 3, '0.9, 0.95 and 0.99 are out of reach within the budget');
  const ring = all(view, byClass('recommended'))[0];
  const likeliest = points.find((p) => p.attrs['data-confidence'] === '0.9');
  assert.deepEqual([ring.attrs.cx, ring.attrs.cy], [likeliest.attrs.cx, likeliest.attrs.cy]);
  // Higher probability sits further right; the costlier mix higher up (a smaller y).
  const cheaper = { ...seed.frontier[0], probabilityOfTarget: 0.6, expectedCost: 900000 };
  const drawn = all(recommendationView({ ...seed, frontier: [cheaper, ...seed.frontier.slice(1)] }, { width: 600 }), byClass('frontier-point'));
  assert.ok(Number(drawn[1].attrs.cx) > Number(drawn[0].attrs.cx) && Number(drawn[1].attrs.cy) < Number(drawn[0].attrs.cy));
});

test('the mix is listed with what to order, and an unreachable goal says why', () => {
  const view = recommendationView(seed, { width: 600 });
  const rows = all(view, (n) => n.tag === 'tr' && n.attrs['data-option']);
  assert.deepEqual(rows.map((r) => [r.attrs['data-option'], text(r.children[1])]), [['ascend-910b', '128']]);
  assert.match(text(all(view, byClass('verdict'))[0]), /^Not reachable: no mix within the budget reaches 40 PFLOPS/);
  assert.match(text(view), /Worst-case cost/);
});

test('a feasible recommendation says it reaches the confidence asked, and no answer draws nothing', () => {
  const feasible = { ...seed, feasible: true, reason: null, recommendation: { ...seed.recommendation, probabilityOfTarget: 0.93 } };
  assert.match(text(all(recommendationView(feasible), byClass('verdict'))[0]), /with 93\.0%, at least the 90% asked/);
  assert.equal(recommendationView(null), null);
});
