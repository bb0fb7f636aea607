"""Errors are front-end neutral below the front ends: a message never names a ``perut``
command or option; what to do next travels as a :class:`Hint`, which each front end words."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from perut_desktop.cli.hints import CLI_HINTS, render
from perut_desktop.errors import Hint, InputRejected, NotFound, PerutError

PACKAGE = Path(__file__).resolve().parents[1] / "perut_desktop"
#: A command line's words: a `perut …` command or a `--option`.
CLI_WORDS = re.compile(r"\bperut [a-z]|(?<![\w-])--[a-z]")


def _error_messages(source: Path) -> list[tuple[int, str]]:
    """The literal text of every ``raise SomeError(...)`` in a module."""
    found = []
    for node in ast.walk(ast.parse(source.read_text("utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        for arg in [*node.exc.args, *(k.value for k in node.exc.keywords)]:
            for part in ast.walk(arg):
                if isinstance(part, ast.Constant) and isinstance(part.value, str):
                    found.append((node.lineno, part.value))
    return found


def test_no_error_below_the_front_ends_names_a_command_line_word() -> None:
    below = [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in ("cli", "ui")]
    assert len(below) > 50
    offending = [f"{p.relative_to(PACKAGE)}:{line}: {text}" for p in below for line, text in _error_messages(p)
                 if CLI_WORDS.search(text)]
    assert offending == []


def test_the_scan_finds_what_it_looks_for(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f(x):\n    raise NotFound(f\"Desa {x} tidak dikenal. Lihat 'perut village list'.\")\n"
                      "def g():\n    raise UsageError('pilih folder lain dengan --data-dir.')\n")
    assert [bool(CLI_WORDS.search(t)) for _, t in _error_messages(sample)] == [False, True, True]


def test_every_hint_has_a_command_line_wording() -> None:
    assert set(CLI_HINTS) == set(Hint)
    assert all(text.endswith((".", ")")) and text[0].isupper() for text in CLI_HINTS.values())


def test_the_command_line_renders_the_message_then_the_hint() -> None:
    error = NotFound("Desa 'Xyz' tidak dikenal.", hint=Hint.LIST_VILLAGES, record="Xyz")
    assert str(error) == "Desa 'Xyz' tidak dikenal."
    assert render(error) == "Desa 'Xyz' tidak dikenal. Lihat 'perut village list'."
    assert render(InputRejected("Berkas rusak.")) == "Berkas rusak."


@pytest.mark.parametrize(("args", "message", "advice"), [
    (["visit", "show", "tidak-ada"], "Kunjungan dengan id tidak-ada tidak ditemukan.", "Lihat 'perut visit list'."),
    (["official", "list", "--village", "Atlantis"], "Desa 'Atlantis' tidak dikenal.", "Lihat 'perut village list'."),
    (["conflicts", "show", "abc"], "Konflik abc tidak ditemukan.", "Lihat 'perut conflicts list'."),
])
def test_a_service_error_reaches_the_user_with_its_advice(master_dir: Path, args: list[str], message: str,
                                                           advice: str) -> None:
    from tests.test_cli import one_line_error, perut

    proc = perut(*args, data_dir=master_dir)
    assert proc.returncode == 3
    assert one_line_error(proc) == f"perut: {message} {advice}"


def test_a_hint_carries_the_record_it_is_about(master_dir: Path) -> None:
    from perut_desktop.operations.replica import unit_of_work
    from perut_desktop.services.villages import find_village

    with pytest.raises(NotFound, match=r"^Desa 'Atlantis' tidak dikenal\.$") as caught, \
            unit_of_work(master_dir) as session:
        find_village(session, "Atlantis")
    assert (caught.value.hint, caught.value.record) == (Hint.LIST_VILLAGES, "Atlantis")
    assert isinstance(caught.value, PerutError)
