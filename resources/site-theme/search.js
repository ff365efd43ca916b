// Lectern site search: no server, no framework. The index is split into
// small files that call back into this script; they load as <script>
// elements, which browsers allow from file:// where fetch() is refused.
// Words are cut as Lectern's own tokenizer cuts them (app/core/searchtokenizer.cpp):
// letters and digits folded to one case, apostrophes inside a word dropped,
// Chinese and Japanese as overlapping character pairs (西安峰会 → 西安 安峰 峰会).
(function () {
  'use strict';
  var box = document.getElementById('search-results');
  if (!box) return;
  var root = box.getAttribute('data-root');
  var termShards = Number(box.getAttribute('data-term-shards'));
  var docsPerShard = Number(box.getAttribute('data-docs-per-shard'));
  var waiting = {};
  var loaded = {};

  window.LecternSearch = {
    terms: function (n, table) { arrived('t' + n, table); },
    docs: function (n, rows) { arrived('d' + n, rows); }
  };

  function arrived(key, value) {
    loaded[key] = value;
    var callbacks = waiting[key] || [];
    delete waiting[key];
    callbacks.forEach(function (callback) { callback(value); });
  }

  function load(kind, n) {
    var key = kind + n;
    return new Promise(function (resolve, reject) {
      if (key in loaded) { resolve(loaded[key]); return; }
      var first = !(key in waiting);
      (waiting[key] = waiting[key] || []).push(resolve);
      if (!first) return;
      var script = document.createElement('script');
      script.src = root + 'search/' + kind + '/' + n + '.js';
      script.onerror = function () { reject(new Error(script.src)); };
      document.head.appendChild(script);
    });
  }

  var ideograph = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  var wordPart = /[\p{L}\p{N}\p{Mn}\p{Mc}]/u;
  var apostrophe = /['\u2019\u02BC]/;

  function isIdeograph(c) { return c.codePointAt(0) >= 0x2E80 && ideograph.test(c); }
  function isWordPart(c) { return wordPart.test(c); }

  // The tokenizer's query mode.
  function tokenize(text) {
    var chars = Array.from(text.normalize('NFC'));
    var tokens = [];
    var i = 0;
    while (i < chars.length) {
      var c = chars[i];
      if (isIdeograph(c)) {
        var run = [];
        while (i < chars.length && isIdeograph(chars[i])) run.push(chars[i++]);
        if (run.length === 1) tokens.push(run[0]);
        for (var k = 0; k + 1 < run.length; ++k) tokens.push(run[k] + run[k + 1]);
        continue;
      }
      if (!isWordPart(c)) { ++i; continue; }
      var word = '';
      while (i < chars.length) {
        c = chars[i];
        if (apostrophe.test(c) && i + 1 < chars.length && isWordPart(chars[i + 1]) &&
            !isIdeograph(chars[i + 1])) { ++i; continue; }
        if (!isWordPart(c) || isIdeograph(c)) break;
        word += c.toLowerCase();
        ++i;
      }
      tokens.push(word);
    }
    return tokens.filter(function (token, index) { return tokens.indexOf(token) === index; });
  }

  // FNV-1a over the word's UTF-8 bytes: which file holds it.
  function shardOf(token) {
    var bytes = new TextEncoder().encode(token);
    var hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; ++i) {
      hash ^= bytes[i];
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % termShards;
  }

  // [delta id, score, delta id, score, …] → Map(id → score)
  function postings(list) {
    var map = new Map();
    var id = 0;
    for (var i = 0; i + 1 < list.length; i += 2) {
      id += list[i];
      map.set(id, list[i + 1]);
    }
    return map;
  }

  function message(text) {
    box.textContent = '';
    var p = document.createElement('p');
    p.className = 'empty';
    p.textContent = text;
    box.appendChild(p);
  }

  function show(query, ranked, docs) {
    box.textContent = '';
    var count = document.createElement('p');
    count.className = 'meta';
    count.textContent = box.getAttribute('data-results').replace('{n}', String(ranked.length));
    box.appendChild(count);
    docs.forEach(function (doc) {
      var item = document.createElement('article');
      item.className = 'result';
      item.lang = doc[2];
      var heading = document.createElement('h2');
      var link = document.createElement('a');
      link.href = root + doc[0];
      link.textContent = doc[1];
      heading.appendChild(link);
      item.appendChild(heading);
      var meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = doc[3];
      item.appendChild(meta);
      var lead = document.createElement('p');
      lead.textContent = doc[4];
      item.appendChild(lead);
      box.appendChild(item);
    });
    document.title = query + ' · ' + document.title.replace(/^.* · (?=.* · )/, '');
  }

  function search(query) {
    var tokens = tokenize(query);
    if (tokens.length === 0) return;
    message(box.getAttribute('data-searching'));
    var shards = tokens.map(shardOf);
    Promise.all(shards.map(function (n) { return load('t', n); })).then(function (tables) {
      var scores = null;
      tokens.forEach(function (token, i) {
        var found = postings(tables[i][token] || []);
        if (scores === null) { scores = found; return; }
        var both = new Map();
        scores.forEach(function (score, id) {
          if (found.has(id)) both.set(id, score + found.get(id));
        });
        scores = both;
      });
      var ranked = Array.from(scores.entries()).sort(function (a, b) {
        return b[1] - a[1] || a[0] - b[0];
      });
      if (ranked.length === 0) { message(box.getAttribute('data-none')); return; }
      var top = ranked.slice(0, 20);
      var docShards = top.map(function (entry) { return Math.floor(entry[0] / docsPerShard); });
      return Promise.all(docShards.map(function (n) { return load('d', n); })).then(function (rows) {
        show(query, ranked, top.map(function (entry, i) {
          return rows[i][entry[0] % docsPerShard];
        }));
      });
    }).catch(function (error) { message(error.message); });
  }

  var query = new URLSearchParams(window.location.search).get('q') || '';
  document.querySelectorAll('input[name=q]').forEach(function (input) { input.value = query; });
  if (query.trim()) search(query);
})();
