"""The JSON exchange format: one declarative schema drives validation, import and export.

See docs/exchange-format.md for the format as users and other programs see it.
"""

FORMAT_NAME = "boarddesk-exchange"
SCHEMA_VERSION = 2  # 2: minutes and their approval, PDF anchors on annotations; version 1 is still read
