/*
 * Postmortem "Next steps" panel: the owner's answer to counter-proposals, and risk acceptance.
 * JSON bodies only (what keeps these calls XSRF-safe); server text is inserted with textContent.
 * A refused field's message is shown next to that field, linked with aria-describedby, and the
 * field is marked aria-invalid, so a screen reader announces it too.
 */
(function () {
  'use strict';

  function restBase() {
    var context = window.AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : '';
    return context + '/rest/postmortem/1.0/';
  }

  function post(path, body) {
    return fetch(restBase() + path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
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

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.postmortem-field-error'), function (e) {
      e.parentNode.removeChild(e);
    });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) {
      input.removeAttribute('aria-invalid');
      var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
        return id.indexOf('-error') < 0;
      });
      if (described.length) {
        input.setAttribute('aria-describedby', described.join(' '));
      } else {
        input.removeAttribute('aria-describedby');
      }
    });
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
    input.focus();
    return true;
  }

  function status(form, message, isError) {
    var target = form.querySelector('.postmortem-status');
    target.textContent = message;
    target.classList.toggle('postmortem-error', !!isError);
  }

  function failed(form) {
    return function (error) {
      var message = error && error.message ? error.message : AJS.I18n.getText('postmortem.panel.js.failed');
      if (!(error && error.field && fieldError(form, error.field, message))) {
        status(form, message, true);
      }
    };
  }

  function done(form) {
    return function () {
      status(form, AJS.I18n.getText('postmortem.panel.js.saved'), false);
      window.setTimeout(function () { window.location.reload(); }, 800);
    };
  }

  function answerPath(panel, answer, verb) {
    return 'postmortems/' + encodeURIComponent(panel.getAttribute('data-postmortem-key'))
        + '/proposals/' + encodeURIComponent(answer.getAttribute('data-proposal-id')) + '/' + verb;
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    var panel = target.closest ? target.closest('.postmortem-lifecycle') : null;
    if (!panel) {
      return;
    }
    if (target.closest('.postmortem-accept')) {
      var answer = target.closest('.postmortem-answer');
      var form = answer.querySelector('form');
      clearErrors(form);
      post(answerPath(panel, answer, 'accept'), {}).then(done(form), failed(form));
    } else if (target.closest('.postmortem-risk-open')) {
      var riskForm = panel.querySelector('.postmortem-risk-form');
      var open = riskForm.hidden;
      riskForm.hidden = !open;
      target.setAttribute('aria-expanded', String(open));
      if (open) {
        riskForm.elements.reason.focus();
      }
    }
  });

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var panel = form.closest ? form.closest('.postmortem-lifecycle') : null;
    if (!panel) {
      return;
    }
    event.preventDefault();
    clearErrors(form);
    if (form.classList.contains('postmortem-answer-form')) {
      post(answerPath(panel, form.closest('.postmortem-answer'), 'decline'),
          { reason: form.elements.reason.value }).then(done(form), failed(form));
    } else if (form.classList.contains('postmortem-risk-form')) {
      post('postmortems/' + encodeURIComponent(panel.getAttribute('data-postmortem-key')) + '/risk-acceptance',
          { reason: form.elements.reason.value, expiresOn: form.elements.expiresOn.value || null })
          .then(done(form), failed(form));
    }
  });
})();
