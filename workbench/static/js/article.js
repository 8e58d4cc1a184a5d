// Article page: highlights and the claim list select each other; a text selection (by mouse,
// or from the keyboard: article_keys.js) becomes "Add selection as claim" with exact offsets
// into the article text. Every rendered piece of the text is a .seg element carrying
// data-start (its offset in article.text), so an offset is that value plus the position
// inside the element's single text node.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  if (!text) return;
  var form = document.getElementById("add-claim-form");
  var startInput = document.getElementById("add-claim-start");
  var endInput = document.getElementById("add-claim-end");
  var button = document.getElementById("add-claim-button");
  var preview = document.getElementById("add-claim-preview");
  var hint = document.getElementById("add-claim-hint");
  var status = document.getElementById("add-claim-status");

  function segmentsOf(id) {
    return text.querySelectorAll('.seg[data-claims~="' + id + '"]');
  }

  function select(id, scrollTo) {
    document.querySelectorAll(".is-active").forEach(function (el) { el.classList.remove("is-active"); });
    var item = document.getElementById("claim-" + id);
    var segs = segmentsOf(id);
    document.querySelectorAll(".claim-item[aria-current]").forEach(function (el) { el.removeAttribute("aria-current"); });
    segs.forEach(function (el) { el.classList.add("is-active"); });
    if (item) { item.classList.add("is-active"); item.setAttribute("aria-current", "true"); }
    if (scrollTo === "item" && item) item.scrollIntoView({block: "nearest", behavior: "smooth"});
    if (scrollTo === "text" && segs.length) segs[0].scrollIntoView({block: "center", behavior: "smooth"});
  }

  // A click (or Enter/Space on a focused highlight) on a highlight covered by several claims
  // cycles through them.
  function pickHighlight(seg) {
    var ids = seg.dataset.claims.split(" ");
    var current = ids.indexOf(seg.dataset.lastPicked || "");
    var id = ids[(current + 1) % ids.length];
    seg.dataset.lastPicked = id;
    select(id, "item");
  }
  text.addEventListener("click", function (event) {
    var seg = event.target.closest(".seg[data-claims]");
    if (seg && window.getSelection().isCollapsed) pickHighlight(seg);
  });
  text.addEventListener("keydown", function (event) {
    var seg = event.target.closest(".seg[data-claims]");
    if (seg && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      pickHighlight(seg);
    }
  });

  document.querySelectorAll(".claim-item").forEach(function (item) {
    function pick(event) {
      if (event.target.closest("a, button, input")) return;
      select(item.dataset.claim, "text");
    }
    item.addEventListener("click", pick);
    item.addEventListener("keydown", function (event) {
      if (event.key === "Enter" || event.key === " ") { event.preventDefault(); pick(event); }
    });
  });

  // Offset in article.text of a DOM boundary point (node, offset) inside the article.
  function offsetOf(node, offset) {
    if (node.nodeType === Node.TEXT_NODE) {
      var seg = node.parentElement.closest(".seg");
      return seg ? Number(seg.dataset.start) + offset : null;
    }
    var segs = Array.prototype.slice.call(node.querySelectorAll ? node.querySelectorAll(".seg") : []);
    if (node.classList && node.classList.contains("seg")) {
      return Number(node.dataset.start) + (offset > 0 ? node.textContent.length : 0);
    }
    // A point between children: the start of the next segment, or the end of the last one.
    var after = node.childNodes[offset];
    var next = after && (after.classList && after.classList.contains("seg") ? after
                         : after.querySelector && after.querySelector(".seg"));
    if (next) return Number(next.dataset.start);
    var last = segs[segs.length - 1];
    return last ? Number(last.dataset.start) + last.textContent.length : null;
  }

  // Only a non-empty selection inside the article changes the pending claim; clicking the
  // button (or anywhere else) afterwards keeps it.
  function onSelection() {
    var selection = window.getSelection();
    if (!selection.rangeCount || selection.isCollapsed) return;
    var range = selection.getRangeAt(0);
    if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) return;
    var start = offsetOf(range.startContainer, range.startOffset);
    var end = offsetOf(range.endContainer, range.endOffset);
    var chosen = selection.toString();
    if (start === null || end === null || end <= start || !chosen.trim()) return;
    startInput.value = start;
    endInput.value = end;
    preview.textContent = chosen;
    preview.hidden = false;
    button.disabled = false;
    hint.textContent = "Add this selection as a claim:";
    announce(chosen);
  }

  // Screen readers hear the selection once it stops changing (a Shift+arrow at a time would
  // otherwise be read out at every step), with how to add it.
  var announcing = null;
  function announce(chosen) {
    clearTimeout(announcing);
    announcing = setTimeout(function () {
      var words = chosen.trim().replace(/\s+/g, " ");
      if (words.length > 120) words = words.slice(0, 117) + "…";
      status.textContent = "Selected: “" + words + "”. Press Alt+Shift+A, or the Add " +
        "selection as claim button, to add it as a claim.";
    }, 600);
  }

  document.addEventListener("selectionchange", onSelection);
  form.addEventListener("submit", function (event) {
    if (!startInput.value || !endInput.value) event.preventDefault();
  });
})();
