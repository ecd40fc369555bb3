// Turning what the user gives the page into a request, and the API's answers back into words placed where they
// belong. Pure functions, tested with node --test (src/test/js).

/** CSV columns, one option per row; the header row names them, in any order. */
export const CSV_COLUMNS = [
  { name: 'id', required: true, about: 'unique id of the option, e.g. h200-grey' },
  { name: 'accelerator', required: true, about: 'catalog id, e.g. nvidia-h200 (GET /api/v1/accelerators)' },
  { name: 'channel', required: true, about: 'OFFICIAL, GREY_MARKET, DOMESTIC or CLOUD_RENTAL' },
  { name: 'supplier', required: false, about: 'distributor, broker or cloud' },
  { name: 'quantity', required: true, about: 'number of accelerators, 1 or more' },
  { name: 'unitPrice', required: true, about: 'price of one accelerator (per rentalPeriod for CLOUD_RENTAL)' },
  { name: 'unitPriceCurrency', required: true, about: 'ISO 4217 code of the price, e.g. CNY' },
  { name: 'licensingProbability', required: false, about: 'your own licensing probability, 0 to 1' },
  { name: 'referenceUnitPrice', required: false, about: 'your own reference price of one accelerator' },
  { name: 'referenceUnitPriceCurrency', required: false, about: 'its ISO 4217 code' },
  { name: 'rentalPeriod', required: false, about: 'HOUR or MONTH, required for CLOUD_RENTAL and only for it' },
  { name: 'rentalMonths', required: false, about: 'months rented, CLOUD_RENTAL only; default the horizon' },
];
const NUMBER_COLUMNS = new Set(['quantity', 'unitPrice', 'licensingProbability', 'referenceUnitPrice', 'rentalMonths']);
const MONEY = { unitPrice: 'unitPriceCurrency', referenceUnitPrice: 'referenceUnitPriceCurrency' };

/** RFC 4180 records with the line each starts on; quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endField = () => { record.push(field); field = ''; };
  const endRecord = () => {
    endField();
    if (!(record.length === 1 && record[0].trim() === '')) records.push({ line: start, cells: record });
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records;
}

/**
 * A plan from CSV rows and the plan-level settings of the form. Cells are passed on as typed, so the API judges
 * them and its pointers lead back to a line and a column: numbers when they read as numbers, text otherwise,
 * empty cells left out. Only problems of the CSV itself are found here.
 */
export function planFromCsv(text, settings = {}) {
  const records = parseCsv(text.replace(/^\uFEFF/, ''));
  if (records.length === 0) return { problems: [{ where: 'CSV', detail: 'is empty: a header row and one row per option are needed' }] };
  const header = records[0].cells.map((c) => c.trim());
  const known = new Set(CSV_COLUMNS.map((c) => c.name));
  const problems = [];
  header.filter((name) => !known.has(name)).forEach((name) => problems.push({ where: `header, column "${name}"`,
    detail: `is not a column; the columns are ${CSV_COLUMNS.map((c) => c.name).join(', ')}` }));
  CSV_COLUMNS.filter((c) => c.required && !header.includes(c.name)).forEach((c) => problems.push({ where: 'header',
    detail: `lacks the column "${c.name}"` }));
  const rows = records.slice(1);
  if (rows.length === 0) problems.push({ where: 'CSV', detail: 'has a header but no option rows' });
  rows.filter((r) => r.cells.length !== header.length).forEach((r) => problems.push({ where: `line ${r.line}`,
    detail: `has ${r.cells.length} cells where the header has ${header.length}` }));
  if (problems.length) return { problems };

  const options = rows.map(({ cells }) => {
    const value = {};
    header.forEach((name, i) => { value[name] = cells[i].trim(); });
    const option = {};
    for (const { name } of CSV_COLUMNS) {
      const cell = value[name];
      if (cell === undefined || cell === '' || Object.values(MONEY).includes(name)) continue;
      const typed = NUMBER_COLUMNS.has(name) && cell !== '' && !Number.isNaN(Number(cell)) ? Number(cell) : cell;
      option[name] = MONEY[name] ? { amount: typed, currency: value[MONEY[name]] || '' } : typed;
    }
    return option;
  });
  const plan = {};
  const buyer = {};
  for (const key of ['country', 'headquarters', 'segment']) if (settings[key]) buyer[key] = settings[key];
  if (settings.planId) plan.planId = settings.planId;
  plan.buyer = buyer;
  for (const key of ['asOf', 'currency', 'mode']) if (settings[key]) plan[key] = settings[key];
  if (settings.horizonMonths !== undefined && settings.horizonMonths !== '') plan.horizonMonths = Number(settings.horizonMonths);
  plan.options = options;
  return { plan, lines: rows.map((r) => r.line), columns: header };
}

/** The analyses the form asks for, added to the plan (a plan's own analyses stay unless the form sets them). */
export function withAnalyses(plan, analyses = {}) {
  const request = { ...plan };
  if (analyses.scenarios && analyses.scenarios.length) request.scenarios = analyses.scenarios;
  if (analyses.sensitivity) request.sensitivity = true;
  if (analyses.explain) request.explain = true;
  if (analyses.simulation) {
    const { trials, seed, targetComputePflops, budget } = analyses.simulation;
    request.simulation = { trials: Number(trials) };
    if (seed !== undefined && seed !== '') request.simulation.seed = seedValue(seed);
    if (targetComputePflops !== undefined && targetComputePflops !== '') request.targetComputePflops = Number(targetComputePflops);
    if (budget && budget.amount !== undefined && budget.amount !== '') {
      request.budget = { amount: Number(budget.amount), currency: budget.currency || plan.currency || 'USD' };
    }
  }
  return request;
}

