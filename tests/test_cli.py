"""The ``perut`` command through its real entry point: exit codes, one-line Indonesian
errors, JSON output, backup and restore, demo determinism."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest


def perut(*args: str, data_dir: Path | None = None, check: bool = False) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).parent / "perut"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "perut_desktop.cli"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    env = dict(os.environ, LANG="C.UTF-8")
    proc = subprocess.run([*cmd, *args], capture_output=True, text=True, env=env, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return lines[0]


def test_version_and_help() -> None:
    assert perut("--version", check=True).stdout.startswith("perut ")
    help_text = perut("--help", check=True).stdout
    assert "Pendampingan Rutin" in help_text and "init" in help_text
    assert "membuat replika baru" in perut("init", "--help", check=True).stdout


def test_init_refuses_to_overwrite_and_bad_inputs(tmp_path: Path) -> None:
    d = tmp_path / "m"
    out = perut("init", "--role", "master", "--kecamatan", "Awayan", data_dir=d, check=True).stdout
    assert "23 desa" in out and "18 buku" in out
    again = perut("init", "--role", "master", "--kecamatan", "Awayan", data_dir=d)
    assert again.returncode == 4 and "tidak ditimpa" in one_line_error(again)

    bad = tmp_path / "desa.csv"
    bad.write_text("kode,nama\n1,X\n")
    proc = perut("init", "--role", "master", "--kecamatan", "Lain", "--villages", str(bad), data_dir=tmp_path / "x")
    assert proc.returncode == 3 and "tidak memiliki kolom" in one_line_error(proc)
    assert not (tmp_path / "x" / "perut.sqlite").exists()

    own = tmp_path / "paringin.csv"
    own.write_text("code,name\n63.11.01.2001,Desa Satu\n63.11.01.2002,Desa Dua\n")
    out = perut("init", "--role", "master", "--kecamatan", "Paringin", "--villages", str(own),
                "--kabupaten", "Balangan", data_dir=tmp_path / "p", check=True).stdout
    assert "2 desa" in out


def test_commands_on_an_uninitialised_folder_exit_4(tmp_path: Path) -> None:
    proc = perut("stats", data_dir=tmp_path / "kosong")
    assert proc.returncode == 4 and "perut init" in one_line_error(proc)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert perut("demo", "--today", "2026-13-45", data_dir=tmp_path).returncode == 2
    assert perut("tidak-ada-perintah").returncode == 2
    proc = perut("official", "add", "--village", "Awayan", "--name", "X", "--position", "Y", "--gender", "Q",
                 data_dir=tmp_path)
    assert proc.returncode == 2 and "kesalahan penggunaan" in one_line_error(proc)


@pytest.mark.parametrize(("args", "expected"), [
    (["official", "add", "--village", "Awayan"], "wajib diisi: --name, --position"),
    (["official", "add", "--village", "A", "--name", "X", "--position", "Y", "--gender", "Q"],
     "--gender: 'Q' tidak dikenal; pilih salah satu: 'L', 'P'"),
    (["stats", "--tidak-ada"], "argumen tidak dikenal: --tidak-ada"),
    (["demo", "--years", "lima"], "--years: nilai 'lima' tidak sah"),
    (["init", "--role", "master", "--kecamatan"], "--kecamatan memerlukan satu nilai"),
    (["visit"], "wajib diisi: AKSI"),
])
def test_usage_errors_are_one_indonesian_line(args: list[str], expected: str, tmp_path: Path) -> None:
    proc = perut(*args, data_dir=tmp_path)
    assert proc.returncode == 2
    line = one_line_error(proc)
    assert expected in line and line.startswith("perut: kesalahan penggunaan: ") and "--help" in line
    for english in ("required", "invalid", "unrecognized", "expected", "choose from"):
        assert english not in line, line


def test_officers_users_and_officials(master_dir: Path) -> None:
    d = master_dir
    perut("officer", "add", "--name", "Rahmadi", "--nip", "198605212010011006", "--villages", "Awayan,Sungai Pumpung",
          data_dir=d, check=True)
    officers = json.loads(perut("officer", "list", "--json", data_dir=d, check=True).stdout)
    assert officers[0]["villages"] == ["Awayan", "Sei Pumpung"]
    bad_nip = perut("officer", "add", "--name", "X", "--nip", "123", data_dir=d)
    assert bad_nip.returncode == 3 and "18 angka" in one_line_error(bad_nip)
    perut("user", "add", "--name", "Ahmad Fauzan", "--title", "Kepala Seksi Pemerintahan", data_dir=d, check=True)
    assert json.loads(perut("user", "list", "--json", data_dir=d, check=True).stdout)[0]["name"] == "Ahmad Fauzan"

    perut("official", "add", "--village", "Ambakiyang", "--name", "Rusdi Hakim", "--position", "Ketua BPD",
          "--gender", "L", data_dir=d, check=True)
    rows = json.loads(perut("official", "list", "--village", "Ambakiang", "--json", data_dir=d, check=True).stdout)
    assert [(r["name"], r["body"]) for r in rows] == [("Rusdi Hakim", "bpd")]
    perut("official", "edit", rows[0]["id"], "--phone", "08123", data_dir=d, check=True)
    assert json.loads(perut("official", "list", "--json", data_dir=d, check=True).stdout)[0]["phone"] == "08123"
    perut("official", "remove", rows[0]["id"], data_dir=d, check=True)
    assert json.loads(perut("official", "list", "--json", data_dir=d, check=True).stdout) == []
    unknown = perut("official", "add", "--village", "Atlantis", "--name", "X", "--position", "Y", data_dir=d)
    assert unknown.returncode == 3 and "Atlantis" in one_line_error(unknown)
    missing = perut("official", "edit", "no-such-id", "--phone", "1", data_dir=d)
    assert missing.returncode == 3


def test_visit_list_and_show(demo_dir: Path) -> None:
    rows = json.loads(perut("visit", "list", "--village", "Awayan", "--json", data_dir=demo_dir, check=True).stdout)
    assert len(rows) >= 12 and {r["village_name"] for r in rows} == {"Awayan"}
    approved = json.loads(perut("visit", "list", "--status", "disetujui", "--json", data_dir=demo_dir, check=True).stdout)
    assert approved and all(r["status"] == "disetujui" for r in approved)
    detail = json.loads(perut("visit", "show", approved[0]["id"], "--json", data_dir=demo_dir, check=True).stdout)
    assert len(detail["results"]) == 18 and detail["history"][-1]["to_status"] == "disetujui"
    assert detail["reviews"][-1]["signatory_nip"]
    text = perut("visit", "show", approved[0]["id"], data_dir=demo_dir, check=True).stdout
    assert "Status: Disetujui" in text
    assert perut("visit", "show", "nope", data_dir=demo_dir).returncode == 3
    assert perut("visit", "list", "--status", "hilang", data_dir=demo_dir).returncode == 2


def test_backup_restore_gives_the_same_fingerprint_and_an_edit_changes_it(demo_dir: Path, tmp_path: Path) -> None:
    source_fp = perut("fingerprint", data_dir=demo_dir, check=True).stdout.strip()
    assert len(source_fp) == 64
    backup = tmp_path / "cadangan.sqlite"
    perut("backup", "--out", str(backup), data_dir=demo_dir, check=True)
    second = tmp_path / "laptop-baru"
    perut("restore", str(backup), data_dir=second, check=True)
    assert perut("fingerprint", data_dir=second, check=True).stdout.strip() == source_fp
    per_table = json.loads(perut("fingerprint", "--json", data_dir=second, check=True).stdout)
    assert per_table["fingerprint"] == source_fp and per_table["tables"]["visit"]["rows"] > 200

    officials = json.loads(perut("official", "list", "--village", "Tundi", "--json", data_dir=second, check=True).stdout)
    perut("official", "edit", officials[0]["id"], "--phone", "0899", data_dir=second, check=True)
    assert perut("fingerprint", data_dir=second, check=True).stdout.strip() != source_fp

    over = perut("restore", str(backup), data_dir=second)
    assert over.returncode == 4 and "--replace" in one_line_error(over)
    perut("restore", str(backup), "--replace", data_dir=second, check=True)
    assert perut("fingerprint", data_dir=second, check=True).stdout.strip() == source_fp
    assert list((second / "backups").glob("sebelum-pemulihan-*.sqlite"))


@pytest.mark.parametrize("content", [b"", b"%PDF-1.4\n%...", b"SQLite format 3\x00" + b"\x00" * 200])
def test_restore_refuses_a_file_that_is_not_a_perut_database(content: bytes, master_dir: Path, tmp_path: Path) -> None:
    before = perut("fingerprint", data_dir=master_dir, check=True).stdout
    bad = tmp_path / "bukan.sqlite"
    bad.write_bytes(content)
    proc = perut("restore", str(bad), "--replace", data_dir=master_dir)
    message = one_line_error(proc)
    assert proc.returncode == 3 and "PERUT" in message
    assert "file is not a database" not in message  # SQLite's English is not passed on
    assert perut("fingerprint", data_dir=master_dir, check=True).stdout == before
    sqlite_other = tmp_path / "lain.sqlite"
    import sqlite3

    with sqlite3.connect(sqlite_other) as c:
        c.execute("create table t(x)")
    assert perut("restore", str(sqlite_other), data_dir=tmp_path / "baru").returncode == 3


def test_backup_to_a_missing_folder_exits_3(master_dir: Path, tmp_path: Path) -> None:
    proc = perut("backup", "--out", str(tmp_path / "tidak" / "ada.sqlite"), data_dir=master_dir)
    assert proc.returncode == 3 and "tidak ada" in one_line_error(proc)


@pytest.mark.slow
def test_demo_is_deterministic_for_seed_and_date(demo_dir: Path, tmp_path: Path) -> None:
    """The same seed and date give the same content (row counts and names) as the fixture's."""
    fresh = tmp_path / "fresh"
    perut("init", "--role", "master", "--kecamatan", "Awayan", data_dir=fresh, check=True)
    perut("demo", "--years", "1", "--seed", "7", "--today", "2026-11-20", data_dir=fresh, check=True)
    a = json.loads(perut("stats", "--json", data_dir=fresh, check=True).stdout)
    b = json.loads(perut("stats", "--json", data_dir=demo_dir, check=True).stdout)
    assert a == b
    names = lambda d: sorted(o["name"] for o in json.loads(perut("official", "list", "--json", data_dir=d).stdout))
    assert names(fresh) == names(demo_dir)
    again = perut("demo", "--years", "1", data_dir=fresh)
    assert again.returncode == 4


