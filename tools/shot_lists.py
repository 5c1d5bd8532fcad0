"""Render the venue and vendor screens with the demo data to docs/venues.png and docs/vendors.png.

  QT_QPA_PLATFORM=offscreen uv run python tools/shot_lists.py [--lang cs|en] [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 26)  # a fixed day so the pictures do not change with the clock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--lang", default="cs", choices=("cs", "en"))
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="planner-shots-"))
    os.environ["PLANNER_DATA_DIR"] = str(tmp)

    from PySide6.QtGui import QUndoStack

    from planner.app import make_application, set_language
    from planner.db import open_database
    from planner.services import demo, vendors
    from planner.ui.changes import ChangeBus
    from planner.ui.context import AppContext
    from planner.ui.settings_store import SettingsStore
    from planner.ui.vendors.page import VendorsPage
    from planner.ui.venues.page import VenuesPage

    app = make_application(["shot_lists"])
    set_language(app, args.lang)
    db = open_database(f"sqlite:///{tmp / 'demo.sqlite3'}")
    demo.load_demo(db.sm)
    ctx = AppContext(db=db, settings=SettingsStore(str(tmp / "settings.ini")), bus=ChangeBus(),
                     undo=QUndoStack(), lang=args.lang)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    # The demo venues have no contacts: show the columns that say something (column chooser).
    from planner.ui.vendors.model import VendorColumn
    from planner.ui.venues.model import VenueColumn

    venues_page = VenuesPage(ctx)
    for column in (VenueColumn.CONTACT, VenueColumn.PHONE, VenueColumn.EMAIL, VenueColumn.EQUIPMENT):
        venues_page.set_column_visible(column, False)
    venues_page.detail.today = lambda: TODAY  # type: ignore[method-assign]
    venues_page.resize(1280, 800)
    venues_page.show()
    venue = next(r for r in venues_page.model.rows() if r.name.startswith("Obecní dům"))
    venues_page.select_ids([venue.id])
    app.processEvents()
    venues_page.grab().save(str(out / "venues.png"))

    vendors_page = VendorsPage(ctx)
    for vcol in (VendorColumn.ROLES, VendorColumn.PHONE, VendorColumn.EMAIL, VendorColumn.CITY, VendorColumn.POWER, VendorColumn.CONSENT):
        vendors_page.set_column_visible(vcol, False)
    vendors_page.resize(1280, 800)
    vendors_page.show()
    rows = vendors.list_vendors(db.sm)
    vendor = next(r for r in rows if r.name.startswith("Punčovna")) if rows else None
    if vendor is not None:
        vendors_page.select_ids([vendor.id])
    app.processEvents()
    vendors_page.grab().save(str(out / "vendors.png"))
    print(f"wrote {out / 'venues.png'} and {out / 'vendors.png'}")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
