"""Texts that tr() looks up at run time but pyside6-lupdate cannot collect where they are written.

lupdate does not read inside f-strings, and files window.tr()/parent.tr() under the variable's
name, while Qt looks the text up under the object's class (MainWindow). Declaring the texts
here puts them in the .ts under the right context. Generated; better still, take tr() out of
f-strings and use self.tr() or QCoreApplication.translate("MainWindow", ...) in the code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS = (
    QT_TRANSLATE_NOOP("CardPages", "Benefit prerequisites"),  # views/card_html.py:44
    QT_TRANSLATE_NOOP("CardPages", "Benefits"),  # views/card_html.py:30
    QT_TRANSLATE_NOOP("CardPages", "Changes in operating cost"),  # views/card_html.py:24
    QT_TRANSLATE_NOOP("CardPages", "Milestones in this report"),  # views/card_html.py:74
    QT_TRANSLATE_NOOP("CardPages", "Status report"),  # views/card_html.py:53
    QT_TRANSLATE_NOOP("CardPages", "reported"),  # views/card_html.py:54
    QT_TRANSLATE_NOOP("DetailPages", "Budget"),  # detail_html.py:277
    QT_TRANSLATE_NOOP("DetailPages", "Decision history"),  # detail_html.py:319
    QT_TRANSLATE_NOOP("DetailPages", "Dependencies"),  # detail_html.py:233
    QT_TRANSLATE_NOOP("DetailPages", "Funding"),  # detail_html.py:314
    QT_TRANSLATE_NOOP("DetailPages", "Latest status report"),  # detail_html.py:142
    QT_TRANSLATE_NOOP("DetailPages", "Milestones and deliverables"),  # detail_html.py:179
    QT_TRANSLATE_NOOP("DetailPages", "Projects that need this one"),  # detail_html.py:272
    QT_TRANSLATE_NOOP("DetailPages", "Risks"),  # detail_html.py:212
    QT_TRANSLATE_NOOP("DetailPages", "Sub-projects"),  # detail_html.py:168
    QT_TRANSLATE_NOOP("DetailPages", "This project needs"),  # detail_html.py:248
    QT_TRANSLATE_NOOP("DetailPages", "Total"),  # detail_html.py:293
    QT_TRANSLATE_NOOP("DetailPages", "not reported"),  # detail_html.py:59
    QT_TRANSLATE_NOOP("DetailPages", "reported"),  # detail_html.py:110
    QT_TRANSLATE_NOOP("DetailPages", "was"),  # detail_html.py:184
    QT_TRANSLATE_NOOP("DocumentView", "changed"),  # reader/document_view.py:283
    QT_TRANSLATE_NOOP("MainWindow", "%1 new, %2 updated, %3 unchanged note(s)"),  # reader/menu.py:138
    QT_TRANSLATE_NOOP("MainWindow", "%1 was not imported; nothing was changed.\n\n%2"),  # import_dialog.py:27
    QT_TRANSLATE_NOOP("MainWindow", "&Action points…"),  # meeting/menu.py:62
    QT_TRANSLATE_NOOP("MainWindow", "&Budget lines…"),  # editing/menu.py:36
    QT_TRANSLATE_NOOP("MainWindow", "&Cases of the year…"),  # meeting/menu.py:53
    QT_TRANSLATE_NOOP("MainWindow", "&Decision register…"),  # meeting/menu.py:55
    QT_TRANSLATE_NOOP("MainWindow", "&Dependencies…"),  # editing/menu.py:35
    QT_TRANSLATE_NOOP("MainWindow", "&Export meeting bundle…"),  # reader/menu.py:168
    QT_TRANSLATE_NOOP("MainWindow", "&Import meeting bundle…"),  # reader/menu.py:167
    QT_TRANSLATE_NOOP("MainWindow", "&Meetings"),  # meeting/menu.py:29
    QT_TRANSLATE_NOOP("MainWindow", "&Milestones…"),  # editing/menu.py:33
    QT_TRANSLATE_NOOP("MainWindow", "&New meeting…"),  # meeting/menu.py:52
    QT_TRANSLATE_NOOP("MainWindow", "&New status report…"),  # editing/menu.py:31
    QT_TRANSLATE_NOOP("MainWindow", "&Read the meeting's documents"),  # reader/menu.py:166
    QT_TRANSLATE_NOOP("MainWindow", "&Reading"),  # reader/menu.py:164
    QT_TRANSLATE_NOOP("MainWindow", "&Redo"),  # editing/menu.py:23
    QT_TRANSLATE_NOOP("MainWindow", "&Undo"),  # editing/menu.py:21
    QT_TRANSLATE_NOOP("MainWindow", "Cancel"),  # worker.py:60
    QT_TRANSLATE_NOOP("MainWindow", "Choose a meeting in the navigator first."),  # reader/menu.py:47
    QT_TRANSLATE_NOOP("MainWindow", "Edit &status report…"),  # editing/menu.py:32
    QT_TRANSLATE_NOOP("MainWindow", "Edit project &card…"),  # editing/menu.py:30
    QT_TRANSLATE_NOOP("MainWindow", "Export meeting bundle"),  # reader/menu.py:83
    QT_TRANSLATE_NOOP("MainWindow", "Export my &shared notes…"),  # reader/menu.py:169
    QT_TRANSLATE_NOOP("MainWindow", "Export my shared notes"),  # reader/menu.py:107
    QT_TRANSLATE_NOOP("MainWindow", "Import failed"),  # import_dialog.py:26
    QT_TRANSLATE_NOOP("MainWindow", "Import finished"),  # import_dialog.py:33
    QT_TRANSLATE_NOOP("MainWindow", "Import meeting bundle"),  # reader/menu.py:61
    QT_TRANSLATE_NOOP("MainWindow", "Import shared &notes…"),  # reader/menu.py:170
    QT_TRANSLATE_NOOP("MainWindow", "Import shared notes"),  # reader/menu.py:128
    QT_TRANSLATE_NOOP("MainWindow", "Importing %1…"),  # import_dialog.py:21
    QT_TRANSLATE_NOOP("MainWindow", "Meeting bundles (*.bdpack)"),  # reader/menu.py:63
    QT_TRANSLATE_NOOP("MainWindow", "Open a project first: editing works on the project shown."),  # editing/menu.py:60
    QT_TRANSLATE_NOOP("MainWindow", "Password to protect the bundle (empty for none):"),  # reader/menu.py:91
    QT_TRANSLATE_NOOP("MainWindow", "R&isks and measures…"),  # editing/menu.py:34
    QT_TRANSLATE_NOOP("MainWindow", "Read"),  # reader/menu.py:147
    QT_TRANSLATE_NOOP("MainWindow", "Shared notes (*.bdnotes)"),  # reader/menu.py:112
    QT_TRANSLATE_NOOP("MainWindow", "The bundle is protected. Password:"),  # reader/menu.py:67
    QT_TRANSLATE_NOOP("MainWindow", "The project has no status report yet: start one first."),  # editing/menu.py:63
    QT_TRANSLATE_NOOP("MainWindow", "Wrote %1 (revision %2)"),  # reader/menu.py:99
    QT_TRANSLATE_NOOP("MainWindow", "Wrote %1 shared note(s); private notes stay here"),  # reader/menu.py:121
    QT_TRANSLATE_NOOP("MilestoneCharts", "Planned"),  # views/milestone_charts.py:172
    QT_TRANSLATE_NOOP("MinutesPage", "(none)"),  # meeting/minutes_html.py:53
    QT_TRANSLATE_NOOP("MinutesPage", "Action points"),  # meeting/minutes_html.py:80
    QT_TRANSLATE_NOOP("MinutesPage", "Adjustment"),  # meeting/minutes_html.py:86
    QT_TRANSLATE_NOOP("MinutesPage", "Amendments after approval"),  # meeting/minutes_html.py:93
    QT_TRANSLATE_NOOP("MinutesPage", "Chair"),  # meeting/minutes_html.py:53
    QT_TRANSLATE_NOOP("MinutesPage", "Changes to the published agenda"),  # meeting/minutes_html.py:101
    QT_TRANSLATE_NOOP("MinutesPage", "Decision"),  # meeting/minutes_html.py:69
    QT_TRANSLATE_NOOP("MinutesPage", "Disqualified"),  # meeting/minutes_html.py:75
    QT_TRANSLATE_NOOP("MinutesPage", "Dissent"),  # meeting/minutes_html.py:72
    QT_TRANSLATE_NOOP("MinutesPage", "Minutes of meeting %1"),  # meeting/minutes_html.py:48
    QT_TRANSLATE_NOOP("MinutesPage", "Minutes status"),  # meeting/minutes_html.py:54
    QT_TRANSLATE_NOOP("NavigatorModel", "Status"),  # navigator_model.py:120
    QT_TRANSLATE_NOOP("ProjectView", "Risk"),  # views/project_view.py:106
    QT_TRANSLATE_NOOP("ProjectView", "Status"),  # views/project_view.py:105
    QT_TRANSLATE_NOOP("RiskEditor", "(closed)"),  # editing/dialogs.py:383
)
