"use strict";
(function () {
  var c = window.communique, d = c.data("chart-data");
  if (!d || typeof Chart === "undefined") return;
  var scales = c.axes("month (the event's own date)", "events");
  scales.x.stacked = true;
  scales.y.stacked = true;
  new Chart(document.getElementById("chart-actor"), {
    type: "bar",
    data: { labels: d.months, datasets: [
      { label: "as actor", data: d.as_actor, backgroundColor: "#1f5fa8" },
      { label: "as recipient", data: d.as_recipient, backgroundColor: "#9ca3af" }
    ] },
    options: { animation: false, scales: scales }
  });
})();
