"""An approved report prints as it was signed: a reprint after the village's register and
profile, the letterhead, the pendamping and the Camat changed is the same text (pypdf),
while a report not yet approved follows the changes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from perut_desktop.db import Replica
from perut_desktop.reports import documents
from perut_desktop.services import people, regulations, setup, villages, visits
from tests.reports.test_documents import FINDINGS_VILLAGE, add_photo_visit
from tests.reports.test_pdf import page_texts


def _change_everything_around(replica: Replica, visit_id: str) -> None:
    """Edit what a report shows that is not the visit's own: the register and the profile
    (so the findings and the SOTK change), the letterhead, the Camat, the pendamping."""
    with replica.begin() as s:
        summary = visits.visit_summary(s, visit_id)
        village_id = summary.village_id
        regulations.add_regulation(s, village_id, title="Perubahan APBDes 2026", topic="perubahan_apbdes", year=2026,
                                   bpd_agreed_on=dt.date(2026, 9, 1))
        villages.update_profile(s, village_id, classification="swasembada", sotk_urusan=1, sotk_seksi=1,
                                kades_inaugurated_on=dt.date(2019, 1, 10), kades_term_number=3)
        setup.update_subdistrict(s, address="Jl. Baru No. 1", camat_name="Camat Pengganti, S.STP.",
                                 camat_nip="198001012005011001")
        officer = next(o for o in people.list_officers(s) if o.id == summary.officer_id)
        from perut_desktop.models import Officer, Village

        s.get(Officer, officer.id).name = "Pendamping Berganti Nama"
        s.get(Village, village_id).name = "Pematang Baru"


def _print(replica: Replica, visit_id: str, out: Path) -> list[str]:
    documents.visit_pdf(replica, visit_id, out)
    return page_texts(out)


def test_a_reprint_of_an_approved_report_equals_the_first_print(demo_replica: Replica, tmp_path: Path) -> None:
    visit_id = add_photo_visit(demo_replica, FINDINGS_VILLAGE)
    first = _print(demo_replica, visit_id, tmp_path / "pertama.pdf")
    _change_everything_around(demo_replica, visit_id)
    again = _print(demo_replica, visit_id, tmp_path / "ulang.pdf")
    assert again == first
    assert "Pendamping Berganti Nama" not in " ".join(again) and "Jl. Baru No. 1" not in " ".join(again)


def test_a_report_not_yet_approved_shows_the_changes(demo_replica: Replica, tmp_path: Path) -> None:
    visit_id = add_photo_visit(demo_replica, FINDINGS_VILLAGE, approve=False)
    first = _print(demo_replica, visit_id, tmp_path / "pertama.pdf")
    _change_everything_around(demo_replica, visit_id)
    again = " ".join(_print(demo_replica, visit_id, tmp_path / "ulang.pdf"))
    assert again != " ".join(first)
    for changed in ("Pendamping Berganti Nama", "Jl. Baru No. 1", "Pematang Baru", "SOTK"):
        assert changed in again, changed
