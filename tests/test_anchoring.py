"""Tests for the reference time that expressions referring back count from."""

from __future__ import annotations

from datetime import date

import pytest

from newsgraph.extract.time.anchoring import Anchor, Reference, grain_of

PUB = date(2026, 2, 27)


def _reference(publication, values):
    """A reference with the (offset, value) dates a text established."""
    ref = Reference(publication)
    for offset, value in values:
        ref.establish(value, offset)
    return ref


@pytest.mark.parametrize("value,expected", [
    ("2025-10-12", ("day", date(2025, 10, 12))),
    ("2025-10-12TNI", ("day", date(2025, 10, 12))),
    ("2025-10", ("month", date(2025, 10, 1))),
    ("1995", ("year", date(1995, 1, 1))),
    ("2025-Q3", ("year", date(2025, 1, 1))),
    ("P3D", None),
    ("PRESENT_REF", None),
    (None, None),
    ("2025-02-30", None),
])
def test_anchoring_grain_of(value, expected):
    assert grain_of(value) == expected


def test_anchoring_closest_preceding_date_wins():
    ref = _reference(PUB, [(40, "2025-11-02"), (10, "2025-10-12")])
    assert ref.back(30) == Anchor(date(2025, 10, 12), "day")
    assert ref.back(50) == Anchor(date(2025, 11, 2), "day")


def test_anchoring_before_any_date_is_the_publication_date():
    ref = _reference(PUB, [(40, "2025-11-02")])
    assert ref.back(5) == Anchor(PUB, "day")
    assert _reference(None, [(40, "2025-11-02")]).back(5) is None


def test_anchoring_a_bare_year_gives_no_day():
    # "the worst since 1995" does not move the story to 1995
    ref = _reference(PUB, [(10, "2025-10-12"), (30, "1995")])
    assert ref.back(50, "day") == Anchor(date(2025, 10, 12), "day")
    assert ref.back(50, "month") == Anchor(date(2025, 10, 12), "day")
    assert ref.back(50, "year") == Anchor(date(1995, 1, 1), "year")


def test_anchoring_a_month_gives_a_day_with_unknown_parts():
    ref = _reference(PUB, [(10, "2025-10")])
    anchor = ref.back(20)
    assert anchor.grain == "month" and anchor.day_value() == "2025-10-XX"
    assert Anchor(date(2025, 10, 12), "day").day_value(-1) == "2025-10-11"
    assert Anchor(date(1995, 1, 1), "year").day_value() == "1995-XX-XX"
