"use strict";
// Events with coordinates on a plain background (no tile server: the app works offline), with a
// latitude/longitude grid. Popups are built as DOM nodes with textContent, never as HTML strings.
(function () {
  var c = window.communique, points = c.data("map-data") || [], filters = c.data("map-filters") || "";
  var map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 10 }).setView([30, 10], 2);
  for (var lat = -60; lat <= 80; lat += 20) {
    L.polyline([[lat, -180], [lat, 180]], { color: "#b9cbd9", weight: 1, interactive: false }).addTo(map);
  }
  for (var lon = -180; lon <= 180; lon += 30) {
    L.polyline([[-85, lon], [85, lon]], { color: "#b9cbd9", weight: 1, interactive: false }).addTo(map);
  }
  L.polyline([[0, -180], [0, 180]], { color: "#8aa5b9", weight: 1.5, interactive: false }).addTo(map);
  // Country outlines (Natural Earth 1:110m, vendored): context for the points, drawn under them.
  if (typeof topojson !== "undefined") {
    fetch("/static/vendor/world-atlas/countries-110m.json").then(function (r) { return r.json(); }).then(function (world) {
      var land = L.geoJSON(topojson.feature(world, world.objects.countries), {
        style: { color: "#9fb3c2", weight: 0.6, fillColor: "#fbfaf5", fillOpacity: 1 }, interactive: false
      }).addTo(map);
      land.bringToBack();
      document.getElementById("map").setAttribute("data-outlines", "1");
    });
  }
  var bounds = [];
  points.forEach(function (p) {
    var top = 1, best = -1;
    Object.keys(p.quads).forEach(function (q) { if (p.quads[q] > best) { best = p.quads[q]; top = q; } });
    var m = L.circleMarker([p.lat, p.lon], { radius: 5 + Math.min(20, 3 * Math.sqrt(p.events)),
      color: "#1f2937", weight: 1, fillColor: c.quadColors[top] || "#6b7280", fillOpacity: 0.75 });
    var box = c.el("div", null, "map-label");
    box.appendChild(c.el("b", p.name + (p.country ? ", " + p.country : "")));
    box.appendChild(c.el("div", p.events + " event" + (p.events === 1 ? "" : "s")));
    Object.keys(p.types).forEach(function (t) { box.appendChild(c.el("div", t + ": " + p.types[t])); });
    var link = c.el("a", "its events →", "place-events");
    link.href = "/events?" + (filters ? filters + "&" : "") + "place=" + encodeURIComponent(p.name);
    box.appendChild(link);
    m.bindPopup(box);
    m.bindTooltip(c.el("span", p.name));
    m.addTo(map);
    bounds.push([p.lat, p.lon]);
  });
  if (bounds.length > 1) map.fitBounds(bounds, { padding: [40, 40], maxZoom: 6 });
  else if (bounds.length === 1) map.setView(bounds[0], 5);
  document.getElementById("map").setAttribute("data-points", String(points.length));
})();
