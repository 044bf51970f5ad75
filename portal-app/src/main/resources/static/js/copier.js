// A "Copy" button beside each ready-to-copy address of a dataset's API tab. Without script the addresses stay
// selectable read-only fields; with it, one press copies and a status message says so to screen readers too.
(function () {
  'use strict';
  var status = document.getElementById('copie-statut');
  document.querySelectorAll('dl.api-urls').forEach(function (list) {
    list.querySelectorAll('input[readonly]').forEach(function (input) {
      var label = list.querySelector('label[for="' + input.id + '"]');
      var name = label ? label.textContent.trim() : '';
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'secondary small';
      button.textContent = list.dataset.copy;
      // the visible word first (WCAG 2.5.3: the accessible name starts with the visible label), then what it copies
      button.setAttribute('aria-label', list.dataset.copy + ' : ' + name);
      button.addEventListener('click', function () {
        var done = function () {
          if (status) {
            status.textContent = list.dataset.copied.replace('{0}', name);
          }
        };
        if (navigator.clipboard && window.isSecureContext) {
          navigator.clipboard.writeText(input.value).then(done, function () { select(input, done); });
        } else {
          select(input, done);
        }
      });
      input.insertAdjacentElement('afterend', button);
    });
  });

  function select(input, done) {
    input.focus();
    input.select();
    if (document.execCommand && document.execCommand('copy')) {
      done();
    }
  }
})();
