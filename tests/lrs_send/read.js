// read.js ENDPOINT EXPORT — reads every statement the LRS holds (GET ENDPOINT/statements, following
// the "more" links, at most 1000 pages) with the credentials in $CASEWALK_LRS_AUTH, and compares
// them with casewalk's file export EXPORT: the same ids, none twice, and each statement's actor,
// verb, object, result, context and timestamp as exported. Prints "N statements as exported".
'use strict';

const fs = require('fs');
const assert = require('assert');

const [endpoint, exportFile] = process.argv.slice(2);
const auth = 'Basic ' + Buffer.from(process.env.CASEWALK_LRS_AUTH || '').toString('base64');
const origin = new URL(endpoint).origin;

async function readAll() {
  const held = [];
  // Oldest first: the service's in-memory store sorts by "stored" but pages by a cursor on its
  // own ids, which only agree in ascending order (newest first skips statements stored in the
  // same millisecond as a page's last one), and in pages as large as the service gives, so that a
  // cursor between statements stored together is rarely needed.
  let next = endpoint.replace(/\/$/, '') + '/statements?ascending=true&limit=1000';
  for (let page = 0; next && page < 1000; page++) {
    const res = await fetch(next, { headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3' } });
    if (res.status !== 200) throw new Error(`GET ${next}: HTTP ${res.status} ${await res.text()}`);
    const body = await res.json();
    held.push(...body.statements);
    next = body.more ? new URL(body.more, origin).href : null;
  }
  if (next) throw new Error('more than 1000 pages');
  return held;
}

readAll().then((held) => {
  const exported = JSON.parse(fs.readFileSync(exportFile, 'utf8'));
  const byId = new Map();
  for (const st of held) {
    assert(!byId.has(st.id), `statement ${st.id} is held twice`);
    byId.set(st.id, st);
  }
  assert.strictEqual(held.length, exported.length, `the LRS holds ${held.length} statements, the export has ${exported.length}`);
  for (const st of exported) {
    const got = byId.get(st.id);
    assert(got, `statement ${st.id} (${st.verb.id}) is not in the LRS`);
    for (const key of ['actor', 'verb', 'object', 'result', 'context']) {
      assert.deepStrictEqual(got[key], st[key], `statement ${st.id}: ${key} differs`);
    }
    assert.strictEqual(Date.parse(got.timestamp), Date.parse(st.timestamp), `statement ${st.id}: timestamp differs`);
  }
  console.log(`${held.length} statements as exported`);
}).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
