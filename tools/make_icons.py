"""Generate the application icon files from planner/resources/icons/planner.svg.

  uv run python tools/make_icons.py          rewrite planner.png (256 px) and planner.ico (16-256 px)
  uv run python tools/make_icons.py --check  exit 1 when the committed files differ from the SVG

Qt draws the SVG (no other dependency); the .ico holds one PNG per size, the form Windows Vista and
later read, so Explorer, the taskbar and the installer all find a sharp size.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "planner" / "resources" / "icons"
SVG = ICONS / "planner.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def _png(size: int) -> bytes:
    """Return the SVG drawn at ``size`` x ``size`` pixels as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """Return an .ico container holding the PNG images keyed by their size."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + entries + payload


def generate() -> dict[Path, bytes]:
    """Return the generated files and their contents."""
    from PySide6.QtGui import QGuiApplication

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - QSvgRenderer needs one
    pngs = {size: _png(size) for size in ICO_SIZES}
    return {ICONS / "planner.png": pngs[256], ICONS / "planner.ico": ico_bytes(pngs)}


def main(argv: list[str]) -> int:
    files = generate()
    if "--check" in argv:
        stale = [p.name for p, data in files.items() if not p.exists() or p.read_bytes() != data]
        if stale:
            print("out of date (run tools/make_icons.py):", ", ".join(stale))
            return 1
        return 0
    for path, data in files.items():
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
