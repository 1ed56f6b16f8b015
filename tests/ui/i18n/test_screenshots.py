"""`agent-assist screenshot --lang` in a fresh process per language: French and English read
left to right, Arabic is mirrored (the navigation and the list's accent bars move right)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from agent_assist.ui import app_style

SIZE = (1400, 860)


def run(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home),
               AGENT_ASSIST_CONFIG_DIR=str(home / "config"))
    return subprocess.run([sys.executable, "-m", "agent_assist", *args], capture_output=True,
                          text=True, env=env, timeout=120, check=False)


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> dict[str, QImage]:
    root = tmp_path_factory.mktemp("shots")
    profile = root / "demo"
    made = run("demo", "--profile", str(profile), home=root)
    assert made.returncode == 0, made.stderr
    images = {}
    for lang in ("en", "fr", "ar"):
        out = root / f"main-{lang}.png"
        done = run("screenshot", "--profile", str(profile), "--lang", lang, str(out), home=root)
        assert done.returncode == 0, done.stderr
        assert "Traceback" not in done.stderr
        images[lang] = QImage(str(out))
        assert (images[lang].width(), images[lang].height()) == SIZE
    return images


def accent_columns(image: QImage) -> list[int]:
    """x of every pixel in the accent colour: the Needs-reply count and the rows' bars."""
    accent = QColor(app_style.ACCENT).rgb()
    return [x for y in range(60, image.height(), 3) for x in range(0, image.width(), 1)
            if image.pixel(x, y) == accent]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_left_to_right_languages_keep_the_navigation_on_the_left(
    shots: dict[str, QImage], lang: str
) -> None:
    xs = accent_columns(shots[lang])
    assert len(xs) > 50
    assert max(xs) < SIZE[0] // 2


def test_the_arabic_screenshot_is_mirrored(shots: dict[str, QImage]) -> None:
    xs = accent_columns(shots["ar"])
    assert len(xs) > 50
    assert min(xs) > SIZE[0] // 2
    # Mirrored, not shifted: the accent sits as far from the right edge as from the left in
    # English (within the width of a count pill, whose digits may differ).
    english = accent_columns(shots["en"])
    assert abs((SIZE[0] - 1 - max(xs)) - min(english)) <= 20


def test_each_language_renders_its_own_words(shots: dict[str, QImage]) -> None:
    def menu_bar(image: QImage) -> QImage:
        return image.copy(0, 0, SIZE[0], 22)

    assert menu_bar(shots["fr"]) != menu_bar(shots["en"])
    assert menu_bar(shots["ar"]) != menu_bar(shots["en"])
