"""`planner render --view ... -o FILE.png`."""

from __future__ import annotations

import argparse

from planner.commands._common import not_implemented


def run(args: argparse.Namespace) -> int:
    return not_implemented("render")
