"""Where BoardDesk keeps its data unless told otherwise (`--db PATH`, or BOARDDESK_DB)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "BoardDesk"


def default_db_path() -> Path:
    override = os.environ.get("BOARDDESK_DB")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "boarddesk.sqlite"
