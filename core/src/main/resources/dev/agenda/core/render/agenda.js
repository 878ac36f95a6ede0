/* Keeps the "now" highlight of every agenda on the page current while the page stays open (a meeting lasts
   hours). The server marks the running item when it renders; rows carry their start and end instants, so the
   browser can move the highlight without asking the server. */
(function () {
  'use strict';

  var REFRESH_MILLIS = 30000;

  function setRunning(row, running) {
    row.classList.toggle('agenda-item--now', running);
    var timeCell = row.querySelector('td.agenda-time');
    var lozenge = row.querySelector('.agenda-now-lozenge');
    if (running) {
      row.setAttribute('aria-current', 'time');
      if (!lozenge && timeCell) {
        lozenge = document.createElement('span');
        lozenge.className = 'aui-lozenge aui-lozenge-current agenda-now-lozenge';
        lozenge.textContent = 'Now';
        timeCell.insertBefore(lozenge, timeCell.childNodes[1] || null);
      }
    } else {
      row.removeAttribute('aria-current');
      if (lozenge) {
        lozenge.parentNode.removeChild(lozenge);
      }
    }
  }

  function refresh() {
    var now = Date.now();
    var rows = document.querySelectorAll('section.agenda tr[data-start]');
    Array.prototype.forEach.call(rows, function (row) {
      var start = Date.parse(row.getAttribute('data-start'));
      var end = Date.parse(row.getAttribute('data-end') || '');
      setRunning(row, !isNaN(start) && !isNaN(end) && start <= now && now < end);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', refresh);
  } else {
    refresh();
  }
  window.setInterval(refresh, REFRESH_MILLIS);
}());
