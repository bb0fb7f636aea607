"""A document the window could not write where it meant to (a PDF or workbook held open by
another program, a name Windows cannot hold, a path too long): the one line that says why,
then another file name to write it under, asked through :mod:`perut_desktop.ui.prompts`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from perut_desktop.errors import Hint, PerutError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from perut_desktop.ui.prompts import Prompts

def refused_file(exc: BaseException, suffix: str) -> Path | None:
    """The ``suffix`` file an output refusal names (an error with
    :attr:`Hint.CHOOSE_OTHER_OUTPUT`), or None for any other failure (a folder refused too)."""
    if not isinstance(exc, PerutError) or exc.hint is not Hint.CHOOSE_OTHER_OUTPUT or not exc.record:
        return None
    path = Path(exc.record)
    return path if path.suffix.lower() == suffix.lower() else None


def suggested_name(refused: Path) -> Path:
    """Where the file chooser starts: beside the refused file, the same name with ``-2``."""
    folder = refused.parent if refused.parent.is_dir() else Path.home()
    return folder / f"{refused.stem.rstrip(' .')}-2{refused.suffix}"


def offer_other_name(parent: QWidget, prompts: Prompts, exc: BaseException, suffix: str, name_filter: str,
                     write: Callable[[Path], object]) -> bool:
    """On the refusal of a ``suffix`` file: show its one line and offer to save under another
    name; ``write(path)`` when one is chosen. True when the refusal was told here (the task
    then shows no error dialog), False for any other failure."""
    refused = refused_file(exc, suffix)
    if refused is None:
        return False
    assert isinstance(exc, PerutError)
    title = QCoreApplication.translate("OtherOutput", "The file was not written")
    accept = QCoreApplication.translate("OtherOutput", "Save under &another name…")
    if prompts.confirm(parent, title, exc.message, accept):
        path = prompts.save_file(parent, QCoreApplication.translate("OtherOutput", "Save under another name"),
                                 suggested_name(refused), name_filter)
        if path is not None:
            write(path)
    return True
