"""Series colours: a palette of distinct hues, new series get a colour unlike the others'."""

from __future__ import annotations

from planner.services import series as series_service
from planner.services.dto import SeriesDraft
from planner.services.palette import SERIES_PALETTE, distinct_colour, hue_distance, too_close


def test_the_palette_hues_are_pairwise_distinct() -> None:
    for i, a in enumerate(SERIES_PALETTE):
        for b in SERIES_PALETTE[i + 1:]:
            assert not too_close(a, b), (a, b, hue_distance(a, b))


def test_nearly_the_same_red_is_too_close() -> None:
    assert too_close("#c62828", "#b71c1c")  # what the demo's two series had
    assert not too_close("#c62828", "#1565c0")
    assert distinct_colour([]) == SERIES_PALETTE[0]
    assert not too_close(distinct_colour(["#c62828", "#1565c0"]), "#c62828")


def test_demo_series_colours_are_distinct(demo_db) -> None:
    colours = [(r.name, r.colour) for r in series_service.list_series(demo_db.sm)]
    assert len(colours) >= 6
    for i, (na, a) in enumerate(colours):
        for nb, b in colours[i + 1:]:
            assert not too_close(a, b), (na, a, nb, b)


def test_a_new_series_without_a_colour_gets_one_unlike_the_others(sm) -> None:
    made = [series_service.create_series(sm, SeriesDraft(name=f"Řada {i}")) for i in range(5)]
    colours = [r.colour for r in made]
    for i, a in enumerate(colours):
        for b in colours[i + 1:]:
            assert not too_close(a, b), colours
    chosen = series_service.create_series(sm, SeriesDraft(name="Vlastní", colour="#123456"))
    assert chosen.colour == "#123456"
    kept = series_service.update_series(sm, made[0].id, SeriesDraft(name="Řada 0"))
    assert kept.colour == colours[0]  # an update without a colour keeps the one it has
