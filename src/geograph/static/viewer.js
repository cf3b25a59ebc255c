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
  var MODALITIES = raw.modalities;
  var DISPUTE = raw.dispute;  // [supporting, contradicting] modalities: the store's definition
  var UNCONFIRMED = { alleged: 1, planned: 1, speculative: 1 };
  var DENIAL = { denied: 1, negated: 1 };

  var relations = raw.relations.map(function (r, i) {
    return { index: i, name: r[0], label: r[1], quad: r[2], quadName: r[3], cooperation: r[4], symmetric: r[5], color: r[6] };
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

  var state = {
    relations: new Set(relations.map(function (r) { return r.index; })),
    modalities: new Set(MODALITIES),
    minSources: 1,
    since: 0,
    until: Math.max(dates.length - 1, 0)
  };
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

  function inWindow(seen) {
    var open = state.since === 0 && state.until === Math.max(dates.length - 1, 0);
    if (open) return true;
    if (!seen) return false; // undated evidence drops out of any date window
    return seen >= dates[state.since] && seen <= dates[state.until];
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

  function recompute() {
    current = new Map();
    edges.forEach(function (e) {
      if (!state.relations.has(e.relation)) return;
      var t = tally(e.index);
      if (t && t.sources >= state.minSources) current.set(e.index, t);
    });
  }

  function nodeName(index) { return nodes[index].label; }

  function modalityText(modalities) {
    return MODALITIES.filter(function (m) { return modalities[m]; })
      .map(function (m) { return m + " " + modalities[m]; }).join(", ");
  }

  // Items carry only what differs from the network-wide defaults below: vis-network parses every option of
  // every item, and on 30,000 edges that is most of the start-up time.
  function edgeItem(e, t) {
    var r = relations[e.relation];
    var title = nodeName(e.from) + " \u2192 " + r.label + " \u2192 " + nodeName(e.to) + "\n" +
      t.sources + (t.sources === 1 ? " source" : " sources") + ", " + t.assertions + " reports (" +
      modalityText(t.modalities) + ")" + (t.disputed ? "\nDISPUTED: reported and contradicted" : "");
    var item = {
      id: e.index, from: e.from, to: e.to, title: title, color: r.color,
      width: Math.min(1 + 2 * Math.log2(t.sources + 1), 12)
    };
    if (!t.asserted) item.dashes = [6, 5];
    if (r.symmetric || t.disputed) {
      item.arrows = { to: { enabled: !r.symmetric, scaleFactor: 0.5 } };
      if (t.disputed) item.arrows.middle = { enabled: true, type: "bar", scaleFactor: 1.4 };
    }
    if (t.disputed) {
      item.label = "disputed";
      item.font = { size: 11, color: "#c92a2a", strokeWidth: 3, strokeColor: "#ffffff" };
    }
    if (e.smooth) item.smooth = e.smooth;
    return item;
  }

  function nodeItem(n, weight) {
    var item = {
      id: n.index, label: n.label, value: weight, group: raw.types[n.type] ? n.type : "group",
      title: n.label + " (" + n.type.replace("_", " ") + ")"
    };
    item.x = n.x;
    item.y = n.y;
    return item;
  }

  function styleKey(item) {
    return item.width + "|" + (item.dashes ? 1 : 0) + "|" + (item.label ? 1 : 0) + "|" + item.title + "|" + item.value;
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
    status.textContent = nextNodes.size + " actors, " + nextEdges.size + " edges shown (of " + nodes.length +
      " and " + edges.length + ")";
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
    var close = el("button", { type: "button", className: "close", "aria-label": "Close", text: "\u00d7" });
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
      el("span", { className: "relation", style: "color:" + r.color, text: r.label }), textNode(" "),
      actorButton(e.to)
    ]);
    var facts = el("p", { className: "facts" }, [
      textNode(r.quadName + " \u00b7 " + (t ? t.sources + " sources, " + t.articles + " articles, " +
        modalityText(t.modalities) : "hidden by the current filters") +
        (t && t.first ? " \u00b7 " + t.first + (t.last !== t.first ? " \u2013 " + t.last : "") : ""))
    ]);
    var children = [heading, facts];
    if (t && t.disputed) children.push(el("p", { className: "disputed", text: "Disputed: reported and contradicted" }));
    var list = el("ol", { className: "evidence" });
    byEdge[index]
      .filter(function (a) { return state.modalities.has(a.modality) && inWindow(a.seen); })
      .sort(function (a, b) { return (a.seen || "").localeCompare(b.seen || ""); })
      .forEach(function (a) { list.appendChild(evidenceItem(a)); });
    children.push(el("h3", { text: "Evidence" }), list);
    openPanel(children);
  }

  function evidenceItem(a) {
    var article = articles[a.article];
    var meta = el("div", { className: "meta" }, [
      el("span", { className: "modality modality-" + a.modality, text: a.modality }),
      textNode(" " + (a.date || a.seen || "undated") + " \u00b7 "),
      safeLink(article.url, article.title || article.url || article.id),
      textNode(" \u00b7 " + article.source + (article.published ? " \u00b7 published " + article.published : ""))
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
      el("p", { className: "facts", text: n.type.replace("_", " ") + " \u00b7 " + n.id })
    ];
    if (n.wikidata) {
      children.push(el("p", {}, [safeLink("https://www.wikidata.org/wiki/" + n.wikidata, "Wikidata " + n.wikidata)]));
    }
    var labels = el("dl", { className: "labels" });
    n.labels.forEach(function (l) {
      labels.appendChild(el("dt", { text: l.lang }));
      labels.appendChild(el("dd", { dir: "auto", lang: l.lang, text: l.label }));
    });
    if (n.aliases.length) {
      labels.appendChild(el("dt", { text: "aliases" }));
      labels.appendChild(el("dd", { dir: "auto", text: n.aliases.join(" \u00b7 ") }));
    }
    children.push(el("h3", { text: "Labels" }), labels);
    var groups = new Map();
    current.forEach(function (t, edgeIndex) {
      var e = edges[edgeIndex];
      if (e.from !== index && e.to !== index) return;
      if (!groups.has(e.relation)) groups.set(e.relation, []);
      groups.get(e.relation).push(e);
    });
    children.push(el("h3", { text: "Edges" }));
    if (!groups.size) children.push(el("p", { text: "No edge under the current filters." }));
    Array.from(groups.keys()).sort(function (a, b) { return a - b; }).forEach(function (rel) {
      var r = relations[rel];
      var list = el("ul", { className: "node-edges" });
      groups.get(rel).forEach(function (e) {
        var other = e.from === index ? e.to : e.from;
        var direction = r.symmetric ? "\u2194 " : e.from === index ? "\u2192 " : "\u2190 ";
        var open = el("button", { type: "button", className: "link", text: "evidence" });
        open.addEventListener("click", function () { focusEdge(e.index); });
        list.appendChild(el("li", {}, [textNode(direction), actorButton(other), textNode(" "), open]));
      });
      children.push(el("h4", { style: "color:" + r.color, text: r.label }), list);
    });
    openPanel(children);
  }

  function focusNode(index) {
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

  function checkbox(labelChildren, checked, onChange, attrs) {
    var input = el("input", Object.assign({ type: "checkbox" }, attrs || {}));
    input.checked = checked;
    input.addEventListener("change", function () { onChange(input.checked); });
    return { input: input, label: el("label", { className: "check" }, [input].concat(labelChildren)) };
  }

  function buildSearch() {
    var input = el("input", { type: "search", id: "search", placeholder: "Search actors (any language)", dir: "auto" });
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
      if (!hits) results.appendChild(el("li", { text: "No actor matches." }));
    });
    return el("section", {}, [el("h3", { text: "Search" }), input, results]);
  }

  function buildRelationFilter() {
    var section = el("section", { id: "relation-filter" }, [el("h3", { text: "Relations" })]);
    [true, false].forEach(function (cooperation) {
      var members = relations.filter(function (r) { return r.cooperation === cooperation; });
      var boxes = [];
      var group = checkbox([el("strong", { text: cooperation ? "Cooperation" : "Conflict" })], true, function (on) {
        members.forEach(function (r, i) {
          boxes[i].checked = on;
          if (on) state.relations.add(r.index); else state.relations.delete(r.index);
        });
        redraw();
      }, { "data-group": cooperation ? "cooperation" : "conflict" });
      section.appendChild(group.label);
      var list = el("div", { className: "group" });
      members.forEach(function (r) {
        var kind = r.quadName.split(" ")[0]; // "verbal" or "material"
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
    var section = el("section", { id: "modality-filter" }, [el("h3", { text: "Modality" })]);
    MODALITIES.forEach(function (m) {
      section.appendChild(checkbox([el("span", { className: "modality modality-" + m, text: m })], true, function (on) {
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
    return el("section", {}, [el("h3", { text: "Minimum independent sources" }), input]);
  }

  function buildTimeFilter() {
    var section = el("section", { id: "time-filter" }, [el("h3", { text: "Time" })]);
    if (dates.length < 2) {
      section.appendChild(el("p", { text: dates.length ? "All evidence is from " + dates[0] + "." : "No dated evidence." }));
      return section;
    }
    var last = String(dates.length - 1);
    var since = el("input", { type: "range", id: "since", min: "0", max: last, value: "0", step: "1" });
    var until = el("input", { type: "range", id: "until", min: "0", max: last, value: last, step: "1" });
    var label = el("p", { id: "time-label", className: "facts" });
    function describe() {
      label.textContent = state.since === 0 && state.until === dates.length - 1
        ? "All evidence, dated or not (" + dates[0] + " \u2013 " + dates[dates.length - 1] + ")"
        : dates[state.since] + " \u2013 " + dates[state.until] + " (as of " + dates[state.until] + ")";
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
    since.addEventListener("input", function () { changed("since"); });
    until.addEventListener("input", function () { changed("until"); });
    var play = el("button", { type: "button", id: "play", text: "\u25b6 Play" });
    var timer = null;
    play.addEventListener("click", function () {
      if (timer) { clearInterval(timer); timer = null; play.textContent = "\u25b6 Play"; return; }
      until.value = since.value;
      changed("until");
      play.textContent = "\u25a0 Stop";
      timer = setInterval(function () {
        if (state.until >= dates.length - 1) { clearInterval(timer); timer = null; play.textContent = "\u25b6 Play"; return; }
        until.value = String(state.until + 1);
        changed("until");
      }, 500);
    });
    describe();
    section.appendChild(el("label", { className: "range" }, [textNode("from "), since]));
    section.appendChild(el("label", { className: "range" }, [textNode("as of "), until]));
    section.appendChild(label);
    section.appendChild(play);
    return section;
  }

  function buildLegend() {
    var section = el("section", { id: "legend" }, [el("h3", { text: "Legend" })]);
    var types = el("ul", { className: "legend" });
    Object.keys(raw.types).forEach(function (type) {
      var style = raw.types[type];
      types.appendChild(el("li", {}, [
        el("span", { className: "swatch shape-" + style.shape, style: "background:" + style.color }),
        textNode(type.replace("_", " ") + " (" + style.shape + ")")
      ]));
    });
    var lines = el("ul", { className: "legend" }, [
      el("li", {}, [el("span", { className: "line solid" }), textNode("asserted")]),
      el("li", {}, [el("span", { className: "line dashed" }), textNode("only alleged, planned, speculative or denied")]),
      el("li", {}, [el("span", { className: "line disputed" }), textNode("disputed: asserted or alleged, and denied or negated (bar, label)")]),
      el("li", {}, [el("span", { className: "line thick" }), textNode("width grows with independent sources")]),
      el("li", {}, [textNode("node size: sources on its edges; edge colour: relation (above)")])
    ]);
    section.appendChild(types);
    section.appendChild(lines);
    return section;
  }

  controls.appendChild(el("h1", { dir: "auto", text: raw.title }));
  controls.appendChild(status);
  controls.appendChild(buildSearch());
  controls.appendChild(buildTimeFilter());
  controls.appendChild(buildRelationFilter());
  controls.appendChild(buildModalityFilter());
  controls.appendChild(buildSourceFilter());
  controls.appendChild(buildLegend());

  // ---------------------------------------------------------------------------------------------------
  // The network.

  var nodeData = new vis.DataSet();
  var edgeData = new vis.DataSet();
  var network = null;
  timings.controls = performance.now();
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
    if (!edges.length) status.textContent = "Nothing to show: no assertion in this export's date window.";
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
      return { width: item.width, dashed: Boolean(item.dashes), disputed: Boolean(item.arrows && item.arrows.middle) };
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
    network: network
  };
})();
