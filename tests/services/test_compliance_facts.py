"""The compliance checks on stored data: the register and profile mapped to the rules,
findings as of a date, and the ``perut compliance`` command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from perut_desktop.services import regulations, villages
from perut_desktop.services.compliance.facts import findings, findings_for_village
from tests.services.helpers import at
from tests.test_cli import one_line_error, perut


def test_a_late_handover_is_found_and_cites_its_source(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        tundi = villages.find_village(s, "Tundi").id
        regulations.add_regulation(s, tundi, kind="perdes", number="2/2026", year=2026, topic="lainnya",
                                   title="Pengelolaan Pasar Desa", bpd_agreed_on=dt.date(2026, 3, 2),
                                   handed_to_kades_on=dt.date(2026, 3, 10))
        late = findings_for_village(s, tundi, dt.date(2026, 11, 20))
        before = findings_for_village(s, tundi, dt.date(2026, 3, 5))
    codes = {f.rule_code for f in late}
    assert "PERDES_SERAH_KADES" in codes
    finding = next(f for f in late if f.rule_code == "PERDES_SERAH_KADES")
    assert "8 hari" in finding.message and "PP 43/2014" in finding.source
    assert "PERDES_SERAH_KADES" not in {f.rule_code for f in before}, "a report dated before the step ignores it"


def test_demo_has_villages_with_findings_and_clean_ones(demo_replica) -> None:  # type: ignore[no-untyped-def]
    with demo_replica.begin() as s:
        result = findings(s, dt.date(2026, 11, 20))
    with_findings = [v for v in result if v.findings]
    assert 0 < len(with_findings) < len(result)


def test_compliance_command(demo_dir: Path) -> None:
    out = json.loads(perut("compliance", "--on", "2026-11-20", "--json", data_dir=demo_dir, check=True).stdout)
    assert out["on"] == "2026-11-20" and len(out["villages"]) == 23
    text = perut("compliance", "--village", "Awayan", "--on", "2026-11-20", data_dir=demo_dir, check=True).stdout
    assert text.startswith("Catatan kepatuhan regulasi per 20-11-2026")
    unknown = perut("compliance", "--village", "Atlantis", data_dir=demo_dir)
    assert unknown.returncode == 3 and "Atlantis" in one_line_error(unknown)
    assert perut("compliance", "--on", "2026-02-30", data_dir=demo_dir).returncode == 2


def test_sotk_is_counted_from_the_officials_when_the_profile_has_none(master) -> None:  # type: ignore[no-untyped-def]
    on = dt.date(2026, 11, 20)
    with at(master) as s:
        tundi = villages.find_village(s, "Tundi").id
        villages.update_profile(s, tundi, classification="swadaya")
        assert not {f.rule_code for f in findings_for_village(s, tundi, on)} & {"SOTK_BATAS", "SOTK_KLASIFIKASI"}, \
            "no officials and no counts: nothing to say"
        for name, position in (("Rina", "Kaur Keuangan"), ("Siti", "Kaur Perencanaan"),
                               ("Fitri", "Kaur Tata Usaha dan Umum"), ("Budi", "Kasi Pemerintahan"),
                               ("Amat", "Kasi Pelayanan"), ("Ijai", "Plt. Kasi Pelayanan"),
                               ("Hendra", "Kepala Desa")):
            villages.add_official(s, tundi, name=name, position=position)
        by_code = {f.rule_code: f for f in findings_for_village(s, tundi, on)}
    # three urusan in a swadaya village; the two people on Kasi Pelayanan are one seksi
    assert "SOTK_KLASIFIKASI" in by_code and "SOTK_BATAS" not in by_code
    message = by_code["SOTK_KLASIFIKASI"].message
    assert "daftar aparatur" in message and "3 urusan" in message and "seksi" not in message.split(";")[0]

    with at(master) as s:
        villages.update_profile(s, tundi, sotk_urusan=2, sotk_seksi=2)
        entered = {f.rule_code for f in findings_for_village(s, tundi, on)}
    assert "SOTK_KLASIFIKASI" not in entered, "counts entered in the profile take precedence"
