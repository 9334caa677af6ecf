// Specwright static search: matches every word of the query against titles and text of the pages listed in
// search-index.js. Results are built with DOM methods (textContent), never innerHTML, so indexed text stays text.
(function () {
  "use strict";

  var MAX_RESULTS = 50;
  var SNIPPET_RADIUS = 80;

  function words(query) {
    return query.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 0; });
  }

  function count(haystack, needle) {
    var n = 0;
    for (var at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
      n++;
    }
    return n;
  }

  function search(index, query) {
    var terms = words(query);
    if (terms.length === 0) {
      return [];
    }
    var results = [];
    index.forEach(function (entry) {
      var title = entry.title.toLowerCase();
      var text = entry.text.toLowerCase();
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var inTitle = count(title, terms[i]);
        var inText = count(text, terms[i]);
        if (inTitle === 0 && inText === 0) {
          return;
        }
        score += inTitle * 20 + Math.min(inText, 20);
      }
      results.push({ entry: entry, score: score });
    });
    results.sort(function (a, b) {
      return b.score - a.score || a.entry.title.localeCompare(b.entry.title);
    });
    return results.slice(0, MAX_RESULTS);
  }

  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = -1;
    for (var i = 0; i < terms.length && at < 0; i++) {
      at = lower.indexOf(terms[i]);
    }
    if (at < 0) {
      return text.slice(0, 2 * SNIPPET_RADIUS);
    }
    var start = Math.max(0, at - SNIPPET_RADIUS);
    var end = Math.min(text.length, at + SNIPPET_RADIUS);
    return (start > 0 ? "\u2026" : "") + text.slice(start, end) + (end < text.length ? "\u2026" : "");
  }

  // Appends text to a node with every occurrence of a term wrapped in <mark>.
  function appendHighlighted(node, text, terms) {
    var lower = text.toLowerCase();
    var position = 0;
    while (position < text.length) {
      var next = -1;
      var length = 0;
      terms.forEach(function (term) {
        var at = lower.indexOf(term, position);
        if (at >= 0 && (next < 0 || at < next)) {
          next = at;
          length = term.length;
        }
      });
      if (next < 0) {
        node.appendChild(document.createTextNode(text.slice(position)));
        return;
      }
      node.appendChild(document.createTextNode(text.slice(position, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, next + length);
      node.appendChild(mark);
      position = next + length;
    }
  }

  function show(query) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var index = window.specwrightSearchIndex || [];
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    var terms = words(query);
    if (terms.length === 0) {
      status.textContent = "Type words to find in spec titles and text.";
      return;
    }
    var results = search(index, query);
    status.textContent = results.length === 0
      ? "No document contains all of: " + terms.join(" ")
      : results.length + (results.length === 1 ? " document" : " documents") + " found for: " + terms.join(" ");
    results.forEach(function (result) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = result.entry.url;
      link.textContent = result.entry.title;
      item.appendChild(link);
      var path = document.createElement("span");
      path.className = "path";
      path.textContent = " " + result.entry.path;
      item.appendChild(path);
      var text = document.createElement("p");
      text.className = "snippet";
      appendHighlighted(text, snippet(result.entry.text, terms), terms);
      item.appendChild(text);
      list.appendChild(item);
    });
  }

  var input = document.getElementById("search-input");
  if (!input) {
    return;
  }
  var query = new URLSearchParams(window.location.search).get("q") || "";
  input.value = query;
  show(query);
  input.addEventListener("input", function () {
    show(input.value);
    var url = new URL(window.location.href);
    url.searchParams.set("q", input.value);
    window.history.replaceState(null, "", url.toString());
  });
})();
