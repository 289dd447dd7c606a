// guest.js — two real phones (headless Chromium through puppeteer-core, a browser context each)
// as guests in a room that tools/room_load plays with its simulated phones (room_load --guests).
//
//   node guest.js GUESTS_DIR CHROMIUM
//
// Waits for GUESTS_DIR/join (the Join URL), joins phone A as "dv" and phone B as "cps" with the
// suggested pseudonyms, writes GUESTS_DIR/guests ("ROLE PSEUDONYM" lines) and from then on only
// follows: nobody reloads or navigates, each page must move through every step by itself. At
// each vote the guest votes by the rule room_load checks (guest g: position
// 1 + (g + round - 1) % choices; a drafting step: clauses 1..k for A, k..1 for B, k = max(min, 1));
// after each reveal its page must show the split with its own vote marked, and it writes the key
// of every reveal its page shows to GUESTS_DIR/seen-G (room_load waits for it before deciding, so
// no reveal before a decision goes by unseen; the reveal after one may give way to the next step
// at once, so a split is judged on one reading of the page together with its key). When both
// pages show the ending it closes the browser and writes GUESTS_DIR/done. No console error, no
// request outside the room. Prints what each page went through; exit 1 on any failure.
"use strict";
const fs = require("fs");
const path = require("path");
const puppeteer = require(`${__dirname}/node_modules/puppeteer-core`);

const [dir, chromium] = process.argv.slice(2);
const failures = [];
const fail = (what) => { failures.push(what); console.error(`FAILED: ${what}`); };
const check = (cond, what) => { if (!cond) fail(what); };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const STEP_MS = 240000; // the simulated phones and a loaded machine may take a while per step

async function waitFile(file, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (fs.existsSync(file)) return fs.readFileSync(file, "utf8");
    await sleep(100);
  }
  throw new Error(`${file} did not appear within ${ms / 1000} s`);
}

function watch(page, name, origin, stats) {
  page.on("console", (msg) => { if (msg.type() === "error") fail(`${name}: console error: ${msg.text()}`); });
  page.on("pageerror", (err) => fail(`${name}: script error: ${err.message}`));
  page.on("request", (req) => {
    stats.requests++;
    if (!req.url().startsWith(origin + "/")) fail(`${name}: a request outside the room: ${req.url()}`);
  });
  page.on("framenavigated", (frame) => { if (frame === page.mainFrame()) stats.navigations++; });
}

const key = (page) => page.$eval("#room", (m) => m.getAttribute("data-key")).catch(() => "");

// The page's key and its split, read in one go: the room may move on between two reads (after a
// decision the next step follows at once), and a split must be judged with the key it was drawn for.
const split = (page) => page.evaluate(() => {
  const m = document.querySelector("#room");
  return { key: m ? m.getAttribute("data-key") : "",
    rows: document.querySelectorAll("section.result .result-row").length,
    mine: document.querySelectorAll("section.result .your-vote").length };
}).catch(() => ({ key: "", rows: 0, mine: 0 }));

// Waits until the page's data-key differs from `last` (app.js redrew it), returns the new key.
async function nextKey(page, last, name) {
  await page.waitForFunction((k) => {
    const m = document.querySelector("#room");
    return m && m.getAttribute("data-key") !== k;
  }, { timeout: STEP_MS, polling: 100 }, last).catch(() => { throw new Error(`${name} stayed at '${last}' for ${STEP_MS / 1000} s`); });
  return key(page);
}

async function vote(page, g, round, name) {
  const status = await page.$eval("#status", (e) => e.textContent.trim()).catch(() => "");
  if (await page.$("form.compose")) {
    const step = await page.evaluate(async (base) => {
      const r = await fetch(base + "state?since=0", { headers: { Accept: "application/json" } });
      return (await r.json()).step;
    }, new URL(page.url()).pathname);
    const n = step.clauses.length, k = Math.min(Math.max(step.min || 1, 1), n);
    const order = Array.from({ length: k }, (_, i) => (g === 0 ? i + 1 : k - i));
    for (const c of order) await page.tap(`#c${c}`);
    await page.tap("form.compose button[type=submit]");
    await page.waitForFunction((s) => document.querySelector("#status") &&
      document.querySelector("#status").textContent.trim() !== s, { timeout: 30000 }, status);
    return `clauses ${order.join("+")}`;
  }
  const n = (await page.$$("button.choice")).length;
  check(n >= 2, `${name}: fewer than two choices`);
  const choice = 1 + ((g + round - 1) % n);
  await page.tap(`#choice-${choice}`);
  await page.waitForFunction((id) => document.querySelector(id) &&
    document.querySelector(id).getAttribute("aria-pressed") === "true", { timeout: 30000 }, `#choice-${choice}`);
  return `choice ${choice}`;
}

