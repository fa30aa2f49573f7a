/* Ask Rovo stand-in: sends a starter or an action form to /api/rovo and shows what the actions return. No model, no innerHTML. */
(function () {
  'use strict';
  var config = window.__ROVO__;
  var status = document.querySelector('[data-testid=rovo-status]');
  var answers = document.querySelector('[data-testid=rovo-answers]');

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function call(action, inputs) {
    return fetch('/api/rovo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ place: config.place, action: action, inputs: inputs, settings: config.settingsQuery, pageViewId: config.pageViewId }),
    }).then(function (r) {
      return r.json().then(function (json) {
        if (!r.ok) throw new Error(json.message || r.statusText);
        return json;
      });
    });
  }

  function show(answer) {
    var box = el('article', {
      class: 'preview-panel',
      'data-testid': 'rovo-answer',
      'data-action': answer.action,
      'data-ok': String(answer.result && answer.result.ok),
    });
    box.appendChild(el('h3', {}, 'Called ' + answer.action + ' (function ' + answer.functionKey + '), ' + answer.storageReads + ' storage read(s)'));
    box.appendChild(
      el(
        'pre',
        { class: 'metrics', 'data-testid': 'rovo-summary' },
        answer.result && answer.result.summary ? answer.result.summary : JSON.stringify(answer.result),
      ),
    );
    var details = el('details', {});
    details.appendChild(el('summary', {}, 'Payload sent and structured result'));
    details.appendChild(el('pre', { class: 'metrics', 'data-testid': 'rovo-payload' }, JSON.stringify(answer.payload, null, 2)));
    details.appendChild(el('pre', { class: 'metrics', 'data-testid': 'rovo-result' }, JSON.stringify(answer.result, null, 2)));
    box.appendChild(details);
    answers.appendChild(box);
  }

  function run(calls, label) {
    answers.textContent = '';
    if (calls.length === 0) {
      status.textContent = 'The stand-in has no action for “' + label + '”.';
      return;
    }
    status.textContent = 'Asking: ' + label;
    calls
      .reduce(function (chain, c) {
        return chain.then(function () {
          return call(c.action, c.inputs).then(show);
        });
      }, Promise.resolve())
      .then(function () {
        status.textContent = 'Answered: ' + label;
      })
      .catch(function (error) {
        status.textContent = 'Failed: ' + error.message;
      });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-testid=rovo-starter]'), function (button) {
    // The server mapped the starter to the actions Rovo's model would pick (preview/rovo.ts callsForMessage).
    button.addEventListener('click', function () {
      run(JSON.parse(button.getAttribute('data-calls')), button.getAttribute('data-message'));
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('form[data-action]'), function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var inputs = {};
      Array.prototype.forEach.call(form.querySelectorAll('[data-input]'), function (input) {
        if (input.value !== '') inputs[input.getAttribute('data-input')] = input.value;
      });
      run([{ action: form.getAttribute('data-action'), inputs: inputs }], form.getAttribute('data-action'));
    });
  });
})();
