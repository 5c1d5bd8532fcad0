"""Build the frozen application (PyInstaller, one folder) and smoke-test it.

  uv run --group build python tools/build_app.py            build dist/planner/
  uv run --group build python tools/build_app.py --smoke    build, then run the smoke test
  uv run --group build python tools/build_app.py --smoke-only   test an existing dist/planner/

The build compiles the catalog's .mo first (the frozen program never reads the .po nor imports Babel;
Qt's own qtbase_cs.qm comes with PySide6), then runs
PyInstaller on packaging/planner.spec. The smoke test runs the built executables the way a user and
IT would: --version, demo into a temporary database, render --view month, and the window starting
offscreen (it quits after its first paint) without a traceback. It prints sizes and times.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "planner.spec"
LOCALE_DIR = ROOT / "build" / "locale"
DIST = ROOT / "dist"
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""


def compile_catalogs() -> None:
    """Write build/locale/<lang>/LC_MESSAGES/planner.mo from each .po (Babel), for the frozen program."""
    sys.path.insert(0, str(ROOT))
    from planner import i18n as catalog

    for lang in catalog.LANGUAGES:
        po = catalog.po_path(lang)
        if not po.exists():
            continue
        target = LOCALE_DIR / lang / "LC_MESSAGES" / f"{catalog.DOMAIN}.mo"
        target.parent.mkdir(parents=True, exist_ok=True)
        catalog.compile_mo(po, target)


def folder_size(path: Path) -> int:
    """Return the bytes of every file under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build() -> Path:
    """Build dist/planner/ and return it."""
    started = time.monotonic()
    compile_catalogs()
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
           "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"), str(SPEC)]
    subprocess.run(cmd, check=True, cwd=ROOT)
    folder = DIST / "planner"
    print(f"build: {folder} {folder_size(folder) / 1e6:.0f} MB in {time.monotonic() - started:.0f} s")
    return folder


class SmokeFailure(Exception):
    """The built program did not behave."""


def _run(cmd: list[str], env: dict[str, str], expect: str = "") -> tuple[str, float]:
    started = time.monotonic()
    result = subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=180)
    took = time.monotonic() - started
    shown = " ".join(Path(cmd[0]).name if i == 0 else c for i, c in enumerate(cmd))
    out = result.stdout + result.stderr
    if result.returncode != 0 or "Traceback" in out or (expect and not re.search(expect, out)):
        raise SmokeFailure(f"{shown}: exit {result.returncode}\n{out}")
    print(f"smoke: {shown}: ok in {took:.1f} s: {result.stdout.strip().splitlines()[-1:] or ['']}")
    return out, took


def smoke(folder: Path) -> None:
    """Run the built program like a user; raise SmokeFailure on any problem."""
    sys.path.insert(0, str(ROOT))
    from planner import __version__

    gui, cli = folder / f"planner{EXE_SUFFIX}", folder / f"planner-cli{EXE_SUFFIX}"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "PLANNER_DATA_DIR": str(Path(tmp) / "data"), "QT_QPA_PLATFORM": "offscreen"}
        env.pop("PLANNER_DB_URL", None)
        db = str(Path(tmp) / "smoke.sqlite3")
        _run([str(cli), "--version"], env, expect=re.escape(f"planner {__version__}"))
        _run([str(cli), "--db", db, "demo"], env, expect="Načteno")
        png = Path(tmp) / "month.png"
        _run([str(cli), "--db", db, "render", "--view", "month", "--date", "2026-12-09", "-o", str(png)], env)
        if not png.exists() or png.stat().st_size < 10_000:
            raise SmokeFailure(f"render wrote no picture: {png}")
        out, took = _run([str(gui), "--db", db, "--quit-after-paint"], env)
        if out.strip():
            raise SmokeFailure(f"the window start printed to the console:\n{out}")
        log = Path(tmp) / "data" / "logs" / "planner.log"
        text = log.read_text(encoding="utf-8") if log.exists() else ""
        if " ERROR " in text or "Traceback" in text:
            raise SmokeFailure(f"the log of the window start holds errors:\n{text}")
        print(f"smoke: the window started, painted and quit in {took:.1f} s")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="smoke-test the build afterwards")
    parser.add_argument("--smoke-only", action="store_true", help="smoke-test an existing build")
    args = parser.parse_args(argv)
    folder = DIST / "planner" if args.smoke_only else build()
    if args.smoke or args.smoke_only:
        try:
            smoke(folder)
        except SmokeFailure as exc:
            print(f"smoke: FAILED: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
