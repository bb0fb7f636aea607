"""At 1366×768 with 100 %, 125 % and 150 % scaling no label, button, choice or column heading of
a page or dialog is cut short, every control has an accessible name, and no Alt letter of a
button, tab or menu is shared with anything else on screen (the walk includes a draft of
this computer's own, with every control of the editor); the tab order follows the screen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize(("scale", "size", "language"), [("1", (1366, 768), "id"), ("1.25", (1093, 614), "id"),
                                                         ("1.5", (911, 512), "id"), ("1", (1366, 768), "en")])
def test_no_text_is_cut_short_and_every_control_is_named(demo_dir: Path, tmp_path: Path, scale: str,
                                                         size: tuple[int, int], language: str) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, LANG="C.UTF-8")
    proc = subprocess.run([sys.executable, "-m", "tests.ui.layout_walk", str(demo_dir), str(size[0]), str(size[1]),
                           str(tmp_path), language], capture_output=True, text=True, timeout=300, env=env, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    assert found == []


def test_the_tab_order_of_the_visit_list_follows_the_screen(qtbot, make_launcher, master_dir: Path) -> None:
    from tests.ui.conftest import open_loaded

    shell = open_loaded(qtbot, make_launcher(master_dir))
    page = shell.window.visits_page
    order = [page.search]
    widget = page.search
    for _ in range(8):
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() or widget.parent() is None or widget in (page.search.findChildren(object)):
            widget = widget.nextInFocusChain()
        order.append(widget)
    assert order[:9] == [page.search, page.new_button, page.open_button, page.delete_button, page.village_filter,
                         page.officer_filter, page.status_filter, page.period_filter, page.table]
