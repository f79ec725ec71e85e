/* factpress search: indexes the site's search-index.json with MiniSearch in the browser, no server needed.
   Ranking: checks whose quote or headline holds every word of the query (whole, then as the start of a word)
   come first, then those that hold a word whole only in the claimant, summary or tags. A word that only starts
   a word of the summary or tags does not count (that is how "bus" found "business"). Only when nothing matches
   that way are misspellings tried, and only those close to the best of them are shown.
   Results are built as DOM nodes from text: content never reaches innerHTML. */
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

  var LEAD = ['quote', 'headline'];
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;
  // A quoted passage inside the quote, shown in a nested <q> as the pages show it (QuoteMarks in Java).
  var INNER = /"([^"]+)"|\u201C([^\u201D]+)\u201D|\u201E([^\u201C\u201D]+)[\u201C\u201D]|\u00AB([^\u00BB]+)\u00BB/g;
  // Misspellings count only when they score at least this share of the best of them.
  var FUZZY_FLOOR = 0.5;

  function words(text) {
    return (text.toLowerCase().match(WORD) || []);
  }

  // How well one query word matched a check: 3 whole in quote or headline, 2 as a word's start there,
  // 1 whole in claimant, summary or tags (or as the start of the claimant's name), 0 otherwise.
  function strength(word, hit) {
    var best = 0;
    Object.keys(hit.match).forEach(function (term) {
      var fields = hit.match[term];
      var lead = fields.some(function (f) { return LEAD.indexOf(f) >= 0; });
      var s = 0;
      if (term === word) { s = lead ? 3 : 1; }
      else if (term.indexOf(word) === 0) { s = lead ? 2 : (fields.indexOf('claimant') >= 0 ? 1 : 0); }
      if (s > best) { best = s; }
    });
    return best;
  }

  function ranked(q) {
    var qwords = words(q);
    if (qwords.length === 0) { return { hits: [], terms: [] }; }
    var strict = mini.search(q, { prefix: true, fuzzy: false, combineWith: 'AND' }).map(function (h) {
      var total = 0;
      var ok = qwords.every(function (w) { var s = strength(w, h); total += s; return s > 0; });
      return ok ? { hit: h, rank: total } : null;
    }).filter(Boolean);
    if (strict.length > 0) {
      strict.sort(function (a, b) { return b.rank - a.rank || b.hit.score - a.hit.score; });
      return { hits: strict.map(function (r) { return r.hit; }) };
    }
    var fuzzy = mini.search(q, {
      prefix: false, combineWith: 'AND',
      fuzzy: function (term) { return term.length >= 5 ? 0.2 : false; }
    });
    if (fuzzy.length === 0) { return { hits: [] }; }
    var floor = fuzzy[0].score * FUZZY_FLOOR;
    return { hits: fuzzy.filter(function (h) { return h.score >= floor; }) };
  }

  // Appends text to parent, each word MiniSearch matched in a <mark>.
  function appendMarked(parent, text, matched) {
    var at = 0;
    var m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (matched[m[0].toLowerCase()]) {
        if (m.index > at) { parent.appendChild(document.createTextNode(text.slice(at, m.index))); }
        var mark = document.createElement('mark');
        mark.className = 'hit';
        mark.textContent = m[0];
        parent.appendChild(mark);
        at = m.index + m[0].length;
      }
    }
    if (at < text.length) { parent.appendChild(document.createTextNode(text.slice(at))); }
  }

  function appendQuote(parent, text, matched) {
    var at = 0;
    var m;
    INNER.lastIndex = 0;
    while ((m = INNER.exec(text)) !== null) {
      appendMarked(parent, text.slice(at, m.index), matched);
      var q = document.createElement('q');
      appendMarked(q, m[1] || m[2] || m[3] || m[4], matched);
      parent.appendChild(q);
      at = m.index + m[0].length;
    }
    appendMarked(parent, text.slice(at), matched);
  }

  function badgeFor(ratingId) {
    var b = badges.content.querySelector('[data-rating="' + CSS.escape(ratingId) + '"]');
    return b ? b.firstElementChild.cloneNode(true) : document.createTextNode('');
  }

  // The page's words, in its language (data-* attributes of the form): {q} the query, {n} the count; the count's
  // plural form is the language's (Intl.PluralRules), data-found-other where the language has no text for it.
  function say(name, q, n) {
    var text = form.getAttribute('data-' + name) || '';
    return text.split('{q}').join(q).split('{n}').join(n === undefined ? '' : n.toLocaleString(form.getAttribute('data-language')));
  }

  function found(q, n) {
    var form_ = 'other';
    try { form_ = new Intl.PluralRules(form.getAttribute('data-language')).select(n); } catch (e) { /* other */ }
    return say(form.hasAttribute('data-found-' + form_) ? 'found-' + form_ : 'found-other', q, n);
  }

  function show(query) {
    list.textContent = '';
    var q = query.trim();
    if (!q) { status.textContent = ''; return; }
    var hits = ranked(q).hits;
    status.textContent = hits.length === 0 ? say('none', q) : found(q, hits.length);
    hits.forEach(function (h) {
      var matched = {};
      h.terms.forEach(function (t) { matched[t] = true; });
      var li = card.content.firstElementChild.cloneNode(true);
      var badge = badgeFor(h.verdictId);
      // A conclusion-only site shares one badge; each check's own verdict is its label.
      if (badge.lastChild && h.verdict) { badge.lastChild.textContent = h.verdict; }
      li.querySelector('.badge').appendChild(badge);
      li.classList.add('verdict-' + h.verdictId);
      var a = li.querySelector('.claim-card-title a');
      a.href = h.url;
      appendMarked(a, h.headline, matched);
      appendMarked(li.querySelector('.claimant'), h.claimant, matched);
      appendQuote(li.querySelector('q'), h.quote, matched);
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
        searchOptions: { boost: { quote: 3, headline: 3, claimant: 2 } }
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
      status.textContent = say('unavailable', '');
    });
}());
