/*
 * The incident's "Create postmortem" dialog: loads the draft's timeline suggestions from the
 * incident's history, posts the postmortem as JSON (what keeps the call XSRF-safe) and opens it.
 * Server text is inserted with textContent. Keyboard: the button opens the dialog and focuses the
 * summary, Escape or Cancel closes it and returns focus to the button; a refused field's message
 * appears next to it, linked with aria-describedby and marked aria-invalid.
 */
(function () {
  'use strict';

  function restBase() {
    var context = window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
    return context + '/rest/postmortem/1.0/';
  }

  function request(method, path, body) {
    return fetch(restBase() + path, {
      method: method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          throw json;
        }
        return json;
      }, function () {
        throw {};
      });
    });
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
    var input = form.elements[name];
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
    input.focus();
    return true;
  }

  function showSuggestions(holder, events) {
    holder.textContent = '';
    if (!events.length) {
      holder.textContent = holder.getAttribute('data-none');
      return;
    }
    events.forEach(function (event, index) {
      var row = document.createElement('div');
      row.className = 'checkbox';
      var box = document.createElement('input');
      box.type = 'checkbox';
      box.className = 'checkbox postmortem-create-event';
      box.id = 'postmortem-create-event-' + index;
      box.checked = true;
      box.postmortemEvent = { at: event.at, kind: event.kind, text: event.text };
      var label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = event.at.replace('T', ' ').replace(/:\d\dZ$/, ' UTC') + ' \u2014 ' + event.text;
      row.appendChild(box);
      row.appendChild(label);
      holder.appendChild(row);
    });
  }

  function open(panel, dialog, opener) {
    var key = panel.getAttribute('data-incident-key');
    var holder = dialog.querySelector('.postmortem-create-suggestions');
    dialog.hidden = false;
    dialog.postmortemOpener = opener;
    dialog.querySelector('input[name=summary]').focus();
    holder.textContent = holder.getAttribute('data-loading');
    request('GET', 'incidents/' + encodeURIComponent(key) + '/postmortem-draft').then(
      function (draft) { showSuggestions(holder, draft.suggestions || []); },
      function () { showSuggestions(holder, []); });
  }

  function close(dialog) {
    dialog.hidden = true;
    if (dialog.postmortemOpener) {
      dialog.postmortemOpener.focus();
    }
  }

  function submit(panel, form) {
    var key = panel.getAttribute('data-incident-key');
    var status = form.querySelector('.postmortem-status');
    var button = form.querySelector('.postmortem-create-submit');
    clearErrors(form);
    status.textContent = button.getAttribute('data-busy');
    button.disabled = true;
    var timeline = Array.prototype.filter.call(
      form.querySelectorAll('.postmortem-create-event'), function (box) { return box.checked; }
    ).map(function (box) { return box.postmortemEvent; });
    request('POST', 'incidents/' + encodeURIComponent(key) + '/postmortems', {
      summary: form.elements.summary.value,
      facilitator: form.elements.facilitator.value,
      timeline: timeline
    }).then(function (created) {
      var context = window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
      window.location.assign(context + created.url);
    }, function (refusal) {
      button.disabled = false;
      var message = refusal && refusal.message ? refusal.message : '';
      status.textContent = '';
      if (!(refusal && refusal.field && fieldError(form, refusal.field, message))) {
        status.textContent = message;
      }
    });
  }

  function wire(panel) {
    var opener = panel.querySelector('.postmortem-create-open');
    var dialog = panel.querySelector('.postmortem-create-dialog');
    if (!opener || !dialog) {
      return;
    }
    var form = dialog.querySelector('form');
    opener.addEventListener('click', function () { open(panel, dialog, opener); });
    dialog.querySelector('.postmortem-create-cancel').addEventListener('click', function () {
      close(dialog);
    });
    dialog.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        close(dialog);
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      submit(panel, form);
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('.postmortem-incident'), wire);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
