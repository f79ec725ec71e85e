/* factpress search: indexes the site's search-index.json with MiniSearch in the browser, no server needed.
   Searches quote, headline, claimant, summary and tags; shows each result with its verdict. */
(function () {
  'use strict';
  var form = document.querySelector('.search-form');
  if (!form || typeof MiniSearch === 'undefined') { return; }
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var card = document.getElementById('search-result');
  var badges = document.getElementById('verdict-badges');
  var mini = null;

  function badgeFor(ratingId) {
    var b = badges.content.querySelector('[data-rating="' + CSS.escape(ratingId) + '"]');
    return b ? b.firstElementChild.cloneNode(true) : document.createTextNode('');
  }

  function show(query) {
    list.textContent = '';
    var q = query.trim();
    if (!q) { status.textContent = ''; return; }
    var hits = mini.search(q);
    if (hits.length === 0) {
      hits = mini.search(q, { combineWith: 'OR' });
    }
    status.textContent = hits.length === 0 ? 'No fact-checks found for \u201c' + q + '\u201d.'
      : hits.length + (hits.length === 1 ? ' fact-check' : ' fact-checks') + ' found for \u201c' + q + '\u201d.';
    hits.forEach(function (h) {
      var li = card.content.firstElementChild.cloneNode(true);
      var badge = badgeFor(h.verdictId);
      // A conclusion-only site shares one badge; each check's own verdict is its label.
      if (badge.lastChild && h.verdict) { badge.lastChild.textContent = h.verdict; }
      li.querySelector('.badge').appendChild(badge);
      var a = li.querySelector('h2 a');
      a.href = h.url;
      a.textContent = h.headline;
      li.querySelector('.claimant').textContent = h.claimant;
      li.querySelector('q').textContent = h.quote;
      list.appendChild(li);
    });
  }

  fetch(form.getAttribute('data-index'))
    .then(function (r) {
      if (!r.ok) { throw new Error('search index: HTTP ' + r.status); }
      return r.json();
    })
    .then(function (docs) {
      mini = new MiniSearch({
        fields: ['quote', 'headline', 'claimant', 'summary', 'tags'],
        storeFields: ['quote', 'headline', 'claimant', 'verdict', 'verdictId', 'url'],
        searchOptions: { boost: { quote: 2, headline: 2, claimant: 1.5 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' }
      });
      mini.addAll(docs);
      var q = new URLSearchParams(window.location.search).get('q') || '';
      if (q) { input.value = q; }
      show(input.value);
      input.addEventListener('input', function () { show(input.value); });
      form.addEventListener('submit', function (e) {
        e.preventDefault();
        var url = new URL(window.location.href);
        url.searchParams.set('q', input.value);
        window.history.replaceState(null, '', url);
        show(input.value);
      });
    })
    .catch(function () {
      status.textContent = 'Search is not available right now. Every fact-check is listed in the archive.';
    });
}());
