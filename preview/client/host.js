/*
 * Host page behaviour: what Jira and Confluence do around an app iframe.
 * Loads the byline notice only when its item is clicked and the work item
 * context panel only when expanded; answers close, resize, navigate and flag
 * messages from the preview bridge inside the frames.
 */
(function () {
  'use strict';
  var host = window.__HOST__;

  function frameById(frameId) {
    return document.querySelector('iframe[data-frame-id="' + frameId + '"]');
  }

  function createFrame(trigger, className, title) {
    var frame = document.createElement('iframe');
    frame.className = className;
    frame.title = title;
    frame.setAttribute('data-frame-id', trigger.getAttribute('data-frame-id'));
    frame.setAttribute('data-module-key', trigger.getAttribute('data-module-key'));
    frame.src = trigger.getAttribute('data-frame-src');
    return frame;
  }

  // --- Confluence byline item: popup with the notice, created on click, removed on close.
  var trigger = document.querySelector('.byline-app__trigger');
  var popup = document.querySelector('.byline-popup');
  function closePopup() {
    if (!popup || popup.hidden) return;
    popup.hidden = true;
    popup.replaceChildren();
    trigger.setAttribute('aria-expanded', 'false');
    trigger.focus();
  }
  if (trigger && popup) {
    trigger.addEventListener('click', function () {
      if (!popup.hidden) {
        closePopup();
        return;
      }
      popup.replaceChildren(createFrame(trigger, 'app-iframe app-iframe--popup', trigger.textContent.trim()));
      popup.hidden = false;
      trigger.setAttribute('aria-expanded', 'true');
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') closePopup();
    });
    document.addEventListener('click', function (event) {
      if (!popup.hidden && !popup.contains(event.target) && !trigger.contains(event.target)) closePopup();
    });
  }

  // --- Jira work item context panel: the iframe loads when the panel is expanded.
  var toggle = document.querySelector('.context-panel__header');
  if (toggle) {
    var body = document.querySelector('.context-panel__body');
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', open ? 'false' : 'true');
      body.hidden = open;
      if (!open && !body.firstChild) body.appendChild(createFrame(toggle, 'app-iframe app-iframe--panel', toggle.textContent.trim()));
    });
  }

  // router.navigate/open send { url, type } for a URL and { target, ..., type } for a product location.
  function hostUrlFor(location) {
    if (location && typeof location.url === 'string') return /^(https?:\/\/|\/)/.test(location.url) ? location.url : null;
    if (location && location.target === 'module' && host.modules[location.moduleKey]) {
      var params = new URLSearchParams(host.settingsQuery);
      if (location.spaceKey) params.set('space', location.spaceKey);
      if (location.projectKey) params.set('project', location.projectKey);
      return '/host/' + host.modules[location.moduleKey] + '?' + params.toString();
    }
    return null;
  }

  function showFlag(options) {
    var flags = document.querySelector('.flags');
    var flag = document.createElement('div');
    flag.className = 'flag flag--' + ((options && options.type) || 'info');
    flag.setAttribute('role', 'status');
    var title = document.createElement('strong');
    title.textContent = (options && options.title) || '';
    var text = document.createElement('p');
    text.textContent = (options && options.description) || '';
    flag.append(title, text);
    flags.appendChild(flag);
    setTimeout(function () {
      flag.remove();
    }, 8000);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (event.origin !== window.location.origin || !data || data.source !== 'contribution-lens-preview') return;
    var frame = frameById(data.frameId);
    if (!frame) return;
    switch (data.type) {
      case 'close':
        if (frame.closest('.byline-popup')) closePopup();
        else if (frame.closest('.page-banner')) frame.closest('.page-banner').remove();
        break;
      case 'resize':
        if (!frame.classList.contains('app-iframe--banner')) frame.style.height = Math.max(40, Math.ceil(data.height)) + 'px';
        break;
      case 'navigate': {
        var url = hostUrlFor(data.location);
        if (!url) {
          showFlag({ type: 'warning', title: 'Navigation not simulated', description: JSON.stringify(data.location) });
          break;
        }
        if (data.location && data.location.type === 'new-tab') window.open(url, '_blank', 'noopener');
        else window.location.assign(url);
        break;
      }
      case 'refresh':
        // Assigning the same address reloads the frame.
        // eslint-disable-next-line no-self-assign
        frame.src = frame.src;
        break;
      case 'reload':
        window.location.reload();
        break;
      case 'flag':
        showFlag(data.options);
        break;
    }
  });
})();
