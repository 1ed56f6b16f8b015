"""Where the shipped data files (templates, playbooks, demo shop, translations) live."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources/`` folder: env override, frozen bundle, installed copy or checkout."""
    override = os.environ.get("AGENT_ASSIST_RESOURCES")
    candidates = [Path(override)] if override else []
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder build
    if bundle:
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve().parent
    candidates += [here / "resources", here.parent / "resources"]
    for candidate in candidates:
        if (candidate / "demo").is_dir():
            return candidate
    raise FileNotFoundError("The app's resources folder is missing; reinstall Agent Assist.")
