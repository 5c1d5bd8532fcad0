"""Loading a developer tool from tools/ (not a package) as a module, for the tests that check it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def load_tool(name: str = "i18n_convert", *, as_name: str | None = None) -> ModuleType:
    """Import tools/<name>.py under ``as_name`` (default: its own name) and return the module."""
    module_name = as_name or name
    spec = importlib.util.spec_from_file_location(module_name, ROOT / "tools" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module
