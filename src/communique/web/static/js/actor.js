"use strict";
(function () {
  var c = window.communique, d = c.data("chart-data");
  if (!d || typeof Chart === "undefined") return;
  new Chart(document.getElementById("chart-actor"), {
    type: "bar",
    data: { labels: d.months, datasets: [
      { label: "as actor", data: d.as_actor, backgroundColor: "#1f5fa8" },
      { label: "as recipient", data: d.as_recipient, backgroundColor: "#9ca3af" }
    ] },
    options: { animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
  });
  var partner = document.getElementById("dyad-partner"), by = document.getElementById("dyad-by");
  var canvas = document.getElementById("chart-dyad");
  if (!partner || !canvas) return;
  var chart = null;
  function load() {
    var url = "/api/dyads/" + encodeURIComponent(d.code) + "/" + encodeURIComponent(partner.value) +
              "/timeline?by=" + encodeURIComponent(by.value);
    fetch(url, { headers: { Accept: "application/json" } }).then(function (r) { return r.json(); }).then(function (t) {
      var labels = t.periods.map(function (p) { return p.period; });
      var sets = [1, 2, 3, 4].map(function (q) {
        return { label: "Q" + q + " " + c.quadNames[q], backgroundColor: c.quadColors[q], stack: "quad",
                 data: t.periods.map(function (p) { return p["quad" + q]; }) };
      });
      sets.push({ label: "summed score", type: "line", yAxisID: "score", borderColor: "#111827",
                  data: t.periods.map(function (p) { return p.score; }) });
      if (chart) chart.destroy();
      chart = new Chart(canvas, {
        type: "bar", data: { labels: labels, datasets: sets },
        options: { animation: false, scales: {
          x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } },
          score: { position: "right", grid: { drawOnChartArea: false } } } }
      });
      canvas.setAttribute("data-loaded", t.periods.length);
    });
  }
  partner.addEventListener("change", load);
  by.addEventListener("change", load);
  load();
})();
