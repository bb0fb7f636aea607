"""The regulation register: add, edit, list, with the order of steps checked; written by
the master or any field device (replicated data)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from perut_desktop.errors import ValidationError
from perut_desktop.services import regulations, villages
from tests.services.helpers import as_device, at, field_device
from tests.test_cli import one_line_error, perut


def test_add_edit_list_and_step_order(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        tundi = villages.find_village(s, "Tundi").id
        r = regulations.add_regulation(s, tundi, kind="perdes", number="1/2026", year=2026, topic="apbdes",
                                       title="APBDes Tundi 2026", budget_year=2026,
                                       bpd_agreed_on=dt.date(2025, 12, 10))
        with pytest.raises(ValidationError, match="diserahkan kepada Kepala Desa .* sebelum disepakati BPD"):
            regulations.edit_regulation(s, r.id, handed_to_kades_on=dt.date(2025, 12, 1))
    with at(master) as s:
        regulations.edit_regulation(s, r.id, handed_to_kades_on=dt.date(2025, 12, 12))
        with pytest.raises(ValidationError, match="Topik"):
            regulations.add_regulation(s, tundi, title="X", topic="pajak")
        with pytest.raises(ValidationError, match="Judul"):
            regulations.add_regulation(s, tundi, title=" ")
        # a reason the notes do not allow would be read by the rule as "no reason given"
        with pytest.raises(ValidationError, match="alasan perubahan 'keinginan_kades' tidak dikenal; pilih "
                                                  "peristiwa_khusus atau perubahan_kebijakan_pemerintah"):
            regulations.add_regulation(s, tundi, title="Perubahan RKPDes", topic="perubahan_rkpdes",
                                       change_reason_kind="keinginan_kades")
        changed = regulations.add_regulation(s, tundi, title="Perubahan RKPDes", topic="perubahan_rkpdes",
                                             change_reason_kind="peristiwa_khusus", change_reason="Banjir")
        assert changed.change_reason_kind == "peristiwa_khusus"
        regulations.edit_regulation(s, changed.id, change_reason_kind=None)
        rows = regulations.list_regulations(s, tundi)
    assert sorted((x.title, x.handed_to_kades_on) for x in rows) == [("APBDes Tundi 2026", dt.date(2025, 12, 12)),
                                                                     ("Perubahan RKPDes", None)]


def test_a_field_device_may_keep_the_register(master) -> None:  # type: ignore[no-untyped-def]
    laptop = field_device(master)
    with as_device(master, laptop) as s:
        r = regulations.add_regulation(s, villages.find_village(s, "Baru").id, title="Perkades Pungutan",
                                       kind="perkades", topic="pungutan")
    assert r.village_name == "Baru"


def test_regulation_and_profile_commands(master_dir: Path) -> None:
    perut("regulation", "add", "--village", "Tundi", "--title", "RKPDes 2027", "--topic", "rkpdes",
          "--bpd-agreed-on", "2026-10-01", data_dir=master_dir, check=True)
    rows = json.loads(perut("regulation", "list", "--json", data_dir=master_dir, check=True).stdout)
    assert rows[0]["title"] == "RKPDes 2027" and rows[0]["bpd_agreed_on"] == "2026-10-01"
    perut("regulation", "edit", rows[0]["id"], "--enacted-on", "2026-10-20", data_dir=master_dir, check=True)
    bad = perut("regulation", "add", "--village", "Tundi", "--title", "X", "--bpd-agreed-on", "2026-02-30",
                data_dir=master_dir)
    assert bad.returncode == 2 and "tidak valid" in one_line_error(bad)
    profile = json.loads(perut("village-profile", "--village", "Tundi", "--classification", "swadaya",
                               "--sotk-urusan", "2", "--sotk-seksi", "2", "--json", data_dir=master_dir,
                               check=True).stdout)
    assert (profile["classification"], profile["sotk_urusan"]) == ("swadaya", 2)
