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
