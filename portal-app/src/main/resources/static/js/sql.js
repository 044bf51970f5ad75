// While a console statement runs, offers to cancel it: the page keeps showing during the submission, and the
// cancel request names the run by the id the form carries. Without script, the statement's timeout bounds it.
(function () {
  'use strict';
  var form = document.getElementById('console');
  var running = document.getElementById('running');
  var cancel = document.getElementById('cancel');
  if (!form || !running || !cancel || !window.fetch) {
    return;
  }
  form.addEventListener('submit', function () {
    running.hidden = false;
    cancel.focus();
  });
  cancel.addEventListener('click', function () {
    var body = new URLSearchParams();
    body.set('run', form.elements.run.value);
    body.set('_csrf', form.elements._csrf ? form.elements._csrf.value : '');
    cancel.disabled = true;
    fetch(form.dataset.cancel, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded'},
      body: body
    });
  });
})();
