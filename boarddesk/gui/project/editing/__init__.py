"""Editing a project: dialogs over services/editing.py, with undo and autosave."""
