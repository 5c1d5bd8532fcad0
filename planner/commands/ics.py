"""`planner export/import ics` (see the issue for this format)."""

from __future__ import annotations

import argparse

from planner.commands._common import not_implemented


def export(args: argparse.Namespace) -> int:
    return not_implemented("export ics")


def import_(args: argparse.Namespace) -> int:
    return not_implemented("import ics")
