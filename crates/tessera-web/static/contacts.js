// Contacts Manager: a new contact's role checkboxes follow the organisation chosen for it.
// Without this script every role is listed, grouped by organisation, and the server checks
// that the roles fit the organisation.
"use strict";
document.querySelectorAll("select[data-role-side]").forEach(function (select) {
  var block = select.closest("fieldset");
  if (!block) {
    return;
  }
  function apply() {
    block.querySelectorAll(".role-group[data-side]").forEach(function (group) {
      var fits = group.getAttribute("data-side") === select.value;
      group.hidden = !fits;
      if (!fits) {
        group.querySelectorAll("input[type=checkbox]").forEach(function (box) {
          box.checked = false;
        });
      }
    });
  }
  select.addEventListener("change", apply);
  apply();
});
