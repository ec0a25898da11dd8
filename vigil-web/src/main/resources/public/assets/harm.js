// The force chart: share of volume against share of harm per crime type (chart.js, horizontal bars).
(function () {
  'use strict';
  var canvas = document.getElementById('harm-chart');
  if (!canvas || typeof Chart === 'undefined') { return; }
  var rows = JSON.parse(canvas.dataset.rows || '[]');
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(function (r) { return r.group; }),
      datasets: [
        { label: '% of volume', data: rows.map(function (r) { return (r.volumeShare * 100).toFixed(1); }),
          backgroundColor: '#8d99ae' },
        { label: '% of harm', data: rows.map(function (r) { return (r.harmShare * 100).toFixed(1); }),
          backgroundColor: '#a3261b' }
      ]
    },
    options: { indexAxis: 'y', animation: false, responsive: true,
      scales: { x: { title: { display: true, text: 'share of the force total (%)' } } } }
  });
  canvas.dataset.ready = 'true';
})();
