(function () {
  "use strict";
  var DIV_ID = "@@DIV_ID@@";
  var gd = document.getElementById(DIV_ID);
  var status = document.getElementById("timeline-status");
  var spec = JSON.parse(document.getElementById("timeline-figure").textContent);
  var entries = {};
  var marks = {};
  var selected = null;

  Array.prototype.forEach.call(document.querySelectorAll(".timeline-event"), function (li) {
    entries[li.getAttribute("data-event-id")] = li;
  });

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
    if (selected && selected !== li) {
      selected.classList.remove("is-selected");
      selected.removeAttribute("aria-current");
    }
    selected = li;
    li.classList.add("is-selected");
    li.setAttribute("aria-current", "true");
    if (opts.scroll !== false) {
      li.scrollIntoView({ block: "center", behavior: "auto" });
    }
    if (opts.focus !== false) {
      li.focus({ preventScroll: true });
    }
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

  Object.keys(entries).forEach(function (id) {
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

  if (!window.Plotly) {
    gd.textContent = "The chart could not be drawn (plotly.js missing); the events are listed below.";
    return;
  }
  window.Plotly.newPlot(gd, spec.data, spec.layout, spec.config).then(function () {
    indexMarks();
    gd.on("plotly_click", function (ev) {
      var pt = ev && ev.points && ev.points[0];
      var id = pt ? eventIdOf(pt.customdata) : null;
      if (id !== null) { selectEntry(id); }
    });
    document.body.setAttribute("data-timeline-ready", "true");
  });

  window.timelinePage = { select: selectEntry, focusMark: focusMark, marks: function () { return marks; } };
})();
