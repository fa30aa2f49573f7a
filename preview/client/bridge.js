/*
 * Preview stand-in for the Forge host bridge. Loaded as a plain script before
 * the app bundle, it defines globalThis.__bridge so the real @forge/bridge runs
 * unchanged. It takes the place of the bridge script the Forge CLI injects
 * into every resource's index.html (loaded from Atlassian's CDN on a site); the
 * server writes the surface's context into its data-preview attribute, since
 * Forge's CSP forbids inline scripts. Not part of the app: nothing under
 * static/ references this file.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var config = script && script.dataset.preview ? JSON.parse(script.dataset.preview) : null;
  if (!config) throw new Error('preview bridge: the data-preview attribute is missing');

  function toHost(message) {
    message.source = 'contribution-lens-preview';
    message.frameId = config.frameId;
    window.parent.postMessage(message, window.location.origin);
  }

  // As on a site: the html attributes are those of @atlaskit/tokens' setGlobalTheme, which appends the theme
  // CSS as <style> elements, so the frame's CSP must allow inline styles (manifest content.styles).
  function enableTheming() {
    var html = document.documentElement;
    html.setAttribute('data-color-mode', config.theme);
    html.setAttribute('data-theme', 'dark:dark light:light spacing:spacing typography:typography');
    if (document.querySelector('style[data-theme]')) return Promise.resolve(undefined);
    return fetch('/preview/tokens.css')
      .then(function (response) {
        return response.text();
      })
      .then(
        function (css) {
          var style = document.createElement('style');
          style.dataset.theme = 'preview';
          style.textContent = css;
          document.head.appendChild(style);
          return undefined;
        },
        function () {
          return undefined;
        },
      );
  }

  function invoke(payload) {
    return fetch('/api/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        frame: config.frameToken,
        functionKey: payload.functionKey,
        payload: payload.payload === undefined ? {} : payload.payload,
      }),
    }).then(function (response) {
      return response.json().then(function (body) {
        // Forge rejects invoke() with an opaque message when the function throws.
        if (!response.ok) throw new Error('There was an error invoking the function - ' + (body && body.message));
        return body.result;
      });
    });
  }

  function navigate(location) {
    toHost({ type: 'navigate', location: location });
    return Promise.resolve(undefined);
  }

  var handlers = {
    getContext: function () {
      return Promise.resolve(JSON.parse(JSON.stringify(config.context)));
    },
    enableTheming: enableTheming,
    invoke: invoke,
    close: function () {
      toHost({ type: 'close' });
      return Promise.resolve(true);
    },
    refresh: function () {
      toHost({ type: 'refresh' });
      return Promise.resolve(undefined);
    },
    reload: function () {
      toHost({ type: 'reload' });
      return Promise.resolve(undefined);
    },
    navigate: navigate,
    showFlag: function (options) {
      toHost({ type: 'flag', options: options });
      return Promise.resolve(undefined);
    },
    closeFlag: function () {
      return Promise.resolve(undefined);
    },
    changeWindowTitle: function () {
      return Promise.resolve(undefined);
    },
    emitReadyEvent: function () {
      return Promise.resolve(undefined);
    },
    // i18n resources are read with fetch() from the app's own folder, not through the bridge.
  };

  // Like the products' iframe resizer: the host sizes the frame to its content.
  function reportHeight() {
    toHost({ type: 'resize', height: document.documentElement.scrollHeight });
  }
  window.addEventListener('DOMContentLoaded', function () {
    if (typeof ResizeObserver === 'function') new ResizeObserver(reportHeight).observe(document.body);
    reportHeight();
  });

  globalThis.__bridge = {
    callBridge: function (name, payload) {
      var handler = handlers[name];
      if (!handler) {
        console.warn('preview bridge: "' + name + '" is not simulated');
        return Promise.reject(new Error('preview bridge: "' + name + '" is not simulated'));
      }
      return handler(payload);
    },
  };
})();
