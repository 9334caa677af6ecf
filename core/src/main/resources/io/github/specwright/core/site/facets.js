// Specwright index facets: filters the listed specs by status, release and directory. The values live in the
// page (data-* attributes on each entry); without this script the form stays hidden and the whole list shows.
// The chosen filters are kept in the query string, so a filtered view can be bookmarked or shared.
(function () {
  "use strict";

  var form = document.getElementById("facets");
  if (!form) {
    return;
  }
  var names = ["status", "release", "dir"];
  var entries = Array.prototype.slice.call(document.querySelectorAll("#specs li[data-dir]"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("#specs section.group"));
  var countLine = document.getElementById("facet-count");

  function chosen() {
    var values = {};
    names.forEach(function (name) { values[name] = form.elements[name].value; });
    return values;
  }

  function apply() {
    var values = chosen();
    var shown = 0;
    entries.forEach(function (li) {
      var match = names.every(function (name) {
        return values[name] === "" || li.getAttribute("data-" + name) === values[name];
      });
      li.hidden = !match;
      if (match) {
        shown++;
      }
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelector("li[data-dir]:not([hidden])") === null;
    });
    countLine.textContent = shown + " of " + entries.length + " listed";
    var params = new URLSearchParams(location.search);
    names.forEach(function (name) {
      if (values[name] === "") {
        params.delete(name);
      } else {
        params.set(name, values[name]);
      }
    });
    var query = params.toString();
    try {
      history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
    } catch (refused) {
      // Some browsers refuse to change a file:// address; filtering works all the same.
    }
  }

  // Values from the address (a shared link); a value the page does not offer is ignored.
  var params = new URLSearchParams(location.search);
  names.forEach(function (name) {
    var select = form.elements[name];
    var wanted = params.get(name);
    if (wanted !== null && Array.prototype.some.call(select.options, function (o) { return o.value === wanted; })) {
      select.value = wanted;
    }
  });
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  apply();
}());
