// validate.js FILE HOMEPAGE — checks casewalk's xAPI export: every statement through Learning
// Locker's conformance-tested validator (@learninglocker/xapi-validation), then the rules of the
// mapping the validator cannot know: only the ADL verbs the mapping lists, opaque account actors
// and never an e-mail address or its hash, extension keys under the home page, unique ids, a
// registration on every statement, durations on every answer.
'use strict';

const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const [file, homepage] = process.argv.slice(2);
if (!file || !homepage) {
  console.error('usage: node validate.js FILE HOMEPAGE');
  process.exit(2);
}

const verbs = new Set(['initialized', 'experienced', 'progressed', 'answered', 'completed', 'terminated']
  .map((v) => 'http://adlnet.gov/expapi/verbs/' + v));
const statements = JSON.parse(fs.readFileSync(file, 'utf8'));
const problems = [];
const seen = new Set();

function keysUnder(object, where, index) {
  for (const key of Object.keys(object || {})) {
    if (!key.startsWith(homepage + '/xapi/extensions/')) {
      problems.push(`statement ${index}: ${where} key ${key} is not under the home page`);
    }
  }
}

if (!Array.isArray(statements) || statements.length === 0) {
  problems.push('the export is not a non-empty array');
}
statements.forEach((st, index) => {
  for (const warning of validate(st)) {
    problems.push(`statement ${index}: ${warning.path.join('.')}: ${warning.constructor.name} ` +
      JSON.stringify(warning.data).slice(0, 120));
  }
  if (!verbs.has(st.verb && st.verb.id)) {
    problems.push(`statement ${index}: verb ${st.verb && st.verb.id} is not one the mapping lists`);
  }
  const actor = st.actor || {};
  if (!actor.account || actor.account.homePage !== homepage || !actor.account.name ||
      'mbox' in actor || 'mbox_sha1sum' in actor || 'openid' in actor) {
    problems.push(`statement ${index}: the actor is not an opaque account under ${homepage}`);
  }
  if (seen.has(st.id)) problems.push(`statement ${index}: id ${st.id} appears twice`);
  seen.add(st.id);
  if (!st.context || !st.context.registration) {
    problems.push(`statement ${index}: no context.registration`);
  } else {
    keysUnder(st.context.extensions, 'context extension', index);
    if (!st.context.extensions || !st.context.extensions[homepage + '/xapi/extensions/role']) {
      problems.push(`statement ${index}: no role in context.extensions`);
    }
  }
  if (st.result) keysUnder(st.result.extensions, 'result extension', index);
  if (st.verb && st.verb.id.endsWith('/answered') && !(st.result && st.result.duration)) {
    problems.push(`statement ${index}: an answer without its time to decide`);
  }
});

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`${problems.length} problems in ${statements.length} statements`);
  process.exit(1);
}
console.log(`${statements.length} statements valid`);
