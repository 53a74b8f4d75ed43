"""One meeting, named three ways (number, date, id), is the same meeting for every command and
for the resolver the app's views use."""

from __future__ import annotations

import pytest

from boarddesk.cli import main
from boarddesk.services.meetings.reading import MeetingNotFound, resolve_meeting

WAYS = ["7/2021", "01.12.2021", "2021-12-01", "pds-m-2021-7"]


def test_the_resolver_finds_one_meeting_by_number_date_and_id(demo_store):
    assert {resolve_meeting(demo_store, "pds", way) for way in WAYS} == {"pds-m-2021-7"}
    assert resolve_meeting(demo_store, "pds", " 7 / 2021 ") == "pds-m-2021-7"
    assert resolve_meeting(demo_store, "pds", "1.12.21") == "pds-m-2021-7"


def test_an_unknown_meeting_is_refused_with_the_boards_meetings(demo_store):
    with pytest.raises(MeetingNotFound, match=r"no meeting '9/2021'.*7/2021 \(01\.12\.2021\)"):
        resolve_meeting(demo_store, "pds", "9/2021")
    with pytest.raises(MeetingNotFound):
        resolve_meeting(demo_store, "hn", "pds-m-2021-7")  # another board's meeting


@pytest.mark.parametrize("way", WAYS)
def test_every_command_takes_the_meeting_any_way(way, demo_path, tmp_path, capsys):
    db = ["--db", str(demo_path)]
    meeting = ["--board", "pds", "--meeting", way]

    assert main(["print", "agenda", *meeting, "--out", str(tmp_path / "agenda.pdf"), *db]) == 0
    assert (tmp_path / "agenda.pdf").read_bytes().startswith(b"%PDF")

    assert main(["export", "bundle", *meeting, "--out", str(tmp_path / "m.bdpack"), *db]) == 0
    assert "7/2021" not in capsys.readouterr().err

    assert main(["export", "notes", *meeting, "--out", str(tmp_path / "m.bdnotes"), *db]) == 0
    assert (tmp_path / "m.bdnotes").exists()
    capsys.readouterr()

    assert main(["cases", *meeting, *db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.split("\t")[1] == "7/2021" for line in lines)
    assert lines[0].startswith("41/21")


def test_the_screenshot_command_opens_a_meeting_named_by_date(demo_store):
    from boarddesk.commands.views import resolve_view

    assert resolve_view(demo_store, "meeting:pds:01.12.2021") == ("meeting", "pds-m-2021-7", None)
