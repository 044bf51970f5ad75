// The progress of a load, updated in place every two seconds (the page without script reloads itself instead,
// which takes a screen reader back to the top of the page each time). The count is a status message, announced
// politely at each tenth of the file so that it informs without chattering; when the load is over, the page is
// drawn again once, with its result or its validation report.
(function () {
  'use strict';
  var box = document.getElementById('suivi');
  if (!box || !box.dataset.etat || !window.fetch) {
    return;
  }
  var bar = document.getElementById('avancement');
  var count = document.getElementById('suivi-compte');
  var announced = Math.floor(Number(bar.value) / 10);
  var poll = function () {
    fetch(box.dataset.etat, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (state) {
        if (state.done) {
          window.location.reload();
          return;
        }
        bar.value = state.percent;
        bar.textContent = state.percent + ' %';
        if (Math.floor(state.percent / 10) !== announced) {
          announced = Math.floor(state.percent / 10);
          count.textContent = state.counts;
        }
        window.setTimeout(poll, 2000);
      })
      .catch(function () {
        // the session ended or the portal restarted: a reload shows why (sign-in page, error page)
        window.setTimeout(function () { window.location.reload(); }, 5000);
      });
  };
  window.setTimeout(poll, 2000);
})();
