"""What the tests of the exchange page share: calling a service through a window's
workspace client (as the visit editor does), the fingerprint of a data folder, and a
master with an officer, a verifier and the Camat."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from perut_desktop.cli.main import main as perut


def through_client(qtbot: Any, shell: Any, fn: Any, *args: Any, change: bool = True, **kwargs: Any) -> Any:
    """``fn(session, *args)`` as one unit of work on the window's task thread; its value."""
    box: list[Any] = []
    failed: list[BaseException] = []
    client = shell.client
    if change:
        client.change(lambda ws: ws.change(fn, *args, **kwargs), label="test", on_done=box.append,
                      on_failed=failed.append, owner=shell.window)
    else:
        client.read(lambda ws: ws.read(fn, *args, **kwargs), label="test", on_done=box.append,
                    on_failed=failed.append, owner=shell.window)
    qtbot.waitUntil(lambda: bool(box or failed), timeout=60_000)
    if failed:
        raise failed[0]
    return box[0]


def set_actor(qtbot: Any, shell: Any, user_id: str) -> None:
    done: list[Any] = []
    shell.client.read(lambda ws: ws.set_actor(user_id), label="test", on_done=done.append, owner=shell.window)
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)


def fingerprint_of(folder: Path, capsys: Any) -> str:
    capsys.readouterr()
    assert perut(["--data-dir", str(folder), "fingerprint"]) == 0
    return capsys.readouterr().out.strip()


def prepare_master(folder: Path) -> dict[str, str]:
    """An officer for Awayan, a verifier and the Camat (who signs) on the master."""
    from perut_desktop.db import open_replica
    from tests.services.helpers import camat_profile, officer_and_user

    replica = open_replica(folder)
    try:
        officer, verifier = officer_and_user(replica)
        camat = camat_profile(replica)
    finally:
        replica.close()
    return {"officer": officer, "verifier": verifier, "camat": camat}


def record_and_submit(session: Any, village: str = "Awayan", day: dt.date | None = None) -> str:
    """On a laptop: a visit recorded completely and submitted, as the editor does it."""
    from perut_desktop.services import people, villages, visits, workflow

    officer = next(o for o in people.list_officers(session) if o.name.startswith("Rahmadi"))
    v = visits.create_visit(session, village_id=villages.find_village(session, village).id, officer_id=officer.id,
                            visit_date=day or dt.date.today() - dt.timedelta(days=1))
    for r in visits.results(session, v.id):
        visits.set_result(session, v.id, r.item_code, status="lengkap")
    visits.add_attendee(session, v.id, name="Hendra Saputra", position="Kepala Desa", group="pemdes", gender="L")
    visits.set_minutes(session, v.id, discussion="Pemeriksaan buku administrasi.", decisions="Melengkapi buku.")
    workflow.submit_visit(session, v.id)
    return v.id


def visit_status(session: Any, visit_id: str) -> Any:
    from perut_desktop.services.visits import status_of

    return status_of(session, visit_id)
