// lrs.js STATE_DIR — runs Learning Locker's xAPI statement service (npm xapi-statements) on
// 127.0.0.1 with statements kept in memory, for the LRS tests. Its client lookup ("fetch" auth:
// the service asks an HTTP endpoint who the Authorization header belongs to) is served here too,
// on another loopback port, with three clients:
//   casewalk-site:correct-horse   scopes statements/write and statements/read
//   reader-only:look-dont-touch   scope statements/read (writing is refused with 403)
// any other credentials are unknown to the LRS. Writes STATE_DIR/port once both listen.
'use strict';

const fs = require('fs');
const http = require('http');
const path = require('path');

const state = process.argv[2];
if (!state) {
  console.error('usage: node lrs.js STATE_DIR');
  process.exit(2);
}

const clients = {
  'casewalk-site:correct-horse': ['statements/write', 'statements/read'],
  'reader-only:look-dont-touch': ['statements/read'],
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = http.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const auth = http.createServer((req, res) => {
  const header = req.headers.authorization || '';
  const basic = header.startsWith('Basic ') ? Buffer.from(header.slice(6), 'base64').toString('utf8') : '';
  const scopes = clients[basic];
  if (!scopes) {
    res.writeHead(404, { 'Content-Type': 'application/json' });
    res.end('{"message":"no such client"}');
    return;
  }
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({
    _id: '58fe13e34effd3c26a7fc4b7',
    title: basic.split(':')[0],
    authority: { objectType: 'Agent', account: { homePage: 'https://lrs.test', name: basic.split(':')[0] } },
    isTrusted: true,
    lrs_id: '58fe13e34effd3c26a7fc4b7',
    organisation: '58fe13e34effd3c26a7fc4b6',
    scopes,
  }));
});

auth.listen(0, '127.0.0.1', async () => {
  const port = await freePort();
  Object.assign(process.env, {
    EXPRESS_PORT: String(port),
    MODELS_REPO: 'memory',
    STORAGE_REPO: 'memory',
    EVENTS_REPO: 'test',
    AUTH_REPO: 'fetch',
    LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${auth.address().port}/auth`,
    EXPRESS_MORGAN_DIRECTORY: path.join(state, 'access-logs'),
    WINSTON_CONSOLE_LEVEL: 'error',
  });
  process.chdir(state); // the service reads a .env from its working folder: there is none here
  process.send = (message) => {
    if (message === 'ready') fs.writeFileSync(path.join(state, 'port'), String(port));
  };
  require('xapi-statements/dist/server');
});
