/*
 * Type-ahead for the pickers of the admin forms. Without JavaScript each picker is a plain
 * <select>; with it, a search box above the list keeps only the options whose names, in any
 * language or script, contain what is typed (accents and case ignored). The option chosen
 * stays in the list. No inline script: the Content-Security-Policy forbids it.
 */
(function () {
  'use strict';

  function fold(text) {
    return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  function enhance(select) {
    var options = Array.prototype.slice.call(select.options).map(function (option) {
      return { option: option, text: fold(option.text + ' ' + (option.getAttribute('data-names') || '')) };
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
    box.addEventListener('input', function () {
      var words = fold(box.value).split(/\s+/).filter(Boolean);
      var selected = select.value;
      var first = null;
      select.textContent = '';
      options.forEach(function (entry) {
        var keep = entry.option.value === '' || entry.option.value === selected
          || words.every(function (word) { return entry.text.indexOf(word) >= 0; });
        if (keep) {
          select.appendChild(entry.option);
          if (first === null && entry.option.value !== '' && words.length > 0) {
            first = entry.option;
          }
        }
      });
      select.value = selected;
      if (first !== null && selected === '') {
        select.value = first.value;
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('select[data-picker]'), enhance);
  });
}());
