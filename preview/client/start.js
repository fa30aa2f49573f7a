/* Start page: simulated-site settings, reset, and the live cost counters. */
(function () {
  'use strict';
  var status = document.getElementById('site-status');
  var form = document.getElementById('site-settings');

  function post(url, body) {
    return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body || {}) }).then(function (r) {
      return r.json().then(function (json) {
        if (!r.ok) throw new Error(json.message || r.statusText);
        return json;
      });
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var data = new FormData(form);
    post('/api/settings', { today: data.get('today'), jiraPlan: data.get('jiraPlan') })
      .then(function (r) {
        status.textContent = 'Saved.' + (r.dailyCheck ? ' Daily check for ' + r.dailyCheck.day + ' ran.' : '');
      })
      .catch(function (error) {
        status.textContent = 'Not saved: ' + error.message;
      });
  });

  document.getElementById('reset-example').addEventListener('click', function () {
    status.textContent = 'Resetting…';
    post('/api/reset', { today: new FormData(form).get('today') })
      .then(function () {
        window.location.reload();
      })
      .catch(function (error) {
        status.textContent = 'Reset failed: ' + error.message;
      });
  });

  document.getElementById('daily-check').addEventListener('click', function () {
    status.textContent = 'Running the daily check…';
    post('/api/daily-check')
      .then(function (r) {
        status.textContent =
          'Daily check for ' +
          r.day +
          ': ' +
          (r.changed ? r.transitions + ' transition(s), ' + r.shardsWritten + ' notice shard(s) written.' : 'already up to date.');
      })
      .catch(function (error) {
        status.textContent = 'Daily check failed: ' + error.message;
      });
  });

  var metrics = document.getElementById('metrics');
  function loadMetrics() {
    fetch('/api/metrics')
      .then(function (r) {
        return r.json();
      })
      .then(function (m) {
        var lines = [
          'page views: ' +
            m.totals.pageViews +
            ', invocations: ' +
            m.totals.invocations +
            ', reads: ' +
            m.totals.storage.reads +
            ', write requests: ' +
            m.totals.storage.writeRequests +
            ', queries: ' +
            m.totals.storage.queries,
        ];
        m.pageViews.slice(-12).forEach(function (v) {
          lines.push(
            v.surface +
              '  invocations ' +
              v.invocations +
              '  reads ' +
              v.storage.reads +
              '  writes ' +
              v.storage.writeRequests +
              '  queries ' +
              v.storage.queries,
          );
        });
        metrics.textContent = lines.join('\n');
      });
  }
  document.getElementById('reset-metrics').addEventListener('click', function () {
    post('/api/metrics/reset').then(loadMetrics);
  });
  loadMetrics();
})();
