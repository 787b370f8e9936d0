"""A tile-free SVG map: located events projected onto a plain lon/lat frame, no network at run time."""
from __future__ import annotations

from typing import Any

WIDTH, HEIGHT, PAD = 900, 520, 30
# Drawn faintly for orientation when they fall inside the frame; coordinates come from the gazetteer.
REFERENCE_CITIES = (
    "Kyiv", "Moscow", "Warsaw", "Minsk", "Kharkiv", "Odesa", "Lviv", "Dnipro", "Rostov-on-Don", "Istanbul",
    "Ankara", "Bucharest", "Budapest", "Berlin", "Vienna", "Geneva", "Rome", "Riyadh", "Doha", "Brussels",
    "Paris", "London", "Helsinki", "Vilnius", "Tbilisi", "Sevastopol",
)


def reference_points() -> list[dict[str, Any]]:
    """Orientation cities with coordinates from the bundled gazetteer (no network, no tiles)."""
    from detente.nlp.places import Gazetteer

    gazetteer = Gazetteer.default()
    out = []
    for name in REFERENCE_CITIES:
        place = gazetteer.lookup(name)
        if place is not None and place.lat is not None and place.lon is not None:
            out.append({"name": place.name, "lat": place.lat, "lon": place.lon})
    return out


def project(points: list[dict[str, Any]], reference: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Screen positions for points with lat/lon, framed on their bounding box with a margin, plus the
    reference points that fall inside that frame."""
    located = [p for p in points if p.get("lat") is not None and p.get("lon") is not None]
    if not located:
        return {"width": WIDTH, "height": HEIGHT, "points": [], "grid": [], "reference": []}
    lons = [p["lon"] for p in located]
    lats = [p["lat"] for p in located]
    west, east = min(lons) - 2, max(lons) + 2
    south, north = min(lats) - 1.5, max(lats) + 1.5
    sx = (WIDTH - 2 * PAD) / max(east - west, 1e-6)
    sy = (HEIGHT - 2 * PAD) / max(north - south, 1e-6)
    scale = min(sx, sy)

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return PAD + (lon - west) * scale, HEIGHT - PAD - (lat - south) * scale

    out = []
    for p in located:
        x, y = xy(p["lon"], p["lat"])
        out.append({**p, "x": round(x, 1), "y": round(y, 1)})
    names = {p.get("name") for p in located}
    ref = []
    for r in reference or []:
        x, y = xy(r["lon"], r["lat"])
        if PAD <= x <= WIDTH - PAD and PAD <= y <= HEIGHT - PAD and r["name"] not in names:
            ref.append({**r, "x": round(x, 1), "y": round(y, 1)})
    grid: list[dict[str, Any]] = []
    for lon in range(int(west) // 5 * 5, int(east) + 5, 5):
        x, _ = xy(lon, south)
        grid.append({"x1": round(x, 1), "y1": PAD, "x2": round(x, 1), "y2": HEIGHT - PAD,
                     "label": f"{lon}°E"})
    for lat in range(int(south) // 5 * 5, int(north) + 5, 5):
        _, y = xy(west, lat)
        grid.append({"x1": PAD, "y1": round(y, 1), "x2": WIDTH - PAD, "y2": round(y, 1), "label": f"{lat}°N"})
    return {"width": WIDTH, "height": HEIGHT, "points": out, "reference": ref,
            "grid": [g for g in grid if PAD <= g["x1"] <= WIDTH - PAD and PAD <= g["y1"] <= HEIGHT - PAD]}
