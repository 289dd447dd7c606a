// phone.js — the room's phone page in a real browser (Chromium through puppeteer-core), two
// sessions at once, at 390x844 (a phone), against `casewalk workshop --console` started here.
//
//   node phone.js CASEWALK SCENARIO SCREENSHOT_DIR CHROMIUM
//
// Phone A joins (picks a role, keeps the suggested pseudonym), waits for the scene, types a
// reason, taps a choice and sees its answered state; phone B (a second browser context: its own
// cookie) does the same with another choice. The console reveals: both pages show the room's
// split without a reload; the console decides: the next scene appears by itself. Screenshots:
// phone-join.png, phone-vote.png, phone-result.png. On every screen: no horizontal scrolling at
// 390 px, tap targets at least 44 px high, every field labeled, axe-core finds no serious or
// critical problem (contrast included), light and dark. Throughout: no console error, no request
// outside the room's origin, the protocol's CSP on every answer. Prints what failed; exit 1.
"use strict";
const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const puppeteer = require(`${__dirname}/node_modules/puppeteer-core`);
const axeSource = fs.readFileSync(`${__dirname}/node_modules/axe-core/axe.min.js`, "utf8");

const [casewalk, scenario, shots, chromium] = process.argv.slice(2);
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
  "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const failures = [];
const fail = (what) => { failures.push(what); console.error(`FAILED: ${what}`); };
const check = (cond, what) => { if (!cond) fail(what); };

// The room, with its console on our pipes.
const records = fs.mkdtempSync(path.join(os.tmpdir(), "room-phone-"));
const server = spawn(casewalk, ["workshop", scenario, "--listen", "127.0.0.1:0", "--console", "--records", records],
  { stdio: ["pipe", "pipe", "inherit"] });
let consoleOut = "", consoleSeen = 0;
server.stdout.on("data", (d) => { consoleOut += d.toString(); });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function consoleLine(re, timeoutMs = 20000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const lines = consoleOut.split("\n");
    for (let i = consoleSeen; i < lines.length - 1; i++) {
      if (re.test(lines[i])) { consoleSeen = i + 1; return lines[i]; }
    }
    await sleep(30);
  }
  throw new Error(`the console printed nothing like ${re} (it printed: ${consoleOut.slice(-500)})`);
}
async function command(cmd) {
  server.stdin.write(cmd + "\n");
  const answer = await consoleLine(/^(ok|error:|joined )/);
  check(/^(ok|joined )/.test(answer), `console '${cmd}' answered '${answer}'`);
  return answer;
}

// What every screen must be.
async function screenChecks(page, name) {
  const layout = await page.evaluate(() => {
    const out = { scrollWidth: document.scrollingElement.scrollWidth, small: [], unlabeled: [] };
    const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
    // A radio or checkbox is tapped through its label: the label's box is its target.
    const target = (el) => {
      if ((el.type === "radio" || el.type === "checkbox") && el.labels && el.labels.length)
        return Math.max(...Array.from(el.labels).map((l) => l.getBoundingClientRect().height));
      return el.getBoundingClientRect().height;
    };
    document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea").forEach((el) => {
      if (!visible(el)) return;
      const h = target(el);
      if (h < 44) out.small.push(`${el.tagName.toLowerCase()}#${el.id || el.name || el.textContent.trim().slice(0, 20)} ${h.toFixed(0)}px`);
    });
    document.querySelectorAll("input:not([type=hidden]):not([type=submit]), select, textarea").forEach((el) => {
      const labeled = (el.labels && el.labels.length && Array.from(el.labels).some((l) => l.textContent.trim())) ||
        el.getAttribute("aria-label") || el.getAttribute("aria-labelledby");
      if (!labeled) out.unlabeled.push(`${el.tagName.toLowerCase()} name=${el.name}`);
    });
    return out;
  });
  check(layout.scrollWidth <= 390, `${name}: the page scrolls sideways (scrollWidth ${layout.scrollWidth} > 390)`);
  check(layout.small.length === 0, `${name}: tap targets under 44 px: ${layout.small.join(", ")}`);
  check(layout.unlabeled.length === 0, `${name}: fields without a label: ${layout.unlabeled.join(", ")}`);
  for (const scheme of ["light", "dark"]) {
    await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
    if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ") + (n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, " ").slice(0, 160)})` : "")) }));
    });
    for (const v of violations) {
      const line = `${name} (${scheme}): axe ${v.impact} ${v.id}: ${v.help} — ${v.nodes.join("; ")}`;
      if (v.impact === "serious" || v.impact === "critical") fail(line);
      else console.log(`note: ${line}`);
    }
  }
  await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: "light" }]);
}

