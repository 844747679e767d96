// Draws a bar chart above each table marked data-diagram, from the table's own figures: the table stays the source
// and the accessible alternative; without JavaScript (or Chart.js) the page shows the tables alone. Suppressed
// figures ("färre än 5") carry no data-varde and are drawn as gaps, never as a number.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') {
    return;
  }
  var palette = ['#1f5f99', '#d9822b', '#2e8540', '#a23b72', '#6b6b6b', '#8c564b'];
  document.querySelectorAll('table[data-diagram]').forEach(function (table, n) {
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var series = [];
    headers.forEach(function (th, i) {
      if (th.hasAttribute('data-serie')) {
        series.push({ index: i, label: th.textContent.trim() });
      }
    });
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    if (series.length === 0 || rows.length === 0 || rows.length > 60) {
      return;
    }
    var labels = rows.map(function (tr) {
      var cells = tr.children;
      var label = cells[0].textContent.trim();
      if (cells.length > 1 && !cells[1].hasAttribute('data-varde') && cells[1].tagName === 'TD') {
        label += ' – ' + cells[1].textContent.trim().slice(0, 40);
      }
      return label;
    });
    var datasets = series.map(function (s, k) {
      return {
        label: s.label,
        backgroundColor: palette[k % palette.length],
        data: rows.map(function (tr) {
          var cell = tr.children[s.index];
          var value = cell ? cell.getAttribute('data-varde') : null;
          return value === null || value === '' ? null : Number(value);
        })
      };
    });
    var figure = document.createElement('figure');
    figure.className = 'diagram';
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    var title = table.getAttribute('data-diagram-rubrik') || 'Diagram';
    canvas.setAttribute('aria-label', title + '. Samma siffror finns i tabellen under diagrammet.');
    canvas.id = 'diagram-' + n;
    figure.appendChild(canvas);
    var region = table.closest('.tabell') || table;
    region.parentNode.insertBefore(figure, region);
    new window.Chart(canvas, {
      type: 'bar',
      data: { labels: labels, datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        locale: 'sv-SE',
        animation: false,
        plugins: { title: { display: true, text: title } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  });
})();
