/* factpress search: reads the index factpress writes under search/index/ (view/SearchIndex), fetching only the
   term files a query's words need and the check files of the results shown, so a first search stays small at any
   size of archive. No server needed.
   Words are folded as the index folds them: NFKC, lower case, final sigma as sigma (Метро finds метро).
   Ranking: checks whose quote or headline holds every word of the query (whole, then as the start of a word)
   come first, then those that hold a word whole only in the claimant, summary or tags. A word that only starts
   a word of the summary or tags does not count (that is how "bus" found "business"); a one-letter word counts
   only whole. Only when nothing matches that way are misspellings tried (words of five letters or more, among the
   words of the same term file), and only those close to the best of them are shown.
   Results are built as DOM nodes from text: content never reaches innerHTML. */
(function () {
  'use strict';
  var form = document.querySelector('.search-form');
  if (!form || typeof fetch === 'undefined') { return; }
  var input = document.getElementById('search-input');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var card = document.getElementById('search-result');
  var badges = document.getElementById('verdict-badges');
  var base = form.getAttribute('data-index');

  var QUOTE = 1, HEADLINE = 2, CLAIMANT = 4, SUMMARY = 8, TAGS = 16;
  var LEAD = QUOTE | HEADLINE;
  // What a word found in each field weighs: the quote and headline most, then the claimant.
  var BOOST = [[QUOTE, 3], [HEADLINE, 3], [CLAIMANT, 2], [SUMMARY, 1], [TAGS, 1]];
  var PREFIX_WEIGHT = 0.375;
  var FUZZY_WEIGHT = 0.45;
  var WORD = /[\p{L}\p{M}\p{N}]+/gu;
  // The same, for walking a text shown: its own lastIndex, which String.match would reset.
  var SHOWN_WORD = /[\p{L}\p{M}\p{N}]+/gu;
  // A quoted passage inside the quote, put in the inner marks as the pages put it (Quotes.marked in Java).
  var INNER = /"([^"]+)"|\u201C([^\u201D]+)\u201D|\u201E([^\u201C\u201D]+)[\u201C\u201D]|\u00AB([^\u00BB]+)\u00BB/g;
  // Misspellings count only when they score at least this share of the best of them.
  var FUZZY_FLOOR = 0.5;
  // Results shown at once; the rest follow a page at a time.
  var PAGE = 20;

  var meta = null;
  var files = {};
  var shown = { hits: [], at: 0, matched: [] };
  var latest = 0;

  function fold(word) {
    return word.normalize('NFKC').toLowerCase().replace(/\u03C2/g, '\u03C3');
  }

  // The folded terms of a text, as SearchIndex.terms makes them.
  function terms(text) {
    var out = [];
    (text.match(WORD) || []).forEach(function (w) {
      (fold(w).match(WORD) || []).forEach(function (t) { out.push(t); });
    });
    return out;
  }

  function letters(s) { return Array.from(s).length; }

  function get(path) {
    if (!files[path]) {
      files[path] = fetch(base + path).then(function (r) {
        if (!r.ok) { throw new Error('search index: HTTP ' + r.status); }
        return r.json();
      });
    }
    return files[path];
  }

  function hex(key) {
    return Array.from(new TextEncoder().encode(key), function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }

  // The term files that may hold a word, or words it starts: the longest key it starts with, and any longer key
  // that starts with it.
  function keysFor(word) {
    var longest = null;
    var keys = [];
    meta.keys.forEach(function (k) {
      if (word.indexOf(k) === 0) {
        if (longest === null || k.length > longest.length) { longest = k; }
      } else if (letters(word) > 1 && k.indexOf(word) === 0) {
        keys.push(k);
      }
    });
    if (longest !== null) { keys.push(longest); }
    return keys;
  }

  // The terms of the files a word needs: {term: postings}.
  function load(word) {
    return Promise.all(keysFor(word).map(function (k) { return get('terms/' + hex(k) + '.json'); }))
      .then(function (parts) {
        var all = {};
        parts.forEach(function (p) { Object.keys(p).forEach(function (t) { all[t] = p[t]; }); });
        return all;
      });
  }

  // Levenshtein distance, or max + 1 once it is over max.
  function distance(a, b, max) {
    a = Array.from(a); b = Array.from(b);
    if (Math.abs(a.length - b.length) > max) { return max + 1; }
    var prev = [];
    for (var j = 0; j <= b.length; j++) { prev.push(j); }
    for (var i = 1; i <= a.length; i++) {
      var cur = [i];
      var low = i;
      for (var k = 1; k <= b.length; k++) {
        var d = Math.min(prev[k] + 1, cur[k - 1] + 1, prev[k - 1] + (a[i - 1] === b[k - 1] ? 0 : 1));
        cur.push(d);
        if (d < low) { low = d; }
      }
      if (low > max) { return max + 1; }
      prev = cur;
    }
    return prev[b.length];
  }

  // Calls each(check, fields) for every check a term's postings list.
  function eachPosting(postings, each) {
    var check = 0;
    for (var i = 0; i < postings.length; i++) {
      check += Math.floor(postings[i] / 32);
      each(check, postings[i] % 32);
    }
  }

  function weight(fields) {
    var w = 0;
    BOOST.forEach(function (b) { if (fields & b[0]) { w += b[1]; } });
    return w;
  }

  // How well one query word matched a check through one term: 3 whole in quote or headline, 2 as a word's start
  // there, 1 whole in claimant, summary or tags (or as the start of the claimant's name), 0 otherwise.
  function strength(whole, fields) {
    if (whole) { return fields & LEAD ? 3 : 1; }
    return fields & LEAD ? 2 : (fields & CLAIMANT ? 1 : 0);
  }

  // The checks that hold every word: {check: {rank, score, terms}}; match(word, term) gives null (no match) or
  // {whole, weight} for a term of the word's files.
  function matchAll(qwords, found, match, strict) {
    var result = null;
    qwords.forEach(function (w, i) {
      var byCheck = {};
      var table = found[i];
      var n = meta.checks;
      Object.keys(table).forEach(function (term) {
        var m = match(w, term);
        if (!m) { return; }
        var postings = table[term];
        var idf = Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
        eachPosting(postings, function (check, fields) {
          var s = strength(m.whole, fields);
          if (strict && s === 0) { return; }
          var hit = byCheck[check] || (byCheck[check] = { rank: 0, score: 0, terms: [] });
          if (s > hit.rank) { hit.rank = s; }
          hit.score += idf * weight(fields) * m.weight;
          hit.terms.push(term);
        });
      });
      if (result === null) {
        result = byCheck;
        return;
      }
      var next = {};
      Object.keys(result).forEach(function (c) {
        if (byCheck[c]) {
          var a = result[c], b = byCheck[c];
          next[c] = { rank: a.rank + b.rank, score: a.score + b.score, terms: a.terms.concat(b.terms) };
        }
      });
      result = next;
    });
    return Object.keys(result || {}).map(function (c) {
      var h = result[c];
      return { check: Number(c), rank: h.rank, score: h.score, terms: h.terms };
    });
  }

  function byRank(a, b) {
    return b.rank - a.rank || b.score - a.score || a.check - b.check;
  }

  function ranked(qwords, found) {
    var strict = matchAll(qwords, found, function (w, term) {
      if (term === w) { return { whole: true, weight: 1 }; }
      if (letters(w) > 1 && term.indexOf(w) === 0) { return { whole: false, weight: PREFIX_WEIGHT }; }
      return null;
    }, true);
    if (strict.length > 0) { return strict.sort(byRank); }
    var fuzzy = matchAll(qwords, found, function (w, term) {
      if (term === w) { return { whole: true, weight: 1 }; }
      var len = letters(w);
      if (len < 5) { return null; }
      var max = Math.min(6, Math.round(len * 0.2));
      var d = distance(w, term, max);
      return d <= max ? { whole: true, weight: FUZZY_WEIGHT * (1 - d / (len + 1)) } : null;
    }, false);
    fuzzy.forEach(function (h) { h.rank = 0; });
    fuzzy.sort(byRank);
    if (fuzzy.length === 0) { return fuzzy; }
    var floor = fuzzy[0].score * FUZZY_FLOOR;
    return fuzzy.filter(function (h) { return h.score >= floor; });
  }

  // Appends text to parent, each word whose terms the search matched in a <mark>.
  function appendMarked(parent, text, matched) {
    var at = 0;
    var m;
    SHOWN_WORD.lastIndex = 0;
    while ((m = SHOWN_WORD.exec(text)) !== null) {
      if (terms(m[0]).some(function (t) { return matched[t]; })) {
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

  // The quote in the page language's marks (data-quotes of the form: open, close, inner open, inner close; CLDR's,
  // as the pages and prints have them), each passage it quotes in the inner ones.
  var MARKS = (form.getAttribute('data-quotes') || '\u201C \u201D \u2018 \u2019').split(' ');

  function appendQuote(parent, text, matched) {
    var at = 0;
    var m;
    INNER.lastIndex = 0;
    parent.appendChild(document.createTextNode(MARKS[0]));
    while ((m = INNER.exec(text)) !== null) {
      appendMarked(parent, text.slice(at, m.index), matched);
      parent.appendChild(document.createTextNode(MARKS[2]));
      appendMarked(parent, m[1] || m[2] || m[3] || m[4], matched);
      parent.appendChild(document.createTextNode(MARKS[3]));
      at = m.index + m[0].length;
    }
    appendMarked(parent, text.slice(at), matched);
    parent.appendChild(document.createTextNode(MARKS[1]));
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

  function card_(h, d) {
    var matched = {};
    h.terms.forEach(function (t) { matched[t] = true; });
    var li = card.content.firstElementChild.cloneNode(true);
    var badge = badgeFor(d.verdictId);
    // A conclusion-only site shares one badge; each check's own verdict is its label.
    if (badge.lastChild && d.verdict) { badge.lastChild.textContent = d.verdict; }
    li.querySelector('.badge').appendChild(badge);
    li.classList.add('verdict-' + d.verdictId);
    var a = li.querySelector('.claim-card-title a');
    a.href = d.url;
    // A draft the preview shows, marked as its listings mark it, in the page's words (data-draft of the form).
    if (d.draft && form.hasAttribute('data-draft')) {
      var mark = document.createElement('span');
      mark.className = 'draft-mark';
      mark.textContent = form.getAttribute('data-draft');
      a.appendChild(mark);
      a.appendChild(document.createTextNode(' '));
      if (d.language) { // the page's word inside a title in the check's own language
        mark.setAttribute('lang', form.getAttribute('data-language'));
        mark.setAttribute('dir', document.documentElement.getAttribute('dir') || 'auto');
      }
    }
    appendMarked(a, d.headline, matched);
    appendMarked(li.querySelector('.claimant'), d.claimant, matched);
    // The claimant's role and the check's date, as listings show them (older indexes hold neither).
    if (d.role) { li.querySelector('.role').textContent = ', ' + d.role; } else { li.querySelector('.role').remove(); }
    var dateLine = li.querySelector('p.meta');
    if (d.date) {
      var time = document.createElement('time');
      time.setAttribute('datetime', d.date);
      time.textContent = d.dateText || d.date;
      dateLine.appendChild(time);
    } else { dateLine.remove(); }
    appendQuote(li.querySelector('.claim-card-quote'), d.quote, matched);
    if (d.language) { markOriginal(li, d.language); }
    return li;
  }

  // A check not translated into the page's language: its headline and quote marked with their own language, and
  // the page's words saying so (the theme's, cloned from its template for that language).
  function markOriginal(li, language) {
    var note = document.getElementById('untranslated-' + language);
    var dir = note ? note.getAttribute('data-dir') : 'auto';
    [li.querySelector('.claim-card-title'), li.querySelector('.claim-card-quote')].forEach(function (e) {
      e.setAttribute('lang', language);
      e.setAttribute('dir', dir);
    });
    li.querySelector('.claim-card-title a').setAttribute('hreflang', language);
    if (note) { li.insertBefore(note.content.firstElementChild.cloneNode(true), li.querySelector('.claim-card-by')); }
  }

  // Shows the next page of results: fetches the check files they are in, then appends them in rank order.
  function showMore(run) {
    var page = shown.hits.slice(shown.at, shown.at + PAGE);
    shown.at += page.length;
    return Promise.all(page.map(function (h) {
      return get('checks/' + Math.floor(h.check / meta.perFile) + '.json');
    })).then(function (chunks) {
      if (run !== latest) { return; }
      page.forEach(function (h, i) { list.appendChild(card_(h, chunks[i][h.check % meta.perFile])); });
      more.hidden = shown.at >= shown.hits.length;
    });
  }

  function show(query) {
    var run = ++latest;
    var q = query.trim();
    var qwords = terms(q).filter(function (w, i, all) { return all.indexOf(w) === i; });
    if (qwords.length === 0) {
      list.textContent = '';
      status.textContent = '';
      more.hidden = true;
      return Promise.resolve();
    }
    return Promise.all(qwords.map(load)).then(function (tables) {
      if (run !== latest) { return; }
      var hits = ranked(qwords, tables);
      shown = { hits: hits, at: 0 };
      list.textContent = '';
      more.hidden = true;
      return showMore(run).then(function () {
        if (run !== latest) { return; }
        status.textContent = hits.length === 0 ? say('none', q) : found(q, hits.length);
      });
    }).catch(function () {
      if (run === latest) { status.textContent = say('unavailable', ''); }
    });
  }

  more.addEventListener('click', function () {
    var first = list.children.length;
    showMore(latest).then(function () {
      // Keyboard and screen reader users carry on from the first new result.
      var link = list.children[first] && list.children[first].querySelector('a');
      if (link) { link.focus(); }
    });
  });

  get('meta.json')
    .then(function (m) {
      meta = m;
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
