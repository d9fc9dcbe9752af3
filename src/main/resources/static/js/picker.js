/*
 * Type-ahead for the pickers of the admin forms. Without JavaScript each picker is a plain
 * <select>; with it, a search box above the list keeps only the options that contain every
 * word typed, in their text or in their data-names: the keys the server computed for the
 * record as the search does (every name and alias in its own script and transliterated,
 * abbreviations such as "BSUIR" or "БГУИР"; see PickerKeys). What is typed is folded by the
 * same rules as the search folds it (compatibility forms, case and accents). The options
 * chosen stay in the list. No inline script: the Content-Security-Policy forbids it.
 */
(function () {
  'use strict';

  function fold(text) {
    return (text || '').normalize('NFKC').toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '')
      .normalize('NFC');
  }

  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  }

  function enhance(select) {
    var options = Array.prototype.slice.call(select.options).map(function (option) {
      return { option: option, text: fold(option.text) + ' | ' + (option.getAttribute('data-names') || '') };
    });
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'picker-filter';
    box.setAttribute('aria-label', select.getAttribute('data-filter-label') || '');
    box.setAttribute('placeholder', select.getAttribute('data-filter-label') || '');
    box.setAttribute('autocomplete', 'off');
    if (select.id) {
      box.setAttribute('aria-controls', select.id);
    }
    select.parentNode.insertBefore(box, select);
    // an option the filter chose by itself (the first match) is not the editor's choice: the
    // next key typed may replace it, so that a first letter never locks in a wrong record
    var chosenByFilter = false;
    select.addEventListener('change', function () {
      chosenByFilter = false;
    });
    box.addEventListener('input', function () {
      var typed = words(box.value);
      var single = !select.multiple;
      var selected = single ? (chosenByFilter ? '' : select.value) : null;
      var first = null;
      select.textContent = '';
      options.forEach(function (entry) {
        var chosen = single ? entry.option.value === selected : entry.option.selected;
        var keep = entry.option.value === '' || chosen
          || typed.every(function (word) { return entry.text.indexOf(word) >= 0; });
        if (keep) {
          select.appendChild(entry.option);
          if (first === null && entry.option.value !== '' && !chosen && typed.length > 0) {
            first = entry.option;
          }
        }
      });
      if (single) {
        select.value = selected;
        chosenByFilter = false;
        if (first !== null && selected === '') {
          select.value = first.value;
          chosenByFilter = true;
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('select[data-picker]'), enhance);
  });
}());
