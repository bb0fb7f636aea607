"""What an installed PERUT carries: a wheel built from this tree holds every package, the
migrations and every shipped resource (villages, checklist templates, compliance
parameters, fonts with their licence, the Indonesian translation), and the installed copy
finds them without the source checkout."""

from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _listed_packages() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(config["tool"]["setuptools"]["packages"])


def test_every_folder_of_the_package_is_listed() -> None:
    code = {
        ".".join(d.relative_to(ROOT).parts)
        for d in [ROOT / "perut_desktop", *(ROOT / "perut_desktop").rglob("*")]
        if d.is_dir() and d.name != "__pycache__" and any(d.glob("*.py"))
    }
    data = {"perut_desktop.resources"} | {
        "perut_desktop.resources." + ".".join(d.relative_to(ROOT / "resources").parts)
        for d in (ROOT / "resources").rglob("*") if d.is_dir()
    }
    assert code | data == _listed_packages()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check",
         "--wheel-dir", str(out), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (found,) = out.glob("perut_desktop-*.whl")
    return found


def test_the_wheel_holds_every_shipped_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    resources = {
        "perut_desktop/resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*") if p.is_file()
    }
    assert resources <= names, sorted(resources - names)
    migrations = {p.relative_to(ROOT).as_posix() for p in (ROOT / "perut_desktop" / "migrations").rglob("*.py")}
    assert migrations <= names and "perut_desktop/alembic.ini" in names
    assert "perut_desktop/resources/translations/perut_id.qm" in names


def test_an_installed_copy_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)  # what pip puts in site-packages
    probe = ("from perut_desktop import paths; import sys; r = paths.resources_dir(); "
             "print(r); sys.exit(not (r / 'villages_awayan.csv').is_file())")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == target / "perut_desktop" / "resources"
