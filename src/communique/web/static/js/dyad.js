"use strict";
// One chart per direction: what A did to B is not what B did to A.
(function () {
  var c = window.communique, d = c.data("chart-data");
  if (!d || typeof Chart === "undefined") return;
  [["forward", d.a + " → " + d.b], ["backward", d.b + " → " + d.a]].forEach(function (pair) {
    var canvas = document.getElementById("chart-" + pair[0]);
    if (!canvas) return;
    var scales = c.axes(d.by === "week" ? "week (its Monday)" : "month", "events " + pair[1]);
    scales.x.stacked = true;
    scales.y.stacked = true;
    new Chart(canvas, {
      type: "bar",
      data: { labels: d.periods, datasets: [1, 2, 3, 4].map(function (q) {
        return { label: "Q" + q + " " + c.quadNames[q], backgroundColor: c.quadColors[q], data: d[pair[0]][String(q)] };
      }) },
      options: { animation: false, scales: scales }
    });
    canvas.setAttribute("data-loaded", String(d.periods.length));
  });
})();
