"""What a printed invitation, pack or minutes needs to know about one meeting: the minutes record
of services.meetings, the same one the screen renders."""

from __future__ import annotations

from boarddesk.services.meetings.reading import MeetingRecord as MeetingPrint
from boarddesk.services.meetings.reading import meeting_record as load_meeting_print

__all__ = ["MeetingPrint", "load_meeting_print"]
