"""Use cases over the store. The GUI, the CLI and the printed reports call these; none of them
writes SQL itself (a meeting is found by `meetings.resolve_meeting`, read by `meetings.meeting_record`)."""
