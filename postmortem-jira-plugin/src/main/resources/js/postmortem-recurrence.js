/*
 * Postmortem "Earlier incidents that rhyme" panel: Related / Unrelated for each suggestion.
 * The call goes through window.PostmortemRest (postmortem-rest.js); every word comes from the panel's data
 * attributes, which the server filled from the bundle, or from the answer's messages (written by the server in
 * the caller's language), and is inserted with textContent.
 */
(function () {
  'use strict';

  function show(suggestion, panel, verdict) {
    Array.prototype.forEach.call(suggestion.querySelectorAll('.postmortem-recurrence-mark'), function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-verdict') === verdict));
    });
    var lozenge = suggestion.querySelector('.postmortem-recurrence-verdict');
    lozenge.classList.remove('aui-lozenge-current', 'aui-lozenge-moved', 'aui-lozenge-success');
    lozenge.classList.add(verdict === 'RELATED' ? 'aui-lozenge-moved' : 'aui-lozenge-success');
    lozenge.textContent = panel.getAttribute(
        verdict === 'RELATED' ? 'data-verdict-related' : 'data-verdict-unrelated');
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('.postmortem-recurrence-mark') : null;
    if (!button) {
      return;
    }
    var panel = button.closest('.postmortem-recurrences');
    var suggestion = button.closest('.postmortem-recurrence');
    var status = suggestion.querySelector('.postmortem-status');
    var verdict = button.getAttribute('data-verdict');
    status.textContent = '';
    status.classList.remove('postmortem-error');
    window.PostmortemRest.send('PUT', 'postmortems/' + encodeURIComponent(panel.getAttribute('data-postmortem-key'))
        + '/recurrences/' + encodeURIComponent(suggestion.getAttribute('data-candidate')),
        { verdict: verdict })
      .then(function (answer) {
        show(suggestion, panel, answer.verdict || verdict);
        status.textContent = panel.getAttribute('data-saved');
        // What became of the earlier items (reopened, refused by Jira, hidden), in the caller's
        // language from the server; one line each.
        (answer.messages || []).forEach(function (message) {
          var line = document.createElement('div');
          line.className = 'postmortem-recurrence-reopen';
          line.textContent = message;
          status.appendChild(line);
        });
      }, function (error) {
        status.textContent = error && error.message ? error.message : panel.getAttribute('data-failed');
        status.classList.add('postmortem-error');
      });
  });
})();
