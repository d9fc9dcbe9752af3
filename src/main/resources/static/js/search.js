/*
 * Suggestions for the search box in the header: a progressive enhancement of the plain
 * search form, which works on its own without this script.
 *
 * The box becomes an ARIA 1.2 combobox with a list box of suggestions (the WAI-ARIA
 * Authoring Practices "list autocomplete" pattern): typing fetches the best matches as
 * JSON, Down and Up move through them (aria-activedescendant, focus stays in the box),
 * Enter opens the chosen one, Escape closes the list, and a polite live region says how
 * many suggestions there are. Without a chosen suggestion, Enter submits the form as
 * usual. Text is only ever set with textContent.
 */
(function () {
  'use strict';

  var input = document.getElementById('site-search-q');
  if (!input || !input.form || !window.fetch || !window.AbortController) {
    return;
  }
  var form = input.form;
  var url = input.getAttribute('data-suggest-url');
  var countMessage = input.getAttribute('data-suggest-count') || '{0}';
  var noneMessage = input.getAttribute('data-suggest-none') || '';

  var listbox = document.createElement('ul');
  listbox.id = 'site-search-suggestions';
  listbox.className = 'suggestions';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', input.getAttribute('data-suggest-label') || '');
  listbox.hidden = true;

  var status = document.createElement('div');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');

  form.classList.add('has-suggestions');
  form.appendChild(listbox);
  form.appendChild(status);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);

  var suggestions = [];
  var active = -1;
  var timer = null;
  var pending = null;
  var lastQuery = '';

  input.addEventListener('input', function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(load, 150);
  });

  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown') {
      if (suggestions.length > 0) {
        open();
        move(1);
        event.preventDefault();
      }
    } else if (event.key === 'ArrowUp') {
      if (!listbox.hidden) {
        move(-1);
        event.preventDefault();
      }
    } else if (event.key === 'Enter') {
      if (!listbox.hidden && active >= 0) {
        event.preventDefault();
        go(suggestions[active]);
      }
    } else if (event.key === 'Escape') {
      if (!listbox.hidden) {
        event.preventDefault();
        close();
      }
    }
  });

  input.addEventListener('blur', function () {
    window.setTimeout(close, 200);
  });

  // Keep the focus in the box while an option is clicked
  listbox.addEventListener('mousedown', function (event) {
    event.preventDefault();
  });

  function load() {
    var query = input.value.trim();
    if (query === lastQuery) {
      return;
    }
    lastQuery = query;
    if (pending) {
      pending.abort();
      pending = null;
    }
    if (query.length === 0) {
      show([], false);
      return;
    }
    pending = new AbortController();
    window.fetch(url + '?q=' + encodeURIComponent(query), {
      headers: { 'Accept': 'application/json' },
      credentials: 'same-origin',
      signal: pending.signal
    }).then(function (response) {
      return response.ok ? response.json() : [];
    }).then(function (list) {
      if (input.value.trim() === query) {
        show(Array.isArray(list) ? list : [], true);
      }
    }).catch(function () {
      // Suggestions are optional: the form still works
    });
  }

  function show(list, announce) {
    suggestions = list;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    listbox.textContent = '';
    list.forEach(function (suggestion, index) {
      var option = document.createElement('li');
      option.id = listbox.id + '-' + index;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      var label = document.createElement('span');
      label.className = 'suggestion-label';
      label.textContent = suggestion.label;
      option.appendChild(label);
      if (suggestion.original) {
        var original = document.createElement('span');
        original.className = 'original';
        original.lang = suggestion.originalLanguage;
        original.textContent = ' ' + suggestion.original;
        option.appendChild(original);
      }
      var kind = document.createElement('span');
      kind.className = 'suggestion-kind';
      kind.textContent = suggestion.kind;
      option.appendChild(kind);
      option.addEventListener('click', function () {
        go(suggestion);
      });
      listbox.appendChild(option);
    });
    if (list.length > 0) {
      open();
    } else {
      close();
    }
    if (announce) {
      status.textContent = list.length > 0 ? countMessage.replace('{0}', String(list.length)) : noneMessage;
    }
  }

  function move(step) {
    var options = listbox.querySelectorAll('[role="option"]');
    if (options.length === 0) {
      return;
    }
    if (active >= 0) {
      options[active].setAttribute('aria-selected', 'false');
    }
    active = (active + step + options.length) % options.length;
    options[active].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', options[active].id);
    options[active].scrollIntoView({ block: 'nearest' });
  }

  function open() {
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
    listbox.querySelectorAll('[aria-selected="true"]').forEach(function (option) {
      option.setAttribute('aria-selected', 'false');
    });
  }

  function go(suggestion) {
    var target = suggestion && suggestion.url;
    if (typeof target === 'string' && target.charAt(0) === '/' && target.charAt(1) !== '/') {
      window.location.assign(target);
    }
  }
})();
