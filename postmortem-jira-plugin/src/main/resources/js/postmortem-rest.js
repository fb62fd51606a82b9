/*
 * What every postmortem script shares for talking to /rest/postmortem/1.0 and showing the answer:
 * window.PostmortemRest. Loaded through the web-resource "postmortem-rest-resources", which the
 * other scripts' web-resources depend on.
 *
 * - send(method, path, body): JSON in, JSON out. A body is always sent as application/json, which
 *   a cross-site form cannot forge: that is what keeps the calls XSRF-safe. Resolves with the
 *   reply's JSON ({} for none); rejects with the server's {field, message} (or {errors: [...]}),
 *   or {} when the reply was not JSON.
 * - status(container, message, isError): the container's .postmortem-status line (or itself).
 * - clearErrors(form) / showRefusal(form, refusal): each refused field's message next to that
 *   field, linked with aria-describedby and marked aria-invalid so a screen reader announces it,
 *   the rest on the status line, focus on the first refused field.
 * - savedThenReload(container): "Saved", then the page reloads to show the change.
 * Server text is only ever inserted with textContent, never as HTML.
 */
(function () {
  'use strict';

  function contextPath() {
    return window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
  }

  function url(path) {
    return contextPath() + '/rest/postmortem/1.0/' + path;
  }

  function send(method, path, body) {
    var options = { method: method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
    if (body !== undefined) {
      options.headers['Content-Type'] = 'application/json';
      options.body = JSON.stringify(body);
    }
    return fetch(url(path), options).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          throw json;
        }
        return json;
      }, function () {
        if (!response.ok) {
          throw {};
        }
        return {};
      });
    });
  }

  function status(container, message, isError) {
    var target = container.querySelector('.postmortem-status') || container;
    target.textContent = message;
    target.classList.toggle('postmortem-error', !!isError);
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.postmortem-field-error'), function (e) {
      e.parentNode.removeChild(e);
    });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) {
      input.removeAttribute('aria-invalid');
      var kept = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id && id.indexOf('-error') < 0;
      });
      if (kept.length) {
        input.setAttribute('aria-describedby', kept.join(' '));
      } else {
        input.removeAttribute('aria-describedby');
      }
    });
  }

  function fieldError(form, name, message) {
    var input = name ? form.elements[name] : null;
    if (!input || !input.id) {
      return false;
    }
    var error = document.createElement('div');
    error.className = 'error postmortem-field-error';
    error.id = input.id + '-error';
    error.textContent = message;
    input.parentNode.appendChild(error);
    input.setAttribute('aria-invalid', 'true');
    var described = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', (described ? described + ' ' : '') + error.id);
    return true;
  }

  function failedText(error) {
    return error && error.message ? error.message : AJS.I18n.getText('postmortem.panel.js.failed');
  }

  function showRefusal(form, refusal) {
    var errors = refusal && refusal.errors && refusal.errors.length ? refusal.errors : [refusal || {}];
    var unplaced = [];
    errors.forEach(function (error) {
      var message = failedText(error);
      if (!fieldError(form, error.field, message)) {
        unplaced.push(message);
      }
    });
    if (form.querySelector('.postmortem-status')) {
      status(form, unplaced.join(' '), unplaced.length > 0);
    }
    var first = form.querySelector('[aria-invalid]');
    if (first) {
      first.focus();
    }
  }

  function savedThenReload(container) {
    status(container, AJS.I18n.getText('postmortem.panel.js.saved'), false);
    window.setTimeout(function () { window.location.reload(); }, 800);
  }

  window.PostmortemRest = {
    contextPath: contextPath,
    send: send,
    status: status,
    failedText: failedText,
    clearErrors: clearErrors,
    showRefusal: showRefusal,
    savedThenReload: savedThenReload
  };
})();
