/*
 * The incident's "Create postmortem" dialog: loads the draft's timeline suggestions from the
 * incident's history, posts the postmortem through window.PostmortemRest (postmortem-rest.js: JSON
 * only, what keeps the call XSRF-safe) and opens it. Server text is inserted with textContent. Keyboard: the button opens the dialog and focuses the
 * summary, Escape or Cancel closes it and returns focus to the button; a refused field's message
 * appears next to it, linked with aria-describedby and marked aria-invalid.
 */
(function () {
  'use strict';

  var rest = window.PostmortemRest;

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
    rest.send('GET', 'incidents/' + encodeURIComponent(key) + '/postmortem-draft').then(
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
    rest.clearErrors(form);
    status.textContent = button.getAttribute('data-busy');
    button.disabled = true;
    var timeline = Array.prototype.filter.call(
      form.querySelectorAll('.postmortem-create-event'), function (box) { return box.checked; }
    ).map(function (box) { return box.postmortemEvent; });
    rest.send('POST', 'incidents/' + encodeURIComponent(key) + '/postmortems', {
      summary: form.elements.summary.value,
      facilitator: form.elements.facilitator.value,
      timeline: timeline
    }).then(function (created) {
      window.location.assign(rest.contextPath() + created.url);
    }, function (refusal) {
      button.disabled = false;
      rest.showRefusal(form, refusal);
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
