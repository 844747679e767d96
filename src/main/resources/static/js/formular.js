/*
 * Progressive enhancement of Samverka's forms: after a change, ask the server which parts of the form its conditions
 * hide for what is entered now, and show or hide them. A hidden part's inputs are disabled, so they are neither
 * focusable nor sent. Without this script the button "Uppdatera formuläret" does the same by reloading the page.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-villkor]');
  if (!form || !window.fetch || !window.FormData) {
    return;
  }
  var url = form.getAttribute('data-villkor');
  document.querySelectorAll('[data-uppdatera]').forEach(function (element) {
    element.hidden = true;
  });
  var latest = 0;

  function apply(hidden) {
    form.querySelectorAll('[data-komponent]').forEach(function (part) {
      var hide = hidden.indexOf(part.getAttribute('data-komponent')) >= 0;
      part.hidden = hide;
      if (!hide) {
        part.querySelectorAll('input, select, textarea').forEach(function (input) {
          input.disabled = false;
        });
      }
    });
    form.querySelectorAll('[data-komponent][hidden]').forEach(function (part) {
      part.querySelectorAll('input, select, textarea').forEach(function (input) {
        input.disabled = true;
      });
    });
  }

  function update() {
    var request = ++latest;
    var body = new URLSearchParams(new FormData(form));
    fetch(url, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: {'Accept': 'application/json'}
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (answer) {
      if (answer && request === latest && Array.isArray(answer.hidden)) {
        apply(answer.hidden);
      }
    }).catch(function () {
      // The page still works: the server checks every submission and shows the form again.
    });
  }

  form.addEventListener('change', update);
})();