// One phone from its join to the ending; returns what it went through.
async function follow(page, g, name) {
  const seen = [];
  let last = await key(page), votes = 0, reveals = 0;
  for (;;) {
    const [stage, round] = last.split("|");
    const file = path.join(dir, `seen-${g}`);
    if (stage === "voting" && (await page.$("button.choice, form.compose"))) {
      seen.push(`${last}: ${await vote(page, g, Number(round), name)}`);
      votes++;
    } else if (stage === "revealed") {
      const shown = await split(page);
      if (shown.key !== last) { // gone on already (a decided reveal lasts only as long as the room takes to move on)
        last = shown.key;
        continue;
      }
      check(shown.rows >= 2 && shown.mine >= 1, `${name} at ${last}: the split shows ${shown.rows} rows, ${shown.mine} marked as its vote`);
      reveals++;
      fs.writeFileSync(`${file}.tmp`, last);
      fs.renameSync(`${file}.tmp`, file);
    } else if (stage === "ended") {
      break;
    }
    last = await nextKey(page, last, name);
  }
  console.log(`${name}: ${votes} votes, ${reveals} reveals seen; ${seen.join("; ")}`);
  return { votes, reveals };
}

async function main() {
  const base = (await waitFile(path.join(dir, "join"), 120000)).trim();
  const origin = new URL(base).origin;
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-default-apps", "--metrics-recording-only",
      "--disable-background-timer-throttling", "--disable-renderer-backgrounding"] });
  const stats = { requests: 0, navigations: 0 };
  try {
    const roles = ["dv", "cps"], names = ["phone A", "phone B"], pages = [];
    const lines = [];
    for (let g = 0; g < 2; g++) {
      const page = await (await browser.createBrowserContext()).newPage();
      await page.setViewport({ width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      watch(page, names[g], origin, stats);
      const res = await page.goto(base, { waitUntil: "load" });
      check(res.status() === 200, `${names[g]}: the join page answered ${res.status()}`);
      await page.waitForSelector(`input[name=role][value="${roles[g]}"]`, { timeout: 30000 });
      const pseudonym = await page.$eval("#pseudonym", (e) => e.value);
      await page.tap(`input[name=role][value="${roles[g]}"]`);
      await Promise.all([page.waitForNavigation({ waitUntil: "load", timeout: 60000 }), page.tap("form.join button[type=submit]")]);
      check((await page.$eval(".me", (e) => e.textContent).catch(() => "")).includes(pseudonym), `${names[g]} does not say who it is`);
      lines.push(`${roles[g]} ${pseudonym}\n`);
      pages.push(page);
    }
    fs.writeFileSync(path.join(dir, "guests.tmp"), lines.join(""));
    fs.renameSync(path.join(dir, "guests.tmp"), path.join(dir, "guests"));
    const navigationsJoined = stats.navigations;
    const results = await Promise.all(pages.map((p, g) => follow(p, g, names[g])));
    for (const [g, r] of results.entries()) {
      check(r.votes >= 3, `${names[g]} voted ${r.votes} times; the case has more decisions than that`);
      check(r.reveals >= 2, `${names[g]} saw ${r.reveals} reveals`);
    }
    check(stats.navigations === navigationsJoined, `the pages navigated ${stats.navigations - navigationsJoined} times after joining; they should follow by themselves`);
    console.log(`guests: ${stats.requests} requests from the two browsers`);
  } finally {
    await browser.close(); // before the room closes: the pages would see it gone
    fs.writeFileSync(path.join(dir, "done"), "");
  }
}

main().catch((e) => fail(`stopped: ${e.stack || e}`)).finally(() => {
  console.log(failures.length ? `guests: ${failures.length} failed` : "guests: all passed");
  process.exit(failures.length ? 1 : 0);
});