function watch(page, name, origin) {
  page.on("console", (msg) => {
    if (msg.type() === "error") fail(`${name}: console error: ${msg.text()} (${(msg.location() || {}).url || "?"})`);
  });
  page.on("pageerror", (err) => fail(`${name}: script error: ${err.message}`));
  page.on("request", (req) => {
    const url = req.url();
    if (!url.startsWith(origin + "/") && !url.startsWith("data:")) fail(`${name}: a request outside the room: ${url}`);
  });
  page.on("response", (res) => {
    if (!res.url().startsWith(origin + "/")) return;
    const h = res.headers();
    if (h["content-security-policy"] !== CSP) fail(`${name}: ${res.url()} without the protocol's CSP (${h["content-security-policy"]})`);
    if (h["x-content-type-options"] !== "nosniff") fail(`${name}: ${res.url()} without nosniff`);
  });
}

async function join(page, role, base) {
  const res = await page.goto(base, { waitUntil: "load" });
  check(res.status() === 200, `the join page answered ${res.status()}`);
  await page.waitForSelector(`input[name=role][value="${role}"]`, { timeout: 10000 });
  const suggested = await page.$eval("#pseudonym", (e) => e.value);
  check(/^[a-z]+-[a-z]+-\d+$/.test(suggested), `the suggested pseudonym '${suggested}' is not like quiet-heron-42`);
  await page.tap(`input[name=role][value="${role}"]`);
  return suggested;
}

async function submitJoin(page) {
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.tap("form.join button[type=submit]")]);
}

const text = (page, sel) => page.$eval(sel, (e) => e.textContent.trim()).catch(() => "");

