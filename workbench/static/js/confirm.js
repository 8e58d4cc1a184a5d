// A form with data-confirm="question" asks before it is sent: for moves that publish or
// remove something (approving a verdict, removing an evidence link, deactivating a user).
document.addEventListener("submit", function (event) {
  "use strict";
  var question = event.target.getAttribute("data-confirm");
  if (question && !window.confirm(question)) event.preventDefault();
});
