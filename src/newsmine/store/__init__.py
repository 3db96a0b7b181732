"""The archive: documents stored in SQLite (default) or PostgreSQL, searchable and queryable.

store → model only: the store keeps what the analysis produced and never computes facts itself
(person resolution joins renderings only through glosses' original names and script conversion).
"""

from newsmine.store.db import Store, default_db, open_store

__all__ = ["Store", "default_db", "open_store"]
