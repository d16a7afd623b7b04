(function () {
  "use strict";
  var DIV_ID = "@@DIV_ID@@";
  var gd = document.getElementById(DIV_ID);
  var status = document.getElementById("timeline-status");
  var island = JSON.parse(document.getElementById("timeline-figure").textContent);
  var variants = island.variants || [];
  var entries = {};
  var marks = {};
  var selected = null;
  var current = -1;          // index of the variant drawn
  var state = { q: "", source: "", hidden: {} };
  var textOf = {};
  var DAY = 86400000;

  Array.prototype.forEach.call(document.querySelectorAll(".timeline-event"), function (li) {
    entries[li.getAttribute("data-event-id")] = li;
  });
  var eventIds = Object.keys(entries);

  function eventIdOf(customdata) {
    var id = Array.isArray(customdata) ? customdata[0] : customdata;
    return typeof id === "string" ? id : null;
  }

  function indexMarks() {
    marks = {};
    (gd.data || []).forEach(function (trace, c) {
      var cds = trace.customdata;
      if (!cds || typeof cds.length !== "number") { return; }
      for (var p = 0; p < cds.length; p++) {
        var id = eventIdOf(cds[p]);
        if (id !== null && !(id in marks)) { marks[id] = { curveNumber: c, pointNumber: p }; }
      }
    });
  }

  // ------------------------------------------------------------------ selection

  function announce(li) {
    if (!status || !li) { return; }
    var title = li.querySelector(".event-title");
    var date = li.querySelector(".event-date");
    status.textContent = "Selected: " + (title ? title.textContent : "") + (date ? " (" + date.textContent + ")" : "");
  }

  function selectEntry(id, opts) {
    opts = opts || {};
    var li = entries[id];
    if (!li) { return false; }
    if (li.hidden) { li.hidden = false; }
    if (selected && selected !== li) {
      selected.classList.remove("is-selected");
      selected.removeAttribute("aria-current");
    }
    selected = li;
    li.classList.add("is-selected");
    li.setAttribute("aria-current", "true");
    if (opts.scroll !== false) { li.scrollIntoView({ block: "start", behavior: "auto" }); }
    if (opts.focus !== false) { li.focus({ preventScroll: true }); }
    announce(li);
    return true;
  }

  function highlightShape(mark) {
    var cd = gd.calcdata && gd.calcdata[mark.curveNumber];
    var pt = cd && cd[mark.pointNumber];
    var trace = gd._fullData && gd._fullData[mark.curveNumber];
    var shapes = ((gd.layout && gd.layout.shapes) || []).filter(function (s) { return s.name !== "timeline-highlight"; });
    if (pt && trace && typeof pt.x === "number" && isFinite(pt.x) && trace.orientation !== "h") {
      shapes.push({
        name: "timeline-highlight", type: "line", xref: trace.xaxis || "x", yref: "paper",
        x0: pt.x, x1: pt.x, y0: 0, y1: 1, layer: "below",
        line: { color: "#1f5fbf", width: 2, dash: "dot" }
      });
    }
    return window.Plotly.relayout(gd, { shapes: shapes });
  }

  function focusMark(id) {
    var mark = marks[id];
    selectEntry(id, { scroll: false, focus: false });
    if (!mark || !window.Plotly) { return false; }
    gd.scrollIntoView({ block: "nearest", behavior: "auto" });
    var hover = function () { window.Plotly.Fx.hover(gd, [mark]); };
    var p = highlightShape(mark);
    if (p && typeof p.then === "function") { p.then(hover, hover); } else { hover(); }
    gd.setAttribute("data-focused-event", id);
    return true;
  }

  eventIds.forEach(function (id) {
    var li = entries[id];
    var button = li.querySelector(".focus-mark");
    if (button) {
      button.addEventListener("click", function (ev) { ev.stopPropagation(); focusMark(id); });
    }
    li.addEventListener("keydown", function (ev) {
      if (ev.target !== li) { return; }
      if (ev.key === "Enter" || ev.key === " " || ev.key === "Spacebar") {
        ev.preventDefault();
        focusMark(id);
      }
    });
    li.addEventListener("click", function (ev) {
      var sel = window.getSelection && window.getSelection();
      if (sel && String(sel).length > 0) { return; }
      if (ev.target.closest && ev.target.closest("a, button")) { return; }
      selectEntry(id, { scroll: false });
    });
  });

  // ------------------------------------------------------------------ quote in its article

  Array.prototype.forEach.call(document.querySelectorAll(".show-context"), function (button) {
    button.addEventListener("click", function (ev) {
      ev.stopPropagation();
      var box = button.nextElementSibling;
      var open = button.getAttribute("aria-expanded") === "true";
      if (!open && !box.hasChildNodes()) {
        var ctx = (island.contexts || [])[Number(button.getAttribute("data-quote"))];
        if (ctx) {
          box.appendChild(document.createTextNode(ctx[0]));
          var mark = document.createElement("mark");
          mark.textContent = ctx[1];
          box.appendChild(mark);
          box.appendChild(document.createTextNode(ctx[2]));
        }
      }
      box.hidden = open;
      button.setAttribute("aria-expanded", open ? "false" : "true");
      button.textContent = open ? "Show in the article" : "Hide the article text";
    });
  });

  if (!window.Plotly) {
    gd.textContent = "The chart could not be drawn (plotly.js missing); the events are listed below.";
    return;
  }

  // ------------------------------------------------------------------ time axis (collapsed: piecewise linear)

  function scale() { var v = variants[current]; return (v && v.layout.meta && v.layout.meta.scale) || {}; }

  function interp(v, a, b) {
    var n = a.length;
    if (n < 2) { return b[0] || 0; }
    var i = 1;
    if (v <= a[0]) { i = 1; } else if (v >= a[n - 1]) { i = n - 1; } else {
      var lo = 0, hi = n - 1;
      while (hi - lo > 1) { var mid = (lo + hi) >> 1; if (a[mid] <= v) { lo = mid; } else { hi = mid; } }
      i = hi;
    }
    return b[i - 1] + (v - a[i - 1]) * (b[i] - b[i - 1]) / (a[i] - a[i - 1]);
  }
  function toX(day) { var s = scale(); return interp(day, s.knots, s.xs); }
  function toDay(x) { var s = scale(); return interp(x, s.xs, s.knots); }
  function inBreak(x) {
    return (scale().breaks || []).some(function (b) { return x > b[0] + 0.5 && x < b[1] - 0.5; });
  }

  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var ctx2d = document.createElement("canvas").getContext("2d");
  ctx2d.font = "11px Arial, 'Liberation Sans', Helvetica, sans-serif";
  function textW(t) { return ctx2d.measureText(t).width * 1.1 + 2; }

  function ticksFor(lo, hi, px) {
    var d0 = toDay(lo), d1 = toDay(hi), zoom = px / (hi - lo);
    var y0 = new Date(d0 * DAY).getUTCFullYear(), y1 = new Date(d1 * DAY).getUTCFullYear() + 1;
    var cands = [];
    for (var y = y0; y <= y1; y++) {
      cands.push([y % 10 === 0 ? 0 : 1, Date.UTC(y, 0, 1) / DAY, "year"]);
      if (y1 - y0 <= 200) {
        for (var m = 1; m < 12; m++) { cands.push([2, Date.UTC(y, m, 1) / DAY, "month"]); }
      }
    }
    if (d1 - d0 <= 1500) {
      for (var d = Math.ceil(d0); d <= d1; d++) {
        if (new Date(d * DAY).getUTCDate() !== 1) { cands.push([new Date(d * DAY).getUTCDate() % 7 === 1 ? 3 : 4, d, "day"]); }
      }
    }
    cands.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    var kept = [];
    cands.forEach(function (c) {
      if (c[1] < d0 || c[1] > d1) { return; }
      var x = toX(c[1]);
      if (x < lo || x > hi || inBreak(x)) { return; }
      var dt = new Date(c[1] * DAY);
      var text = c[2] === "year" ? String(dt.getUTCFullYear())
        : c[2] === "month" ? MONTHS[dt.getUTCMonth()] + " " + dt.getUTCFullYear()
        : dt.getUTCDate() + " " + MONTHS[dt.getUTCMonth()] + " " + dt.getUTCFullYear();
      var half = textW(text) / 2, xp = x * zoom;
      for (var k = 0; k < kept.length; k++) {
        if (Math.abs(xp - kept[k].x * zoom) < half + kept[k].half + 8) { return; }
      }
      kept.push({ x: x, half: half, day: c[1], text: text, kind: c[2] });
    });
    kept.sort(function (a, b) { return a.x - b.x; });
    var prevYear = null;
    kept.forEach(function (k) {
      var yr = new Date(k.day * DAY).getUTCFullYear();
      if (k.kind === "day" && yr === prevYear) { k.text = k.text.replace(/ \d+$/, ""); }
      prevYear = yr;
    });
    return { tickvals: kept.map(function (k) { return k.x; }), ticktext: kept.map(function (k) { return k.text; }) };
  }

  var reticking = false;
  function retick() {
    var s = scale();
    if (!s.knots || !gd._fullLayout) { return; }
    var xa = gd._fullLayout.xaxis;
    var t = ticksFor(xa.range[0], xa.range[1], xa._length);
    reticking = true;
    window.Plotly.relayout(gd, { "xaxis.tickvals": t.tickvals, "xaxis.ticktext": t.ticktext }).then(function () {
      drawOverview();
      return declutter();
    }).then(function () { reticking = false; }, function () { reticking = false; });
  }

  // ------------------------------------------------------------------ labels never overlap, at any zoom

  var okMap = null;  // the filters' verdict per event (null: no filter applied yet)
  function calloutIndexes() {
    var out = [];
    (gd.layout.annotations || []).forEach(function (a, k) {
      if (a.name && a.name.indexOf("callout:") === 0) { out.push(k); }
    });
    return out;
  }
  function overlap(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }
  // Show every callout the filters allow, then hide (in reverse order of importance) any whose rendered box
  // overlaps a more important label, another annotation or a tick label, or leaves the plot area.
  function declutter() {
    var anns = gd.layout.annotations || [];
    var show = {};
    calloutIndexes().forEach(function (k) {
      var id = anns[k].name.slice(8);
      show["annotations[" + k + "].visible"] = !okMap || !!okMap[id];
    });
    return window.Plotly.relayout(gd, show).then(function () {
      var drag = gd.querySelector(".draglayer .xy .nsewdrag");
      var area = drag ? drag.getBoundingClientRect() : gd.getBoundingClientRect();
      var fixed = [], kept = [], hide = {}, cands = [];
      Array.prototype.forEach.call(gd.querySelectorAll(".xtick text, .ytick text"), function (t) {
        var r = t.getBoundingClientRect(); if (r.width > 0) { fixed.push(r); }
      });
      Array.prototype.forEach.call(gd.querySelectorAll(".annotation"), function (g) {
        var k = Number(g.getAttribute("data-index"));
        var bg = g.querySelector("rect.bg");
        var r = bg ? bg.getBoundingClientRect() : null;
        if (!r || !(r.width > 0) || !anns[k] || anns[k].visible === false) { return; }
        if (anns[k].name && anns[k].name.indexOf("callout:") === 0) { cands.push({ k: k, r: r }); } else { fixed.push(r); }
      });
      cands.sort(function (a, b) { return a.k - b.k; });
      cands.forEach(function (c) {
        var r = c.r, bad = r.left < area.left - 0.5 || r.right > area.right + 0.5 || r.top < area.top - 0.5 || r.bottom > area.bottom + 0.5;
        for (var i = 0; !bad && i < fixed.length; i++) { bad = overlap(r, fixed[i]); }
        for (var j = 0; !bad && j < kept.length; j++) { bad = overlap(r, kept[j]); }
        if (bad) { hide["annotations[" + c.k + "].visible"] = false; } else { kept.push(r); }
      });
      gd.setAttribute("data-hidden-labels", String(Object.keys(hide).length));
      return Object.keys(hide).length ? window.Plotly.relayout(gd, hide) : null;
    });
  }

  // ------------------------------------------------------------------ overview strip: real (linear) time

  var SVGNS = "http://www.w3.org/2000/svg";
  function el(name, attrs, parent) {
    var e = document.createElementNS(SVGNS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  function drawOverview() {
    var box = document.getElementById("timeline-overview");
    var s = scale();
    if (!box) { return; }
    while (box.firstChild) { box.removeChild(box.firstChild); }
    if (!s.knots || !gd._fullLayout) { return; }
    var fl = gd._fullLayout, xa = fl.xaxis, left = fl.margin.l, w = xa._length;
    var k0 = s.knots[0], k1 = s.knots[s.knots.length - 1];
    var t0 = toDay(0), t1 = toDay(s.xs[s.xs.length - 1] + s.xs[0]);
    if (!(t1 > t0)) { return; }
    var H = 58, top = 4, bot = 40;
    var svg = el("svg", { width: fl.width, height: H, role: "img" }, box);
    svg.setAttribute("data-overview", "true");
    var lin = function (d) { return left + (d - t0) / (t1 - t0) * w; };
    var main = function (d) { return left + (toX(d) - xa.range[0]) / (xa.range[1] - xa.range[0]) * w; };
    var vis0 = toDay(xa.range[0]), vis1 = toDay(xa.range[1]);
    el("rect", { x: lin(Math.max(vis0, t0)), y: bot - 6, width: Math.max(2, lin(Math.min(vis1, t1)) - lin(Math.max(vis0, t0))), height: 12, fill: "rgba(31,95,191,0.18)", stroke: "#1f5fbf", "stroke-width": 1 }, svg);
    el("line", { x1: left, x2: left + w, y1: bot, y2: bot, stroke: "#444", "stroke-width": 1 }, svg);
    // event boundaries as small ticks on real time
    for (var i = 0; i < s.knots.length; i++) {
      var xk = lin(s.knots[i]);
      el("line", { x1: xk, x2: xk, y1: bot - 4, y2: bot, stroke: "rgba(60,60,60,0.55)", "stroke-width": 1 }, svg);
    }
    // years: linear labels, and a fan from where the year starts on the chart's axis
    var ya = new Date(t0 * DAY).getUTCFullYear(), yb = new Date(t1 * DAY).getUTCFullYear();
    var span = yb - ya, step = span > 150 ? 50 : span > 60 ? 20 : span > 24 ? 5 : span > 10 ? 2 : 1;
    var lastLabel = -1e9;
    for (var y = Math.ceil(ya / step) * step; y <= yb + 1; y += step) {
      var d = Date.UTC(y, 0, 1) / DAY;
      if (d < t0 || d > t1) { continue; }
      var xl = lin(d), xm = main(d);
      if (xm >= left && xm <= left + w) {
        el("line", { x1: xm, x2: xl, y1: top, y2: bot, stroke: "rgba(31,95,191,0.35)", "stroke-width": 1 }, svg);
      }
      el("line", { x1: xl, x2: xl, y1: bot, y2: bot + 4, stroke: "#444", "stroke-width": 1 }, svg);
      var label = String(y);
      if (xl - lastLabel > textW(label) + 6) {
        var t = el("text", { x: xl, y: bot + 15, "text-anchor": "middle", "font-size": 10, fill: "#444", "font-family": "Arial, 'Liberation Sans', sans-serif" }, svg);
        t.textContent = label;
        lastLabel = xl;
      }
    }
    var cap = el("text", { x: left - 6, y: bot + 3, "text-anchor": "end", "font-size": 10, fill: "#666", "font-family": "Arial, 'Liberation Sans', sans-serif" }, svg);
    cap.textContent = "real time";
    var cap2 = el("text", { x: left - 6, y: top + 8, "text-anchor": "end", "font-size": 10, fill: "#666", "font-family": "Arial, 'Liberation Sans', sans-serif" }, svg);
    cap2.textContent = "axis above";
    box.setAttribute("data-visible-from", String(vis0));
    box.setAttribute("data-visible-to", String(vis1));
  }

  // ------------------------------------------------------------------ filters

  function eventText(id) {
    if (!(id in textOf)) { textOf[id] = (entries[id].textContent || "").toLowerCase(); }
    return textOf[id];
  }
  var laneOf = {};
  function matches(id) {
    if (state.hidden[laneOf[id]]) { return false; }
    if (state.source && (island.sources[id] || []).indexOf(state.source) < 0) { return false; }
    if (state.q) {
      var words = state.q.split(/\s+/).filter(Boolean), text = eventText(id);
      for (var i = 0; i < words.length; i++) { if (text.indexOf(words[i]) < 0) { return false; } }
    }
    return true;
  }

  function applyFilters() {
    var shown = 0, ok = {};
    eventIds.forEach(function (id) {
      ok[id] = matches(id);
      entries[id].hidden = !ok[id];
      if (ok[id]) { shown++; }
    });
    var count = document.getElementById("timeline-count");
    if (count) { count.textContent = shown + " of " + eventIds.length + " events shown"; }
    if (current < 0 || !gd.data) { return Promise.resolve(); }
    var visible = [], opacity = [], idx = [];
    gd.data.forEach(function (trace, c) {
      idx.push(c);
      visible.push(!state.hidden[trace.legendgroup]);
      var cds = trace.customdata;
      if (cds && cds.length) {
        opacity.push(cds.map(function (cd) { return ok[eventIdOf(cd)] ? 1 : 0.12; }));
      } else {
        opacity.push(trace.marker ? trace.marker.opacity : undefined);
      }
    });
    okMap = ok;
    return window.Plotly.restyle(gd, { visible: visible, "marker.opacity": opacity }, idx).then(declutter);
  }

  function buildControls() {
    var meta = (variants[0] && variants[0].layout.meta) || {};
    var lanes = meta.lanes || [];
    var list = document.getElementById("timeline-lane-list");
    if (lanes.length && list) {
      document.getElementById("timeline-lanes").hidden = false;
      lanes.forEach(function (lane) {
        var label = document.createElement("label");
        label.className = "lane-toggle";
        var box = document.createElement("input");
        box.type = "checkbox"; box.checked = true; box.value = lane.key;
        box.addEventListener("change", function () {
          if (box.checked) { delete state.hidden[lane.key]; } else { state.hidden[lane.key] = true; }
          applyFilters();
        });
        var sw = document.createElement("span");
        sw.className = "lane-swatch"; sw.style.background = lane.color;
        var name = document.createElement("span");
        name.className = "lane-label"; name.textContent = lane.key;
        label.appendChild(box); label.appendChild(sw); label.appendChild(name);
        list.appendChild(label);
      });
    }
    var presets = meta.presets || [];
    var group = document.getElementById("timeline-presets");
    if (presets.length && group) {
      group.hidden = false;
      presets.forEach(function (p, k) {
        var b = document.createElement("button");
        b.type = "button"; b.className = "preset"; b.textContent = p.label;
        b.setAttribute("aria-pressed", k === 0 ? "true" : "false");
        b.addEventListener("click", function () { applyPreset(k); });
        group.appendChild(b);
      });
    }
    var select = document.getElementById("timeline-source");
    (island.articles || []).forEach(function (a) {
      var o = document.createElement("option");
      o.value = a[0]; o.textContent = a[1];
      select.appendChild(o);
    });
    select.addEventListener("change", function () { state.source = select.value; applyFilters(); });
    var search = document.getElementById("timeline-search");
    var timer = null;
    search.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { state.q = search.value.trim().toLowerCase(); applyFilters(); }, 120);
    });
  }

  function applyPreset(k) {
    var p = ((variants[current].layout.meta || {}).presets || [])[k];
    if (!p) { return; }
    Array.prototype.forEach.call(document.querySelectorAll(".preset"), function (b, i) {
      b.setAttribute("aria-pressed", i === k ? "true" : "false");
    });
    window.Plotly.relayout(gd, { "xaxis.range": p.args["xaxis.range"] });
  }

  // ------------------------------------------------------------------ responsive drawing

  function pick(width) {
    var best = 0;
    variants.forEach(function (v, i) { if ((v.layout.width || 0) <= width) { best = i; } });
    return best;
  }

  function figureFor(i, width) {
    var v = variants[i];
    var data = v.data.map(function (t) {
      var copy = Object.assign({}, t);
      if (typeof copy.hovertext === "number") { copy.hovertext = island.hovertexts[copy.hovertext]; }
      return copy;
    });
    var layout = JSON.parse(JSON.stringify(v.layout));
    var meta = layout.meta || {};
    if (meta.max_width) { layout.width = Math.max(meta.width, Math.min(width, meta.max_width)); }
    return { data: data, layout: layout };
  }

  function draw() {
    var width = Math.floor(gd.clientWidth || gd.getBoundingClientRect().width || 1000);
    var i = pick(width);
    var oldRange = null;
    if (current >= 0 && gd._fullLayout && scale().knots) {
      var r = gd._fullLayout.xaxis.range;
      oldRange = [toDay(r[0]), toDay(r[1])];
    }
    var fig = figureFor(i, width);
    if (i === current && gd._fullLayout && gd._fullLayout.width === fig.layout.width) { return Promise.resolve(); }
    var zoomed = oldRange && gd._fullLayout && (gd._fullLayout.xaxis.range[0] > 0.5 ||
      gd._fullLayout.xaxis.range[1] < (variants[current].layout.meta.plot_width || 0) - 0.5);
    current = i;
    var config = Object.assign({}, variants[i].config || {}, { responsive: false, displaylogo: false });
    return window.Plotly.react(gd, fig.data, fig.layout, config).then(function () {
      indexMarks();
      gd.setAttribute("data-variant", String(variants[i].layout.width));
      if (zoomed && scale().knots) {
        return window.Plotly.relayout(gd, { "xaxis.range": [toX(oldRange[0]), toX(oldRange[1])] });
      }
    }).then(function () { return applyFilters(); }).then(function () { retick(); });
  }

  if (!variants.length) { return; }
  eventIds.forEach(function (id) { laneOf[id] = null; });
  variants[0].data.forEach(function (t) {
    (t.customdata || []).forEach(function (cd) { laneOf[eventIdOf(cd)] = t.legendgroup; });
  });
  buildControls();
  draw().then(function () {
    gd.on("plotly_click", function (ev) {
      var pt = ev && ev.points && ev.points[0];
      var id = pt ? eventIdOf(pt.customdata) : null;
      if (id !== null) { selectEntry(id); }
    });
    gd.on("plotly_relayout", function (ev) {
      if (reticking || !ev) { return; }
      if ("xaxis.range[0]" in ev || "xaxis.range" in ev || "xaxis.autorange" in ev) { retick(); }
    });
    var pending = null;
    window.addEventListener("resize", function () {
      clearTimeout(pending);
      pending = setTimeout(function () { draw(); }, 150);
    });
    document.body.setAttribute("data-timeline-ready", "true");
  });

  window.timelinePage = {
    select: selectEntry, focusMark: focusMark, marks: function () { return marks; },
    ticksFor: ticksFor, variant: function () { return current; }, redraw: draw
  };
})();
