"""The Matrix channel (matrix-nio): sync, backfill, rooms and bridges, media, idempotent sending.

No SQL and no Qt here: services persist what this package returns, in their transactions.
"""

from agent_assist.channels.matrix.client import (
    MatrixClient,
    MatrixConfig,
    MatrixSession,
    RoomBatch,
    SyncBatch,
    normalize_homeserver,
)
from agent_assist.channels.matrix.errors import (
    MatrixAuthError,
    MatrixConfigError,
    MatrixError,
    MatrixRequestError,
    MatrixUnreachable,
)
from agent_assist.channels.matrix.events import Mapper, provider_key, room_of, thread_key
from agent_assist.channels.matrix.rooms import Bridge, RoomState
from agent_assist.channels.matrix.sender import MatrixSender, parse_txn_id, txn_id

__all__ = [
    "Bridge", "Mapper", "MatrixAuthError", "MatrixClient", "MatrixConfig", "MatrixConfigError",
    "MatrixError", "MatrixRequestError", "MatrixSender", "MatrixSession", "MatrixUnreachable",
    "RoomBatch", "RoomState", "SyncBatch", "normalize_homeserver", "parse_txn_id",
    "provider_key", "room_of", "thread_key", "txn_id",
]