/**
 * The plan's text asking for the explanations in words as well, otherwise as written, so that the service judges
 * exactly it and its pointers and line numbers still match it; a plan that says `explain` itself is left alone.
 */
export function withExplanations(text, plan) {
  if (plan === null || typeof plan !== 'object' || Array.isArray(plan) || 'explain' in plan || Object.keys(plan).length === 0) {
    return text;
  }
  return text.replace(/^\s*\{/, (brace) => `${brace}"explain":true,`);
}

// A seed is any 64-bit integer; past 2^53 a JavaScript number would silently round it, so it stays a BigInt.
function seedValue(text) {
  const value = Number(text);
  return /^-?\d+$/.test(String(text).trim()) && !Number.isSafeInteger(value) ? BigInt(String(text).trim()) : value;
}

/** A request as JSON text, a BigInt written as its digits. */
export function requestJson(request) {
  const marked = JSON.stringify(request, (key, value) => (typeof value === 'bigint' ? `\u0000${value}\u0000` : value));
  return marked.replace(/"\\u0000(-?\d+)\\u0000"/g, '$1');
}

/** The tokens of an RFC 6901 pointer in URI-fragment form ("#/options/2/quantity"). */
export function pointerTokens(pointer) {
  if (!pointer || pointer === '#') return [];
  return pointer.replace(/^#\//, '').split('/').map((t) => decodeURIComponent(t).replace(/~1/g, '/').replace(/~0/g, '~'));
}

// Request members the page itself fills in, by the form field that holds them.
const PAGE_FIELDS = [
  { prefix: ['simulation', 'trials'], field: 'sim-trials' },
  { prefix: ['simulation', 'seed'], field: 'sim-seed' },
  { prefix: ['simulation'], field: 'sim-enabled' },
  { prefix: ['targetComputePflops'], field: 'sim-target' },
  { prefix: ['budget'], field: 'sim-budget' },
  { prefix: ['scenarios'], field: 'scenario-presets' },
  { prefix: ['sensitivity'], field: 'sensitivity' },
];
const CSV_SETTINGS = [
  { prefix: ['buyer', 'country'], field: 'csv-country' },
  { prefix: ['buyer', 'headquarters'], field: 'csv-headquarters' },
  { prefix: ['buyer', 'segment'], field: 'csv-segment' },
  { prefix: ['buyer'], field: 'csv-country' },
  { prefix: ['asOf'], field: 'csv-asof' },
  { prefix: ['horizonMonths'], field: 'csv-horizon' },
  { prefix: ['currency'], field: 'csv-currency' },
  { prefix: ['mode'], field: 'csv-mode' },
];

/**
 * Where a problem's pointer belongs on the page: an option (its index, the field inside it, its CSV line and
 * column), a form field of the page, or the plan text as a whole.
 */
export function locate(pointer, { plan, lines, fromCsv, pageFields = [] } = {}) {
  const tokens = pointerTokens(pointer);
  if (tokens[0] === 'options' && /^\d+$/.test(tokens[1] || '')) {
    const index = Number(tokens[1]);
    const option = plan && Array.isArray(plan.options) ? plan.options[index] : undefined;
    const inside = tokens.slice(2);
    let column = inside[0];
    if (fromCsv && MONEY[inside[0]] && inside[1] === 'currency') column = MONEY[inside[0]];
    return { kind: 'option', index, optionId: option && typeof option.id === 'string' ? option.id : null,
      field: inside.join('/') || null, line: fromCsv && lines ? lines[index] : null, column: fromCsv ? column || null : null };
  }
  const starts = (prefix) => prefix.every((t, i) => tokens[i] === t);
  const asked = PAGE_FIELDS.find((f) => pageFields.includes(f.prefix[0]) && starts(f.prefix));
  if (asked) return { kind: 'field', field: asked.field };
  const setting = fromCsv ? CSV_SETTINGS.find((f) => starts(f.prefix)) : null;
  if (setting) return { kind: 'field', field: setting.field };
  return { kind: 'plan' };
}

/** What an answer's status means for the person at the page, in words. */
export function explainStatus(status, problem) {
  const detail = problem && problem.detail ? ` (${problem.detail.replace(/\.$/, '')})` : '';
  switch (status) {
    case 0: return 'The service did not answer: check that it is running and reachable.';
    case 400: return `The service refused the plan${detail}. Each problem is shown next to the field it names.`;
    case 401: return 'The service requires sign-in: paste a bearer token (JWT) from your identity provider here and '
      + `score again${problem && problem.detail ? `. It said: ${problem.detail}` : '.'}`;
    case 403: return 'The token was accepted but does not carry the role supply-risk-user: ask your administrator for it.';
    case 404: return `The service does not know this address${detail}.`;
    case 406: return `The service cannot answer in JSON here${detail}.`;
    case 413: return 'The plan is larger than the service accepts (4 MB by default, or more than the maximum number of options): '
      + 'split it into smaller plans.';
    case 415: return 'The service only reads JSON plans (Content-Type application/json); the page sends CSV as JSON, so this '
      + 'points to a proxy changing the request.';
    case 429:
    case 503: return 'The service is busy (too many plans at once): wait a second and press Score again.';
    default: return status >= 500 ? `The service failed to score the plan${detail}; the error id in it helps the operator.`
      : `The service answered ${status}${detail}.`;
  }
}

/** The presets of GET /api/v1/scenarios (a ScenarioList): name and description of each. */
export function presetsFrom(list) {
  return (list && Array.isArray(list.scenarios) ? list.scenarios : [])
    .map((preset) => ({ name: String(preset.name), description: String(preset.description || '') }));
}
