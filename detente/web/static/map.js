// The map page: country borders from the bundled Natural Earth TopoJSON, event markers in clusters,
// a legend by event type. Data comes from this server only (the page's data-* URLs).
"use strict";
const TYPE_COLOURS = {
  ASSAULT: "#b42318", COERCE: "#c4320a", THREATEN: "#dc6803", MOBILIZE: "#b54708", SANCTION: "#93370d",
  ACCUSE: "#7a2e0e", PROTEST: "#a15c07", REJECT: "#6941c6", REQUEST: "#444ce7", CONSULT: "#1f6f8b",
  AGREE: "#15803d", SUPPORT: "#027a48", COOPERATE: "#0e9384", AID: "#099250", CONCEDE: "#4e5ba6",
  RETREAT: "#667085",
};
const colour = (type) => TYPE_COLOURS[type] || "#475467";

function popup(p) {
  const box = document.createElement("div");
  const title = document.createElement("strong");
  title.textContent = `${p.date || "undated"} · ${p.type} · ${p.place}`;
  const text = document.createElement("p");
  text.textContent = p.sentence;
  const link = document.createElement("a");
  link.href = p.href;
  link.textContent = `read the sentence in ${p.outlet || "its article"}`;
  box.append(title, text, link);
  return box;
}

function legend(counts) {
  const control = L.control({ position: "bottomright" });
  control.onAdd = () => {
    const div = L.DomUtil.create("div", "map-legend");
    const head = document.createElement("strong");
    head.textContent = "Event type";
    div.append(head);
    for (const [type, n] of Object.entries(counts).sort((a, b) => b[1] - a[1])) {
      const row = document.createElement("div");
      row.className = "legend-row";
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = colour(type);
      row.append(swatch, document.createTextNode(` ${type} (${n})`));
      div.append(row);
    }
    const note = document.createElement("div");
    note.className = "legend-note";
    note.textContent = "Numbered circles group nearby events; click to zoom.";
    div.append(note);
    return div;
  };
  return control;
}

async function drawMap(el) {
  const map = L.map(el, { worldCopyJump: false, minZoom: 2, maxZoom: 9, zoomSnap: 0.5 });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Borders: Natural Earth (public domain)");
  const [topo, data] = await Promise.all([
    fetch(el.dataset.borders).then((r) => r.json()),
    fetch(el.dataset.points).then((r) => r.json()),
  ]);
  const countries = topojson.feature(topo, topo.objects.countries);
  L.geoJSON(countries, { style: { color: "#9aa5b1", weight: 0.8, fillColor: "#eef2f6", fillOpacity: 1 },
                         interactive: false, className: "country" }).addTo(map);
  const clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  const counts = {};
  for (const p of data.points) {
    counts[p.type] = (counts[p.type] || 0) + 1;
    const marker = L.circleMarker([p.lat, p.lon], { radius: 7, color: "#fff", weight: 1.5,
                                                   fillColor: colour(p.type), fillOpacity: 0.9,
                                                   className: "event-marker" });
    marker.bindPopup(() => popup(p));
    clusters.addLayer(marker);
  }
  map.addLayer(clusters);
  legend(counts).addTo(map);
  if (data.points.length) {
    map.fitBounds(clusters.getBounds().pad(0.3), { maxZoom: 6 });
  } else {
    map.setView([48.5, 31.5], 4);
  }
  el.dataset.ready = String(data.points.length);
}

document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("map");
  if (el) drawMap(el).catch((err) => { el.dataset.ready = "error"; el.textContent = `The map could not be drawn: ${err}`; });
});
