"""`planner render`: every calendar view drawn offscreen into a PNG."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from planner.cli import main
from planner.db import Database


@pytest.mark.parametrize("view", ["month", "week", "day", "agenda", "timeline"])
def test_render_writes_a_png_of_the_view(demo_db: Database, tmp_path: Path, view: str, qapp: object) -> None:
    out = tmp_path / f"{view}.png"
    code = main(["--db", demo_db.url, "render", "--view", view, "--date", "2026-12-09", "-o", str(out),
                 "--size", "800x500", "--lang", "en"])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 500)
    colours = {image.pixel(x, y) for x in range(0, 800, 16) for y in range(0, 500, 16)}
    assert len(colours) > 5  # something was drawn, not a blank rectangle


def test_market_view_draws_the_stall_map_of_that_day(demo_db: Database, tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "market.png"
    code = main(["--db", demo_db.url, "render", "--view", "market", "--date", "2026-12-09", "-o", str(out),
                 "--size", "1280x800", "--lang", "en"])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixelColor(x, y).name() for x in range(0, 1280, 5) for y in range(0, 800, 5)}
    assert {"#a5d6a7", "#ffab91", "#eceff1"} <= colours  # paid, unpaid and free stalls


def test_market_view_needs_a_market_day(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", demo_db.url, "render", "--view", "market", "--date", "2026-12-24", "-o", str(tmp_path / "m.png"),
                 "--lang", "en"])
    assert code == 1
    assert "24. 12. 2026" in capsys.readouterr().err
    assert not (tmp_path / "m.png").exists()


@pytest.mark.parametrize(("option", "value"), [("--date", "9. 13. 2026"), ("--size", "huge")])
def test_render_refuses_bad_arguments(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      option: str, value: str) -> None:
    args = {"--date": "2026-12-09", "--size": "800x500"}
    args[option] = value
    code = main(["--db", demo_db.url, "render", "--view", "month", "--date", args["--date"], "--size", args["--size"],
                 "-o", str(tmp_path / "x.png")])
    assert code == 2
    assert option in capsys.readouterr().err
    assert not (tmp_path / "x.png").exists()


def test_render_refuses_an_empty_date(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", demo_db.url, "render", "--view", "month", "--date", " ", "-o", str(tmp_path / "x.png")])
    assert code == 2
    assert "--date: zadejte datum" in capsys.readouterr().err