def _command_paths() -> list[list[str]]:
    """Every command and sub-command of the real parser, found by walking it."""
    import argparse

    from perut_desktop.cli import build_parser

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> list[list[str]]:
        found = [path]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    found += walk(child, [*path, name])
        return found

    return walk(build_parser(), [])


def test_help_works_for_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    """``--help`` of every (sub)command exits 0 with a description, through the function the
    ``perut`` console script calls (a subprocess per command would take a minute)."""
    from perut_desktop.cli import main

    paths = _command_paths()
    assert len(paths) > 40 and ["official", "edit"] in paths and ["visit", "show"] in paths
    for path in paths:
        with pytest.raises(SystemExit) as exit_info:
            main([*path, "--help"])
        out = capsys.readouterr().out
        assert exit_info.value.code == 0, path
        assert out.startswith("Penggunaan: perut"), (path, out[:80])
        assert "--data-dir" in out, path
        description = out.split("\n\n")[1].strip() if "\n\n" in out else ""
        assert description and not description.startswith(("argumen", "opsi")), f"no description: {path}"
        # argparse's English headings and help are replaced, and no option is left unexplained
        for english in ("usage:", "options:", "positional arguments", "show this help", "--data-dir DATA_DIR"):
            assert english not in out, (path, english)


def test_every_option_of_every_command_is_explained() -> None:
    import argparse

    from perut_desktop.cli import build_parser

    unexplained = []

    def walk(parser: argparse.ArgumentParser, path: list[str]) -> None:
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, [*path, name])
            elif not action.help:
                unexplained.append(" ".join([*path, *(action.option_strings or [action.dest])]))

    walk(build_parser(), ["perut"])
    assert unexplained == []


