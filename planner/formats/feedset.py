"""Writing a set of feed files as a whole, owning only the files it wrote. No Qt.

A publish run never writes into the served folders directly. It

1. finishes (rolls forward) a run that was killed after its commit point, and deletes
   the staging folders of runs killed before it (their temp files);
2. stages every new file in ``<root>/.planner-publish/stage-<run>/`` (fsync'ed);
3. writes the journal ``journal.json`` atomically — the commit point: from here on the
   new set wins, even after a kill -9;
4. moves the staged files into place (os.replace, one rename each, same file system),
   deletes the files of the previous manifest that the new set no longer has, writes the
   new ``manifest.json`` and removes the journal and the stage.

A reader therefore always finds whole files, and the folder holds the old set, or the new
one (after the next run finishes a killed one, if the kill hit the few renames of step 4).
Files the manifest does not list — a colleague's .ics, a README — are never touched.

File names: Windows-reserved device names (con, nul, aux, prn, com1…, lpt1…) are never
generated, and a name once given to an owner (a series, a person) stays with that owner:
a new series named like a staff member cannot take over that person's feed.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from planner.formats.files import make_shared

log = logging.getLogger(__name__)

STATE_DIR = ".planner-publish"
MANIFEST = "manifest.json"
JOURNAL = "journal.json"

# Device names Windows reserves in every folder, with any extension (con.ics is "CON").
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$", "clock$"}
    | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
    | {f"com{c}" for c in "¹²³"} | {f"lpt{c}" for c in "¹²³"}
)


def is_reserved(stem: str) -> bool:
    """Return whether a file name stem is a Windows device name (also before a dot: 'nul.tar')."""
    return stem.split(".", 1)[0].strip().lower() in WINDOWS_RESERVED


@dataclass(frozen=True)
class Planned:
    """One file of the set: its path relative to the root, its owner ("series:3") and content."""

    relative: str
    owner: str
    data: bytes


def _fsync_write(path: Path, data: bytes) -> None:
    with path.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    make_shared(path)  # an ordinary file's mode (0644 under the usual umask): web servers and colleagues read feeds


def _atomic_json(path: Path, value: object) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    _fsync_write(tmp, json.dumps(value, ensure_ascii=False, indent=1).encode())
    os.replace(tmp, path)


def read_manifest(root: Path) -> dict[str, str]:
    """Return relative path -> owner of the files the last finished run wrote (empty if none)."""
    path = root / STATE_DIR / MANIFEST
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    files = data.get("files", {}) if isinstance(data, dict) else {}
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def _inside(root: Path, relative: str) -> Path | None:
    """Return root/relative when it stays inside root (a manifest is data, not trusted paths)."""
    target = (root / relative).resolve()
    return target if target.is_relative_to(root.resolve()) and target != root.resolve() else None


def _strings(value: object) -> dict[str, str]:
    """Return a journal's path -> owner mapping (empty when the JSON holds something else)."""
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _apply(root: Path, stage_name: str, files: dict[str, str], old: dict[str, str]) -> list[Path]:
    """Finish a committed run: move staged files into place, delete what it dropped, switch the manifest."""
    state = root / STATE_DIR
    stage = state / stage_name
    for relative in files:
        src, dst = stage / relative, _inside(root, relative)
        if dst is None:
            continue
        if src.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            os.replace(src, dst)
    removed: list[Path] = []
    for relative in old:
        if relative in files:
            continue
        target = _inside(root, relative)
        if target is None:
            continue
        try:
            target.unlink()
            removed.append(target)
        except FileNotFoundError:
            pass
        except OSError:
            log.info("cannot remove the old feed %s", target, exc_info=True)
    _atomic_json(state / MANIFEST, {"files": files})
    (state / JOURNAL).unlink(missing_ok=True)
    shutil.rmtree(stage, ignore_errors=True)
    return removed


def recover(root: Path) -> list[Path]:
    """Finish a run killed after its commit point; delete temp files of runs killed before it."""
    state = root / STATE_DIR
    removed: list[Path] = []
    journal_path = state / JOURNAL
    if journal_path.exists():
        try:
            journal = json.loads(journal_path.read_text("utf-8"))
        except (OSError, ValueError):
            journal = None  # written atomically, so this is not ours to finish
        if isinstance(journal, dict) and "stage" in journal and "files" in journal:
            log.info("finishing the publish run %s that was interrupted", journal["stage"])
            removed = _apply(root, str(journal["stage"]), _strings(journal["files"]), _strings(journal.get("old")))
        else:
            journal_path.unlink(missing_ok=True)
    if state.is_dir():
        for leftover in state.iterdir():
            if leftover.name.startswith("stage-") or leftover.name.endswith(".tmp"):
                shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
    return removed


def write_set(root: Path, planned: Sequence[Planned]) -> tuple[list[Path], list[Path]]:
    """Write the files as one set (see the module text); return (written, removed)."""
    removed = recover(root)
    state = root / STATE_DIR
    state.mkdir(exist_ok=True)
    old = read_manifest(root)
    stage_name = f"stage-{uuid.uuid4().hex}"
    stage = state / stage_name
    for p in planned:
        target = stage / p.relative
        target.parent.mkdir(parents=True, exist_ok=True)
        _fsync_write(target, p.data)
    files = {p.relative: p.owner for p in planned}
    _atomic_json(state / JOURNAL, {"stage": stage_name, "files": files, "old": old})  # the commit point
    removed += _apply(root, stage_name, files, old)
    return [root / p.relative for p in planned], removed


def assign_names(wanted: Sequence[tuple[str, str]], previous: dict[str, str], reserved: set[str]) -> dict[str, str]:
    """Give each owner a file stem: its stem from the last run if still free, else a fresh unique one.

    ``wanted`` holds (owner, preferred stem); ``previous`` stem -> owner of the last run;
    ``reserved`` stems nobody may take. Reserved Windows names get a "-kalendar" suffix.
    """
    taken = set(reserved)
    out: dict[str, str] = {}
    by_owner = {owner: stem for stem, owner in previous.items()}
    for owner, _stem in wanted:  # names keep their owners across runs
        stem = by_owner.get(owner)
        if stem and stem not in taken and not is_reserved(stem):
            out[owner] = stem
            taken.add(stem)
    claimed_before = set(previous)  # a name used by anyone last run is not handed to someone new
    for owner, stem in wanted:
        if owner in out:
            continue
        base = f"{stem}-kalendar" if is_reserved(stem) else stem
        name, n = base, 2
        while name in taken or (name in claimed_before and previous.get(name) != owner):
            name, n = f"{base}-{n}", n + 1
        out[owner] = name
        taken.add(name)
    return out


__all__ = ["Planned", "WINDOWS_RESERVED", "assign_names", "is_reserved", "read_manifest", "recover", "write_set"]
