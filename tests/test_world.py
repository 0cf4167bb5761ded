"""The map's world outline: every country present once, rings closed, coordinates on the globe."""

from __future__ import annotations

from newsgraph.graph.world import world_outline


def test_world_outline_has_the_countries_news_names():
    codes = {c["iso3"] for c in world_outline()["countries"]}
    assert {"AFG", "PAK", "UKR", "RUS", "USA", "CAN", "SYR", "ISR", "SDN", "FRA", "XKX"} <= codes


def test_world_outline_rings_are_closed_and_on_the_globe():
    for country in world_outline()["countries"]:
        for ring in country["rings"]:
            assert len(ring) >= 4 and ring[0] == ring[-1], country["name"]
            assert all(-180 <= lon <= 180 and -90 <= lat <= 90 for lon, lat in ring), country["name"]


def test_world_outline_names_its_source_and_licence():
    world = world_outline()
    assert "Natural Earth" in world["source"] and "public domain" in world["licence"]
