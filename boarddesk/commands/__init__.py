"""Subcommands of `boarddesk`, one module per area. Each module has `register(commands, db)`,
which adds its parsers (with `db` as a parent, for --db) and sets `handler=` on each."""
