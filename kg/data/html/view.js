/* kg's HTML view (MIT). Every piece of article text is put into the page with textContent, never as
   markup; the graph comes from the JSON block #kg-data. window.kgView exposes the state for tests. */
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = (id) => document.getElementById(id);
  const clip = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
  const SVG = "http://www.w3.org/2000/svg";

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  const classes = new Map(data.classes.map((c) => [c.name, c]));
  const relations = new Map(data.relations.map((r) => [r.name, r]));
  const docs = new Map(data.documents.map((d) => [d.id, d]));
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const incident = new Map(data.nodes.map((n) => [n.id, []]));
  data.edges.forEach((e) => {
    if (incident.has(e.from)) incident.get(e.from).push(e);
    if (e.to !== e.from && incident.has(e.to)) incident.get(e.to).push(e);
  });
  const big = data.nodes.length > 500 || data.edges.length > 1000;
  const state = { hiddenClasses: new Set(), hiddenRelations: new Set(), hideRelated: false,
                  hideIsolated: false, minConfidence: 0, focus: null, physics: false,
                  timings: { start: performance.now() } };

  // ---------- title bar ----------
  const m = data.meta;
  const plural = (n, one, many) => n + " " + (n === 1 ? one : (many || one + "s"));
  const when = m.built ? "built " + m.built.replace("T", " ").replace("+00:00", " UTC")
                       : "written " + m.generated.replace("T", " ").replace("+00:00", " UTC");
  $("kg-subtitle").textContent = [m.corpus, plural(m.entities, "entity", "entities"),
    plural(m.facts, "relation"), plural(m.documents, "document"), when].join(" · ");
  // ^ facts between two entities; kg stats counts posts and dates too

  // ---------- shapes for the legend ----------
  function swatch(cls) {
    const s = document.createElementNS(SVG, "svg");
    s.setAttribute("viewBox", "0 0 20 20");
    s.setAttribute("class", "kg-swatch");
    const shape = cls ? cls.shape : "dot";
    let p;
    const pts = {
      triangle: "10,2 18.5,17 1.5,17", triangleDown: "1.5,3 18.5,3 10,18",
      diamond: "10,1 19,10 10,19 1,10", hexagon: "10,1 18,5.5 18,14.5 10,19 2,14.5 2,5.5",
      star: "10,1 12.4,7.2 19,7.3 13.8,11.4 15.6,18 10,14.2 4.4,18 6.2,11.4 1,7.3 7.6,7.2",
    }[shape];
    if (pts) { p = document.createElementNS(SVG, "polygon"); p.setAttribute("points", pts); }
    else if (shape === "square") {
      p = document.createElementNS(SVG, "rect");
      ["x", "y"].forEach((a) => p.setAttribute(a, "2")); ["width", "height"].forEach((a) => p.setAttribute(a, "16"));
    } else {
      p = document.createElementNS(SVG, "circle");
      p.setAttribute("cx", "10"); p.setAttribute("cy", "10"); p.setAttribute("r", "8");
    }
    p.setAttribute("fill", cls ? cls.color : "#8c8c8c");
    p.setAttribute("stroke", "rgba(0,0,0,.35)");
    s.appendChild(p);
    return s;
  }

  // ---------- vis data ----------
  function shade(hex, f) {
    const n = parseInt(hex.slice(1), 16);
    const c = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => Math.round(f < 0 ? v * (1 + f) : v + (255 - v) * f));
    return "rgb(" + c.join(",") + ")";
  }
  function nodeColour(cls) {
    const bg = cls ? cls.color : "#8c8c8c";
    return { background: bg, border: shade(bg, -0.35),
             highlight: { background: shade(bg, 0.25), border: "#111827" },
             hover: { background: shade(bg, 0.2), border: "#111827" } };
  }
  const EDGE = "#9aa5b1";
  const nodes = new vis.DataSet(data.nodes.map((n) => {
    const cls = classes.get(n.type);
    return { id: n.id, label: n.label, value: n.degree + 1, shape: cls ? cls.shape : "dot",
             color: nodeColour(cls), opacity: 1 };
  }));
  const edges = new vis.DataSet(data.edges.map((e) => {
    const rel = relations.get(e.rel);
    const edge = { id: e.id, from: e.from, to: e.to, label: e.label, dashes: e.rel === "relatedTo",
                   arrows: rel && rel.symmetric ? "" : "to", color: { color: EDGE, highlight: "#1f2937", hover: "#4b5563", opacity: 1 } };
    if (e.curve) edge.smooth = { enabled: true, type: "curvedCW", roundness: e.curve };
    return edge;
  }));

  const iterations = big ? 200 : Math.min(600, 150 + 3 * data.nodes.length);
  const options = {
    autoResize: true,
    layout: { improvedLayout: data.nodes.length <= 150, randomSeed: 7 },
    nodes: {
      borderWidth: 1.5, borderWidthSelected: 3,
      scaling: { min: 10, max: 44, label: { enabled: true, min: 14, max: 26, drawThreshold: 5, maxVisible: 28 } },
      font: { size: 13, face: "system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif", color: "#1f2328",
              strokeWidth: 3, strokeColor: "rgba(255,255,255,0.85)", multi: false },
    },
    edges: {
      width: 1.2, selectionWidth: 1.5, hoverWidth: 0.8, smooth: false,
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      font: { size: 10, color: "#4b5563", strokeWidth: 3, strokeColor: "#ffffff", align: "middle", multi: false },
    },
    physics: {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -70, centralGravity: 0.015, springLength: 140,
                          springConstant: 0.08, damping: 0.5, avoidOverlap: 0.3, theta: big ? 1.0 : 0.5 },
      stabilization: { enabled: true, iterations: iterations, updateInterval: 20, fit: true },
      minVelocity: 1.0, timestep: 0.5, adaptiveTimestep: true,
    },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                   navigationButtons: false, keyboard: false, multiselect: false, selectConnectedEdges: false },
    manipulation: { enabled: false },
    configure: { enabled: false },
  };

  const container = $("kg-network");
  const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  // ---------- layout: stabilise, then stop moving ----------
  const progress = $("kg-progress");
  if (data.nodes.length > 0) progress.hidden = false;
  network.on("stabilizationProgress", (p) => {
    $("kg-progress-fill").style.width = Math.round((100 * p.iterations) / p.total) + "%";
  });
  network.once("afterDrawing", () => { state.timings.firstDraw = performance.now(); });
  network.once("stabilizationIterationsDone", () => {
    network.setOptions({ physics: { enabled: false } });
    setPhysics(false);
    progress.hidden = true;
    state.timings.stable = performance.now();
    state.stable = true;
    document.documentElement.setAttribute("data-kg-stable", "true");
  });
  if (data.nodes.length === 0) {
    state.stable = true;
    document.documentElement.setAttribute("data-kg-stable", "true");
  }
  function setPhysics(on) {
    state.physics = on;
    network.setOptions({ physics: { enabled: on } });
    const b = $("kg-physics");
    b.textContent = on ? "Physics: on" : "Physics: off";
    b.setAttribute("aria-pressed", on ? "true" : "false");
  }
  $("kg-physics").addEventListener("click", () => setPhysics(!state.physics));
  $("kg-fit").addEventListener("click", () => network.fit({ animation: { duration: 400 } }));

  // ---------- filters ----------
  function filterRow(list, entry, hiddenSet, decorate) {
    const label = el("label");
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.dataset.name = entry.name;
    label.appendChild(box);
    label.appendChild(decorate(entry));
    label.appendChild(el("span", "kg-name", entry.label));
    label.appendChild(el("span", "kg-count", entry.count));
    label.title = entry.label;
    box.addEventListener("change", () => {
      if (box.checked) hiddenSet.delete(entry.name); else hiddenSet.add(entry.name);
      label.classList.toggle("kg-off", !box.checked);
      applyFilters();
    });
    list.appendChild(label);
  }
  data.classes.forEach((c) => filterRow($("kg-classes"), c, state.hiddenClasses, swatch));
  data.relations.forEach((r) => filterRow($("kg-relations"), r, state.hiddenRelations,
    () => el("span", "kg-line" + (r.name === "relatedTo" ? " kg-dashed" : ""))));
  if (!data.relations.length) $("kg-relations").appendChild(el("div", "kg-count", "no facts between entities"));
  $("kg-hide-related").addEventListener("change", (ev) => { state.hideRelated = ev.target.checked; applyFilters(); });
  $("kg-hide-isolated").addEventListener("change", (ev) => { state.hideIsolated = ev.target.checked; applyFilters(); });
  $("kg-min-confidence").addEventListener("input", (ev) => {
    state.minConfidence = parseFloat(ev.target.value) || 0;
    $("kg-min-confidence-value").textContent = state.minConfidence.toFixed(2);
    applyFilters();
  });
  $("kg-reset").addEventListener("click", () => {
    state.hiddenClasses.clear(); state.hiddenRelations.clear();
    state.hideRelated = false; state.hideIsolated = false; state.minConfidence = 0;
    document.querySelectorAll(".kg-filter-list input").forEach((b) => { b.checked = true; b.parentNode.classList.remove("kg-off"); });
    $("kg-hide-related").checked = false; $("kg-hide-isolated").checked = false;
    $("kg-min-confidence").value = "0"; $("kg-min-confidence-value").textContent = "0.00";
    applyFilters();
  });

  const hidden = { nodes: new Set(), edges: new Set() };
  function edgeHiddenByFacts(e) {
    return state.hiddenRelations.has(e.rel) || (state.hideRelated && e.rel === "relatedTo") ||
           e.confidence < state.minConfidence - 1e-9;
  }
  function applyFilters() {
    const nodeHidden = new Set(data.nodes.filter((n) => state.hiddenClasses.has(n.type)).map((n) => n.id));
    const edgeHidden = new Set();
    const linked = new Set();
    data.edges.forEach((e) => {
      if (edgeHiddenByFacts(e) || nodeHidden.has(e.from) || nodeHidden.has(e.to)) edgeHidden.add(e.id);
      else { linked.add(e.from); linked.add(e.to); }
    });
    if (state.hideIsolated) data.nodes.forEach((n) => { if (!linked.has(n.id)) nodeHidden.add(n.id); });
    const nodeChanges = [], edgeChanges = [];
    data.nodes.forEach((n) => { const h = nodeHidden.has(n.id); if (h !== hidden.nodes.has(n.id)) nodeChanges.push({ id: n.id, hidden: h }); });
    data.edges.forEach((e) => { const h = edgeHidden.has(e.id); if (h !== hidden.edges.has(e.id)) edgeChanges.push({ id: e.id, hidden: h }); });
    hidden.nodes = nodeHidden; hidden.edges = edgeHidden;
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    const shownNodes = data.nodes.length - nodeHidden.size, shownEdges = data.edges.length - edgeHidden.size;
    $("kg-shown").textContent = "showing " + shownNodes + " of " + data.nodes.length + " entities, " +
                                shownEdges + " of " + data.edges.length + " relations";
    const empty = $("kg-empty");
    empty.hidden = !(data.nodes.length === 0 || shownNodes === 0);
    empty.textContent = data.nodes.length === 0 ? "This build has no entities." :
      "Every entity is hidden by the filters. Tick a class or press “Show all”.";
    if (state.focus && hidden.nodes.has(state.focus)) clearFocus();
    else if (state.focus) highlight(state.focus);
  }

  // ---------- neighbourhood highlight ----------
  function highlight(focusId, edgeId) {
    const keepNodes = new Set(), keepEdges = new Set();
    if (edgeId) {
      const e = edgeById.get(edgeId);
      keepEdges.add(edgeId); keepNodes.add(e.from); keepNodes.add(e.to);
    } else {
      keepNodes.add(focusId);
      (incident.get(focusId) || []).forEach((e) => {
        if (!hidden.edges.has(e.id)) { keepEdges.add(e.id); keepNodes.add(e.from); keepNodes.add(e.to); }
      });
    }
    nodes.update(data.nodes.map((n) => {
      const on = keepNodes.has(n.id);
      return { id: n.id, opacity: on ? 1 : 0.12, font: { color: on ? "#1f2328" : "rgba(31,35,40,0.15)" } };
    }));
    edges.update(data.edges.map((e) => {
      const on = keepEdges.has(e.id);
      return { id: e.id, color: { color: on ? "#374151" : EDGE, opacity: on ? 1 : 0.08 },
               font: { color: on ? "#1f2937" : "rgba(75,85,99,0)" }, width: on ? 2 : 1.2 };
    }));
  }
  function clearFocus() {
    state.focus = null;
    nodes.update(data.nodes.map((n) => ({ id: n.id, opacity: 1, font: { color: "#1f2328" } })));
    edges.update(data.edges.map((e) => ({ id: e.id, color: { color: EDGE, opacity: 1 }, font: { color: "#4b5563" }, width: 1.2 })));
    network.unselectAll();
    showHint();
  }

  // ---------- details panel ----------
  const panel = $("kg-panel");
  function chip(type) {
    const cls = classes.get(type);
    const c = el("span", "kg-chip");
    c.appendChild(swatch(cls));
    c.appendChild(document.createTextNode(cls ? cls.chain.join(" ⊂ ") : type));
    return c;
  }
  function conf(v) {
    return el("span", "kg-conf " + (v >= 0.75 ? "kg-conf-high" : v >= 0.5 ? "kg-conf-mid" : "kg-conf-low"), v.toFixed(2));
  }
  function link(text, onClick) {
    const b = el("button", "kg-link", text);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  function list(title, items) {
    if (!items.length) return;
    panel.appendChild(el("h3", null, title));
    const ul = el("ul");
    items.forEach((it) => { const li = el("li"); if (typeof it === "string") li.textContent = it; else li.appendChild(it); ul.appendChild(li); });
    panel.appendChild(ul);
  }
  function docLine(id) {
    const d = docs.get(id);
    const span = el("span", null, d ? d.label : id);
    if (d && d.title) span.appendChild(el("span", "kg-count", " — " + clip(d.title, 140)));
    return span;
  }
  function showHint() {
    panel.replaceChildren();
    panel.appendChild(el("h2", null, "Details"));
    panel.appendChild(el("p", "kg-hint", "Hover over an entity or a fact for a summary; click it to see everything " +
      "kg knows: names, posts, dates, and the sentences each fact comes from. Click empty space to clear."));
  }
  function showNode(id) {
    const n = byId.get(id);
    panel.replaceChildren();
    panel.appendChild(chip(n.type));
    panel.appendChild(el("h2", "kg-entity-name", n.label));
    list("Also called", n.aliases);
    list("Posts", n.positions);
    list("Dates", n.dates);
    const facts = (incident.get(id) || []);
    list("Facts (" + facts.length + ")", facts.map((e) => {
      const span = el("span");
      const other = e.from === id ? e.to : e.from;
      const out = e.from === id;
      span.appendChild(link(e.label, () => selectEdge(e.id)));
      span.appendChild(document.createTextNode(out ? " → " : " ← "));
      span.appendChild(link(byId.has(other) ? byId.get(other).label : other, () => selectNode(other, true)));
      span.appendChild(document.createTextNode(" "));
      span.appendChild(conf(e.confidence));
      return span;
    }));
    list("Mentioned in", n.documents.map(docLine));
  }
  function showEdge(id) {
    const e = edgeById.get(id);
    const rel = relations.get(e.rel);
    panel.replaceChildren();
    const c = el("span", "kg-chip", "kg:" + e.rel);
    panel.appendChild(c);
    const h = el("h2");
    h.appendChild(link(byId.get(e.from).label, () => selectNode(e.from, true)));
    h.appendChild(document.createTextNode(" " + (rel ? rel.label : e.rel) + " "));
    h.appendChild(link(byId.get(e.to).label, () => selectNode(e.to, true)));
    panel.appendChild(h);
    if (e.texts.length) list("Verb in the text", e.texts);
    const p = el("p");
    p.appendChild(document.createTextNode("confidence "));
    p.appendChild(conf(e.confidence));
    panel.appendChild(p);
    panel.appendChild(el("h3", null, "Evidence (" + e.evidence.length + " sentence" + (e.evidence.length === 1 ? "" : "s") + ")"));
    e.evidence.forEach((ev) => {
      const box = el("div", "kg-evidence");
      box.appendChild(el("blockquote", "kg-sentence", ev.sentence));
      const meta = el("div", "kg-ev-meta");
      meta.appendChild(docLine(ev.doc));
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(conf(ev.confidence));
      if (ev.rule) meta.appendChild(document.createTextNode(" · " + ev.rule + (ev.text ? " (“" + ev.text + "”)" : "")));
      box.appendChild(meta);
      panel.appendChild(box);
    });
  }
  function selectNode(id, move) {
    if (!byId.has(id)) return false;
    state.focus = id;
    network.selectNodes([id], false);
    highlight(id);
    showNode(id);
    if (move) network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 450, easingFunction: "easeInOutQuad" } });
    return true;
  }
  function selectEdge(id) {
    const e = edgeById.get(id);
    if (!e) return;
    state.focus = null;
    network.selectEdges([id]);
    highlight(null, id);
    showEdge(id);
  }
  network.on("click", (p) => {
    hideTip();
    if (p.nodes.length) selectNode(p.nodes[0], false);
    else if (p.edges.length) selectEdge(p.edges[0]);
    else clearFocus();
  });

  // ---------- tooltips ----------
  const tip = $("kg-tooltip");
  function showTip(pointer, build) {
    tip.replaceChildren();
    build(tip);
    tip.hidden = false;
    const wrap = $("kg-canvas-wrap").getBoundingClientRect();
    const x = Math.min(pointer.x + 14, wrap.width - tip.offsetWidth - 6);
    const y = Math.min(pointer.y + 14, wrap.height - tip.offsetHeight - 6);
    tip.style.left = Math.max(4, x) + "px";
    tip.style.top = Math.max(4, y) + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", (p) => showTip(p.pointer.DOM, (t) => {
    const n = byId.get(p.node);
    const cls = classes.get(n.type);
    t.appendChild(el("div", "kg-tip-title", n.label));
    t.appendChild(el("div", "kg-tip-sub", (cls ? cls.label : n.type) + " · " + plural(n.degree, "fact")));
    if (n.aliases.length) t.appendChild(el("div", null, "also: " + clip(n.aliases.join(", "), 160)));
    if (n.positions.length) t.appendChild(el("div", null, "posts: " + clip(n.positions.join(", "), 160)));
    if (n.dates.length) t.appendChild(el("div", null, "dates: " + n.dates.join(", ")));
  }));
  network.on("hoverEdge", (p) => showTip(p.pointer.DOM, (t) => {
    const e = edgeById.get(p.edge);
    t.appendChild(el("div", "kg-tip-title", byId.get(e.from).label + " — " + e.label + " → " + byId.get(e.to).label));
    t.appendChild(el("div", "kg-tip-sub", "kg:" + e.rel + " · confidence " + e.confidence.toFixed(2) + " · " +
      plural(e.evidence.length, "sentence")));
    if (e.evidence.length) t.appendChild(el("div", "kg-tip-quote", "“" + clip(e.evidence[0].sentence, 220) + "”"));
  }));
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // ---------- search by any name ----------
  const norm = (s) => s.toLocaleLowerCase().replace(/\s+/g, " ").trim();
  const names = [];
  data.nodes.forEach((n) => [n.label].concat(n.aliases).forEach((a) => names.push([norm(a), n.id, a])));
  const datalist = $("kg-names");
  const seen = new Set();
  names.slice().sort((a, b) => a[2].localeCompare(b[2])).forEach(([k, , shown]) => {
    if (seen.has(k)) return;
    seen.add(k);
    const o = document.createElement("option");
    o.value = shown;
    datalist.appendChild(o);
  });
  function find(query) {
    const q = norm(query);
    if (!q) return null;
    const rank = (id) => -(byId.get(id).degree);
    const pick = (hits) => hits.length ? hits.sort((a, b) => rank(a[1]) - rank(b[1]))[0][1] : null;
    return pick(names.filter((x) => x[0] === q)) || pick(names.filter((x) => x[0].startsWith(q))) ||
           pick(names.filter((x) => x[0].includes(q)));
  }
  function search(query, announce) {
    const status = $("kg-search-status");
    const id = find(query);
    if (!id) { if (announce) status.textContent = query.trim() ? "no entity is called that" : ""; return null; }
    const n = byId.get(id);
    if (hidden.nodes.has(id)) {
      // Searching for something is asking to see it: show its class again, and it.
      state.hiddenClasses.delete(n.type);
      document.querySelectorAll("#kg-classes input").forEach((b) => {
        if (b.dataset.name === n.type) { b.checked = true; b.parentNode.classList.remove("kg-off"); }
      });
      state.hideIsolated = false; $("kg-hide-isolated").checked = false;
      applyFilters();
    }
    status.textContent = n.label;
    selectNode(id, true);
    return id;
  }
  const box = $("kg-search");
  box.addEventListener("keydown", (ev) => { if (ev.key === "Enter") { ev.preventDefault(); search(box.value, true); } });
  box.addEventListener("change", () => search(box.value, true));

  showHint();
  applyFilters();
  window.kgView = { network: network, nodes: nodes, edges: edges, data: data, state: state,
                    search: search, selectNode: selectNode, selectEdge: selectEdge, applyFilters: applyFilters,
                    visibleNodeIds: () => data.nodes.filter((n) => !hidden.nodes.has(n.id)).map((n) => n.id),
                    visibleEdgeIds: () => data.edges.filter((e) => !hidden.edges.has(e.id)).map((e) => e.id) };
})();
