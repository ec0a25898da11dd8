// Keeps what a partner types into the intake form in this tab's session storage until the concern is sent, so that a
// session that ended meanwhile (log in again, then back to the form) does not lose it. Session storage belongs to the
// tab and is gone when the tab is closed; the draft is cleared once the intake page shows the concern received.
(function () {
  'use strict';
  var KEY = 'vigil-intake-draft';
  if (document.getElementById('intake-received')) {
    try { sessionStorage.removeItem(KEY); } catch (e) { /* storage refused: nothing kept */ }
    return;
  }
  var form = document.getElementById('intake-form');
  if (!form) {
    return;
  }
  var NOT_KEPT = { _csrf: true, draft: true };

  function fields() {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name && !NOT_KEPT[e.name] && !e.disabled && e.type !== 'submit' && e.type !== 'button';
    });
  }

  function save() {
    var values = {};
    fields().forEach(function (e) {
      if (e.type === 'checkbox' || e.type === 'radio') {
        if (e.checked) {
          (values[e.name] = values[e.name] || []).push(e.value);
        }
      } else {
        values[e.name] = e.value;
      }
    });
    try { sessionStorage.setItem(KEY, JSON.stringify(values)); } catch (e) { /* storage refused: nothing kept */ }
  }

  function restore() {
    var kept;
    try { kept = JSON.parse(sessionStorage.getItem(KEY) || 'null'); } catch (e) { kept = null; }
    if (!kept) {
      return;
    }
    fields().forEach(function (e) {
      if (!(e.name in kept)) {
        return;
      }
      if (e.type === 'checkbox' || e.type === 'radio') {
        e.checked = kept[e.name].indexOf(e.value) >= 0;
      } else {
        e.value = kept[e.name];
      }
    });
    var note = document.getElementById('draft-restored');
    if (note) {
      note.hidden = false;
    }
  }

  restore();
  form.addEventListener('input', save);
  form.addEventListener('change', save);
})();
