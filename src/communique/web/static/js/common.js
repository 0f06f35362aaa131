// Shared helpers for the pages. Data comes from <script type="application/json"> blocks or the API,
// and is only ever put into the page as text (textContent), never as HTML.
"use strict";
window.communique = {
  data: function (id) {
    var el = document.getElementById(id);
    return el ? JSON.parse(el.textContent) : null;
  },
  quadColors: { 1: "#3b82f6", 2: "#10b981", 3: "#f59e0b", 4: "#dc2626" },
  quadNames: { 1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict" },
  axes: function (x, y) {
    // Chart axes with titles: what the x axis counts in and what the bars or lines count.
    return { x: { title: { display: true, text: x } },
             y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: y } } };
  },
  el: function (tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
};
