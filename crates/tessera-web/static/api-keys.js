// The page that shows a new API key once: a button that copies it (without script, the field
// is there to select and copy by hand), and the whole key selected when the field gets focus.
(function () {
  var buttons = document.querySelectorAll('[data-copy]');
  for (var i = 0; i < buttons.length; i++) {
    (function (btn) {
      var field = document.getElementById(btn.getAttribute('data-copy'));
      var status = document.getElementById(btn.getAttribute('data-status'));
      if (!field) return;
      field.addEventListener('focus', function () { field.select(); });
      if (!navigator.clipboard || !window.isSecureContext) return;
      btn.hidden = false;
      btn.addEventListener('click', function () {
        navigator.clipboard.writeText(field.value).then(function () {
          if (status) status.textContent = btn.getAttribute('data-done');
        });
      });
    })(buttons[i]);
  }
})();
