// app.js — the phone page's small helper: waits on /state (long poll) and redraws the page in place
// when the step, round or stage changes; sends votes without leaving the page; keeps focus where
// it was. The page works without it.
(function () {
  "use strict";
  var main = document.getElementById("room");
  if (!main || !window.fetch) return;
  var base = "/" + main.getAttribute("data-code") + "/";
  var version = 0;
  var key = main.getAttribute("data-key");

  function keyOf(s) {
    var decided = s.result && s.result.room_choice !== null && s.result.room_choice !== undefined;
    return [s.stage, s.round, s.step ? s.step.decision : 0, decided ? 1 : 0].join("|");
  }

  function say(text) {
    var status = document.getElementById("status");
    if (status) status.textContent = text;
  }

  function redraw(focusId) {
    return fetch(base, { credentials: "same-origin" }).then(function (r) { return r.text(); }).then(function (html) {
      var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("room");
      if (!fresh) return;
      var active = focusId || (document.activeElement && document.activeElement.id);
      main.innerHTML = fresh.innerHTML;
      key = fresh.getAttribute("data-key");
      main.setAttribute("data-key", key); // the page says which step it shows
      bind();
      var el = active && document.getElementById(active);
      if (el) el.focus();
    });
  }

  function poll() {
    fetch(base + "state?since=" + version, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) {
        if (r.status === 401) return null;
        if (!r.ok) throw new Error(String(r.status));
        return r.json();
      })
      .then(function (s) {
        if (!s) return;
        version = s.version;
        var k = keyOf(s);
        var done = k !== key ? redraw() : Promise.resolve();
        done.then(function () { if (s.stage !== "ended") poll(); });
      })
      .catch(function () { setTimeout(poll, 3000); });
  }

  function draftOrder(form) {
    var picked = [];
    form.querySelectorAll("input[type=checkbox]").forEach(function (box, i) {
      if (!box.checked) return;
      var order = form.querySelector("input[name=o" + box.name.slice(1) + "]");
      var n = order && order.value ? parseInt(order.value, 10) : 1000;
      picked.push({ pos: parseInt(box.name.slice(1), 10), n: n, i: i });
    });
    picked.sort(function (a, b) { return a.n - b.n || a.i - b.i; });
    return picked.map(function (p) { return p.pos; });
  }

  function renumber(form) {
    draftOrder(form).forEach(function (pos, i) {
      var order = form.querySelector("input[name=o" + pos + "]");
      if (order) order.value = i + 1;
    });
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      var order = form.querySelector("input[name=o" + box.name.slice(1) + "]");
      if (order && !box.checked) order.value = "";
    });
  }

  function send(form, choice) {
    var body = new URLSearchParams();
    ["round", "step", "reason", "own"].forEach(function (name) {
      var field = form.elements[name];
      if (field) body.set(name, field.value);
    });
    if (choice) body.set("choice", choice);
    else body.set("clauses", draftOrder(form).join(","));
    fetch(base + "vote", {
      method: "POST", credentials: "same-origin", body: body,
      headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" }
    }).then(function (r) { return r.json().catch(function () { return { ok: false, error: String(r.status) }; }); })
      .then(function (answer) {
        if (answer.ok) redraw(choice ? "choice-" + choice : null);
        else say(answer.error || "");
      })
      .catch(function () { say("…"); });
  }

  function bind() {
    var another = document.getElementById("another-name");
    if (another) another.addEventListener("click", function (e) {
      e.preventDefault();
      fetch(base + "name").then(function (r) { return r.json(); }).then(function (n) {
        var field = document.getElementById("pseudonym");
        if (field && n.name) { field.value = n.name; field.focus(); }
      });
    });
    var form = main.querySelector("form.vote");
    if (!form) return;
    var clicked = null;
    form.querySelectorAll("button.choice, button.send-reason").forEach(function (b) {
      b.addEventListener("click", function () { clicked = b.value; });
    });
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      box.addEventListener("change", function () {
        var order = form.querySelector("input[name=o" + box.name.slice(1) + "]");
        if (box.checked && order && !order.value) order.value = draftOrder(form).length;
        renumber(form);
      });
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      send(form, form.classList.contains("compose") ? null : clicked);
    });
  }

  bind();
  if (!document.getElementById("pseudonym")) poll();
})();
