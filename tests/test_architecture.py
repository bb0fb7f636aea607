"""The layer rules of DESIGN.md §2, checked by import-linter against pyproject.toml."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports() -> list[str]:
    beside = Path(sys.executable).with_name("lint-imports")
    if beside.exists():
        return [str(beside)]
    found = shutil.which("lint-imports")
    assert found, "lint-imports not installed: pip install -e '.[test]'"
    return [found]


def test_import_contracts_are_kept() -> None:
    result = subprocess.run(
        [*_lint_imports(), "--config", str(ROOT / "pyproject.toml"), "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "broken" in result.stdout and " 0 broken" in result.stdout


def _lint_copy(tmp_path: Path, edit: tuple[str, str]) -> subprocess.CompletedProcess[str]:
    """import-linter over a copy of the package with one line added to one module."""
    shutil.copytree(ROOT / "perut_desktop", tmp_path / "perut_desktop",
                    ignore=shutil.ignore_patterns("__pycache__", "resources"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    module, line = edit
    target = tmp_path / "perut_desktop" / module
    target.write_text((target.read_text(encoding="utf-8") if target.exists() else "") + f"\n{line}\n",
                      encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    return subprocess.run([*_lint_imports(), "--config", str(tmp_path / "pyproject.toml"), "--no-cache"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=300, env=env)


@pytest.mark.parametrize(("edit", "contract"), [
    (("ui/i18n.py", "from perut_desktop import db"), "The window reaches data through operations and services"),
    (("ui/i18n.py", "import perut_desktop.models"), "The window reaches data through operations and services"),
    (("cli/people.py", "import sqlalchemy"), "The command line holds no SQL"),
    (("cli/people.py", "from perut_desktop.models import Village"), "The command line holds no SQL"),
    (("services/villages.py", "import perut_desktop.cli.common"), "Layers"),
    (("sync/fingerprint.py", "import perut_desktop.reports.output"), "Layers"),
    (("enums.py", "import sqlalchemy"), "The light modules stay light"),
    (("stray.py", "import perut_desktop.enums"), "Layers"),
    (("models/domain.py", "import PySide6"), "Only the ui package imports Qt"),
], ids=["ui-db", "ui-models", "cli-sqlalchemy", "cli-models", "services-cli", "sync-reports", "enums-sqlalchemy",
        "module-in-no-layer", "models-qt"])
def test_the_contracts_fail_on_a_forbidden_import(tmp_path: Path, edit: tuple[str, str], contract: str) -> None:
    result = _lint_copy(tmp_path, edit)
    assert result.returncode != 0, result.stdout[-2000:]
    broken = result.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, result.stdout[-4000:] + result.stderr[-2000:]


def _import_cycles() -> list[list[str]]:
    """Groups of the package's modules that import each other, directly or round about
    (imports inside functions included): Tarjan's strongly connected components."""
    import grimp

    graph = grimp.build_graph("perut_desktop")
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i.startswith("perut_desktop"))
             for m in graph.modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in edges[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                cycles.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return cycles


def test_no_module_of_the_package_is_part_of_an_import_cycle() -> None:
    assert _import_cycles() == []