async function main() {
  const join_line = await consoleLine(/^Join: /);
  const base = join_line.slice(6).trim();
  const origin = new URL(base).origin;
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-default-apps", "--metrics-recording-only"] });
  try {
    const viewport = { width: 390, height: 844, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
    const contexts = [await browser.createBrowserContext(), await browser.createBrowserContext()];
    const [a, b] = await Promise.all(contexts.map((c) => c.newPage()));
    for (const [p, n] of [[a, "phone A"], [b, "phone B"]]) {
      await p.setViewport(viewport);
      watch(p, n, origin);
    }
    const nameA = await join(a, "dv", base);
    await screenChecks(a, "join");
    await a.screenshot({ path: path.join(shots, "phone-join.png") });
    await submitJoin(a);
    const nameB = await join(b, "cps", base);
    await submitJoin(b);
    check(nameA !== nameB, "both sessions got the same pseudonym");
    const cookiesA = await a.cookies(), cookiesB = await b.cookies();
    check(cookiesA.length === 1 && cookiesB.length === 1 && cookiesA[0].value !== cookiesB[0].value,
      "the two sessions do not have a cookie each");
    check(cookiesA[0] && cookiesA[0].httpOnly && cookiesA[0].sameSite === "Strict", "the cookie is not HttpOnly and SameSite=Strict");

    // The scene, on both.
    await Promise.all([a, b].map((p) => p.waitForSelector("button.choice", { timeout: 20000 })));
    check((await text(a, ".me")).includes(nameA), `phone A's page does not say who it is (${nameA})`);
    const title1 = await text(a, "h1");
    const phase1 = await text(a, ".phase");
    const choices = await a.$$eval("button.choice", (bs) => bs.map((x) => x.textContent.trim()));
    check(choices.length >= 2, "fewer than two choices on the phone");
    // The reason box comes after the choices; a reason typed after tapping is sent by its own button.
    const reasonAfter = await a.evaluate(() => {
      const reason = document.querySelector("#reason"), all = document.querySelectorAll("button.choice");
      return !reason || !!(all[all.length - 1].compareDocumentPosition(reason) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    check(reasonAfter, "the reason box comes before the choices");
    await a.tap("#choice-1");
    await a.waitForFunction(() => document.querySelector("#choice-1") &&
      document.querySelector("#choice-1").getAttribute("aria-pressed") === "true", { timeout: 10000 });
    const statusA = await text(a, "#status");
    check(statusA.includes(choices[0].replace(/^✓\s*/, "")), `phone A's status after voting: '${statusA}'`);
    if (await a.$("#reason")) {
      check((await text(a, "#send-reason")) === "Send my reason", "no \"Send my reason\" button after voting");
      await a.type("#reason", "She asked us to call her at work, not at home.");
      await a.tap("#send-reason");
      await a.waitForFunction(() => /reason sent/.test(document.querySelector("#status").textContent), { timeout: 10000 });
      check((await text(a, "#status")).includes(choices[0].replace(/^✓\s*/, "")), "sending the reason changed the vote");
      check((await a.$eval("#reason", (e) => e.value).catch(() => "")).startsWith("She asked"), "the reason is gone after sending it");
    }
    await screenChecks(a, "vote");
    // the picture: the last choices, the reason box and its button, the status
    await a.$eval("#status", (e) => e.scrollIntoView({ block: "end" }));
    await a.screenshot({ path: path.join(shots, "phone-vote.png") });
    if (await b.$("#reason")) await b.type("#reason", "Safety first — «quotes» & <tags>.");
    await b.tap("#choice-2");
    await b.waitForFunction(() => document.querySelector("#choice-2") &&
      document.querySelector("#choice-2").getAttribute("aria-pressed") === "true", { timeout: 10000 });

    const status = await command("status");
    check(/joined 2\b/.test(status) && /answered 2\b/.test(status), `console status after two votes: '${status}'`);

    // The reveal shows on both pages by itself.
    await command("reveal");
    await Promise.all([a, b].map((p) => p.waitForSelector("section.result", { timeout: 15000 })));
    const rows = await a.$$eval(".result-row", (rs) => rs.map((r) => r.textContent.replace(/\s+/g, " ").trim()));
    check(rows.length === choices.length, `the result shows ${rows.length} rows for ${choices.length} choices`);
    // one DV and one CPS vote: no row of fewer than 3 answers, so one row for the whole room
    check(rows[0] && /Whole room 1 of 2 · 50%/.test(rows[0]), `the first choice's row does not show 1 of 2 · 50%: '${rows[0]}'`);
    check(!rows.some((r) => /\b(DV|CPS)\b/.test(r)), `a row of fewer than 3 answers shows a role: '${rows.join(" | ")}'`);
    check(/\(your vote\)/.test(rows[0]) && !rows.slice(1).some((r) => /your vote/.test(r)), "phone A's own choice is not marked in its row");
    check(!(await a.$("meter")), "the result uses <meter>");
    const order = await a.evaluate(() => {
      const status = document.querySelector("#status"), heading = document.querySelector("#result-heading");
      const next = heading && heading.nextElementSibling;
      return { statusFirst: !!(status.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING),
               splitNext: !!next && (next.classList.contains("result-row") || next.tagName === "H3") };
    });
    check(order.statusFirst && order.splitNext, "the status line is not above the split, or the split is not under its heading");
    await screenChecks(a, "result");
    await a.$eval("#status", (e) => e.scrollIntoView());
    await a.screenshot({ path: path.join(shots, "phone-result.png") });

    // The decision: the next scene comes by itself.
    await command("decide 1");
    await Promise.all([a, b].map((p) => p.waitForFunction((phase) => {
      const el = document.querySelector(".phase");
      return el && el.textContent.trim() !== phase && (document.querySelector("button.choice") || document.querySelector("form.compose"));
    }, { timeout: 20000 }, phase1)));
    const title2 = await text(a, "h1");
    console.log(`phone A went from '${phase1} / ${title1}' to '${await text(a, ".phase")} / ${title2}'`);
    await screenChecks(a, "next scene");
  } finally {
    await browser.close(); // before the room stops: its pages would see it gone
  }
  server.stdin.write("quit\n");
  await consoleLine(/^(ok|error:)/).catch(() => {});
}

main().catch((e) => fail(`stopped: ${e.stack || e}`)).finally(async () => {
  server.stdin.end();
  const exited = new Promise((r) => server.on("exit", r));
  if (server.exitCode === null) await Promise.race([exited, sleep(10000)]);
  if (server.exitCode === null) server.kill();
  fs.rmSync(records, { recursive: true, force: true });
  console.log(failures.length ? `phone: ${failures.length} failed` : "phone: all passed");
  process.exit(failures.length ? 1 : 0);
});
