"""What the frozen program leaves out, shared by perut.spec and installer/bare.spec (the
size floor scripts/build.sh compares with), so both builds exclude the same modules.

The window uses QtCore, QtGui and QtWidgets; QtNetwork (one running window receives the
files opened from Explorer), QtCharts (the dashboard's charts) and QtSvg are kept for it,
with the OpenGL modules QtCharts links to. Every other Qt module PySide6 installs
(WebEngine, Multimedia, QML/Quick, 3D, Designer, …) is excluded by name, so a new import of
one fails loudly in the smoke test instead of silently growing the build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: The Qt modules the program may use.
QT_KEEP = frozenset({
    "QtCore", "QtGui", "QtWidgets", "QtNetwork", "QtCharts", "QtSvg", "QtOpenGL", "QtOpenGLWidgets",
})

#: Python packages that are installed for development only, and the parts of Pillow PERUT
#: never uses: photos are read, turned upright, scaled and written as JPEG or PNG, so the
#: AVIF and WebP codecs, text drawing (FreeType and HarfBuzz), colour management (LittleCMS),
#: Tk, ImageMath and ImageMorph stay out, with the libraries they bring (AVIF 5 MB, the
#: rest 5 MB more).
OTHER_EXCLUDES = [
    "tkinter", "_tkinter", "pytest", "pytestqt", "hypothesis", "_pytest", "importlinter", "grimp",
    "pypdf", "mypy", "ruff", "mutmut", "IPython", "numpy", "pandas", "matplotlib",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
    "PIL._imagingft", "PIL.ImageFont", "PIL.ImageDraw", "PIL.ImageDraw2", "PIL._imagingcms", "PIL.ImageCms",
    "PIL._imagingtk", "PIL.ImageTk", "PIL._imagingmath", "PIL.ImageMath", "PIL._imagingmorph",
    "PIL.ImageMorph", "PIL.ImageQt", "PIL.ImageGrab", "PIL.ImageShow",
    # the standard library's tools nothing at run time imports (each program carries its own
    # archive of Python modules, so a module left out counts twice)
    "unittest", "doctest", "pydoc", "pydoc_data", "lib2to3", "distutils", "xmlrpc", "ensurepip", "idlelib",
    "turtle", "turtledemo", "test",
    # imported only in a try that has a fallback: Mako's syntax highlighting of template errors
    # (Pygments, 1.8 MB in each archive; Alembic runs migrations, it writes no templates),
    # ReportLab's guessing of the encoding of byte strings (PERUT gives it text), TLS (PERUT
    # works offline; files travel on USB sticks), and the C accelerators of decimal and asyncio
    # (the standard library's pure-Python modules give the same results: PERUT rounds a few
    # scores in Decimal and runs no event loop)
    "pygments", "mako.ext.pygmentplugin", "charset_normalizer", "ssl", "_ssl", "_decimal", "_asyncio",
]

#: Python's optimisation level for the collected modules of both builds (``python -OO``: no
#: docstrings, no asserts); each program's archive is 15 % smaller. PERUT reads no docstring
#: at run time and its asserts only narrow types.
OPTIMIZE = 2

#: Strip the symbol tables and debugging information from the collected libraries and the
#: executables, in both builds (PyInstaller's ``strip``). On Linux several wheels ship their
#: libraries unstripped: SQLAlchemy's compiled accelerators (9.3 MB → 1.1 MB), Pillow's
#: ``_imaging`` (3.5 → 0.8 MB), cryptography's Rust core (14.4 → 11.6 MB), and Python's own
#: libpython (23 MB); Windows DLLs carry no debugging information (it lives in .pdb files), so
#: the stripped Linux build is the closer measure of the Windows one. PyInstaller advises
#: against stripping on Windows.
STRIP = sys.platform != "win32"

#: The modules each executable's own archive keeps: what PyInstaller's start-up imports
#: before the run-time hook installer/pyi_rth_shared_modules.py switches every import to the
#: archive both programs share (its ctypes hooks import ctypes). See :func:`boot_modules`.
BOOT_PACKAGES = ("ctypes",)

#: Qt plugins PyInstaller's hooks collect that pull in Qt libraries of modules left out: the
#: virtual keyboard (Qt Quick and QML), the PDF image format (Qt PDF). With them go those
#: libraries.
QT_UNUSED_FILES = (
    "qtvirtualkeyboard", "libqpdf", "qpdf.dll", "Qt6VirtualKeyboard", "Qt6Quick", "Qt6Qml", "Qt6Pdf",
)
#: Babel's locale data: PERUT formats dates and numbers in Indonesian only (35 MB → 1 MB).
BABEL_LOCALES = ("root", "id", "id_ID", "en", "en_001", "en_US")


def qt_modules() -> list[str]:
    """Every Qt module of the installed PySide6 (``QtWebEngineCore``, …)."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    names = {p.name.split(".")[0] for p in folder.glob("Qt*") if p.suffix in (".so", ".pyd", ".pyi")}
    return sorted(n for n in names if n.startswith("Qt"))


def excludes() -> list[str]:
    """The modules both builds leave out. ``PERUT_KEEP_ALL_QT=1`` keeps every Qt module
    (only to measure what the exclusion saves, for the README)."""
    qt = [] if os.environ.get("PERUT_KEEP_ALL_QT") == "1" else [
        f"PySide6.{name}" for name in qt_modules() if name not in QT_KEEP]
    return [*OTHER_EXCLUDES, *qt]


def keep_file(dest: str) -> bool:
    """Whether a file PyInstaller collected (binary or data, by its place in the build)
    belongs in it: of Qt's own translations only the Indonesian ones (English is built in),
    no plugin or library of :data:`QT_UNUSED_FILES`, Babel's data for :data:`BABEL_LOCALES`."""
    if os.environ.get("PERUT_KEEP_ALL_QT") == "1":
        return True
    path = Path(dest)
    if "translations" in path.parts and "PySide6" in path.parts:
        return path.name.endswith("_id.qm")
    if any(part in path.name for part in QT_UNUSED_FILES):
        return False
    if path.parts[:2] == ("babel", "locale-data") and path.suffix == ".dat":
        return path.stem in BABEL_LOCALES
    if path.parts[:2] == ("holidays", "locale"):
        return path.stem == "ID"  # the translations of Indonesia's holidays (5 MB → 50 KB)
    return True


def trim(analysis) -> None:  # noqa: ANN001 - PyInstaller's Analysis
    """Drop from an analysis what :func:`keep_file` leaves out."""
    analysis.binaries = [entry for entry in analysis.binaries if keep_file(entry[0])]
    analysis.datas = [entry for entry in analysis.datas if keep_file(entry[0])]


def boot_modules(pure: list) -> list:
    """The entries of an analysis's Python modules (``a.pure``) that belong to
    :data:`BOOT_PACKAGES`, for the executable's own archive."""
    return [entry for entry in pure if entry[0].split(".")[0] in BOOT_PACKAGES]
