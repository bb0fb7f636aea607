"""The window's translation: every source string of ``ui/`` is in the shipped Indonesian
catalogue, translated, and the compiled catalogue matches it."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from perut_desktop.paths import resources_dir
from perut_desktop.ui import app as gui
from tests.ui.conftest import MakeLauncher

UI_DIR = Path(gui.__file__).resolve().parent
TS_FILE = resources_dir() / "translations" / "perut_id.ts"
QM_FILE = resources_dir() / "translations" / "perut_id.qm"


def _ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_translation_is_complete_and_matches_the_sources(tmp_path: Path) -> None:
    shipped = _ts_messages(TS_FILE)
    assert shipped, "no messages in the .ts file"
    for key, message in shipped.items():
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"unfinished: {key}"
        text = translation.text or ""
        assert text.strip(), f"empty translation: {key}"
        source = key[1]
        for pattern in (r"\{\w+\}", r"</?\w+>"):
            assert sorted(re.findall(pattern, text)) == sorted(re.findall(pattern, source)), key
        assert ("&" in source) == ("&" in text), f"accelerator lost: {key}"

    # Every translatable string in ui/ must be in the shipped .ts (lupdate extracts them).
    fresh = tmp_path / "fresh_id.ts"
    sources = sorted(str(p) for p in UI_DIR.rglob("*.py"))
    lupdate = ("import sys; from PySide6.scripts.pyside_tool import lupdate; "
               "sys.argv[0] = 'pyside6-lupdate'; sys.exit(lupdate())")
    subprocess.run([sys.executable, "-c", lupdate, *sources, "-ts", str(fresh), "-silent"],
                   check=True, capture_output=True, timeout=120)
    extracted = set(_ts_messages(fresh))
    assert len(extracted) > 40
    missing = extracted - set(shipped)
    assert not missing, f"run scripts/update-translations.sh and translate: {sorted(missing)}"
    stale = set(shipped) - extracted
    assert not stale, f"obsolete entries in {TS_FILE.name}: {sorted(stale)}"


def test_compiled_translation_matches_the_ts(qapp: QApplication) -> None:
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    for (context, source), message in _ts_messages(TS_FILE).items():
        assert translator.translate(context, source) == message.findtext("translation"), (context, source)


def test_qt_owned_button_texts_are_indonesian(make_launcher: MakeLauncher, tmp_path: Path) -> None:
    make_launcher(tmp_path / "data")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Batal"


def test_every_standard_button_the_window_uses_speaks_indonesian(make_launcher: MakeLauncher,
                                                                  tmp_path: Path) -> None:
    """Qt ships no Indonesian catalogue of its own, so each standard button a dialog of
    ``ui/`` uses (found in the source) must be translated in ours: a *Save* among
    Indonesian words is what a user saw on the officer form."""
    make_launcher(tmp_path / "data")
    used = {name for path in UI_DIR.rglob("*.py")
            for name in re.findall(r"StandardButton\.(\w+)", path.read_text(encoding="utf-8"))}
    expected = {"Ok": "OK", "Cancel": "Batal", "Close": "Tutup", "Save": "Simpan"}
    assert used <= expected.keys(), f"translate these standard buttons too: {sorted(used - expected.keys())}"
    for name in sorted(used):
        box = QDialogButtonBox(getattr(QDialogButtonBox.StandardButton, name))
        assert box.buttons()[0].text().replace("&", "") == expected[name], name


def test_the_default_start_translates_every_source_string(make_launcher: MakeLauncher, tmp_path: Path) -> None:
    """With no ``--lang`` the installed catalogue is the shipped Indonesian ``.qm``, and it
    translates every source string of the ``.ts`` file (none falls back to English)."""
    launcher = make_launcher(tmp_path / "data")
    assert gui.parse_args([]).language == "id"
    assert [Path(t.filePath()).name for t in launcher.translators if t.filePath()][-1] == QM_FILE.name
    messages = _ts_messages(TS_FILE)
    assert len(messages) > 40
    untranslated = [key for key, message in messages.items()
                    if QCoreApplication.translate(key[0], key[1]) != message.findtext("translation")]
    assert not untranslated, untranslated
    same_in_both = {"OK", "Master", "Pendampingan Rutin — PERUT", "Pendampingan Rutin Kecamatan {name} — PERUT",
                    "<h3>PERUT Desktop {version}</h3>", "DEMO — {title}", "DEMO", "Kecamatan:", "NIP:",
                    "Status:", "Status", "&Agenda:", "Agenda:", "A&genda:", "BPD", "LKD", "Kecamatan", "Camat",
                    "• {village}, {date} ({officer})", "{page} ({n})", "Verif.", "SOTK (urusan / seksi):",
                    "Kepala Desa:", "Desa {name} ({code})", "N&IP:", "NIP", "PIN", "Plt. Camat {start} – {end}",
                    "a.n. Camat", "&Kecamatan:", "&NIP:"}
    english = [key for key in messages if QCoreApplication.translate(*key) == key[1] and key[1] not in same_in_both]
    assert not english, f"identical to the English source: {english}"