def test_help_through_the_console_script() -> None:
    for path in (["official", "edit"], ["schedule", "overdue"], ["sync", "import"]):
        proc = perut(*path, "--help", check=True)
        assert proc.stdout.startswith("Penggunaan: perut " + " ".join(path)) and not proc.stderr


def test_stats_counts_rows_per_table(master_dir: Path) -> None:
    stats = json.loads(perut("stats", "--json", data_dir=master_dir, check=True).stdout)
    assert stats["tables"]["village"] == {"rows": 23, "deleted": 0}
    assert stats["tables"]["checklist_item"]["rows"] >= 18 + 20
    assert stats["total"] == sum(t["rows"] for t in stats["tables"].values())
    perut("official", "add", "--village", "Tundi", "--name", "Hadi", "--position", "Kaur Umum", data_dir=master_dir,
          check=True)
    after = json.loads(perut("stats", "--json", data_dir=master_dir, check=True).stdout)
    assert after["tables"]["village_official"]["rows"] == stats["tables"]["village_official"]["rows"] + 1
    text = perut("stats", data_dir=master_dir, check=True).stdout
    assert "village_official" in text and f"Jumlah baris: {after['total']}" in text


def test_perut_gui_script_answers_version_and_help() -> None:
    exe = Path(sys.executable).parent / "perut-gui"
    if not exe.exists():
        pytest.skip("perut-gui is not installed as a script in this environment")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    version = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("perut-gui ")
    helped = subprocess.run([str(exe), "--help"], capture_output=True, text=True, env=env, timeout=60)
    assert helped.returncode == 0 and "--lang" in helped.stdout


