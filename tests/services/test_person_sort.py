"""People sort by surname, ignoring academic titles (the Odpovídá lists and columns)."""

from __future__ import annotations

import pytest

from planner.services.text import person_sort_key


def test_titles_do_not_decide_the_order():
    names = ["Mgr. Tereza Zedníková", "Bc. Klára Vojtíšková", "Lenka Hořínková", "PhDr. Vojtěch Kratochvíl (demo)",
             "Ing. Jan Novák, Ph.D.", "Petr Sedláček", "doc. RNDr. Eva Čermáková, CSc.", "Mgr. Ondřej Kaláb"]
    assert sorted(names, key=person_sort_key) == [
        "doc. RNDr. Eva Čermáková, CSc.",  # Č after C, before H
        "Lenka Hořínková", "Mgr. Ondřej Kaláb", "PhDr. Vojtěch Kratochvíl (demo)", "Ing. Jan Novák, Ph.D.",
        "Petr Sedláček", "Bc. Klára Vojtíšková", "Mgr. Tereza Zedníková",
    ]


@pytest.mark.parametrize(("a", "b"), [
    ("Jana Nováková", "Mgr. Jana Nováková"),  # same person with and without a title: next to each other
    ("Adam Novák", "Bc. Zdeněk Novák"),  # same surname: the first name decides
])
def test_same_surname_sorts_by_first_name(a, b):
    assert person_sort_key(a) < person_sort_key(b)


def test_odd_names_still_sort():
    assert person_sort_key("") <= person_sort_key("Mgr.")
    assert person_sort_key("Dr") > person_sort_key("Cyril")  # a surname "Dr" without a dot is a name
    assert person_sort_key("Chalupa") > person_sort_key("Hrubý")  # ch after h
