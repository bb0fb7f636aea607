"""The Windows installer script names only files the build makes: every ``{app}\\…`` path
and every source file in installer/perut.iss exists in the folder layout perut.spec defines
(derived from the spec, without building), and the installer's version, the build folder's
name and ``perut --version`` are one version."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path, PureWindowsPath

from perut_desktop.paths import APP_NAME

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "perut.iss"
SPEC = ROOT / "perut.spec"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]


def _defines() -> dict[str, str]:
    """The preprocessor's ``#define NAME "value"`` (and ``"a" + Name`` concatenations)."""
    out: dict[str, str] = {}
    for name, expr in re.findall(r'^\s*#define\s+(\w+)\s+(.+?)\s*$', ISS.read_text("utf-8"), re.M):
        parts = [p.strip() for p in expr.split("+")]
        out[name] = "".join(p.strip('"') if p.startswith('"') else out[p] for p in parts)
    return out


def _expand(text: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], text)


SECTIONS = ("[Tasks]", "[InstallDelete]", "[Files]", "[Icons]", "[Registry]", "[Run]", "[UninstallDelete]")


def _entries() -> list[dict[str, str]]:
    """Every ``Key: "value"; …`` line of the script's entry sections, parsed."""
    rows, section = [], ""
    for line in ISS.read_text("utf-8").splitlines():
        if line.startswith("["):
            section = line.strip()
        elif section in SECTIONS and line.strip() and not line.startswith(";"):
            rows.append({key: value.strip()[1:-1].replace('""', '"') if value.strip().startswith('"') else value.strip()
                         for key, value in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line)})
    return rows


def _setup() -> dict[str, str]:
    text = ISS.read_text("utf-8")
    section = text.split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r"^(\w+)=(.*)$", section, re.M))


def build_layout() -> set[str]:
    """The files of the built folder on Windows, as perut.spec defines them: the two
    programs at the top, the shipped resources under PyInstaller's ``_internal``."""
    spec = SPEC.read_text("utf-8")
    programs = re.findall(r'executable\(\w+, "([\w-]+)", console=(?:True|False)\)', spec)
    assert sorted(programs) == ["perut", "perut-gui"]
    layout = {f"{name}.exe" for name in programs}
    assert 'tree(ROOT / "resources", "resources")' in spec
    layout |= {str(PureWindowsPath("_internal", "resources", *p.relative_to(ROOT / "resources").parts))
               for p in (ROOT / "resources").rglob("*") if p.is_file()}
    return layout


def _build_folder_name() -> str:
    spec = SPEC.read_text("utf-8")
    match = re.search(r'name=f"(perut-)\{VERSION\}"', spec)
    assert match, "perut.spec names its folder perut-{VERSION}"
    return f"{match.group(1)}{VERSION}"


def test_every_program_file_the_installer_names_is_in_the_build() -> None:
    defines = _defines()
    layout = {p.lower() for p in build_layout()}
    named = []
    for entry in _entries():
        for key in ("Filename", "ValueData", "Name"):
            value = _expand(entry.get(key, ""), defines)
            for path in re.findall(r"\{app\}\\([^\",]+)", value):
                named.append(path)
    named += [m for m in re.findall(r"\{app\}\\([^\s\",]+)", _expand(_setup()["UninstallDisplayIcon"], defines))]
    assert {"perut-gui.exe", "_internal"} <= {n.lower() for n in named}
    for path in named:
        assert path.lower() in layout or any(f.startswith(path.lower() + "\\") for f in layout), path


def test_the_files_it_copies_are_the_folder_the_spec_builds_and_the_icon_exists() -> None:
    defines = _defines()
    assert defines["AppVersion"] == VERSION, "installer/perut.iss: AppVersion differs from pyproject.toml"
    sources = [_expand(e["Source"], defines) for e in _entries() if "Source" in e]
    assert sources == [f"..\\dist\\{_build_folder_name()}\\*"]
    icon = _setup()["SetupIconFile"]
    assert (ISS.parent / PureWindowsPath(icon).as_posix()).resolve().is_file()
    assert (ROOT / "resources" / "icons" / "perut.ico").is_file()


def test_per_user_install_shortcuts_and_associations() -> None:
    setup = _setup()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["MinVersion"] == "10.0" and setup["ArchitecturesAllowed"] == "x64compatible"
    defines = _defines()
    entries = [{k: _expand(v, defines) for k, v in e.items()} for e in _entries()]
    shortcuts = {e["Name"]: e.get("Filename") for e in entries if "Name" in e and "Filename" in e}
    assert shortcuts["{group}\\PERUT"] == shortcuts["{autodesktop}\\PERUT"] == "{app}\\perut-gui.exe"
    commands = {e["Subkey"]: e["ValueData"] for e in entries if e.get("Subkey", "").endswith("shell\\open\\command")}
    for ext, progid in ((".perut", "PERUT.Bundel"), (".perut-enroll", "PERUT.Pendaftaran")):
        assoc = next(e for e in entries if e.get("Subkey") == f"Software\\Classes\\{ext}" and e["ValueName"] == "")
        assert assoc["ValueData"] == progid and assoc["Root"] == "HKA"
        assert commands[f"Software\\Classes\\{progid}\\shell\\open\\command"] == '"{app}\\perut-gui.exe" "%1"'


def test_uninstall_leaves_the_data_folder_and_says_where_it_is() -> None:
    text = ISS.read_text("utf-8")
    defines = _defines()
    assert defines["DataDir"] == "{localappdata}\\" + APP_NAME
    deleted = [e["Name"] for e in _entries() if e.get("Type") == "filesandordirs"]
    assert deleted and all(d.startswith("{app}\\") for d in deleted)
    assert "{localappdata}" not in " ".join(deleted)
    assert "usPostUninstall" in text and "ExpandConstant('{#DataDir}')" in text
    message = re.search(r"^english\.DataKept=(.*)$", text, re.M)
    assert message and "TIDAK dihapus" in message.group(1) and "%1" in message.group(1)


def test_perut_version_is_the_build_version() -> None:
    done = subprocess.run([sys.executable, "-c", "import sys; from perut_desktop.cli.main import main; "
                           "sys.exit(main())", "--version"], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == f"perut {VERSION}"
    assert _build_folder_name() == f"perut-{VERSION}"


def test_both_programs_read_one_shared_archive_of_modules() -> None:
    """perut.spec puts the Python modules of both programs into one archive in the folder and
    gives both the run-time hook that opens it, by the name the spec gives it; each
    executable's own archive keeps only what PyInstaller's start-up imports (ctypes)."""
    spec = SPEC.read_text("utf-8")
    hook = ROOT / "installer" / "pyi_rth_shared_modules.py"
    match = re.search(r'\[\("(\w+\.pyz)", shared\.name, "DATA"\)\]', spec)
    assert match, "perut.spec collects the shared archive into the folder"
    assert f'"{match.group(1)}"' in hook.read_text("utf-8")
    assert 'runtime_hooks=[str(ROOT / "installer" / "pyi_rth_shared_modules.py")]' in spec
    assert "PYZ(gui.pure, cli.pure," in spec and "PYZ(build_config.boot_modules(a.pure))" in spec

    sys.path.insert(0, str(ROOT / "installer"))
    try:
        import build_config
    finally:
        sys.path.remove(str(ROOT / "installer"))
    pure = [(name, f"/x/{name}.py", "PYMODULE-2") for name in ("ctypes", "ctypes._endian", "ctypesx", "sqlalchemy")]
    assert [entry[0] for entry in build_config.boot_modules(pure)] == ["ctypes", "ctypes._endian"]
