// Article page, from the keyboard: select words in the article text without a mouse, then
// add them as a claim with Alt+Shift+A (or the "Add selection as claim" button).
//
// Chromium extends a selection with Shift+arrows in static text only once one exists, and
// shows no caret without caret browsing (F7). So while the focus is in the article text
// (the text itself, or a highlight) the arrow keys, Home and End move a caret of our own,
// drawn as a thin bar: plain to move it, with Shift to select, with Ctrl a word at a time.
// It starts at the focused highlight, or at the first paragraph in view. article.js turns
// the selection into the pending claim, as it does for a mouse selection.
(function () {
  "use strict";
  var text = document.getElementById("article-text");
  var form = document.getElementById("add-claim-form");
  var button = document.getElementById("add-claim-button");
  var status = document.getElementById("add-claim-status");
  if (!text || !form || !button || !window.getSelection().modify) return;

  var KEYS = {ArrowRight: ["forward", "character"], ArrowLeft: ["backward", "character"],
              ArrowDown: ["forward", "line"], ArrowUp: ["backward", "line"],
              End: ["forward", "lineboundary"], Home: ["backward", "lineboundary"]};
  var caret = document.createElement("span");
  caret.className = "kbd-caret";
  caret.setAttribute("aria-hidden", "true");
  caret.hidden = true;
  document.body.appendChild(caret);

  function inArticle(selection) {
    return selection.rangeCount > 0 && text.contains(selection.anchorNode) &&
      text.contains(selection.focusNode);
  }

  function visible(seg) { return seg.getClientRects().length > 0; }

  // Where the caret starts: the focused highlight, else the first visible piece of text
  // whose line is in view, else the first one.
  function startSegment(target) {
    var focused = target.closest && target.closest(".seg");
    if (focused) return focused;
    var segs = Array.prototype.filter.call(text.querySelectorAll(".seg"), visible);
    return segs.find(function (seg) { return seg.getBoundingClientRect().bottom > 0; }) ||
      segs[0];
  }

  function placeCaret(selection, target) {
    var seg = startSegment(target);
    if (!seg || !seg.firstChild) return false;
    selection.collapse(seg.firstChild, 0);
    return true;
  }

  function drawCaret(selection) {
    var range = document.createRange();
    range.setStart(selection.focusNode, selection.focusOffset);
    var rect = range.getClientRects()[0] || range.getBoundingClientRect();
    if (!rect || (!rect.height && !rect.top)) { caret.hidden = true; return; }
    caret.style.top = (rect.top + window.scrollY) + "px";
    caret.style.left = (rect.left + window.scrollX) + "px";
    caret.style.height = rect.height + "px";
    caret.hidden = false;
    if (rect.top < 0 || rect.bottom > window.innerHeight) {
      caret.scrollIntoView({block: "nearest"});
    }
  }

  text.addEventListener("keydown", function (event) {
    var move = KEYS[event.key];
    if (!move || event.altKey || event.metaKey) return;
    var selection = window.getSelection();
    if (!inArticle(selection) && !placeCaret(selection, event.target)) return;
    var unit = event.ctrlKey && move[1] === "character" ? "word" : move[1];
    selection.modify(event.shiftKey ? "extend" : "move", move[0], unit);
    event.preventDefault();
    drawCaret(selection);
  });
  text.addEventListener("focusout", function (event) {
    if (!text.contains(event.relatedTarget)) caret.hidden = true;
  });
  text.addEventListener("mousedown", function () { caret.hidden = true; });

  // Alt+Shift+A, anywhere on the page: add the pending selection (event.code, because
  // Alt+Shift turns the key into another character on some layouts).
  document.addEventListener("keydown", function (event) {
    if (!(event.altKey && event.shiftKey && event.code === "KeyA")) return;
    event.preventDefault();
    if (button.disabled) {
      status.textContent = "Nothing selected in the article yet: select some words first.";
      return;
    }
    form.requestSubmit(button);
  });
})();
