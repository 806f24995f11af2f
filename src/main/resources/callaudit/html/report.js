(function () {
  "use strict";
  var NUM = /^-?\d+(\.\d+)?$/;
  function key(cell) {
    var t = cell ? cell.textContent.trim() : "";
    return { empty: t === "", num: NUM.test(t), n: NUM.test(t) ? parseFloat(t) : 0, t: t };
  }
  function compare(a, b) {
    if (a.empty || b.empty) { return a.empty === b.empty ? 0 : (a.empty ? 1 : -1); }
    if (a.num && b.num) { return a.n - b.n; }
    return a.t < b.t ? -1 : (a.t > b.t ? 1 : 0);
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var button = th.querySelector("button");
      if (!button) { return; }
      button.addEventListener("click", function () {
        var dir = th.getAttribute("aria-sort") === "ascending" ? -1 : 1;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", dir === 1 ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows).map(function (row, i) {
          return { row: row, k: key(row.cells[col]), i: i };
        });
        rows.sort(function (x, y) {
          var c = compare(x.k, y.k);
          if (c !== 0 && !(x.k.empty || y.k.empty)) { c = c * dir; }
          return c !== 0 ? c : x.i - y.i;
        });
        rows.forEach(function (r) { body.appendChild(r.row); });
      });
    });
  });
  document.documentElement.setAttribute("data-loaded", "1");
})();
