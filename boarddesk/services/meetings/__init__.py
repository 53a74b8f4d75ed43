"""Meetings: finding one, the agenda and case numbers, the live meeting, minutes, action points and the decision register."""
