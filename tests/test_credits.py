"""Bylines, photo credits, contributor lines and datelines are found as metadata."""

from __future__ import annotations

import pytest

from newsgraph.extract.credits import find_credits


@pytest.mark.parametrize("text, kind, credit", [
    ("Trucks wait at the border. (Maria Lopez/Reuters via Getty Images)", "photo",
     "(Maria Lopez/Reuters via Getty Images)"),
    ("A burned car in the square. (AP Photo/Samir Haddad)", "photo", "(AP Photo/Samir Haddad)"),
    ("Smoke rises. (Photo: Omar Nasser)", "photo", "(Photo: Omar Nasser)"),
    ("Talks stalled.\n\nCBS News' Ana Ruiz and Tom Berg contributed to this report.", "contributors",
     "CBS News' Ana Ruiz and Tom Berg contributed to this report."),
    ("Talks stalled.\nReporting by Ana Ruiz; Editing by Tom Berg", "contributors",
     "Reporting by Ana Ruiz; Editing by Tom Berg"),
    ("By Ana Ruiz\nTalks stalled.", "byline", "By Ana Ruiz"),
    ("By Ana Ruiz, Reuters\nTalks stalled.", "byline", "By Ana Ruiz, Reuters"),
    ("By JUNE ADLER and Tom Berg | BBC News, Nairobi\nTalks stalled.", "byline",
     "By JUNE ADLER and Tom Berg | BBC News, Nairobi"),
    ("MOSUL, Oct. 2 (Reuters) - Talks stalled.", "dateline", "MOSUL, Oct. 2 (Reuters) - "),
    ("GOMA, Congo, March 9, 2025 (AP) — Talks stalled.", "dateline", "GOMA, Congo, March 9, 2025 (AP) — "),
    ("Talks stalled.\nPhoto: AFP / Ana Ruiz\nThe border stays shut.", "photo", "Photo: AFP / Ana Ruiz"),
    ("Trucks wait at the border. Photograph: Ana Ruiz/EPA\nTalks stalled.", "photo", "Photograph: Ana Ruiz/EPA"),
    ("(KABUL) -- Talks stalled.", "dateline", "(KABUL) -- "),
    ("ISLAMABAD (Reuters) - Talks stalled.", "dateline", "ISLAMABAD (Reuters) - "),
    ("Border talks collapse NAIROBI, Kenya (AP) — Talks stalled.", "dateline", "NAIROBI, Kenya (AP) — "),
    ("SOUNDBITE (English) Omar Said, farmer: We lost everything.", "transcript", "SOUNDBITE (English)"),
    ("UPSOUND: crowd chanting", "transcript", "UPSOUND:"),
    ("Talks stalled.\n-- Ana Ruiz, Nairobi", "signature", "-- Ana Ruiz, Nairobi"),
])
def test_credits_found(text, kind, credit):
    found = find_credits(text)
    assert [(c.kind, c.text.strip()) for c in found] == [(kind, credit.strip())]
    assert all(text[c.start:c.end] == c.text for c in found)


@pytest.mark.parametrize("text", [
    "The ministry (which denied the report) said talks would resume.",
    "Officials from the United Nations (UN) met in Geneva.",
    "He said the attack - the third this week - killed four.",
    "By Friday, the army had retaken the town.",
    "By March, Both Sides Had Agreed",
    "By Governor Ana Ruiz's count, four died.",
    "Photos showed the damage.",
    "The picture by the river was taken at dawn.",
])
def test_credits_ordinary_sentences_are_not_credits(text):
    assert find_credits(text) == []
