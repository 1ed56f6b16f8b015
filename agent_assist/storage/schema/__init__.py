"""One module per numbered migration, registered in order by ``storage.migrations``.

Add a migration as ``mNNNN_name.py`` defining ``NAME`` and ``def migrate(db)``, then list
it in ``ORDER``. Never edit a migration that has been released.
"""

from __future__ import annotations

ORDER = [
    "m0001_initial",
    "m0002_imap_locations",
    "m0003_never_unanswered",
    "m0004_guidance",
    "m0005_chat",
    "m0007_teams",
    "m0008_inbox_counts",
    "m0009_message_id_lookup",
    "m0010_search",
]
