"""The block-based mbox splitter cuts exactly where a line-by-line reading of the rules does.

The reference below is the plain statement of the rules, one line at a time (it was the
splitter before blocks made big imports faster). Random mboxes made of the tricky lines
(unescaped "From " in bodies, CRLF, blank and non-blank lines before a separator, no
newline at the end) are split by both, with blocks small enough to cut through every
separator and line end.
"""

from __future__ import annotations

import io
import random
from collections.abc import Iterator

import pytest

from agent_assist.channels.email.files import _FROM_LINE_TIME, _mbox_bodies

LINES = [
    b"From sender@example.org Tue Apr  7 10:00:00 2026\n",
    b"From sender@example.org Tue Apr  7 10:00:00 2026\r\n",
    b"From now on, we ship on Mondays.\n",
    b"From \n",
    b"From x\r\n",
    b">From the escaped line\n",
    b"Subject: hello\n",
    b"Subject: hello\r\n",
    b"body text\n",
    b"\n",
    b"\r\n",
    b"\r\r\n",
    b"x" * 40 + b"\n",
]


def reference(data: bytes) -> list[bytes]:
    """The rules, line by line: a "From " line after a blank line, or with a time, splits."""
    bodies: list[bytes] = []
    lines: list[bytes] = []
    previous_blank = True
    started = False
    for line in io.BytesIO(data):
        if line.startswith(b"From ") and (previous_blank or _FROM_LINE_TIME.match(line)):
            if started:
                bodies.append(b"".join(lines))
            lines = []
            started = True
            previous_blank = False
            continue
        lines.append(line)
        previous_blank = line in (b"\n", b"\r\n")
    if started:
        bodies.append(b"".join(lines))
    return bodies


def random_mboxes(seed: int, count: int) -> Iterator[bytes]:
    rng = random.Random(seed)
    for _ in range(count):
        lines = [rng.choice(LINES) for _ in range(rng.randint(0, 40))]
        data = b"".join(lines)
        if rng.random() < 0.3 and data.endswith(b"\n"):
            data = data[:-1]  # no newline at the very end
        if rng.random() < 0.2:
            data = b"\n" + data  # a blank first line
        yield data


@pytest.mark.parametrize("block", [1, 2, 3, 5, 7, 64, 1 << 20])
def test_block_splitter_matches_the_line_rules(block: int) -> None:
    for data in random_mboxes(seed=block, count=400):
        assert list(_mbox_bodies(io.BytesIO(data), block)) == reference(data), data


def test_a_big_mbox_is_split_like_the_rules_say() -> None:
    rng = random.Random(7)
    data = b"".join(rng.choice(LINES) for _ in range(50_000))
    assert list(_mbox_bodies(io.BytesIO(data), 4096)) == reference(data)
