// fake_lrs.js — a tiny learning record store for the tests of `casewalk summary --lrs`: GET
// /xAPI/statements on 127.0.0.1 with the xAPI 1.0.3 query parameters the summary uses
// (activity + related_activities, verb, since/until on the stored time, ascending, limit) and
// "more" links for the next page; it checks X-Experience-API-Version and the Authorization
// header (HTTP Basic of the KEY:SECRET given) as a real store would.
//
//   node fake_lrs.js PORT_FILE KEY:SECRET LOG_FILE SOURCE...
//
// A SOURCE is a file holding a JSON array of statements (casewalk xapi's output), optionally
// followed by @STORED (the stored time given to its statements; default the statement's own
// timestamp) and by *N or +N: its statements N times over, each copy with fresh registrations
// and statement ids; *N stores the copies at the same times (their sessions interleave, as
// sessions played side by side do), +N stores each copy a day after the one before. The port chosen is written to PORT_FILE once listening;
// each request is logged to LOG_FILE as "STATUS URL".
//
// Misbehaving stores, by path prefix before /xAPI: /loop (the "more" link leads back to the
// same page), /endless (empty pages whose "more" links never end), /fail500 (HTTP 500 with a
// message), /notjson (a page that is not JSON), /elsewhere (a "more" link to another host).
'use strict';
const http = require('http');
const fs = require('fs');

const [portFile, credentials, logFile, ...sources] = process.argv.slice(2);
const expectedAuth = 'Basic ' + Buffer.from(credentials).toString('base64');

// Statements in stored order: {text, stored, verb, activities: Set}
const store = [];
for (const source of sources) {
  const m = /^(.*?)(?:@([^*+]+))?(?:([*+])(\d+))?$/.exec(source);
  const list = JSON.parse(fs.readFileSync(m[1], 'utf8'));
  const copies = m[4] ? Number(m[4]) : 1;
  const dayApart = m[3] === '+';
  for (let copy = 0; copy < copies; copy++) {
    for (const st of list) {
      let text = JSON.stringify(st);
      if (copy > 0) {
        // a fresh copy: the last 8 hex digits of every UUID made to say which copy it is
        const tag = copy.toString(16).padStart(8, '0');
        text = text.replace(/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})[0-9a-f]{8}/g,
                            (_, head) => head + tag);
      }
      const activities = new Set([st.object && st.object.id]);
      const ca = (st.context && st.context.contextActivities) || {};
      for (const kind of ['parent', 'grouping', 'category', 'other'])
        for (const a of ca[kind] || []) activities.add(a.id);
      let stored = m[2] || st.timestamp;
      if (dayApart) stored = new Date(Date.parse(stored) + copy * 86400000).toISOString();
      store.push({text, stored, verb: st.verb && st.verb.id, activities});
    }
  }
}
store.sort((a, b) => (a.stored < b.stored ? -1 : a.stored > b.stored ? 1 : 0)); // stable

function log(status, url) {
  fs.appendFileSync(logFile, `${status} ${url}\n`);
}

function answer(res, url, status, body) {
  log(status, url);
  res.writeHead(status, {'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3'});
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
}

// The statements a query selects, worked out once per query (its pages are then slices).
const selected = new Map();
function select(q) {
  const key = JSON.stringify(q);
  if (!selected.has(key)) selected.set(key, selectNow(q));
  return selected.get(key);
}

function selectNow(q) {
  const since = q.since ? Date.parse(q.since) : null;
  const until = q.until ? Date.parse(q.until) : null;
  let list = store.filter((s) => {
    if (q.verb && s.verb !== q.verb) return false;
    if (q.activity && !(q.related_activities === 'true' ? s.activities.has(q.activity)
                                                          : [...s.activities][0] === q.activity))
      return false;
    const t = Date.parse(s.stored);
    if (since !== null && !(t > since)) return false;
    if (until !== null && !(t <= until)) return false;
    return true;
  });
  if (q.ascending !== 'true') list = list.slice().reverse();
  return list;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const m = /^(\/[a-z0-9]+)?\/xAPI\/statements$/.exec(url.pathname);
  if (req.method !== 'GET' || !m) return answer(res, req.url, 404, {message: 'no such resource'});
  if (!/^1\.0(\.\d+)?$/.test(req.headers['x-experience-api-version'] || ''))
    return answer(res, req.url, 400, {message: 'X-Experience-API-Version header missing or wrong'});
  if (req.headers.authorization !== expectedAuth)
    return answer(res, req.url, 401, {message: 'Unauthorised: the credentials are not accepted'});
  const mode = m[1] || '';
  const base = `${mode}/xAPI/statements`;
  if (mode === '/fail500') return answer(res, req.url, 500, {message: 'the store is out of order'});
  if (mode === '/notjson') return answer(res, req.url, 200, '<html>maintenance</html>');

  let q, offset = 0;
  if (url.searchParams.has('more')) {
    const state = JSON.parse(Buffer.from(url.searchParams.get('more'), 'base64url').toString());
    q = state.q;
    offset = state.offset;
  } else {
    q = Object.fromEntries(url.searchParams);
  }
  if (mode === '/endless')
    return answer(res, req.url, 200, {statements: [], more: `${base}?more=` +
      Buffer.from(JSON.stringify({q, offset: offset + 1})).toString('base64url')});
  const limit = Math.min(Number(q.limit) > 0 ? Number(q.limit) : 100, 1000);
  const list = select(q);
  const page = list.slice(offset, offset + limit).map((s) => {
    const st = JSON.parse(s.text);
    st.stored = s.stored;
    st.authority = {objectType: 'Agent', account: {homePage: 'http://127.0.0.1', name: 'fake'}};
    st.version = '1.0.3';
    return JSON.stringify(st);
  });
  let more = '';
  if (offset + limit < list.length) {
    const next = mode === '/loop' ? offset : offset + limit;
    more = `${base}?more=` + Buffer.from(JSON.stringify({q, offset: next})).toString('base64url');
    if (mode === '/elsewhere') more = `http://127.0.0.2:${server.address().port}${more}`;
  }
  answer(res, req.url, 200, `{"statements":[${page.join(',')}],"more":${JSON.stringify(more)}}`);
});

server.listen(0, '127.0.0.1', () => {
  fs.writeFileSync(portFile + '.tmp', String(server.address().port));
  fs.renameSync(portFile + '.tmp', portFile);
});
