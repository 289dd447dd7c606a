// proxy.js LRS_PORT STATE_DIR PORT [MODE N] — stands between casewalk and the LRS on 127.0.0.1 for the
// LRS tests: forwards every request, and appends to STATE_DIR/requests.jsonl what casewalk sent
// (method, path, X-Experience-API-Version, Authorization, number of statements), so the tests can
// check the headers of every request. Listens on PORT (0: any free port; a restarted proxy takes
// its predecessor's, so casewalk sees the same endpoint) and writes it to STATE_DIR/proxy-port. MODE:
//   die-after N  the N-th POST reaches the LRS, and once the LRS has accepted it the proxy kills
//                itself (SIGKILL) before answering: casewalk never hears that it was accepted
//   hang-at N    the N-th POST is never forwarded nor answered; STATE_DIR/hanging says so
//   fail-first N the first N POSTs are answered 503 without reaching the LRS
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const [lrsPort, state, port, mode, nText] = process.argv.slice(2);
if (!lrsPort || !state || !port) {
  console.error('usage: node proxy.js LRS_PORT STATE_DIR PORT [die-after|hang-at N]');
  process.exit(2);
}
const n = Number(nText || 0);
let posts = 0;

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    let count = null;
    try {
      const parsed = JSON.parse(body.toString('utf8') || 'null');
      if (Array.isArray(parsed)) count = parsed.length;
    } catch (e) { /* not JSON: logged as null */ }
    fs.appendFileSync(path.join(state, 'requests.jsonl'), JSON.stringify({
      method: req.method,
      path: req.url,
      version: req.headers['x-experience-api-version'] || null,
      authorization: req.headers.authorization || null,
      statements: count,
    }) + '\n');
    if (req.method === 'POST') posts++;
    if (mode === 'hang-at' && req.method === 'POST' && posts === n) {
      fs.writeFileSync(path.join(state, 'hanging'), String(posts));
      return;
    }
    if (mode === 'fail-first' && req.method === 'POST' && posts <= n) {
      res.writeHead(503, { 'Content-Type': 'application/json' });
      res.end('{"message":"down for maintenance"}');
      return;
    }
    const upstream = http.request({
      host: '127.0.0.1', port: Number(lrsPort), method: req.method, path: req.url, headers: req.headers,
    }, (up) => {
      const answer = [];
      up.on('data', (c) => answer.push(c));
      up.on('end', () => {
        if (mode === 'die-after' && req.method === 'POST' && posts === n) {
          fs.writeFileSync(path.join(state, 'died'), String(up.statusCode));
          process.kill(process.pid, 'SIGKILL');
        }
        res.writeHead(up.statusCode, up.headers);
        res.end(Buffer.concat(answer));
      });
    });
    upstream.on('error', () => { res.writeHead(502); res.end('{"message":"the LRS is not there"}'); });
    upstream.end(body);
  });
});
server.listen(Number(port), '127.0.0.1', () => {
  fs.writeFileSync(path.join(state, 'proxy-port'), String(server.address().port));
});
