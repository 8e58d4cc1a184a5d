// Claim page: a click in the claim's text sets the split point to that character, so nobody
// has to count characters. The quote holds one text node starting at data-start.
(function () {
  "use strict";
  var quote = document.getElementById("claim-quote");
  var input = document.getElementById("split-offset");
  if (!quote || !input) return;
  quote.style.cursor = "text";
  quote.title = "Click where the second part should start to split there";
  quote.addEventListener("click", function (event) {
    var node, offset;
    if (document.caretPositionFromPoint) {
      var pos = document.caretPositionFromPoint(event.clientX, event.clientY);
      node = pos && pos.offsetNode; offset = pos && pos.offset;
    } else if (document.caretRangeFromPoint) {
      var range = document.caretRangeFromPoint(event.clientX, event.clientY);
      node = range && range.startContainer; offset = range && range.startOffset;
    }
    if (!node || node.parentNode !== quote || !window.getSelection().isCollapsed) return;
    input.value = Number(quote.dataset.start) + offset;
    var details = input.closest("details");
    if (details) details.open = true;
    input.focus();
  });
})();
