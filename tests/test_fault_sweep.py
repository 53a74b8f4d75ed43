"""Killed at any write, the record holds: a small sweep of bench/fault_sweep.py (which runs the
bigger one and prints its counts for the release notes)."""

from __future__ import annotations

import pytest

from bench import fault_sweep


@pytest.mark.slow
@pytest.mark.skipif(fault_sweep.STRACE is None, reason="strace is not installed (apt-get install strace)")
def test_kills_at_write_points_never_lose_or_damage_the_record(tmp_path):
    tallies = {name: fault_sweep.sweep(name, 4, tmp_path) for name in fault_sweep.OPERATIONS}
    total = fault_sweep.Tally()
    for name, tally in tallies.items():
        print(fault_sweep.line(name, tally))
        total.add(tally)
    print(fault_sweep.line("all", total))
    assert total.failures == []
    assert total.lost == 0
    assert total.held == total.trials == 4 * len(fault_sweep.OPERATIONS)
    assert total.killed == total.trials  # every trial really was cut off midway
