"""The Qt user interface: the only package that imports PySide6."""

from agent_assist.ui.qt_compat import guard_bool_refcounts

# Before any signal is emitted from Python (see qt_compat: PySide6 6.12.0 on Python 3.11).
guard_bool_refcounts()
