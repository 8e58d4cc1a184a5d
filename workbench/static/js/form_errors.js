// A rejected form comes back on a page that opens at its top, while the form may sit far
// below (a claim page holds a dozen): bring its first error into view and give it the
// focus, so the error is seen and read out instead of an unchanged-looking page.
(function () {
  "use strict";
  var error = document.querySelector(
    "main form .flash-error, main form .field-error, main form [aria-invalid='true']");
  if (!error) return;
  var target = error;
  if (error.classList.contains("flash-error")) {
    target = error.closest(".flashes") || error;
    target.setAttribute("tabindex", "-1");
  } else if (error.classList.contains("field-error")) {
    target = error.querySelector("input, select, textarea") || error;
  }
  for (var open = target.closest("details"); open; open = open.parentElement.closest("details")) {
    open.open = true;
  }
  target.scrollIntoView({block: "center"});
  target.focus({preventScroll: true});
})();
