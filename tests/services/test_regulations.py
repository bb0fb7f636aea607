"""The regulation register: add, edit, list, with the order of steps checked; written by
the master or any field device (replicated data)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from perut_desktop.errors import StateError, ValidationError
from perut_desktop.services import regulations, villages
from perut_desktop.services.compliance.facts import findings_for_village, village_facts
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


def test_the_apbdes_evaluator_is_the_bupati_until_the_office_records_a_delegation(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        assert regulations.apbdes_evaluation(s).evaluator == "bupati"
        with pytest.raises(ValidationError, match=r"^Pelimpahan evaluasi APB Desa kepada Camat perlu dasar hukumnya"):
            regulations.set_apbdes_evaluation(s, evaluator="camat", source="", effective_from=dt.date(2025, 1, 1))
        with pytest.raises(ValidationError, match=r"^Pengevaluasi APB Desa 'gubernur' tidak dikenal"):
            regulations.set_apbdes_evaluation(s, evaluator="gubernur")
        info = regulations.set_apbdes_evaluation(s, evaluator="camat", source="Perbup Balangan 5/2024",
                                                 effective_from=dt.date(2025, 1, 1))
        assert info.delegated_on(dt.date(2025, 1, 1)) and not info.delegated_on(dt.date(2024, 12, 31))
    laptop = field_device(master)
    with as_device(master, laptop) as s, pytest.raises(StateError, match="hanya dapat dilakukan di kantor kecamatan"):
        regulations.set_apbdes_evaluation(s, evaluator="bupati")
    with at(master) as s:  # the findings read it: an APB Desa waiting for the Camat is the office's task
        awayan = villages.find_village(s, "Awayan").id
        regulations.add_regulation(s, awayan, title="APB Desa 2026", topic="apbdes", budget_year=2026,
                                   evaluation_submitted_on=dt.date(2025, 11, 3))
        late = [f for f in findings_for_village(s, awayan, dt.date(2026, 1, 15))
                if f.rule_code == "EVALUASI_BUPATI_TERLAMBAT"]
        assert late and late[0].office_task and "Perbup Balangan 5/2024" in late[0].message
        regulations.set_apbdes_evaluation(s, evaluator="bupati")
        again = [f for f in findings_for_village(s, awayan, dt.date(2026, 1, 15))
                 if f.rule_code == "EVALUASI_BUPATI_TERLAMBAT"]
        assert again and not again[0].office_task


def test_the_profile_records_an_acting_head_and_the_election_in_order(master) -> None:  # type: ignore[no-untyped-def]
    with at(master) as s:
        awayan = villages.find_village(s, "Awayan").id
        info = villages.update_profile(s, awayan, kades_acting=True, kades_name="Drs. Rusdi",
                                       kades_acting_sk="188.45/12/2026", kades_acting_sk_on=dt.date(2026, 2, 1),
                                       previous_head_left="meninggal_dunia", previous_head_left_on=dt.date(2026, 1, 20))
        assert (info.kades_acting, info.kades_acting_sk, info.previous_head_left) == (
            True, "188.45/12/2026", "meninggal_dunia")
        with pytest.raises(ValidationError, match=r"^Alasan berhentinya Kepala Desa 'pensiun' tidak dikenal"):
            villages.update_profile(s, awayan, previous_head_left="pensiun")
        villages.update_profile(s, awayan, election_elected_on=dt.date(2026, 6, 1))
        with pytest.raises(ValidationError, match=r"^Urutan tanggal tidak mungkin: laporan panitia diterima BPD "
                                                  r"\(30-05-2026\) sebelum calon terpilih ditetapkan panitia"):
            villages.update_profile(s, awayan, election_to_bpd_on=dt.date(2026, 5, 30))
        assert villages.get_profile(s, awayan).election_to_bpd_on is None
        facts = village_facts(s, awayan)
        assert facts.profile is not None and facts.profile.kades_acting
        assert facts.profile.election_elected_on == dt.date(2026, 6, 1)


def test_acting_head_and_evaluator_commands(master_dir: Path) -> None:
    out = json.loads(perut("village-profile", "--village", "Tundi", "--pj", "ya", "--kades-name", "Drs. Rusdi",
                           "--pj-sk-on", "2026-02-01", "--previous-head-left", "diberhentikan",
                           "--previous-head-left-on", "2026-01-20", "--json", data_dir=master_dir, check=True).stdout)
    assert (out["kades_acting"], out["previous_head_left"], out["kades_acting_sk_on"]) == (
        True, "diberhentikan", "2026-02-01")
    refused = perut("apbdes-evaluator", "--evaluator", "camat", data_dir=master_dir)
    assert refused.returncode == 3 and "perlu dasar hukumnya" in one_line_error(refused)
    perut("apbdes-evaluator", "--evaluator", "camat", "--source", "Perbup 5/2024", "--from", "2025-01-01",
          data_dir=master_dir, check=True)
    shown = perut("apbdes-evaluator", data_dir=master_dir, check=True).stdout
    assert shown.strip() == "Evaluasi rancangan APB Desa: Camat, karena pelimpahan (Perbup 5/2024), sejak 01-01-2025."
    perut("regulation", "add", "--village", "Tundi", "--title", "Perubahan RPJMDes", "--topic", "perubahan_rpjmdes",
          "--musyawarah-on", "2026-08-01", "--bpd-agreed-on", "2026-08-10", data_dir=master_dir, check=True)
    rows = json.loads(perut("regulation", "list", "--json", data_dir=master_dir, check=True).stdout)
    assert rows[0]["musyawarah_on"] == "2026-08-01"
