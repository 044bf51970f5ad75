// Opendatasoft's own client (@opendatasoft/api-client, from npm, unchanged) against Socle's Explore API.
// Usage: node test.mjs <portal base URL> <dataset id> <record id of the row where nb = 2>
// Prints one line per check and a closing "N passed, N failed" line; exits non-zero on any failure.
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';

const require = createRequire(import.meta.url);
const {
  ApiClient, fromCatalog, field, string, textSearch, UserError, NotFoundError,
} = require('@opendatasoft/api-client');

const [base, datasetId, secondRecordId] = process.argv.slice(2);
if (!base || !datasetId || !secondRecordId) {
  console.error('usage: node test.mjs <portal base URL> <dataset id> <record id where nb = 2>');
  process.exit(2);
}
const client = new ApiClient({ domain: base });
const dataset = fromCatalog().dataset(datasetId);
let passed = 0;
let failed = 0;

async function check(name, body) {
  try {
    await body();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e && e.stack ? e.stack : e}`);
  }
}

await check('catalogue lists the dataset', async () => {
  const query = fromCatalog().datasets().where(`dataset_id = ${string(datasetId)}`).limit(10);
  const catalog = await client.get(query);
  assert.equal(catalog.total_count, 1);
  const found = catalog.results[0];
  assert.equal(found.dataset_id, datasetId);
  assert.ok(found.fields.some((f) => f.name === 'nom' && f.type === 'text'));
  assert.ok(found.metas.default.title.length > 0);
});

await check('a record by id', async () => {
  const record = await client.get(dataset.record(secondRecordId));
  assert.equal(record.nb, 2);
});

await check('one dataset, with its fields', async () => {
  const itself = await client.get(dataset.itself());
  assert.equal(itself.dataset_id, datasetId);
  assert.equal(itself.metas.default.records_count, 250);
});

await check('records with where (field() and string() helpers)', async () => {
  const query = dataset.records().select('nom, nb').where(`${field('commune')} = ${string('Tours')}`).limit(100);
  const page = await client.get(query);
  assert.equal(page.total_count, 83);
  assert.equal(page.results.length, 83);
  assert.deepEqual(Object.keys(page.results[0]).sort(), ['nb', 'nom']);
});

await check('records with group_by and order_by', async () => {
  const query = dataset.records()
    .select('commune, count(*) as n')
    .groupBy('commune')
    .orderBy('n desc')
    .limit(10);
  const page = await client.get(query);
  assert.equal(page.results.length, 3);
  assert.equal(page.results[0].commune, 'Joué-lès-Tours');
  assert.equal(page.results[0].n, 84);
});

await check('full-text search helper', async () => {
  const page = await client.get(dataset.records().where(textSearch('municipal', ['nom'])).limit(0));
  assert.equal(page.total_count, 50);
});

await check('refine and exclude', async () => {
  const query = dataset.records().refine('commune:Tours').exclude('actif:true').limit(0);
  const page = await client.get(query);
  assert.equal(page.total_count, 42);
});

await check('facets', async () => {
  const facets = await client.get(dataset.facets());
  assert.ok(facets.facets.some((f) => f.name === 'commune' && f.facets.length === 3));
});

await check('an export (json)', async () => {
  const rows = await client.get(dataset.export('json').select('nb').where('nb <= 5').orderBy('nb'));
  assert.deepEqual(rows.map((r) => r.nb), [1, 2, 3, 4, 5]);
});

await check('an export (csv), read as text', async () => {
  const text = await client.get(dataset.export('csv').select('nb').where('nb <= 2').orderBy('nb'),
    { interceptResponse: (response) => response.text() });
  // fetch's text() drops the byte order mark
  assert.equal(text.replace(/^\uFEFF/, ''), 'nb\r\n1\r\n2\r\n');
});

await check('an ODSQL error is a UserError with the ODS body', async () => {
  await assert.rejects(client.get(dataset.records().where('inconnu = 1')), (e) => {
    assert.ok(e instanceof UserError);
    assert.equal(e.details.error_code, 'ODSQLError');
    assert.match(e.details.message, /Unknown field: inconnu/);
    return true;
  });
});

await check('an unknown dataset is a NotFoundError', async () => {
  await assert.rejects(client.get(fromCatalog().dataset('nope-' + datasetId).records()), (e) => {
    assert.ok(e instanceof NotFoundError);
    assert.equal(e.details.error_code, 'NotFoundResource');
    return true;
  });
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
