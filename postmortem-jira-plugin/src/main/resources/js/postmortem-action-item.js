/*
 * "Add action item" on the postmortem panel: an AUI dialog whose choices (projects the user may
 * create in, priorities, horizons, and the latest due date the limit allows for each priority and
 * horizon) come from GET .../action-items/form; the item is created with a JSON POST through
 * window.PostmortemRest (postmortem-rest.js), which puts every refused field's message next to it
 * with aria-invalid; server text is inserted with textContent only. The due date follows the latest allowed date until the user
 * picks one.
 */
(function () {
  'use strict';

  var latestDates = [];
  var dueTouched = false;

  var rest = window.PostmortemRest;

  function itemsPath(dialog) {
    return 'postmortems/' + encodeURIComponent(dialog.getAttribute('data-postmortem-key')) + '/action-items';
  }

  function options(select, choices, label) {
    select.textContent = '';
    choices.forEach(function (choice) {
      var option = document.createElement('option');
      option.value = choice.value !== undefined ? choice.value : choice.key;
      option.textContent = label ? label(choice) : choice.label;
      select.appendChild(option);
    });
  }

  function latest(form) {
    var priority = form.elements.priority.value;
    var horizon = form.elements.horizon.value;
    for (var i = 0; i < latestDates.length; i++) {
      if (latestDates[i].priority === priority && latestDates[i].horizon === horizon) {
        return latestDates[i].dueDate;
      }
    }
    return '';
  }

  function showLatest(form) {
    var date = latest(form);
    form.querySelector('.postmortem-item-latest').textContent = date;
    if (!dueTouched) {
      form.elements.dueDate.value = date;
    }
  }

  function clearErrors(form) {
    rest.clearErrors(form);
    rest.status(form, '', false);
  }

  function failed(form) {
    return function (refusal) { rest.showRefusal(form, refusal); };
  }

  function open(button) {
    var dialog = document.getElementById(button.getAttribute('aria-controls'));
    var form = dialog.querySelector('form');
    clearErrors(form);
    dueTouched = false;
    rest.send('GET', itemsPath(dialog) + '/form').then(function (choices) {
      options(form.elements.project, choices.projects);
      options(form.elements.priority, choices.priorities);
      options(form.elements.horizon, choices.horizons);
      latestDates = choices.latestDueDates;
      showLatest(form);
    }, failed(form));
    if (window.AJS && typeof AJS.dialog2 === 'function') {
      AJS.dialog2(dialog).show();
    } else {
      dialog.hidden = false;
    }
    form.elements.summary.focus();
  }

  function close(dialog) {
    if (window.AJS && typeof AJS.dialog2 === 'function') {
      AJS.dialog2(dialog).hide();
    } else {
      dialog.hidden = true;
    }
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    if (!target.closest) {
      return;
    }
    if (target.closest('.postmortem-item-add')) {
      open(target.closest('.postmortem-item-add'));
    } else if (target.closest('.postmortem-item-cancel')) {
      close(target.closest('.postmortem-item-dialog'));
    }
  });

  document.addEventListener('change', function (event) {
    var form = event.target.closest ? event.target.closest('.postmortem-item-form') : null;
    if (!form) {
      return;
    }
    if (event.target.name === 'dueDate') {
      dueTouched = true;
    } else if (event.target.name === 'priority' || event.target.name === 'horizon') {
      showLatest(form);
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.classList || !form.classList.contains('postmortem-item-form')) {
      return;
    }
    event.preventDefault();
    clearErrors(form);
    var dialog = form.closest('.postmortem-item-dialog');
    var body = {};
    ['summary', 'project', 'assignee', 'priority', 'horizon', 'dueDate', 'successMeasure']
        .forEach(function (name) { body[name] = form.elements[name].value; });
    rest.send('POST', itemsPath(dialog), body).then(function (created) {
      rest.status(form, AJS.I18n.getText('postmortem.item.created') + ' ' + created.key, false);
      window.setTimeout(function () { window.location.reload(); }, 800);
    }, failed(form));
  });
})();
