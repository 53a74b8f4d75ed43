"""Boards, their members and roles, and finding a board or project by what a person types."""
