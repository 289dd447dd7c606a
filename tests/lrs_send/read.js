// read.js ENDPOINT EXPORT — reads every statement the LRS holds (GET ENDPOINT/statements, in one
// page) with the credentials in $CASEWALK_LRS_AUTH, and compares them with casewalk's file export
// EXPORT: the same ids, none twice, and each statement's actor, verb, object, result, context and
// timestamp as exported. Prints "N statements as exported".
'use strict';

const fs = require('fs');
const assert = require('assert');

const [endpoint, exportFile] = process.argv.slice(2);
const auth = 'Basic ' + Buffer.from(process.env.CASEWALK_LRS_AUTH || '').toString('base64');

async function readAll() {
  // One page holding everything: the service's in-memory store sorts by "stored" but pages by a
  // cursor on its own ids, and the two disagree for statements stored in the same millisecond, so
  // a page boundary between them repeats or skips one. The service sets no upper limit on a page.
  const url = endpoint.replace(/\/$/, '') + '/statements?ascending=true&limit=1000000';
  const res = await fetch(url, { headers: { Authorization: auth, 'X-Experience-API-Version': '1.0.3' } });
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status} ${await res.text()}`);
  const body = await res.json();
  if (body.more) throw new Error(`the LRS paged its answer (${body.statements.length} statements, then ${body.more})`);
  return body.statements;
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
