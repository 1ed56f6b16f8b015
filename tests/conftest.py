"""Fixtures shared by every test: a fresh profile, its workspace, a safe keyring."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_assist.services.workspace import Workspace
from agent_assist.storage.profile import Profile

REPO_ROOT = Path(__file__).resolve().parent.parent

pytest_plugins = ["tests.fixtures.servers", "tests.fixtures.synapse"]

# Headless Qt for every test, and never the keyring chain that prompts on stdin.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.fixtures.memory_keyring.MemoryKeyring"


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    prof = Profile.create_or_open(tmp_path / "profile")
    yield prof
    prof.close()


@pytest.fixture
def workspace(profile: Profile) -> Workspace:
    return Workspace(profile)
