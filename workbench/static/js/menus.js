// The header's <details> menus (queues, admin, user) open and close without this script;
// with it they behave like menus: opening one closes the others, and Escape or a click
// elsewhere closes the open one (Escape gives the focus back to its summary).
(function () {
  "use strict";
  var menus = document.querySelectorAll(".site-header details");
  function closeAll(except) {
    menus.forEach(function (menu) { if (menu !== except) menu.open = false; });
  }
  menus.forEach(function (menu) {
    // "toggle" comes a moment after the click: the click closes the others at once.
    menu.querySelector("summary").addEventListener("click", function () { closeAll(menu); });
    menu.addEventListener("toggle", function () { if (menu.open) closeAll(menu); });
    menu.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !menu.open) return;
      menu.open = false;
      menu.querySelector("summary").focus();
    });
  });
  document.addEventListener("click", function (event) {
    if (!event.target.closest(".site-header details")) closeAll(null);
  });
})();
