// tocgraph HTML report: live what-if. Plain JS, no network, no build step.
// The numbers follow tocgraph's analysis exactly (docs/semantics.md, docs/html.md):
// verdicts by three-valued propagation; margins and single points of failure
// from each node's minimal cut sets, computed in Python and embedded below.
(function () {
  "use strict";
  var D = JSON.parse(document.getElementById("tocgraph-data").textContent);
  var T = D.text;
  var n = D.ids.length;
  var VERDICT = { T: "potentially_effective", F: "potentially_ineffective", U: "undetermined" };
  var SYMBOL = { T: "\u2713", F: "\u2717", U: "?" };
  var index = {};
  D.ids.forEach(function (id, i) { index[id] = i; });
  var elements = new Array(n);
  document.querySelectorAll("[data-node-id]").forEach(function (el) {
    var i = index[el.getAttribute("data-node-id")];
    if (i !== undefined) { elements[i] = el; }
  });
  var rows = new Array(n);
  elements.forEach(function (el, i) { rows[i] = el.closest("tr") || el; });

  // ids in natural order (A2 before A10), as tocgraph.hints.natural_key sorts them
  function natural(a, b) {
    var x = a.split(/([0-9]+)/).filter(Boolean), y = b.split(/([0-9]+)/).filter(Boolean);
    for (var k = 0; k < Math.min(x.length, y.length); k++) {
      var dx = /^[0-9]+$/.test(x[k]), dy = /^[0-9]+$/.test(y[k]);
      if (dx !== dy) { return dx ? -1 : 1; }
      if (dx) { // as whole numbers, of any length: no leading zeros, then longer is larger
        var p = x[k].replace(/^0+(?=.)/, ""), q = y[k].replace(/^0+(?=.)/, "");
        if (p.length !== q.length) { return p.length - q.length; }
        if (p !== q) { return p < q ? -1 : 1; }
      }
      if (!dx && x[k] !== y[k]) { return x[k] < y[k] ? -1 : 1; }
    }
    return x.length - y.length;
  }
  var svgNodes = {};
  document.querySelectorAll("svg g.node").forEach(function (g) {
    var title = g.querySelector("title");
    if (title && index[title.textContent] !== undefined) { svgNodes[index[title.textContent]] = g; }
  });
  var stop = new Array(n).fill(false);

  function format(key, values) {
    return T[key].replace(/\{(\w+)\}/g, function (_, name) { return String(values[name]); });
  }

  function isActivity(i) { return D.kinds[i] === "activity"; }
  function toggleable(i) { return isActivity(i) && D.status[i] !== "stopped"; }

  function evaluate() {
    var support = new Array(n), alive = new Array(n), touched = new Array(n);
    for (var i = 0; i < n; i++) {
      if (isActivity(i)) {
        var status = D.status[i];
        support[i] = stop[i] || status === "stopped" ? "F" : status === "unclear" ? "U" : "T";
        alive[i] = support[i] === "T";
        touched[i] = stop[i];
        continue;
      }
      var cs = D.contributors[i], t = 0, u = 0, a = 0, touch = false;
      // a link's named assumptions cap what it carries: "F" fails, "U" at risk
      var caps = D.caps ? D.caps[i] : null;
      for (var k = 0; k < cs.length; k++) {
        var c = cs[k], cap = caps ? caps[k] : "T";
        var value = cap === "F" || support[c] === "F" ? "F" : cap === "U" ? "U" : support[c];
        if (value === "T") { t++; } else if (value === "U") { u++; }
        if (alive[c] && cap === "T") { a++; }
        touch = touch || touched[c];
      }
      var need = D.required[i];
      support[i] = cs.length === 0 ? "F" : t >= need ? "T" : t + u < need ? "F" : "U";
      alive[i] = cs.length > 0 && a >= need;
      touched[i] = touch;
    }
    var margin = new Array(n), critical = new Array(n);
    for (var j = 0; j < n; j++) {
      if (isActivity(j)) { continue; }
      if (!touched[j]) {
        margin[j] = D.base.margin[j];
        critical[j] = D.base.critical[j];
      } else if (!alive[j]) {
        margin[j] = 0;
        critical[j] = [];
      } else if (D.cuts[j]) {
        var best = Infinity, single = {};
        D.cuts[j].forEach(function (cut) {
          var left = cut.filter(function (x) { return !stop[x]; });
          if (left.length < best) { best = left.length; }
          if (left.length === 1) { single[D.ids[left[0]]] = true; }
        });
        margin[j] = best;
        critical[j] = best === 1 ? Object.keys(single).sort(natural) : [];
      } else {
        margin[j] = null; // not computed in the page: never a guessed number
        critical[j] = null;
      }
    }
    return { support: support, margin: margin, critical: critical };
  }

  // Cells are looked up once; the DOM is written only where a value changes,
  // so a toggle costs little style and layout work even with hundreds of nodes.
  var cells = rows.map(function (row) {
    return row && {
      verdict: row.querySelector(".verdict"),
      margin: row.querySelector(".margin"),
      critical: row.querySelector(".critical"),
      status: row.querySelector(".status")
    };
  });
  var shown = rows.map(function () { return {}; });

  function put(i, name, value, write) {
    if (shown[i][name] === value) { return; }
    shown[i][name] = value;
    write(value);
  }

  function attribute(el, name) {
    return function (value) {
      if (value === null) { el.removeAttribute(name); } else { el.setAttribute(name, value); }
    };
  }

  function content(cell) {
    return function (value) { if (cell) { cell.textContent = value; } };
  }

  function svgClass(i, name) {
    return function (value) { if (svgNodes[i]) { svgNodes[i].classList.toggle(name, value); } };
  }

  function show(result) {
    var changes = [];
    for (var i = 0; i < n; i++) {
      var el = elements[i], row = rows[i], cell = cells[i];
      if (!el) { continue; }
      var s = result.support[i];
      put(i, "verdict", VERDICT[s], attribute(el, "data-verdict"));
      put(i, "verdictText", SYMBOL[s] + " " + T[VERDICT[s]], content(cell.verdict));
      if (isActivity(i)) {
        var status = stop[i] ? "stopped" : D.status[i];
        put(i, "status", status, function (value) {
          el.setAttribute("data-status", value);
          row.setAttribute("data-status", value);
          cell.status.textContent = T[value];
        });
        put(i, "pressed", String(stop[i] || D.status[i] === "stopped"), attribute(el, "aria-pressed"));
        put(i, "svgStopped", stop[i], svgClass(i, "wi-stopped"));
        continue;
      }
      var m = result.margin[i], crit = result.critical[i];
      put(i, "margin", m === null ? null : String(m), attribute(el, "data-margin"));
      put(i, "critical", crit === null ? null : crit.join(" "), attribute(el, "data-critical"));
      put(i, "marginText", m === null ? T["html.margin.unknown"] : String(m), content(cell.margin));
      put(i, "criticalText",
        crit === null ? T["html.margin.unknown"] : crit.length ? crit.join(", ") : "\u2013",
        content(cell.critical));
      var changed = VERDICT[s] !== D.base.verdict[i] || (m !== null && m !== D.base.margin[i]);
      put(i, "changed", changed, function (value) { row.classList.toggle("changed", value); });
      put(i, "svgChanged", changed, svgClass(i, "wi-changed"));
      if (changed) { changes.push(i); }
    }
    summarise(result, changes);
    document.getElementById("save-draft").disabled = stoppedIds().length === 0;
    document.querySelectorAll("button.partner").forEach(function (button) {
      var own = partnerActivities(button.getAttribute("data-partner"));
      var all = own.length > 0 && own.every(function (i) { return stop[i]; });
      button.setAttribute("aria-pressed", String(all));
    });
  }

  var caption = document.getElementById("diagram-caption");
  var asItIs = caption ? caption.textContent : "";

  function summarise(result, changes) {
    var stopped = 0;
    stop.forEach(function (s) { if (s) { stopped++; } });
    var summary = document.getElementById("summary");
    var ids = stoppedIds().join(", ");
    if (caption) {  // the drawing keeps the ToC's words: say what it shows of the scenario
      caption.textContent = stopped ? format("html.diagram.scenario", { ids: ids }) : asItIs;
    }
    if (!stopped) {
      summary.textContent = T["html.summary.none"];
      return;
    }
    changes.sort(function (a, b) { return D.order[a] - D.order[b]; });
    var effects = changes.slice(0, 3).map(function (i) {
      var verdict = VERDICT[result.support[i]];
      var kind = T[D.kinds[i]];
      if (verdict !== D.base.verdict[i]) {
        return format("html.effect.verdict", {
          kind: kind, node: D.ids[i], before: T[D.base.verdict[i]], after: T[verdict]
        });
      }
      var after = result.margin[i] === null ? T["html.margin.unknown"] : result.margin[i];
      return format("html.effect.margin", {
        kind: kind, node: D.ids[i], before: D.base.margin[i], after: after
      });
    });
    if (changes.length > 3) { effects.push(format("html.effect.more", { n: changes.length - 3 })); }
    var what = effects.length ? effects.join("; ") : T["html.effect.none"];
    var key = stopped === 1 ? "html.summary.one" : "html.summary.many";
    summary.textContent = format(key, { n: stopped, ids: ids, effects: what });
  }

  function partnerActivities(name) {
    var found = [];
    for (var i = 0; i < n; i++) {
      if (toggleable(i) && D.partner[i] === name) { found.push(i); }
    }
    return found;
  }

  function stoppedIds() {
    var ids = [];
    for (var i = 0; i < n; i++) { if (stop[i]) { ids.push(D.ids[i]); } }
    return ids.sort(natural);
  }

  function update(writeHash) {
    show(evaluate());
    if (writeHash) {
      var ids = stoppedIds();
      var hash = ids.length ? "#stop=" + ids.join(",") : "";
      var url = location.href.split("#")[0] + hash;
      try {
        history.replaceState(null, "", url);
      } catch (e) {
        location.hash = hash;
      }
    }
  }

  function readHash() {
    stop.fill(false);
    var ignored = [];
    var match = /^#stop=(.*)$/.exec(location.hash);
    if (match) {
      var listed;
      try {
        listed = decodeURIComponent(match[1]);
      } catch (e) {
        listed = match[1]; // a malformed escape: take the text as it is
      }
      listed.split(",").forEach(function (id) {
        if (!id) { return; }
        var i = index[id];
        if (i !== undefined && toggleable(i)) { stop[i] = true; } else { ignored.push(id); }
      });
    }
    var note = document.getElementById("ignored");
    note.hidden = ignored.length === 0;
    note.textContent = ignored.length ? format("html.ignored", { ids: ignored.join(", ") }) : "";
    update(false);
  }

  function draft() {
    var ids = stoppedIds();
    var lines = [
      "# " + T["html.draft.comment"],
      "tocgraph-change: 1",
      "toc: " + JSON.stringify(D.tocFile),
      "title: " + JSON.stringify(T["html.draft.title"]),
      "changes:"
    ];
    ids.forEach(function (id) {
      lines.push("  - stop: " + JSON.stringify(id));
      lines.push("    rationale:");
    });
    if (!ids.length) { lines[lines.length - 1] = "changes: []"; }
    var blob = new Blob([lines.join("\n") + "\n"], { type: "application/x-yaml" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = D.tocId + "-change-request.yaml";
    document.body.appendChild(link);
    link.click();
    link.remove();
  }

  elements.forEach(function (el, i) {
    if (!isActivity(i)) { return; }
    el.addEventListener("click", function () {
      if (!toggleable(i)) { return; }
      stop[i] = !stop[i];
      update(true);
    });
  });
  document.querySelectorAll("button.partner").forEach(function (button) {
    button.addEventListener("click", function () {
      var own = partnerActivities(button.getAttribute("data-partner"));
      var all = own.every(function (i) { return stop[i]; });
      own.forEach(function (i) { stop[i] = !all; });
      update(true);
    });
  });
  document.getElementById("reset").addEventListener("click", function () {
    stop.fill(false);
    update(true);
  });
  document.getElementById("save-draft").addEventListener("click", draft);
  window.addEventListener("hashchange", readHash);
  document.querySelectorAll(".no-script").forEach(function (el) { el.hidden = true; });
  document.querySelectorAll(".needs-script").forEach(function (el) { el.hidden = false; });
  readHash();
  document.documentElement.setAttribute("data-ready", "true");
}());
