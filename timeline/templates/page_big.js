(function () {
  "use strict";
  // The page for big timelines: every event once, as columns (timeline.bigpage.page_columns). Zoomed out the chart
  // shows events per lane and time bin; with at most D.marks_max events in view it shows one mark per event. The
  // sources list holds the events in the visible range that pass the filters, a page at a time.
  var DIV_ID = "@@DIV_ID@@";
  var DAY = 86400000, PAGE = 50;
  var gd = document.getElementById(DIV_ID);
  var status = document.getElementById("timeline-status");

  // The columns are JSON, deflated (zlib) and base64-encoded; the browser inflates them (DecompressionStream).
  function load() {
    var island = document.getElementById("timeline-data");
    var text = island.textContent.trim();
    if (island.getAttribute("data-encoding") !== "zlib-base64") { return Promise.resolve(JSON.parse(text)); }
    if (typeof DecompressionStream === "undefined") {
      return Promise.reject(new Error("this browser cannot inflate the page's data (no DecompressionStream)"));
    }
    var bin = atob(text), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).text().then(JSON.parse);
  }

  load().then(start, function (err) {
    gd.textContent = "The timeline could not be drawn: " + err.message + ".";
  });

  function start(D) {
    var n = D.ids.length, L = D.lanes.length, MARKS_MAX = D.marks_max || 500;
    var mid = new Float64Array(n), qptr = new Int32Array(n + 1), byId = {};
    for (var i = 0; i < n; i++) {
      mid[i] = (D.d0[i] + D.d1[i]) / 2;
      qptr[i + 1] = qptr[i] + D.nq[i];
      byId[D.ids[i]] = i;
    }
    var ok = new Uint8Array(n).fill(1);
    var state = { q: "", source: -1, hidden: {} };
    var pad = n ? Math.max(1, (mid[n - 1] - mid[0]) * 0.02) : 1;
    var FULL = n ? [mid[0] - pad, mid[n - 1] + pad] : [0, 1];
    var view = FULL.slice();
    var pageStart = 0, selected = -1, highlight = -1, haystack = null;
    var rendering = false, chain = Promise.resolve();
    document.getElementById("timeline-marks-max").textContent = String(MARKS_MAX);

    // ------------------------------------------------------------------ the visible range

    function lowerBound(x) {
      var lo = 0, hi = n;
      while (lo < hi) { var m = (lo + hi) >> 1; if (mid[m] < x) { lo = m + 1; } else { hi = m; } }
      return lo;
    }
    function inView() { return [lowerBound(view[0]), lowerBound(view[1] + 1e-9)]; }
    function shownIn(a, b) {
      var out = [];
      for (var k = a; k < b; k++) { if (ok[k]) { out.push(k); } }
      return out;
    }

    // ------------------------------------------------------------------ chart

    function esc(t) { return String(t).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
    function short(t, k) { return t.length > k ? t.slice(0, k - 1) + "\u2026" : t; }
    function iso(day) { return new Date(Math.round(day) * DAY).toISOString().slice(0, 10); }
    function row(lane) { return L - 1 - lane; }

    function densityTraces(shown) {
      var width = (gd._fullLayout && gd._fullLayout.xaxis && gd._fullLayout.xaxis._length) || gd.clientWidth || 1000;
      var bins = Math.max(20, Math.min(240, Math.floor(width / 6)));
      var w = (view[1] - view[0]) / bins, counts = new Float64Array(L * bins), top = 0;
      shown.forEach(function (k) {
        var b = Math.min(bins - 1, Math.max(0, Math.floor((mid[k] - view[0]) / w)));
        var c = ++counts[D.lane[k] * bins + b];
        if (c > top) { top = c; }
      });
      // one bar trace for all lanes (fewer traces draw faster): a bar per lane and bin holding events
      var x = [], y = [], base = [], color = [], text = [], cd = [];
      for (var lane = 0; lane < L; lane++) {
        if (state.hidden[lane]) { continue; }
        for (var b = 0; b < bins; b++) {
          var c = counts[lane * bins + b];
          if (!c) { continue; }
          var lo = view[0] + b * w, hi = lo + w;
          x.push((lo + w / 2) * DAY);
          y.push(0.1 + 0.75 * c / top);
          base.push(row(lane) - 0.42);
          color.push(D.colors[lane]);
          text.push(c + " event" + (c === 1 ? "" : "s") + ", " + iso(lo) + " \u2013 " + iso(hi) + "<br>" + esc(short(D.lanes[lane], 60)));
          cd.push([lo, hi]);
        }
      }
      return [{
        type: "bar", name: "events per bin", x: x, y: y, base: base, width: w * DAY * 0.92,
        marker: { color: color }, hovertext: text, hoverinfo: "text", customdata: cd, showlegend: false
      }];
    }

    // Two traces: the periods (grey lines) and one dot per event in its lane's colour.
    function markTraces(shown) {
      var x = [], y = [], text = [], cd = [], color = [], lx = [], ly = [];
      shown.forEach(function (k) {
        var lane = D.lane[k], yy = row(lane) + ((k * 0.6180339887) % 1 - 0.5) * 0.7;
        x.push(mid[k] * DAY); y.push(yy); cd.push(k); color.push(D.colors[lane]);
        text.push(esc(short(D.title[k], 90)) + "<br>" + esc(D.whens[D.when[k]][0]) + " \u00b7 " + D.nq[k] + " quote" + (D.nq[k] === 1 ? "" : "s"));
        if (D.d1[k] - D.d0[k] > 1) { lx.push(D.d0[k] * DAY, D.d1[k] * DAY, null); ly.push(yy, yy, null); }
      });
      return [
        { type: "scatter", mode: "lines", x: lx, y: ly, hoverinfo: "skip", showlegend: false,
          line: { color: "rgba(90,90,90,0.35)", width: 3 }, name: "periods" },
        { type: "scatter", mode: "markers", x: x, y: y, customdata: cd, hovertext: text, hoverinfo: "text",
          marker: { color: color, size: 8, line: { color: "#fff", width: 1 } }, showlegend: false, name: "events" }
      ];
    }

    function layout(kind) {
      var shapes = [];
      if (highlight >= 0) {
        shapes.push({ name: "timeline-highlight", type: "line", xref: "x", yref: "paper", x0: mid[highlight] * DAY,
          x1: mid[highlight] * DAY, y0: 0, y1: 1, layer: "below", line: { color: "#1f5fbf", width: 2, dash: "dot" } });
      }
      // lane names in a margin of at most 180 px and 28 % of the chart's width (phones), cut with "…" to fit
      var left = Math.round(Math.min(180, Math.max(70, (gd.clientWidth || 1000) * 0.28)));
      var rows = [], names = [];
      for (var lane = 0; lane < L; lane++) { rows.push(row(lane)); names.push(esc(short(D.lanes[lane], Math.floor(left / 7) - 1))); }
      return {
        height: Math.max(320, Math.min(820, 110 + 52 * L)), margin: { l: left, r: 20, t: 20, b: 50 },
        xaxis: { type: "date", range: [view[0] * DAY, view[1] * DAY], showgrid: true, gridcolor: "#eee" },
        yaxis: { tickvals: rows, ticktext: names, range: [-0.6, L - 0.4], fixedrange: true, zeroline: false, showgrid: false },
        shapes: shapes, hovermode: "closest", dragmode: "zoom", showlegend: false, bargap: 0,
        font: { family: "Arial, 'Liberation Sans', Helvetica, sans-serif", size: 12 }, meta: { view: kind }
      };
    }

    // The marks drawn last: zooming into their range needs no new traces (Plotly's own relayout moved them).
    var drawn = null, filterGen = 0;

    function settle(kind, count) {
      gd.setAttribute("data-view", kind);
      gd.setAttribute("data-events-in-view", String(count));
      gd.setAttribute("data-view-from", String(view[0]));
      gd.setAttribute("data-view-to", String(view[1]));
    }

    function drawChart() {
      var r = inView(), shown = shownIn(r[0], r[1]);
      var kind = shown.length <= MARKS_MAX ? "marks" : "density";
      var done = function () { rendering = false; settle(kind, shown.length); };
      var fail = function (err) { rendering = false; throw err; };
      rendering = true;
      if (kind === "marks" && drawn && drawn.gen === filterGen && drawn.highlight === highlight &&
          view[0] >= drawn.lo && view[1] <= drawn.hi) {
        var xa = gd._fullLayout.xaxis, now = [xa.r2l(xa.range[0]), xa.r2l(xa.range[1])];
        var span = (view[1] - view[0]) * DAY * 1e-6;
        if (Math.abs(now[0] - view[0] * DAY) <= span && Math.abs(now[1] - view[1] * DAY) <= span) {
          done();
          return Promise.resolve();
        }
        return window.Plotly.relayout(gd, { "xaxis.range": [view[0] * DAY, view[1] * DAY] }).then(done, fail);
      }
      var traces = kind === "marks" ? markTraces(shown) : densityTraces(shown);
      drawn = kind === "marks" ? { lo: view[0], hi: view[1], gen: filterGen, highlight: highlight } : null;
      return window.Plotly.react(gd, traces, layout(kind), { displaylogo: false, responsive: false, scrollZoom: false })
        .then(done, fail);
    }

    function render(listToo) {
      chain = chain.then(function () {
        if (listToo !== false) { renderList(); }
        return window.Plotly ? drawChart() : null;
      });
      return chain;
    }

    function zoomTo(lo, hi) {
      if (!(hi > lo)) { return chain; }
      view = [lo, hi];
      pageStart = 0;
      return render();
    }

    // ------------------------------------------------------------------ sources list

    function el(tag, cls, text, parent) {
      var e = document.createElement(tag);
      if (cls) { e.className = cls; }
      if (text !== undefined && text !== null) { e.textContent = text; }
      if (parent) { parent.appendChild(e); }
      return e;
    }

    function citation(q, parent) {
      var a = D.articles[D.src[q]], p = el("p", "quote-citation", "\u2014 ", parent), first = true;
      function sep() { if (!first) { p.appendChild(document.createTextNode(", ")); } first = false; }
      var loaded = !!(a[1] || a[2] || a[3] || a[5]);
      if (a[1] || a[5]) {
        sep();
        var cite = el("cite", "article-title", null, p);
        if (a[5]) {
          var link = el("a", "article-link", a[1] || a[5], cite);
          link.setAttribute("href", a[5]); link.setAttribute("rel", "noopener noreferrer"); link.setAttribute("target", "_blank");
        } else { cite.textContent = a[1]; }
      }
      if (a[2]) { sep(); el("span", "article-outlet", a[2], p); }
      sep();
      if (a[3]) {
        p.appendChild(document.createTextNode("published "));
        var t = el("time", "article-published", a[3], p); t.setAttribute("datetime", a[3]);
        p.appendChild(document.createTextNode(" "));
        el("span", "published-how", "(" + a[4] + ")", p);
      } else {
        el("span", "published-how", loaded ? "publication date unknown" : "article not loaded", p);
      }
      sep();
      var idspan = el("span", "article-id", "article ", p);
      el("code", null, a[0], idspan);
      idspan.appendChild(document.createTextNode(", characters " + D.qs[q] + "\u2013" + D.qe[q]));
    }

    function entry(k) {
      var id = D.ids[k], li = el("li", "timeline-event");
      li.id = "event-" + id; li.setAttribute("data-event-id", id); li.setAttribute("data-index", String(k));
      li.tabIndex = 0; li.setAttribute("aria-labelledby", "title-" + id);
      var h = el("h3", "event-title", D.title[k], li); h.id = "title-" + id;
      var meta = el("p", "event-meta", null, li), when = D.whens[D.when[k]];
      el("span", "event-date", when[0], meta);
      meta.appendChild(document.createTextNode(" "));
      el("span", "event-date-value", "(" + when[1] + ")", meta);
      var lane = el("span", "event-lane", "lane: ", meta);
      el("span", "lane-name", D.lanes[D.lane[k]], lane);
      var ul = el("ul", "event-quotes", null, li);
      ul.setAttribute("aria-label", D.nq[k] + " quote" + (D.nq[k] === 1 ? "" : "s"));
      for (var q = qptr[k]; q < qptr[k + 1]; q++) {
        var qi = el("li", "event-quote", null, ul);
        qi.setAttribute("data-quote", String(q));
        el("blockquote", "quote-text", D.quote[q], qi);
        if (D.written[q]) {
          var w = el("p", "quote-written", "date as written: \u201c", qi);
          el("span", "date-text", D.written[q], w);
          w.appendChild(document.createTextNode("\u201d"));
        }
        citation(q, qi);
      }
      var b = el("button", "focus-mark", "Show on timeline", li);
      b.type = "button"; b.setAttribute("data-event-id", id); b.setAttribute("aria-controls", DIV_ID);
      b.addEventListener("click", function (ev) { ev.stopPropagation(); focusMark(id); });
      li.addEventListener("keydown", function (ev) {
        if (ev.target === li && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); focusMark(id); }
      });
      if (k === selected) { li.classList.add("is-selected"); li.setAttribute("aria-current", "true"); }
      return li;
    }

    function renderList() {
      var r = inView(), shown = shownIn(r[0], r[1]), list = document.getElementById("timeline-events");
      pageStart = Math.max(0, Math.min(pageStart, Math.floor(Math.max(0, shown.length - 1) / PAGE) * PAGE));
      var part = shown.slice(pageStart, pageStart + PAGE), frag = document.createDocumentFragment();
      part.forEach(function (k) { frag.appendChild(entry(k)); });
      list.textContent = "";
      list.appendChild(frag);
      document.getElementById("timeline-range-count").textContent = shown.length
        ? "Events " + (pageStart + 1) + "\u2013" + (pageStart + part.length) + " of " + shown.length + " in view"
        : "No event in view";
      document.getElementById("timeline-prev").disabled = pageStart === 0;
      document.getElementById("timeline-next").disabled = pageStart + PAGE >= shown.length;
      return shown;
    }

    function announce(k) {
      if (status) { status.textContent = "Selected: " + D.title[k] + " (" + D.whens[D.when[k]][0] + ")"; }
    }

    // Show event k in the sources list (the page of the visible range that holds it) and select it.
    function showEvent(k, opts) {
      opts = opts || {};
      var r = inView(), shown = shownIn(r[0], r[1]), pos = shown.indexOf(k);
      if (pos < 0) { return false; }
      selected = k;
      pageStart = Math.floor(pos / PAGE) * PAGE;
      renderList();
      var li = document.getElementById("event-" + D.ids[k]);
      if (li && opts.scroll !== false) { li.scrollIntoView({ block: "start", behavior: "auto" }); li.focus({ preventScroll: true }); }
      announce(k);
      return true;
    }

    // Zoom the chart to event k (a range holding at most MARKS_MAX events around it) and mark it.
    function focusMark(id) {
      var k = byId[id];
      if (k === undefined || !ok[k]) { return chain; }
      var half = Math.max(15, (D.d1[k] - D.d0[k]) * 1.5);
      var lo = lowerBound(mid[k] - half), hi = lowerBound(mid[k] + half);
      while (hi - lo > MARKS_MAX && half > 0.5) { half /= 2; lo = lowerBound(mid[k] - half); hi = lowerBound(mid[k] + half); }
      highlight = k; selected = k;
      view = [mid[k] - half, mid[k] + half];
      gd.setAttribute("data-focused-event", id);
      gd.scrollIntoView({ block: "nearest", behavior: "auto" });
      return render().then(function () { showEvent(k, { scroll: false }); });
    }

    // ------------------------------------------------------------------ filters

    function buildHaystack() {
      haystack = new Array(n);
      for (var k = 0; k < n; k++) {
        var parts = [D.title[k], D.lanes[D.lane[k]], D.whens[D.when[k]][0]];
        for (var q = qptr[k]; q < qptr[k + 1]; q++) {
          var a = D.articles[D.src[q]];
          parts.push(D.quote[q], D.written[q], a[0], a[1], a[2]);
        }
        haystack[k] = parts.join("\n").toLowerCase();
      }
    }

    function matches(k) {
      if (state.hidden[D.lane[k]]) { return false; }
      if (state.source >= 0) {
        var found = false;
        for (var q = qptr[k]; q < qptr[k + 1] && !found; q++) { found = D.src[q] === state.source; }
        if (!found) { return false; }
      }
      if (state.q) {
        var words = state.q.split(/\s+/).filter(Boolean);
        for (var w = 0; w < words.length; w++) { if (haystack[k].indexOf(words[w]) < 0) { return false; } }
      }
      return true;
    }

    function applyFilters() {
      if (state.q && !haystack) { buildHaystack(); }
      var shown = 0;
      for (var k = 0; k < n; k++) { ok[k] = matches(k) ? 1 : 0; shown += ok[k]; }
      document.getElementById("timeline-count").textContent = shown + " of " + n + " events shown";
      pageStart = 0;
      filterGen++;
      return render();
    }

    function buildControls() {
      var list = document.getElementById("timeline-lane-list");
      if (L) { document.getElementById("timeline-lanes").hidden = false; }
      D.lanes.forEach(function (name, lane) {
        var label = el("label", "lane-toggle", null, list);
        var box = el("input", null, null, label);
        box.type = "checkbox"; box.checked = true; box.value = name;
        el("span", "lane-swatch", null, label).style.background = D.colors[lane];
        el("span", "lane-label", name, label);
        box.addEventListener("change", function () {
          if (box.checked) { delete state.hidden[lane]; } else { state.hidden[lane] = true; }
          applyFilters();
        });
      });
      var select = document.getElementById("timeline-source");
      D.articles.forEach(function (a, k) {
        var o = el("option", null, [a[1] || a[0]].concat(a[2] ? [a[2]] : [], a[3] ? [a[3]] : []).join(", "), select);
        o.value = String(k);
      });
      select.addEventListener("change", function () { state.source = select.value === "" ? -1 : Number(select.value); applyFilters(); });
      var search = document.getElementById("timeline-search"), timer = null;
      search.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () { state.q = search.value.trim().toLowerCase(); applyFilters(); }, 150);
      });
      document.getElementById("timeline-prev").addEventListener("click", function () { pageStart = Math.max(0, pageStart - PAGE); renderList(); });
      document.getElementById("timeline-next").addEventListener("click", function () { pageStart += PAGE; renderList(); });
    }

    // ------------------------------------------------------------------ start

    buildControls();
    if (!window.Plotly) {
      gd.textContent = "The chart could not be drawn (plotly.js missing); the events are listed below.";
      renderList();
      return;
    }
    render().then(function () {
      gd.on("plotly_relayout", function (ev) {
        if (rendering || !ev) { return; }
        if (ev["xaxis.autorange"]) { zoomTo(FULL[0], FULL[1]); return; }
        if ("xaxis.range[0]" in ev || "xaxis.range" in ev) {
          var xa = gd._fullLayout.xaxis;
          zoomTo(xa.r2l(xa.range[0]) / DAY, xa.r2l(xa.range[1]) / DAY);
        }
      });
      gd.on("plotly_click", function (ev) {
        var pt = ev && ev.points && ev.points[0];
        if (!pt) { return; }
        if (Array.isArray(pt.customdata)) { zoomTo(pt.customdata[0], pt.customdata[1]); }
        else if (typeof pt.customdata === "number") { showEvent(pt.customdata); }
      });
      var pending = null;
      window.addEventListener("resize", function () {
        clearTimeout(pending);
        pending = setTimeout(function () { drawn = null; window.Plotly.Plots.resize(gd); render(false); }, 150);
      });
      document.body.setAttribute("data-timeline-ready", "true");
    });

    window.timelinePage = {
      zoom: zoomTo, idle: function () { return chain; }, view: function () { return view.slice(); },
      full: function () { return FULL.slice(); }, select: function (id) { return byId[id] === undefined ? false : showEvent(byId[id]); },
      focusMark: focusMark, redraw: function () { return render(); }
    };
  }
})();