def _parsers_by_path() -> dict[tuple[str, ...], Any]:
    """The parser of every command, keyed by its words: () for perut, ("visit", "list"), …"""
    import argparse

    from perut_desktop.cli import build_parser

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> dict[tuple[str, ...], Any]:
        found = {path: parser}
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, child in action.choices.items():
                    found |= walk(child, (*path, name))
        return found

    return walk(build_parser(), ())


def test_every_command_the_readme_and_docs_show_exists_with_its_options() -> None:
    import re

    commands = _parsers_by_path()
    root = Path(__file__).resolve().parents[1]
    shown = []
    for doc in [root / "README.md", *sorted((root / "docs").glob("*.md"))]:
        shown += [(doc.name, t) for t in re.findall(r"`perut ([^`]+)`", doc.read_text("utf-8"))]
    assert len(shown) > 40
    wrong = []
    for doc, text in shown:
        words = re.sub(r"[\[\]\\]", " ", text).split()
        path: tuple[str, ...] = ()
        while words and all((*path, alt) in commands for alt in words[0].split("|")):
            path = (*path, words.pop(0).split("|")[0])
        if not path and words[:1] != ["COMMAND"]:
            wrong.append((doc, text))
            continue
        options = {o for action in commands[path]._actions for o in action.option_strings}
        if any(w.startswith("--") and w.split("=")[0] not in options for w in words):
            wrong.append((doc, text))
    assert wrong == []


def test_every_command_a_message_tells_the_user_to_run_exists() -> None:
    """Messages say what to do ("lihat 'perut visit list'"); each such command and each of
    its options must exist, or the advice leads the user into a usage error."""
    import argparse
    import re

    commands = _parsers_by_path()
    package = Path(__file__).resolve().parents[1] / "perut_desktop"
    advice = []
    for source in package.rglob("*.py"):
        advice += re.findall(r"'perut ([^'\"\n]+)'", source.read_text("utf-8"))
    assert len(advice) > 20
    wrong = []
    for text in advice:
        first, *rest = text.split(maxsplit=2)
        for alternative in [f"{first} {choice} {' '.join(rest[1:])}" for choice in rest[0].split("|")] if rest \
                else [text]:
            words = alternative.split()
            path: tuple[str, ...] = ()
            while words and (*path, words[0]) in commands:
                path = (*path, words.pop(0))
            parser = commands[path]
            options = {o for action in parser._actions for o in action.option_strings}
            takes_positional = any(not a.option_strings and not isinstance(a, argparse._SubParsersAction)
                                   for a in parser._actions)
            needs_action = any(isinstance(a, argparse._SubParsersAction) for a in parser._actions)
            if (not path or needs_action
                    or (words and not words[0].startswith("--") and not takes_positional)
                    or any(w.startswith("--") and w.split("=")[0] not in options for w in words)):
                wrong.append(alternative)
    assert wrong == []


