"""`boarddesk shot VIEW --out FILE.png`: every kind of view renders to a PNG of the asked size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage

from boarddesk.cli import main


@pytest.mark.parametrize(
    "view",
    [
        "portfolio:nasjonal",
        "project:Digital dialog",
        "rag:hn-p-dis-digital-dialog",
        "timeline:journaldokumenter",
        "risks:hn-p-dis",
        "meeting:pds:7/2021",
        "reader:pds:7/2021:45/21",
    ],
)
def test_shot_writes_a_png_of_the_requested_size(qapp, demo_path, tmp_path, view, capsys):
    out = tmp_path / "shot.png"
    assert main(["shot", view, "--out", str(out), "--lang", "en", "--size", "1000x700", "--db", str(demo_path)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    assert "Saved" in capsys.readouterr().out


def test_shot_defaults_to_1366x768_in_norwegian(qapp, demo_path, tmp_path):
    out = tmp_path / "shot.png"
    assert main(["shot", "portfolio:pds", "--out", str(out), "--db", str(demo_path)]) == 0
    assert QImage(str(out)).size().toTuple() == (1366, 768)


def test_shot_names_what_it_cannot_find(qapp, demo_path, tmp_path, capsys):
    out = tmp_path / "shot.png"
    assert main(["shot", "project:no such project", "--out", str(out), "--db", str(demo_path)]) == 2
    assert "no project matches" in capsys.readouterr().err
    assert main(["shot", "meeting:pds:9/2030", "--out", str(out), "--db", str(demo_path)]) == 2
    assert "7/2021" in capsys.readouterr().err
    assert main(["shot", "reader:pds:7/2021:99/21", "--out", str(out), "--db", str(demo_path)]) == 2
    assert "Cases with papers: 43/21, 45/21, 46/21" in capsys.readouterr().err
    assert not out.exists()


def test_the_reader_shot_shows_the_case_paper(qapp, demo_store):
    from boarddesk.commands.views import resolve_view
    from boarddesk.gui.shell.shot import render_window

    kind, ident, tab = resolve_view(demo_store, "reader:pds:7/2021:45/21")
    assert (kind, ident, tab) == ("document", "pds-att-45-21", None)
    image = render_window(demo_store, kind, ident, tab, "en", (1366, 768))
    assert image.size().toTuple() == (1366, 768)
    # The page is drawn: the reader's canvas has more than blank paper in it.
    colours = {image.pixel(x, y) for x in range(600, 1000, 7) for y in range(150, 650, 7)}
    assert len(colours) > 3
