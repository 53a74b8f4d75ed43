"""Use cases over the store. The GUI and the CLI call these; neither writes SQL itself."""
