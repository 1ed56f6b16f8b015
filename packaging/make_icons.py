"""Render resources/icons/agent-assist.svg to hicolor PNGs, the Windows .ico and the macOS .icns.

Run from the project venv: ``.venv/bin/python packaging/make_icons.py``. Qt (QtSvg, part of
PySide6-Essentials) draws every size from the vector source, so small sizes are rendered, not
downscaled. Pillow, a packaging-only dependency, packs the .ico and .icns; without it those two
are skipped with a message and the PNGs are still written.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "agent-assist.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "packaging" / "windows" / "agent-assist.ico"
ICNS = ROOT / "packaging" / "macos" / "agent-assist.icns"
NAME = "agent-assist.png"

HICOLOR_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # what Explorer and the taskbar ask for
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)  # 1024 is the 512@2x Retina slot


def render(size: int) -> bytes:
    """The icon drawn at ``size`` x ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SVG} is not a valid SVG file.")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # stubs say bytes; runtime wants str
    buffer.close()
    return bytes(data.data())


def write_pngs(cache: dict[int, bytes]) -> list[Path]:
    written = []
    for size in HICOLOR_SIZES:
        out = HICOLOR / f"{size}x{size}" / "apps" / NAME
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(cache[size])
        written.append(out)
    return written


def write_ico_icns(cache: dict[int, bytes]) -> list[Path]:
    try:
        from PIL import Image
    except ImportError:
        print("make_icons: Pillow is not installed, so the .ico and .icns were not written "
              "(pip install pillow, or use the committed ones).")
        return []
    images = {size: Image.open(io.BytesIO(cache[size])).convert("RGBA") for size in cache}
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICNS.parent.mkdir(parents=True, exist_ok=True)
    # Give Pillow one hand-rendered image per size instead of letting it downscale the biggest.
    largest = images[max(ICO_SIZES)]
    largest.save(ICO, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    biggest = images[max(ICNS_SIZES)]
    biggest.save(ICNS, format="ICNS",
                 append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)])
    return [ICO, ICNS]


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    cache = {size: render(size) for size in sorted({*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES})}
    written = write_pngs(cache) + write_ico_icns(cache)
    del app
    for path in written:
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
