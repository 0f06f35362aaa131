"use strict";
// Clicking (or pressing Enter on) a highlight opens a popover with what it is: the highlight and every
// highlight around it (an entity inside a quote inside an event's evidence). Text only, never HTML.
(function () {
  var pop = document.getElementById("popover"), text = document.getElementById("article-text");
  if (!pop || !text) return;
  function show(target) {
    var parts = [], node = target;
    while (node && node !== text) {
      if (node.classList && node.classList.contains("hl")) parts.push(node.getAttribute("title") || "");
      node = node.parentNode;
    }
    pop.replaceChildren();
    parts.forEach(function (p) { pop.appendChild(window.communique.el("div", p)); });
    var r = target.getBoundingClientRect();
    pop.style.left = Math.max(8, window.scrollX + r.left) + "px";
    pop.style.top = (window.scrollY + r.bottom + 6) + "px";
    pop.hidden = false;
  }
  text.addEventListener("click", function (e) {
    var hl = e.target.closest ? e.target.closest(".hl") : null;
    if (hl) { show(hl); e.stopPropagation(); } else { pop.hidden = true; }
  });
  text.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && e.target.classList.contains("hl")) show(e.target);
    if (e.key === "Escape") pop.hidden = true;
  });
  document.addEventListener("click", function (e) { if (!pop.contains(e.target)) pop.hidden = true; });
  // The side lists light up every piece of the highlight they point at.
  document.querySelectorAll("aside [data-ref]").forEach(function (a) {
    a.addEventListener("mouseenter", function () {
      text.querySelectorAll('[data-ref="' + CSS.escape(a.getAttribute("data-ref")) + '"]').forEach(function (h) {
        h.classList.add("flash");
      });
    });
    a.addEventListener("mouseleave", function () {
      text.querySelectorAll(".flash").forEach(function (h) { h.classList.remove("flash"); });
    });
  });
})();
