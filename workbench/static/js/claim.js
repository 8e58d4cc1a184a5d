// Claim page: nobody should have to count characters. A click in the claim's text sets the
// split point; a selection in the passage around the claim sets the span. Each element with
// data-start holds one text node starting at that offset of the article text.
(function () {
  "use strict";
  var context = document.getElementById("claim-context");
  var spanStart = document.getElementById("span-start");
  var spanEnd = document.getElementById("span-end");
  function offsetIn(node, offset) {
    var el = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (!el || el.dataset.start === undefined) return null;
    return Number(el.dataset.start) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  }
  if (context && spanStart && spanEnd) {
    document.addEventListener("selectionchange", function () {
      var sel = window.getSelection();
      if (!sel.rangeCount || sel.isCollapsed) return;
      var range = sel.getRangeAt(0);
      if (!context.contains(range.startContainer) || !context.contains(range.endContainer)) return;
      var start = offsetIn(range.startContainer, range.startOffset);
      var end = offsetIn(range.endContainer, range.endOffset);
      if (start === null || end === null || end <= start) return;
      spanStart.value = start;
      spanEnd.value = end;
      var details = spanStart.closest("details");
      if (details) details.open = true;
    });
  }

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
