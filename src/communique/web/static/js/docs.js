"use strict";
// Starts the vendored Swagger UI on /openapi.json (kept out of the page: the CSP allows no inline script).
window.addEventListener("load", function () {
  var node = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: node.getAttribute("data-url"), dom_id: "#swagger-ui", deepLinking: true });
});
