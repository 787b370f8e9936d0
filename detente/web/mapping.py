"""A tile-free SVG map: located events projected onto a plain lon/lat frame, no network at run time."""
from __future__ import annotations

from typing import Any

WIDTH, HEIGHT, PAD = 900, 520, 30


def project(points: list[dict[str, Any]]) -> dict[str, Any]:
    """Screen positions for points with lat/lon, framed on their bounding box with a margin."""
    located = [p for p in points if p.get("lat") is not None and p.get("lon") is not None]
    if not located:
        return {"width": WIDTH, "height": HEIGHT, "points": [], "grid": []}
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
    grid = []
    for lon in range(int(west) // 5 * 5, int(east) + 5, 5):
        x, _ = xy(lon, south)
        grid.append({"x1": round(x, 1), "y1": PAD, "x2": round(x, 1), "y2": HEIGHT - PAD,
                     "label": f"{lon}°E"})
    for lat in range(int(south) // 5 * 5, int(north) + 5, 5):
        _, y = xy(west, lat)
        grid.append({"x1": PAD, "y1": round(y, 1), "x2": WIDTH - PAD, "y2": round(y, 1), "label": f"{lat}°N"})
    return {"width": WIDTH, "height": HEIGHT, "points": out,
            "grid": [g for g in grid if PAD <= g["x1"] <= WIDTH - PAD and PAD <= g["y1"] <= HEIGHT - PAD]}
