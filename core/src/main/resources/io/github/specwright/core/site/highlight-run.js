// Specwright: highlights the code blocks whose declared language highlight.js knows (loaded just before this
// script from the site itself). Blocks in other languages, and literal blocks without one, stay plain text.
(function () {
  "use strict";
  if (typeof hljs === "undefined") {
    return;
  }
  var blocks = document.querySelectorAll("pre > code[class^='language-']");
  Array.prototype.forEach.call(blocks, function (code) {
    var language = code.className.replace(/^language-/, "").split(/\s/)[0];
    if (hljs.getLanguage(language)) {
      hljs.highlightElement(code);
    }
  });
}());
