/*
 * Postmortem panels: ownership handshake, timeline editing, "keep, because..." overrides.
 * Talks JSON to our REST resources through window.PostmortemRest (postmortem-rest.js).
 * Server text is only ever inserted with textContent, never as HTML.
 * Words come from the bundle through the jsI18n transformer (AJS.I18n.getText with literal keys).
 */
(function () {
  'use strict';

  var rest = window.PostmortemRest;
  var send = rest.send;

  function failed(container) {
    return function (error) { rest.status(container, rest.failedText(error), true); };
  }

  function saved(container) {
    return function () { rest.savedThenReload(container); };
  }

  function closest(element, selector) {
    return element && element.closest ? element.closest(selector) : null;
  }

  function path(key) {
    return encodeURIComponent(key);
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    var remediation = closest(target, '.postmortem-remediation');
    var panel = closest(target, '.postmortem-panel');
    if (remediation && closest(target, '.postmortem-confirm')) {
      var due = remediation.getAttribute('data-due');
      send('POST', 'action-items/' + path(remediation.getAttribute('data-item-key')) + '/ownership',
          { dueDate: due ? due : null }).then(saved(remediation), failed(remediation));
    } else if (remediation && closest(target, '.postmortem-withdraw')) {
      send('DELETE', 'action-items/' + path(remediation.getAttribute('data-item-key')) + '/ownership')
          .then(saved(remediation), failed(remediation));
    } else if (panel && closest(target, '.postmortem-event-edit')) {
      var row = closest(target, '.postmortem-event');
      var form = panel.querySelector('.postmortem-timeline-form');
      form.elements.id.value = row.getAttribute('data-event-id');
      form.elements.at.value = row.getAttribute('data-at');
      form.elements.kind.value = row.getAttribute('data-kind');
      form.elements.text.value = row.getAttribute('data-text');
      form.elements.sourceUrl.value = row.getAttribute('data-source');
      form.elements.at.focus();
    } else if (panel && closest(target, '.postmortem-event-delete')) {
      var eventRow = closest(target, '.postmortem-event');
      send('DELETE', 'postmortems/' + path(panel.getAttribute('data-postmortem-key')) + '/timeline/'
          + path(eventRow.getAttribute('data-event-id'))).then(saved(panel), failed(panel));
    } else if (panel && closest(target, '.postmortem-suggest')) {
      suggest(panel);
    } else if (panel && closest(target, '.postmortem-suggestion-add')) {
      var item = closest(target, '.postmortem-suggestion');
      var suggestionForm = panel.querySelector('.postmortem-timeline-form');
      suggestionForm.elements.id.value = '';
      suggestionForm.elements.at.value = item.getAttribute('data-at');
      suggestionForm.elements.kind.value = item.getAttribute('data-kind');
      suggestionForm.elements.text.value = item.getAttribute('data-text');
      suggestionForm.elements.text.focus();
    }
  });

  function suggest(panel) {
    var list = panel.querySelector('.postmortem-suggestions');
    send('GET', 'postmortems/' + path(panel.getAttribute('data-postmortem-key')) + '/timeline/suggestions')
        .then(function (suggestions) {
          list.textContent = '';
          suggestions.forEach(function (suggestion) {
            var li = document.createElement('li');
            li.className = 'postmortem-suggestion';
            li.setAttribute('data-at', suggestion.at);
            li.setAttribute('data-kind', suggestion.kind);
            li.setAttribute('data-text', suggestion.text);
            li.textContent = suggestion.at + ' ' + suggestion.text + ' ';
            var add = document.createElement('button');
            add.type = 'button';
            add.className = 'aui-button aui-button-link postmortem-suggestion-add';
            add.textContent = AJS.I18n.getText('postmortem.panel.timeline.use-suggestion');
            li.appendChild(add);
            list.appendChild(li);
          });
        }, failed(panel.querySelector('.postmortem-timeline-form')));
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var panel = closest(form, '.postmortem-panel');
    var remediation = closest(form, '.postmortem-remediation');
    if (form.classList.contains('postmortem-propose-form') && remediation) {
      event.preventDefault();
      send('POST', 'action-items/' + path(remediation.getAttribute('data-item-key')) + '/ownership/counter-proposal',
          { dueDate: form.elements.dueDate.value, comment: form.elements.comment.value })
          .then(saved(remediation), failed(remediation));
    } else if (form.classList.contains('postmortem-timeline-form') && panel) {
      event.preventDefault();
      var id = form.elements.id.value;
      var body = {
        at: form.elements.at.value,
        kind: form.elements.kind.value,
        text: form.elements.text.value,
        sourceUrl: form.elements.sourceUrl.value || null
      };
      var base = 'postmortems/' + path(panel.getAttribute('data-postmortem-key')) + '/timeline';
      send(id ? 'PUT' : 'POST', id ? base + '/' + path(id) : base, body).then(saved(form), failed(form));
    } else if (form.classList.contains('postmortem-keep-form') && panel) {
      event.preventDefault();
      send('POST', 'postmortems/' + path(panel.getAttribute('data-postmortem-key')) + '/language-overrides',
          { fingerprint: form.getAttribute('data-fingerprint'), reason: form.elements.reason.value })
          .then(saved(form), failed(form));
    }
  });
})();
