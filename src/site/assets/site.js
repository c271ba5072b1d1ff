// Progressive enhancement only: every page is complete without this script.
(function () {
  'use strict';

  // Notes: activating a marker shows the note in a popover (the footnote list stays as is).
  function setUpNotePopover() {
    var markers = document.querySelectorAll('a[role="doc-noteref"]');
    if (!markers.length || !HTMLElement.prototype.showPopover) return;
    var popover = document.createElement('div');
    popover.id = 'note-popover';
    popover.className = 'note-popover';
    popover.setAttribute('popover', '');
    popover.setAttribute('role', 'note');
    document.body.appendChild(popover);
    markers.forEach(function (marker) {
      marker.addEventListener('click', function (event) {
        var note = document.getElementById(marker.getAttribute('href').slice(1));
        if (!note) return;
        event.preventDefault();
        popover.replaceChildren();
        note.querySelectorAll('.note-by, .note-body').forEach(function (part) {
          popover.appendChild(part.cloneNode(true));
        });
        var full = document.createElement('a');
        full.href = '#' + note.id;
        full.textContent = 'Go to the note';
        full.addEventListener('click', function () { popover.hidePopover(); });
        popover.appendChild(full);
        var box = marker.getBoundingClientRect();
        popover.style.top = Math.round(window.scrollY + box.bottom + 6) + 'px';
        popover.style.left = Math.round(Math.max(8, Math.min(box.left, window.innerWidth - 360))) + 'px';
        popover.showPopover();
        full.focus();
      });
    });
  }

  // "Cite this paragraph": the ¶ of a paragraph opens its citation (author, title, source, page,
  // anchor and address) with a button to copy it. Without script the ¶ is a permalink.
  function setUpParagraphCitations() {
    var reading = document.querySelector('.reading[data-cite]');
    if (!reading || !HTMLElement.prototype.showPopover) return;
    var popover = document.createElement('div');
    popover.id = 'cite-popover';
    popover.className = 'cite-popover';
    popover.setAttribute('popover', '');
    popover.setAttribute('role', 'dialog');
    popover.setAttribute('aria-label', 'Cite this paragraph');
    document.body.appendChild(popover);
    var edition = (document.querySelector('.site-title') || {}).textContent || '';
    reading.querySelectorAll('a.pilcrow').forEach(function (link) {
      link.addEventListener('click', function (event) {
        event.preventDefault();
        var id = link.getAttribute('href').slice(1);
        history.replaceState(null, '', '#' + id);
        var address = location.href;
        var pages = link.getAttribute('data-pages');
        var text = reading.getAttribute('data-cite') + (pages ? ', ' + pages : '') + ', ¶ ' + id + '. ' +
          edition.trim() + ', ' + address;
        var citation = document.createElement('p');
        citation.className = 'cite-text';
        citation.textContent = text;
        var copy = document.createElement('button');
        copy.type = 'button';
        copy.textContent = 'Copy citation';
        copy.addEventListener('click', function () {
          if (navigator.clipboard) navigator.clipboard.writeText(text).then(function () { copy.textContent = 'Copied'; }, function () {});
        });
        popover.replaceChildren(citation, copy);
        var box = link.getBoundingClientRect();
        popover.style.top = Math.round(window.scrollY + box.bottom + 6) + 'px';
        popover.style.left = Math.round(Math.max(8, Math.min(box.left - 300, window.innerWidth - 420))) + 'px';
        popover.showPopover();
        copy.focus();
      });
    });
  }

  // Chronology: filter the timeline and the list by person and source.
  function setUpChronologyFilters() {
    var form = document.getElementById('chronology-filters');
    if (!form) return;
    form.hidden = false;
    var person = document.getElementById('filter-person');
    var source = document.getElementById('filter-source');
    var count = document.getElementById('filter-count');
    function matches(element) {
      var persons = (element.getAttribute('data-persons') || '').split(' ');
      return (!person.value || persons.indexOf(person.value) >= 0) &&
        (!source.value || (element.getAttribute('data-source') || '').split(' ').indexOf(source.value) >= 0);
    }
    function apply() {
      var shown = 0;
      document.querySelectorAll('.events li').forEach(function (item) {
        item.hidden = !matches(item);
        if (!item.hidden) shown++;
      });
      document.querySelectorAll('.timeline .mark').forEach(function (mark) {
        mark.style.display = matches(mark) ? '' : 'none';
      });
      count.textContent = shown + ' shown';
    }
    person.addEventListener('change', apply);
    source.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); });
    apply();
  }

  // Search: Pagefind's interface, when its bundle is present.
  function setUpSearch() {
    var element = document.getElementById('search');
    if (!element) return;
    if (location.protocol === 'file:' || typeof window.PagefindUI !== 'function') {
      // Browsers do not let Pagefind load its index from file:// — say so instead of failing silently.
      var message = document.createElement('p');
      message.className = 'search-unavailable';
      message.textContent = location.protocol === 'file:'
        ? 'Search is not available when the site is opened as files. Serve it over HTTP ' +
          '(for example with `tei-edition serve`), or browse the texts from the home page.'
        : 'This build of the site has no search index (it has no texts, or was built without one). ' +
          'Browse the texts from the home page.';
      element.appendChild(message);
      return;
    }
    // A large edition's index is in shards, one bundle each (search-bundles.js): the first is Pagefind's
    // own (its interface is loaded from there), the others are merged into it.
    var listed = (window.teiEditionSearch && window.teiEditionSearch.bundles) || [];
    var merged = listed.slice(1).map(function (bundle) { return { bundlePath: new URL(bundle, location.href).href }; });
    new window.PagefindUI({ element: '#search', showSubResults: true, showImages: false, resetStyles: false, mergeIndex: merged });
    // Tie the page's visible label to Pagefind's input (it only carries a placeholder and aria-label).
    var label = document.getElementById('search-label');
    function connectLabel() {
      var input = element.querySelector('input[type="text"], input:not([type])');
      if (!input || !label) return false;
      input.id = 'search-input';
      label.htmlFor = 'search-input';
      label.hidden = false;
      return true;
    }
    if (!connectLabel()) {
      var observer = new MutationObserver(function () { if (connectLabel()) observer.disconnect(); });
      observer.observe(element, { childList: true, subtree: true });
    }
  }

  function start() {
    setUpNotePopover();
    setUpParagraphCitations();
    setUpChronologyFilters();
    setUpSearch();
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
