"use strict";
// Periods come from the server with the empty ones included, so the category axis runs at the pace of time.
(function () {
  var c = window.communique, d = c.data("chart-data");
  if (!d || typeof Chart === "undefined") return;
  new Chart(document.getElementById("chart-time"), {
    type: "line",
    data: { labels: d.periods, datasets: [
      { label: "articles", data: d.articles, borderColor: "#1f5fa8", backgroundColor: "#1f5fa8", tension: 0.2 },
      { label: "events", data: d.events, borderColor: "#d97706", backgroundColor: "#d97706", tension: 0.2 }
    ] },
    options: { animation: false, responsive: true, scales: c.axes("month (events: their own date; articles: published)",
                                                                    "articles or events") }
  });
  new Chart(document.getElementById("chart-weeks"), {
    type: "bar",
    data: { labels: d.weeks.weeks, datasets: [
      { label: "cooperation (quad 1-2)", data: d.weeks.cooperation, backgroundColor: "#10b981" },
      { label: "conflict (quad 3-4)", data: d.weeks.conflict, backgroundColor: "#dc2626" }
    ] },
    options: { animation: false, responsive: true, scales: c.axes("week (its Monday)", "events") }
  });
})();
