/*
 * "Add action item" on the postmortem panel: an AUI dialog whose choices (projects the user may
 * create in, priorities, horizons, and the latest due date the limit allows for each priority and
 * horizon) come from GET .../action-items/form; the item is created with a JSON POST (what keeps
 * it XSRF-safe). Every refused field gets its message next to it and aria-invalid; server text is
 * inserted with textContent only. The due date follows the latest allowed date until the user
 * picks one.
 */
(function () {
  'use strict';

  var latestDates = [];
  var dueTouched = false;

  function restBase(dialog) {
    var context = window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
    return context + '/rest/postmortem/1.0/postmortems/'
        + encodeURIComponent(dialog.getAttribute('data-postmortem-key')) + '/action-items';
  }

  function request(method, url, body) {
    return fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: body ? { Accept: 'application/json', 'Content-Type': 'application/json' }
          : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) {
          throw json;
        }
        return json;
      });
    });
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
    status(form, '', false);
  }

  function fieldError(form, name, message) {
    var input = form.elements[name];
    if (!input) {
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

  function status(form, message, isError) {
    var target = form.querySelector('.postmortem-status');
    target.textContent = message;
    target.classList.toggle('postmortem-error', !!isError);
  }

  function failed(form) {
    return function (error) {
      var errors = error && error.errors && error.errors.length ? error.errors
          : [{ field: error && error.field, message: error && error.message }];
      var unplaced = [];
      errors.forEach(function (e) {
        var message = e.message || AJS.I18n.getText('postmortem.panel.js.failed');
        if (!(e.field && fieldError(form, e.field, message))) {
          unplaced.push(message);
        }
      });
      if (unplaced.length) {
        status(form, unplaced.join(' '), true);
      }
      var first = form.querySelector('[aria-invalid]');
      if (first) {
        first.focus();
      }
    };
  }

  function open(button) {
    var dialog = document.getElementById(button.getAttribute('aria-controls'));
    var form = dialog.querySelector('form');
    clearErrors(form);
    dueTouched = false;
    request('GET', restBase(dialog) + '/form').then(function (choices) {
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
    request('POST', restBase(dialog), body).then(function (created) {
      status(form, AJS.I18n.getText('postmortem.item.created') + ' ' + created.key, false);
      window.setTimeout(function () { window.location.reload(); }, 800);
    }, failed(form));
  });
})();