def test_review_on_the_command_line(master_dir: Path, tmp_path: Path) -> None:
    """submit, verify, approve through ``perut visit``: refusals are one line with their exit
    code and change nothing; ``visit show`` lists what is missing and what to look at."""
    from perut_desktop.db import open_replica
    from tests.services.helpers import CAMAT_NIP, camat_profile, new_visit, officer_and_user

    replica = open_replica(master_dir)
    try:
        officer_id, _ = officer_and_user(replica)
        camat_profile(replica)
        vid = new_visit(replica, officer_id)
    finally:
        replica.close()
    d = master_dir
    shown = perut("visit", "show", vid, data_dir=d, check=True).stdout
    assert "Belum dapat diajukan:\n  - 18 buku belum diperiksa (A.1, A.2, A.3, A.4, A.5, …)\n" in shown
    assert "  - Tidak ada peserta yang hadir.\n" in shown and "  - Tidak ada foto bukti.\n" in shown
    refused = perut("visit", "submit", vid, data_dir=d)
    assert refused.returncode == 3
    assert one_line_error(refused) == ("perut: Kunjungan belum dapat diajukan: 18 buku belum diperiksa (A.1, A.2, A.3, A.4, "
                                       "A.5, …); belum ada peserta yang ditandai hadir; notulen belum berisi "
                                       "pembahasan; notulen belum berisi keputusan.")
    replica = open_replica(master_dir)
    try:
        from tests.services.helpers import complete_visit

        complete_visit(replica, vid)
    finally:
        replica.close()
    assert "Siap diajukan." in perut("visit", "show", vid, data_dir=d, check=True).stdout
    assert "diajukan untuk diverifikasi" in perut("visit", "submit", vid, data_dir=d, check=True).stdout
    # a name ending with its degree ends the sentence with one full stop, not "S.Sos.."
    perut("user", "add", "--name", "Hj. Norhayati, S.Sos.", "--title", "Sekretaris Kecamatan", data_dir=d, check=True)
    out = perut("visit", "verify", vid, "--as", "Hj. Norhayati, S.Sos.", "--checked", "semua", "--note", "Lengkap",
                data_dir=d, check=True).stdout
    assert out.startswith(f"Kunjungan {vid} diverifikasi oleh Hj. Norhayati, S.Sos.\n")
    before = perut("fingerprint", data_dir=d, check=True).stdout
    not_allowed = perut("visit", "approve", vid, "--as", "Ahmad Fauzan", data_dir=d)
    assert not_allowed.returncode == 4
    assert one_line_error(not_allowed) == ("perut: Ahmad Fauzan bukan Camat Awayan (NIP-nya bukan NIP Camat yang tercatat); "
                                           "persetujuan tidak dicatat. Lihat 'perut user list'.")
    assert perut("fingerprint", data_dir=d, check=True).stdout == before
    pin = tmp_path / "pin.txt"
    pin.write_text("4821\n")
    perut("user", "edit", CAMAT_NIP, "--pin-file", str(pin), data_dir=d, check=True)
    before = perut("fingerprint", data_dir=d, check=True).stdout
    wrong = tmp_path / "salah.txt"
    wrong.write_text("1111\n")
    bad_pin = perut("visit", "approve", vid, "--as", "Muhammad Rizali", "--pin-file", str(wrong), data_dir=d)
    assert bad_pin.returncode == 4
    assert one_line_error(bad_pin) == "perut: PIN Muhammad Rizali salah; persetujuan tidak dicatat."
    assert perut("fingerprint", data_dir=d, check=True).stdout == before
    out = perut("visit", "approve", vid, "--as", "Muhammad Rizali", "--pin-file", str(pin), data_dir=d,
                check=True).stdout
    assert out.splitlines()[:2] == [f"Kunjungan {vid} disetujui oleh Muhammad Rizali.",
                                    f"Penanda tangan: Camat Awayan — Muhammad Rizali, S.STP., M.Si. (NIP {CAMAT_NIP})."]
    assert json.loads(perut("visit", "show", vid, "--json", data_dir=d, check=True).stdout)["visit"]["status"] \
        == "disetujui"


def test_staff_profiles_on_the_command_line(master_dir: Path, tmp_path: Path) -> None:
    d = master_dir
    pin = tmp_path / "pin.txt"
    pin.write_text("1357\n")
    perut("user", "add", "--name", "Hj. Norhayati", "--can-sign", "--plt", "2026-07-01:2026-07-31", "--pin-file",
          str(pin), data_dir=d, check=True)
    rows = perut("user", "list", data_dir=d, check=True).stdout
    assert "a.n., Plt. 2026-07-01:2026-07-31, PIN" in rows
    perut("user", "edit", "Norhayati", "--no-can-sign", "--no-plt", "--no-pin", data_dir=d, check=True)
    user = json.loads(perut("user", "list", "--json", data_dir=d, check=True).stdout)[0]
    assert (user["can_sign"], user["plt_from"], user["has_pin"]) == (False, None, False)
    bad = perut("user", "add", "--name", "X", "--plt", "2026-07-31:2026-07-01", data_dir=d)
    assert bad.returncode == 2 and one_line_error(bad) == \
        "perut: --plt '2026-07-31:2026-07-01': tanggal awal sesudah tanggal akhir."
    nothing = perut("user", "edit", "Norhayati", data_dir=d)
    assert nothing.returncode == 2 and "Tidak ada yang diubah" in one_line_error(nothing)
    missing = perut("user", "edit", "Norhayati", "--pin-file", str(tmp_path / "tidak-ada.txt"), data_dir=d)
    assert missing.returncode == 3 and one_line_error(missing).startswith("perut: Berkas PIN ")
    settings = perut("visit", "review-settings", "--same-person", "ya", "--score-drop", "30", data_dir=d,
                     check=True).stdout
    assert settings == "Verifikator boleh juga menyetujui: ya\nBatas penurunan nilai: 30 poin persen\n"
