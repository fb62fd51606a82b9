/*
 * Postmortem "Next steps" panel: the owner's answer to counter-proposals, and risk acceptance.
 * Calls and refusals go through window.PostmortemRest (postmortem-rest.js): JSON bodies only,
 * a refused field's message next to that field, server text inserted with textContent.
 */
(function () {
  'use strict';

  var rest = window.PostmortemRest;

  function failed(form) {
    return function (refusal) { rest.showRefusal(form, refusal); };
  }

  function done(form) {
    return function () { rest.savedThenReload(form); };
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
      rest.clearErrors(form);
      rest.send('POST', answerPath(panel, answer, 'accept'), {}).then(done(form), failed(form));
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
    rest.clearErrors(form);
    if (form.classList.contains('postmortem-answer-form')) {
      rest.send('POST', answerPath(panel, form.closest('.postmortem-answer'), 'decline'),
          { reason: form.elements.reason.value }).then(done(form), failed(form));
    } else if (form.classList.contains('postmortem-risk-form')) {
      rest.send('POST', 'postmortems/' + encodeURIComponent(panel.getAttribute('data-postmortem-key')) + '/risk-acceptance',
          { reason: form.elements.reason.value, expiresOn: form.elements.expiresOn.value || null })
          .then(done(form), failed(form));
    }
  });
})();
