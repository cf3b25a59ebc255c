/* geograph viewer: draws the page's graph with vis-network and recomputes the merged edges in the browser
 * for the chosen relations, modalities, date range and source threshold.
 *
 * Article text, labels and URLs are hostile: everything from the data is put in the page with textContent
 * or as plain-string tooltips (vis-network shows strings as text), never as HTML; only http(s) links are
 * made clickable. */
(function () {
  "use strict";

  var timings = { start: performance.now() }; // for bench/html_bench.py
  var raw = JSON.parse(document.getElementById("geograph-data").textContent);
  timings.parsed = performance.now();
  var UI = raw.ui;
  var MODALITIES = raw.modalities;
  // Unicode isolates around every piece of data inside a plain-text string (tooltips, titles): a Persian or
  // Arabic name beside Latin text keeps its own direction instead of reordering its neighbours.
  function iso(value) { return "\u2068" + (value == null ? "" : String(value)) + "\u2069"; }
  function fill(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (_, key) { return key in values ? values[key] : ""; });
  }
  // The same as DOM nodes, each value isolated in a <bdi>: dates and numbers keep their order in a
  // right-to-left sentence.
  function fillNodes(template, values) {
    var out = [];
    String(template).split(/(\{\w+\})/).forEach(function (part) {
      var key = /^\{(\w+)\}$/.exec(part);
      if (key) out.push(el("bdi", { text: key[1] in values ? String(values[key[1]]) : "" }));
      else if (part) out.push(textNode(part));
    });
    return out;
  }
  var DISPUTE = raw.dispute;  // [supporting, contradicting] modalities: the store's definition
  var UNCONFIRMED = { alleged: 1, planned: 1, speculative: 1 };
  var DENIAL = { denied: 1, negated: 1 };

  var relations = raw.relations.map(function (r, i) {
    return {
      index: i, name: r[0], label: r[1], quad: r[2], quadName: UI.families[r[2]] || r[3], cooperation: r[4],
      symmetric: r[5], color: r[6], end: raw.ends[r[2]] || "arrow"
    };
  });
  var nodes = raw.nodes.map(function (n, i) {
    var labels = n[3].map(function (pair) { return { lang: pair[0], label: pair[1] }; });
    var words = [n[2], n[0]].concat(labels.map(function (l) { return l.label; }), n[4]);
    return {
      index: i, id: n[0], type: n[1], label: n[2], labels: labels, aliases: n[4], wikidata: n[5], x: n[6], y: n[7],
      folded: words.map(fold)
    };
  });
  var edges = raw.edges.map(function (e, i) { return { index: i, from: e[0], relation: e[1], to: e[2] }; });
  // Parallel edges (several relations between one pair) bend apart so that each stays visible and clickable.
  var pairCount = {};
  edges.forEach(function (e) {
    var pair = Math.min(e.from, e.to) + "," + Math.max(e.from, e.to);
    var k = pairCount[pair] || 0;
    pairCount[pair] = k + 1;
    e.smooth = k === 0 ? null : {
      enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW", roundness: 0.25 * Math.ceil(k / 2)
    };
  });
  var articles = raw.articles.map(function (a) {
    return { id: a[0], title: a[1], url: a[2], source: a[3], published: a[4], lang: a[5] };
  });
  var sourceIds = {};
  articles.forEach(function (a) {
    var key = a.source.toLowerCase(); // "Wire A" and "WIRE A" are one source (store/aggregate.py)
    if (!(key in sourceIds)) sourceIds[key] = Object.keys(sourceIds).length;
    a.sourceId = sourceIds[key];
  });
  var assertions = raw.assertions.map(function (a) {
    return { edge: a[0], modality: MODALITIES[a[1]], seen: a[2], date: a[3], article: a[4], sentence: a[5], confidence: a[6] };
  });
  var byEdge = edges.map(function () { return []; });
  assertions.forEach(function (a) { byEdge[a.edge].push(a); });
  var dates = Array.from(new Set(assertions.map(function (a) { return a.seen; }).filter(Boolean))).sort();
  var maxSources = Object.keys(sourceIds).length || 1;
  // The time window moves by days, any day from the first dated report to the last, not only days with news.
  var DAY = 86400000;
  var firstDay = dates.length ? Date.parse(dates[0] + "T00:00:00Z") : 0;
  var lastDayIndex = dates.length ? Math.round((Date.parse(dates[dates.length - 1] + "T00:00:00Z") - firstDay) / DAY) : 0;
  function dayISO(k) { return new Date(firstDay + k * DAY).toISOString().slice(0, 10); }
  function dayIndex(iso) { return Math.round((Date.parse(iso + "T00:00:00Z") - firstDay) / DAY); }

  var state = {
    relations: new Set(relations.map(function (r) { return r.index; })),
    modalities: new Set(MODALITIES),
    minSources: 1,
    since: 0,
    until: lastDayIndex,
    visible: null, // the actors the analyst chose to look at (null: all)
    labels: false  // relation names drawn on the edges (also on when zoomed in)
  };
  var zoomedIn = false;
  var shown = { edges: new Map(), nodes: new Map() }; // id -> style key of what is drawn now
  var current = new Map(); // edge index -> its tally under the current filters
  var selected = null;

  // ---------------------------------------------------------------------------------------------------
  // Small DOM helpers: every piece of data goes in as text.

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        if (key === "text") node.textContent = attrs[key];
        else if (key === "className") node.className = attrs[key];
        else node.setAttribute(key, attrs[key]);
      });
    }
    (children || []).forEach(function (child) { if (child) node.appendChild(child); });
    return node;
  }

  function textNode(value) { return document.createTextNode(value == null ? "" : String(value)); }

  function safeLink(url, text) {
    if (typeof url === "string" && /^https?:\/\//i.test(url.trim())) {
      var a = el("a", { href: url.trim(), target: "_blank", rel: "noopener noreferrer nofollow", dir: "auto" });
      a.textContent = text || url;
      return a;
    }
    return el("span", { dir: "auto", text: text || url || "" });
  }

  function fold(value) {
    return String(value || "")
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E]/g, "")
      .replace(/[يى]/g, "ی")
      .replace(/ك/g, "ک")
      .replace(/[أإآٱ]/g, "ا")
      .replace(/ة/g, "ه")
      .replace(/\s+/g, " ")
      .trim();
  }

  // ---------------------------------------------------------------------------------------------------
  // Recomputing the merged edges for the current filters.

  function windowOpen() { return state.since === 0 && state.until === lastDayIndex; }

  function inWindow(seen) {
    if (windowOpen()) return true;
    if (!seen) return false; // undated evidence drops out of any date window
    return seen >= dayISO(state.since) && seen <= dayISO(state.until);
  }

  function tally(edgeIndex) {
    var sources = new Set();
    var articleSet = new Set();
    var modalities = {};
    var count = 0;
    var first = null;
    var last = null;
    byEdge[edgeIndex].forEach(function (a) {
      if (!state.modalities.has(a.modality) || !inWindow(a.seen)) return;
      count += 1;
      sources.add(articles[a.article].sourceId);
      articleSet.add(a.article);
      modalities[a.modality] = (modalities[a.modality] || 0) + 1;
      if (a.seen) {
        if (!first || a.seen < first) first = a.seen;
        if (!last || a.seen > last) last = a.seen;
      }
    });
    if (!count) return null;
    var asserted = modalities.asserted || 0;
    var some = function (names) { return names.some(function (m) { return modalities[m] > 0; }); };
    return {
      assertions: count, sources: sources.size, articles: articleSet.size, modalities: modalities,
      first: first, last: last, asserted: asserted > 0, disputed: some(DISPUTE[0]) && some(DISPUTE[1])
    };
  }

  var hiddenCounts = { filtered: 0, outside: 0 };

  // `passing`: every edge the filters keep; `current`: those of them inside the analyst's view.
  var passing = new Map();
  function recompute() {
    current = new Map();
    passing = new Map();
    var outside = 0;
    edges.forEach(function (e) {
      if (!state.relations.has(e.relation)) return;
      var t = tally(e.index);
      if (!t || t.sources < state.minSources) return;
      passing.set(e.index, t);
      if (state.visible && !(state.visible.has(e.from) && state.visible.has(e.to))) { outside += 1; return; }
      current.set(e.index, t);
    });
    hiddenCounts = { filtered: edges.length - passing.size, outside: outside };
  }

  function nodeName(index) { return nodes[index].label; }

  function modalityName(m) { return UI.modalities[m] || m; }

  function modalityText(modalities) {
    return MODALITIES.filter(function (m) { return modalities[m]; })
      .map(function (m) { return modalityName(m) + " " + modalities[m]; }).join(", ");
  }

  function count(n, one, many) { return n + " " + (n === 1 ? one : many); }

  // Items carry only what differs from the network-wide defaults below: vis-network parses every option of
  // every item, and on 30,000 edges that is most of the start-up time.
  function edgeItem(e, t) {
    var r = relations[e.relation];
    var title = iso(nodeName(e.from)) + " \u2192 " + iso(r.label) + " \u2192 " + iso(nodeName(e.to)) + "\n" +
      r.quadName + "\n" + count(t.sources, UI.source, UI.sources) + ", " + t.assertions + " " + UI.reports + " (" +
      modalityText(t.modalities) + ")" + (t.disputed ? "\n" + UI.disputed_long : "");
    var item = {
      id: e.index, from: e.from, to: e.to, title: title, color: r.color,
      width: Math.min(1 + 2 * Math.log2(t.sources + 1), 12)
    };
    if (!t.asserted) item.dashes = [6, 5];
    // The line's end says the relation's family (circle, arrow, bar, diamond); symmetric relations end so at
    // both sides, directed ones at their object.
    item.arrows = {
      to: { enabled: true, type: r.end, scaleFactor: 0.6 },
      from: { enabled: r.symmetric, type: r.end, scaleFactor: 0.6 }
    };
    if (t.disputed) item.arrows.middle = { enabled: true, type: "bar", scaleFactor: 1.4 };
    var named = state.labels || zoomedIn;
    if (named || t.disputed) {
      item.label = (named ? r.label : "") + (named && t.disputed ? " \u00b7 " : "") + (t.disputed ? UI.disputed : "");
      item.font = { size: 11, color: t.disputed ? "#c92a2a" : "#343a40", strokeWidth: 3, strokeColor: "#ffffff" };
    }
    if (e.smooth) item.smooth = e.smooth;
    return item;
  }

  function typeName(type) { return UI.types[type] || type.replace("_", " "); }

  function nodeItem(n, weight) {
    var item = {
      id: n.index, label: n.label, value: weight, group: raw.types[n.type] ? n.type : "group",
      title: iso(n.label) + " (" + typeName(n.type) + ")"
    };
    item.x = n.x;
    item.y = n.y;
    return item;
  }

  function styleKey(item) {
    return item.width + "|" + (item.dashes ? 1 : 0) + "|" + (item.label || "") + "|" + item.title + "|" + item.value;
  }

  // Bring the DataSets in line with `current`, touching only what changed.
  function redraw() {
    recompute();
    var weights = new Map();
    var edgeAdd = [], edgeRemove = []; // a changed edge is removed and added again: update() would keep old options
    var nextEdges = new Map();
    current.forEach(function (t, index) {
      var e = edges[index];
      weights.set(e.from, (weights.get(e.from) || 0) + t.sources);
      weights.set(e.to, (weights.get(e.to) || 0) + t.sources);
      var item = edgeItem(e, t);
      var key = styleKey(item);
      nextEdges.set(index, key);
      if (!shown.edges.has(index)) edgeAdd.push(item);
      else if (shown.edges.get(index) !== key) { edgeRemove.push(index); edgeAdd.push(item); }
    });
    shown.edges.forEach(function (_, index) { if (!nextEdges.has(index)) edgeRemove.push(index); });
    var nodeAdd = [], nodeUpdate = [], nodeRemove = [];
    var nextNodes = new Map();
    weights.forEach(function (weight, index) {
      var item = nodeItem(nodes[index], weight);
      var key = styleKey(item);
      nextNodes.set(index, key);
      if (!shown.nodes.has(index)) {
        if (raw.physics && remembered[index]) { item.x = remembered[index].x; item.y = remembered[index].y; }
        nodeAdd.push(item);
      } else if (shown.nodes.get(index) !== key) {
        nodeUpdate.push({ id: index, value: weight, title: item.title });
      }
    });
    shown.nodes.forEach(function (_, index) { if (!nextNodes.has(index)) nodeRemove.push(index); });
    if (raw.physics && nodeRemove.length && network) {
      var positions = network.getPositions(nodeRemove);
      Object.keys(positions).forEach(function (id) { remembered[id] = positions[id]; });
    }
    batched(function () {
      edgeData.remove(edgeRemove);
      nodeData.remove(nodeRemove);
      nodeData.add(nodeAdd);
      nodeData.update(nodeUpdate);
      edgeData.add(edgeAdd);
    });
    shown.edges = nextEdges;
    shown.nodes = nextNodes;
    status.replaceChildren.apply(status, fillNodes(UI.status, {
      actors: nextNodes.size, edges: nextEdges.size, all_actors: nodes.length, all_edges: edges.length
    }));
    status.setAttribute("data-actors", String(nextNodes.size));
    status.setAttribute("data-edges", String(nextEdges.size));
    hiddenNote.replaceChildren.apply(hiddenNote,
      hiddenCounts.filtered || hiddenCounts.outside ? fillNodes(UI.hidden, hiddenCounts) : []);
    hiddenNote.setAttribute("data-filtered", String(hiddenCounts.filtered));
    hiddenNote.setAttribute("data-outside", String(hiddenCounts.outside));
    if (selected) refreshPanel();
  }

  var remembered = {};

  // With physics off, vis-network redraws synchronously after every DataSet change; on a big graph one
  // redraw takes a good fraction of a second, so the six changes of a filter step are drawn once, on the
  // next frame. (_blockRedraw/_allowRedraw/_requestRedraw are the events vis-network's renderer listens to.)
  function batched(change) {
    var emitter = network && network.body && network.body.emitter;
    if (!emitter) { change(); return; }
    emitter.emit("_blockRedraw");
    try { change(); } finally {
      emitter.emit("_allowRedraw");
      emitter.emit("_requestRedraw");
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Panels.

  var panel = document.getElementById("panel");

  function openPanel(children) {
    panel.replaceChildren();
    var close = el("button", { type: "button", className: "close", "aria-label": UI.close, text: "\u00d7" });
    close.addEventListener("click", function () { selected = null; panel.hidden = true; network.unselectAll(); });
    panel.appendChild(close);
    children.forEach(function (child) { panel.appendChild(child); });
    panel.hidden = false;
  }

  function refreshPanel() {
    if (selected.kind === "edge") showEdge(selected.index);
    else showNode(selected.index);
  }

  function actorButton(index) {
    var b = el("button", { type: "button", className: "link actor", dir: "auto", text: nodeName(index) });
    b.addEventListener("click", function () { focusNode(index); });
    return b;
  }

  function showEdge(index) {
    selected = { kind: "edge", index: index };
    var e = edges[index];
    var r = relations[e.relation];
    var t = current.get(index);
    var heading = el("h2", { className: "edge-heading" }, [
      actorButton(e.from), textNode(" "),
      el("bdi", { className: "relation", style: "color:" + r.color, text: r.label }), textNode(" "),
      actorButton(e.to)
    ]);
    var facts = el("p", { className: "facts", "data-sources": t ? String(t.sources) : "0" }, [
      textNode(r.quadName + " \u00b7 " + (t ? t.sources + " " + UI.sources + ", " + t.articles + " " + UI.articles +
        ", " + modalityText(t.modalities) : UI.hidden_by_filters) + (t && t.first ? " \u00b7 " : "")),
      t && t.first ? el("bdi", { text: t.first }) : null,
      t && t.first && t.last !== t.first ? textNode(" \u2013 ") : null,
      t && t.first && t.last !== t.first ? el("bdi", { text: t.last }) : null
    ]);
    var children = [heading, facts];
    if (t && t.disputed) children.push(el("p", { className: "disputed", text: UI.disputed_long }));
    var list = el("ol", { className: "evidence" });
    byEdge[index]
      .filter(function (a) { return state.modalities.has(a.modality) && inWindow(a.seen); })
      .sort(function (a, b) { return (a.seen || "").localeCompare(b.seen || ""); })
      .forEach(function (a) { list.appendChild(evidenceItem(a)); });
    children.push(el("h3", { text: UI.evidence }), list);
    openPanel(children);
  }

  function evidenceItem(a) {
    var article = articles[a.article];
    var meta = el("div", { className: "meta" }, [
      el("span", { className: "modality modality-" + a.modality, "data-modality": a.modality, text: modalityName(a.modality) }),
      textNode(" "), el("bdi", { text: a.date || a.seen || UI.undated }), textNode(" \u00b7 "),
      safeLink(article.url, article.title || article.url || article.id),
      textNode(" \u00b7 "), el("bdi", { className: "source", text: article.source }),
      textNode(article.published ? " \u00b7 " + UI.published + " " : ""),
      article.published ? el("bdi", { text: article.published }) : null
    ]);
    return el("li", { className: "assertion" }, [
      el("blockquote", { dir: "auto", lang: article.lang || "", text: a.sentence }), meta
    ]);
  }

  function showNode(index) {
    selected = { kind: "node", index: index };
    var n = nodes[index];
    var children = [
      el("h2", { dir: "auto", text: n.label }),
      el("p", { className: "facts" }, [textNode(typeName(n.type) + " \u00b7 "), el("bdi", { text: n.id })])
    ];
    if (state.visible) {
      var more = el("button", { type: "button", id: "expand", text: UI.neighbours });
      more.addEventListener("click", function () { expand(index); });
      children.push(el("p", {}, [more]));
    }
    if (n.wikidata) {
      children.push(el("p", {}, [safeLink("https://www.wikidata.org/wiki/" + n.wikidata, "Wikidata " + n.wikidata)]));
    }
    var labels = el("dl", { className: "labels" });
    n.labels.forEach(function (l) {
      labels.appendChild(el("dt", { text: l.lang }));
      labels.appendChild(el("dd", { dir: "auto", lang: l.lang, text: l.label }));
    });
    if (n.aliases.length) {
      labels.appendChild(el("dt", { text: UI.aliases }));
      labels.appendChild(el("dd", { dir: "auto", text: n.aliases.join(" \u00b7 ") }));
    }
    children.push(el("h3", { text: UI.labels }), labels);
    var groups = new Map();
    current.forEach(function (t, edgeIndex) {
      var e = edges[edgeIndex];
      if (e.from !== index && e.to !== index) return;
      if (!groups.has(e.relation)) groups.set(e.relation, []);
      groups.get(e.relation).push(e);
    });
    children.push(el("h3", { text: UI.edges }));
    if (!groups.size) children.push(el("p", { text: UI.no_edges }));
    Array.from(groups.keys()).sort(function (a, b) { return a - b; }).forEach(function (rel) {
      var r = relations[rel];
      var list = el("ul", { className: "node-edges" });
      groups.get(rel).forEach(function (e) {
        var other = e.from === index ? e.to : e.from;
        var direction = r.symmetric ? "\u2194 " : e.from === index ? "\u2192 " : "\u2190 ";
        var open = el("button", { type: "button", className: "link", text: UI.evidence_link });
        open.addEventListener("click", function () { focusEdge(e.index); });
        list.appendChild(el("li", {}, [textNode(direction), actorButton(other), textNode(" "), open]));
      });
      children.push(el("h4", { style: "color:" + r.color, text: r.label }), list);
    });
    openPanel(children);
  }

  // Bring an actor and its neighbours (under the current filters) into the analyst's view.
  function expand(index) {
    if (!state.visible) return;
    state.visible.add(index);
    passing.forEach(function (t, edgeIndex) {
      var e = edges[edgeIndex];
      if (e.from === index) state.visible.add(e.to);
      else if (e.to === index) state.visible.add(e.from);
    });
    redraw();
  }

  function focusNode(index) {
    if (state.visible && !state.visible.has(index)) expand(index);
    if (shown.nodes.has(index)) {
      network.selectNodes([index]);
      network.focus(index, { scale: Math.max(network.getScale(), 0.8), animation: false });
    }
    showNode(index);
  }

  function focusEdge(index) {
    if (shown.edges.has(index)) network.selectEdges([index]);
    showEdge(index);
  }

  // ---------------------------------------------------------------------------------------------------
  // Controls and legend.

  var controls = document.getElementById("controls");
  var status = el("p", { id: "status", className: "status" });
  var hiddenNote = el("p", { id: "hidden-count", className: "hidden-note" });

  function checkbox(labelChildren, checked, onChange, attrs) {
    var input = el("input", Object.assign({ type: "checkbox" }, attrs || {}));
    input.checked = checked;
    input.addEventListener("change", function () { onChange(input.checked); });
    return { input: input, label: el("label", { className: "check" }, [input].concat(labelChildren)) };
  }

  function buildSearch() {
    var input = el("input", { type: "search", id: "search", placeholder: UI.search_placeholder, dir: "auto" });
    var results = el("ul", { id: "search-results", className: "results" });
    input.addEventListener("input", function () {
      results.replaceChildren();
      var query = fold(input.value);
      if (!query) return;
      var hits = 0;
      for (var i = 0; i < nodes.length && hits < 20; i += 1) {
        if (nodes[i].folded.some(function (w) { return w.indexOf(query) !== -1; })) {
          hits += 1;
          var b = actorButton(i);
          if (!shown.nodes.has(i)) b.classList.add("hidden-actor");
          results.appendChild(el("li", {}, [b]));
        }
      }
      if (!hits) results.appendChild(el("li", { text: UI.no_match }));
    });
    return el("section", {}, [el("h3", { text: UI.search }), input, results]);
  }

  function buildRelationFilter() {
    var section = el("section", { id: "relation-filter" }, [el("h3", { text: UI.relations })]);
    [true, false].forEach(function (cooperation) {
      var members = relations.filter(function (r) { return r.cooperation === cooperation; });
      var boxes = [];
      var group = checkbox([el("strong", { text: cooperation ? UI.cooperation : UI.conflict })], true, function (on) {
        members.forEach(function (r, i) {
          boxes[i].checked = on;
          if (on) state.relations.add(r.index); else state.relations.delete(r.index);
        });
        redraw();
      }, { "data-group": cooperation ? "cooperation" : "conflict" });
      section.appendChild(group.label);
      var list = el("div", { className: "group" });
      members.forEach(function (r) {
        var kind = r.quad === 1 || r.quad === 3 ? UI.verbal : UI.material;
        var box = checkbox([el("span", { className: "swatch", style: "background:" + r.color }),
          el("span", { dir: "auto", text: r.label }), el("span", { className: "kind", text: kind })], true, function (on) {
          if (on) state.relations.add(r.index); else state.relations.delete(r.index);
          redraw();
        }, { "data-relation": r.name });
        boxes.push(box.input);
        list.appendChild(box.label);
      });
      section.appendChild(list);
    });
    return section;
  }

  function buildModalityFilter() {
    var section = el("section", { id: "modality-filter" }, [el("h3", { text: UI.modality })]);
    MODALITIES.forEach(function (m) {
      section.appendChild(checkbox([el("span", { className: "modality modality-" + m, text: modalityName(m) })], true, function (on) {
        if (on) state.modalities.add(m); else state.modalities.delete(m);
        redraw();
      }, { "data-modality": m }).label);
    });
    return section;
  }

  function buildSourceFilter() {
    var input = el("input", { type: "number", id: "min-sources", min: "1", max: String(maxSources), value: "1" });
    input.addEventListener("input", function () {
      var value = parseInt(input.value, 10);
      state.minSources = isFinite(value) && value > 0 ? value : 1;
      redraw();
    });
    return el("section", {}, [el("h3", { text: UI.min_sources }), input]);
  }

  function buildTimeFilter() {
    var section = el("section", { id: "time-filter" }, [el("h3", { text: UI.time })]);
    if (dates.length < 2) {
      section.appendChild(el("p", { text: dates.length ? fill(UI.one_date, { date: dates[0] }) : UI.no_dates }));
      return section;
    }
    var last = String(lastDayIndex);
    var since = el("input", { type: "range", id: "since", min: "0", max: last, value: "0", step: "1" });
    var until = el("input", { type: "range", id: "until", min: "0", max: last, value: last, step: "1" });
    // Any day can also be typed or picked: a day without news is as good an "as of" as any.
    var bounds = { type: "date", min: dates[0], max: dates[dates.length - 1] };
    var sinceDay = el("input", Object.assign({ id: "since-day", value: dates[0] }, bounds));
    var untilDay = el("input", Object.assign({ id: "until-day", value: dates[dates.length - 1] }, bounds));
    var label = el("p", { id: "time-label", className: "facts" });
    function describe() {
      label.replaceChildren.apply(label, windowOpen()
        ? fillNodes(UI.all_evidence, { first: dates[0], last: dates[dates.length - 1] })
        : fillNodes(UI.window, { since: dayISO(state.since), until: dayISO(state.until) }));
      sinceDay.value = dayISO(state.since);
      untilDay.value = dayISO(state.until);
    }
    function changed(which) {
      state.since = parseInt(since.value, 10);
      state.until = parseInt(until.value, 10);
      if (state.since > state.until) {
        if (which === "since") { state.until = state.since; until.value = since.value; }
        else { state.since = state.until; since.value = until.value; }
      }
      describe();
      redraw();
    }
    function typed(input, slider, which) {
      if (!input.value) return;
      var k = Math.min(Math.max(dayIndex(input.value), 0), lastDayIndex);
      if (!isFinite(k)) return;
      slider.value = String(k);
      changed(which);
    }
    since.addEventListener("input", function () { changed("since"); });
    until.addEventListener("input", function () { changed("until"); });
    sinceDay.addEventListener("change", function () { typed(sinceDay, since, "since"); });
    untilDay.addEventListener("change", function () { typed(untilDay, until, "until"); });
    var play = el("button", { type: "button", id: "play", "data-playing": "0", text: "\u25b6 " + UI.play });
    var timer = null;
    function stop() {
      clearInterval(timer);
      timer = null;
      play.textContent = "\u25b6 " + UI.play;
      play.setAttribute("data-playing", "0");
    }
    // Play steps from one day with news to the next, then ends on the whole graph.
    play.addEventListener("click", function () {
      if (timer) { stop(); return; }
      until.value = String(dayIndex(dates[0]));
      since.value = "0";
      changed("until");
      play.textContent = "\u25a0 " + UI.stop;
      play.setAttribute("data-playing", "1");
      timer = setInterval(function () {
        var next = dates.find(function (d) { return d > dayISO(state.until); });
        if (!next) { stop(); return; }
        until.value = String(dayIndex(next));
        changed("until");
        if (state.until >= lastDayIndex) stop();
      }, 500);
    });
    describe();
    section.appendChild(el("label", { className: "range" }, [textNode(UI.from + " "), since, sinceDay]));
    section.appendChild(el("label", { className: "range" }, [textNode(UI.as_of + " "), until, untilDay]));
    section.appendChild(label);
    section.appendChild(play);
    return section;
  }

  // Where to start in a big graph: the most connected actors, then neighbours on demand (node panel, search).
  function topActors(limit) {
    var weight = new Map();
    passing.forEach(function (t, index) {
      var e = edges[index];
      weight.set(e.from, (weight.get(e.from) || 0) + t.sources);
      weight.set(e.to, (weight.get(e.to) || 0) + t.sources);
    });
    return new Set(Array.from(weight.keys()).sort(function (a, b) {
      return weight.get(b) - weight.get(a) || a - b;
    }).slice(0, limit));
  }

  function buildView() {
    var section = el("section", { id: "view" }, [el("h3", { text: UI.view })]);
    var limit = el("input", { type: "number", id: "top-actors", min: "1", max: String(nodes.length || 1),
      value: String(raw.entry || Math.min(nodes.length, 60) || 1) });
    var top = el("button", { type: "button", id: "show-top", text: UI.show_top });
    var all = el("button", { type: "button", id: "show-all", text: UI.show_all });
    top.addEventListener("click", function () {
      var n = parseInt(limit.value, 10);
      state.visible = topActors(isFinite(n) && n > 0 ? n : 60);
      redraw();
    });
    all.addEventListener("click", function () { state.visible = null; redraw(); });
    var named = checkbox([textNode(UI.edge_labels)], false, function (on) { state.labels = on; redraw(); },
      { id: "edge-labels" });
    section.appendChild(el("label", {}, [textNode(UI.top_actors), limit]));
    section.appendChild(el("p", {}, [top, textNode(" "), all]));
    section.appendChild(named.label);
    return section;
  }

  var END_GLYPHS = { circle: "\u25cf", arrow: "\u25b6", bar: "\u2503", diamond: "\u25c6" };

  // The legend floats over the graph, so it stays in view however far the controls scroll.
  function buildLegend() {
    var box = document.getElementById("legend");
    var toggle = el("button", { type: "button", id: "legend-toggle", className: "link", text: UI.hide_legend });
    var body = el("div", { className: "legend-body" });
    toggle.addEventListener("click", function () {
      var collapsed = box.classList.toggle("collapsed");
      toggle.textContent = collapsed ? UI.show_legend : UI.hide_legend;
    });
    // Families first (what a line's end means), then each relation's colour, folded away until asked for.
    var families = el("ul", { className: "legend families" });
    var colours = el("details", { id: "legend-relations" }, [el("summary", { text: UI.relations })]);
    [1, 2, 3, 4].forEach(function (quad) {
      var members = relations.filter(function (r) { return r.quad === quad; });
      if (!members.length) return;
      var glyph = END_GLYPHS[members[0].end] || "\u25b6";
      families.appendChild(el("li", { "data-family": String(quad) }, [
        el("span", { className: "line" }), el("span", { className: "end", text: glyph }), textNode(members[0].quadName)
      ]));
      var list = el("ul", { className: "legend" });
      members.forEach(function (r) {
        list.appendChild(el("li", { "data-legend-relation": r.name }, [
          el("span", { className: "line", style: "border-top-color:" + r.color }),
          el("span", { className: "end", style: "color:" + r.color, text: glyph }),
          el("bdi", { text: r.label })
        ]));
      });
      colours.appendChild(list);
    });
    body.appendChild(families);
    body.appendChild(colours);
    var types = el("ul", { className: "legend" });
    Object.keys(raw.types).forEach(function (type) {
      var style = raw.types[type];
      types.appendChild(el("li", {}, [
        el("span", { className: "swatch shape-" + style.shape, style: "background:" + style.color }),
        textNode(typeName(type))
      ]));
    });
    var lines = el("ul", { className: "legend" }, [
      el("li", {}, [el("span", { className: "line solid" }), textNode(UI.legend_asserted)]),
      el("li", {}, [el("span", { className: "line dashed" }), textNode(UI.legend_unconfirmed)]),
      el("li", {}, [el("span", { className: "line disputed" }), textNode(UI.legend_disputed)]),
      el("li", {}, [el("span", { className: "line thick" }), textNode(UI.legend_width)]),
      el("li", {}, [textNode(UI.legend_families + "; " + UI.legend_nodes)])
    ]);
    body.appendChild(el("details", { id: "legend-shapes" }, [el("summary", { text: UI.shapes }), types, lines]));
    box.replaceChildren(el("h3", {}, [textNode(UI.legend + " "), toggle]), body);
  }

  controls.appendChild(el("h1", { dir: "auto", text: raw.title }));
  controls.appendChild(status);
  controls.appendChild(hiddenNote);
  controls.appendChild(buildSearch());
  controls.appendChild(buildView());
  controls.appendChild(buildTimeFilter());
  controls.appendChild(buildRelationFilter());
  controls.appendChild(buildModalityFilter());
  controls.appendChild(buildSourceFilter());
  buildLegend();

  // ---------------------------------------------------------------------------------------------------
  // The network.

  var nodeData = new vis.DataSet();
  var edgeData = new vis.DataSet();
  var network = null;
  timings.controls = performance.now();
  if (raw.entry) {
    recompute();
    state.visible = topActors(raw.entry);
  }
  redraw();
  timings.filtered = performance.now();
  var large = !raw.physics;
  var groups = {};
  Object.keys(raw.types).forEach(function (type) {
    var style = raw.types[type];
    groups[type] = {
      shape: style.shape,
      color: { background: style.color, border: "#212529", highlight: { background: "#ffd43b", border: "#212529" },
        hover: { background: style.color, border: "#000000" } }
    };
  });
  network = new vis.Network(document.getElementById("graph"), { nodes: nodeData, edges: edgeData }, {
    autoResize: true,
    layout: { improvedLayout: !large, randomSeed: 7 },
    physics: large ? false : {
      solver: "barnesHut",
      barnesHut: { gravitationalConstant: -6000, centralGravity: 0.05, springLength: 140, springConstant: 0.025,
        avoidOverlap: 0.5 },
      stabilization: { iterations: 200, updateInterval: 50 }
    },
    interaction: { hover: !large, tooltipDelay: 250, hideEdgesOnDrag: large, hideEdgesOnZoom: large, multiselect: false },
    nodes: {
      scaling: { min: 8, max: 40, label: { enabled: true, min: 14, max: 26, drawThreshold: 5 } },
      font: { size: 14, face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
      borderWidth: 1
    },
    groups: groups,
    edges: { smooth: false, selectionWidth: 2, hoverWidth: 1, arrows: { to: { enabled: true, scaleFactor: 0.5 } } }
  });
  timings.network = performance.now();
  // Relation names appear on the edges when zoomed in far enough to read them (and always with the checkbox).
  network.on("zoom", function () {
    var now = network.getScale() >= 1.5 && shown.edges.size <= 3000;
    if (now !== zoomedIn) { zoomedIn = now; redraw(); }
  });
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  function markReady() {
    if (window.geographReady) return;
    window.geographReady = performance.now();
    timings.ready = window.geographReady;
    window.geographTimings = timings;
    document.body.setAttribute("data-ready", "1");
  }
  if (large || !edges.length) {
    network.once("afterDrawing", markReady); // nothing to stabilise: the precomputed layout is final
    if (!edges.length) status.textContent = UI.nothing;
  } else {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: false }); // settle, so what the analyst clicks stays where it is
      network.fit();
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  }

  // What is drawn, for tests and scripts: entity ids and relation names, not internal indices.
  window.geograph = {
    drawnNodes: function () { return nodeData.getIds().map(function (i) { return nodes[i].id; }).sort(); },
    drawnEdges: function () {
      return edgeData.getIds().map(function (i) {
        var e = edges[i];
        return [nodes[e.from].id, relations[e.relation].name, nodes[e.to].id];
      });
    },
    edgeStyle: function (s, rel, o) {
      var found = edges.find(function (e) {
        return nodes[e.from].id === s && relations[e.relation].name === rel && nodes[e.to].id === o;
      });
      if (!found || !shown.edges.has(found.index)) return null;
      var item = edgeData.get(found.index);
      return {
        width: item.width, dashed: Boolean(item.dashes), disputed: Boolean(item.arrows && item.arrows.middle),
        end: item.arrows.to.type, bothEnds: Boolean(item.arrows.from.enabled), color: item.color, label: item.label || "",
        title: item.title
      };
    },
    edgeCentre: function (s, rel, o) {
      var found = edges.find(function (e) {
        return nodes[e.from].id === s && relations[e.relation].name === rel && nodes[e.to].id === o;
      });
      if (!found || !shown.edges.has(found.index)) return null;
      // The point halfway along the drawn line or curve (vis-network has no public call for it).
      return network.canvasToDOM(network.body.edges[found.index].edgeType.getPoint(0.5));
    },
    nodeCentre: function (id) {
      var found = nodes.find(function (n) { return n.id === id; });
      if (!found || !shown.nodes.has(found.index)) return null;
      return network.canvasToDOM(network.getPositions([found.index])[found.index]);
    },
    hidden: function () { return { filtered: hiddenCounts.filtered, outside: hiddenCounts.outside }; },
    network: network
  };
})();
