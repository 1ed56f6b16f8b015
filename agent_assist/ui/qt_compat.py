"""Work-arounds for measured bugs in the Qt binding; each one detects its bug before acting.

PySide6 6.12.0's ``SignalInstance.emit()`` returns ``True`` without a new reference. On
Python 3.11 (``True`` is not immortal before 3.12) every ``.emit()`` made from Python drops
one reference to ``True``; after a few hundred emits the interpreter aborts with "Fatal
Python error: bool_dealloc: deallocating True or False" — in a long session, not only at
exit. Until the binding is fixed, give ``True`` and ``False`` a reference count no session
can exhaust, which is what Python 3.12 does for them anyway (immortal objects).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal

# Far more references than any session could drop (one per emit), far below overflow.
_PADDING = 1 << 40


class _Probe(QObject):
    ping = Signal()


def emit_leaks_true() -> bool:
    """True when emitting a signal from Python drops a reference to ``True`` (the bug)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.ping.emit()
    return sys.getrefcount(True) < before


def guard_bool_refcounts() -> bool:
    """Pad the reference counts of True and False when (and only when) the bug is present."""
    if (
        sys.version_info >= (3, 12)  # immortal: a lost reference is harmless
        or sys.implementation.name != "cpython"
        or hasattr(sys, "gettotalrefcount")  # debug build: the object header differs
        or not emit_leaks_true()
    ):
        return False
    for value in (True, False):
        before = sys.getrefcount(value)
        refcount = ctypes.c_ssize_t.from_address(id(value))  # ob_refcnt: PyObject's 1st field
        refcount.value += _PADDING
        if sys.getrefcount(value) - before != _PADDING:  # not the layout we expected: undo
            refcount.value -= _PADDING
            return False
    return True
