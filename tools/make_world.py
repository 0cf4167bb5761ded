"""Make graph/data/world.json, the map's country outlines, from Natural Earth's 1:110m countries.

Run once, offline, on the geopandas 0.14 wheel, which ships Natural Earth's ``naturalearth_lowres``
shapefile (Natural Earth is in the public domain; geopandas 1.0 dropped its datasets):

    pip download --no-deps geopandas==0.14.4 -d /tmp/gp
    python tools/make_world.py /tmp/gp/geopandas-0.14.4-py3-none-any.whl

Rings are thinned (a point closer than ``--step`` degrees to the last one kept is dropped) and
rounded to two decimals: a world outline for a page, not a survey.
"""

from __future__ import annotations

import argparse
import io
import json
import struct
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "graph" / "data" / "world.json"
MEMBER = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
# countries Natural Earth gives no ISO code ("-99"): the code GeoNames uses
NO_CODE = {"Kosovo": "XKX"}


def read_dbf(data: bytes) -> list[dict]:
    count, header_size, record_size = struct.unpack("<xxxxIHH", data[:12])
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows = []
    for n in range(count):
        start = header_size + n * record_size + 1  # a deletion flag first
        row = {}
        for name, size in fields:
            row[name] = data[start:start + size].decode("utf-8", "replace").strip()
            start += size
        rows.append(row)
    return rows


def read_polygons(data: bytes) -> list[list[list[tuple[float, float]]]]:
    shapes, pos = [], 100
    while pos < len(data):
        _, length = struct.unpack(">ii", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + 2 * length]
        pos += 8 + 2 * length
        kind = struct.unpack("<i", body[:4])[0]
        if kind != 5:
            shapes.append([])
            continue
        parts, points = struct.unpack("<ii", body[36:44])
        starts = list(struct.unpack(f"<{parts}i", body[44:44 + 4 * parts])) + [points]
        coords = struct.unpack(f"<{2 * points}d", body[44 + 4 * parts:44 + 4 * parts + 16 * points])
        xy = list(zip(coords[0::2], coords[1::2], strict=True))
        shapes.append([xy[starts[i]:starts[i + 1]] for i in range(parts)])
    return shapes


def thin(ring: list[tuple[float, float]], step: float) -> list[list[float]]:
    kept = [ring[0]]
    for x, y in ring[1:-1]:
        if abs(x - kept[-1][0]) >= step or abs(y - kept[-1][1]) >= step:
            kept.append((x, y))
    kept.append(ring[-1])
    return [[round(x, 2), round(y, 2)] for x, y in kept]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("wheel", type=Path)
    ap.add_argument("--step", type=float, default=0.8)
    a = ap.parse_args()
    with zipfile.ZipFile(a.wheel) as wheel:
        rows = read_dbf(wheel.read(MEMBER + ".dbf"))
        shapes = read_polygons(wheel.read(MEMBER + ".shp"))
    countries = []
    for row, rings in zip(rows, shapes, strict=True):
        # a small island thinned to a line keeps its every point
        kept = [t if len(t := thin(r, a.step)) >= 4 else thin(r, 0) for r in rings if len(r) >= 4]
        if kept:
            iso3 = row.get("iso_a3") if row.get("iso_a3") != "-99" else NO_CODE.get(row.get("name"))
            countries.append({"iso3": iso3,
                              "name": row.get("name"), "rings": kept})
    countries.sort(key=lambda c: c["name"])
    data = {"source": "Natural Earth 1:110m Admin 0 countries (naturalearthdata.com), as shipped by "
                      "geopandas 0.14 (naturalearth_lowres); thinned and rounded by tools/make_world.py",
            "licence": "public domain (Natural Earth terms of use)",
            "coordinates": "[longitude, latitude], WGS84 degrees",
            "countries": countries}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO()
    json.dump(data, buffer, ensure_ascii=False, separators=(",", ":"))
    OUT.write_text(buffer.getvalue() + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(countries)} countries, {sum(len(r) for c in countries for r in c['rings'])} points, "
          f"{OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main()
