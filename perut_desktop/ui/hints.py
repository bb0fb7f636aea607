"""How the window words what to do next: each :class:`~perut_desktop.errors.Hint` as a
sentence naming the page, list or choice that does it (the CLI names a command instead)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from perut_desktop.errors import Hint, PerutError

_CONTEXT = "Hint"

# English source text per hint; the Indonesian is in resources/translations/perut_id.ts.
WINDOW_HINTS: dict[Hint, str] = {
    Hint.LIST_VILLAGES: QT_TRANSLATE_NOOP("Hint", "See the list of villages."),
    Hint.LIST_VISITS: QT_TRANSLATE_NOOP("Hint", "See the list of visits."),
    Hint.LIST_OFFICERS: QT_TRANSLATE_NOOP("Hint", "See the list of field officers."),
    Hint.LIST_USERS: QT_TRANSLATE_NOOP("Hint", "See the list of office staff."),
    Hint.LIST_DEVICES: QT_TRANSLATE_NOOP("Hint", "See the list of devices."),
    Hint.LIST_CONFLICTS: QT_TRANSLATE_NOOP("Hint", "See the list of conflicts."),
    Hint.CHOOSE_ACTING_USER: QT_TRANSLATE_NOOP("Hint", "Choose the acting staff member first."),
    Hint.CHOOSE_RECIPIENT: QT_TRANSLATE_NOOP("Hint", "Choose the device the bundle is for."),
    Hint.CREATE_REPLICA: QT_TRANSLATE_NOOP(
        "Hint", "Set up this installation first: the office's master copy, a field laptop or the demo."),
    Hint.CHOOSE_OTHER_DATA_FOLDER: QT_TRANSLATE_NOOP("Hint", "Choose another data folder."),
    Hint.REPLACE_REPLICA: QT_TRANSLATE_NOOP(
        "Hint", "Choose to replace the data that is there (it is backed up first)."),
    Hint.GIVE_VILLAGES_FILE: QT_TRANSLATE_NOOP("Hint", "Give a village list file of your own."),
    Hint.SET_CAMAT: QT_TRANSLATE_NOOP("Hint", "Enter the Camat's name and NIP in the letterhead settings."),
    Hint.IMPORT_BUNDLE: QT_TRANSLATE_NOOP("Hint", "Receive it as a bundle instead."),
    Hint.GIVE_PASSPHRASE: QT_TRANSLATE_NOOP("Hint", "Enter the backup's passphrase."),
    Hint.RESTORE_KEYED_BACKUP: QT_TRANSLATE_NOOP(
        "Hint", "Restore a backup that holds the device's keys, with its passphrase."),
    Hint.CHOOSE_OTHER_OUTPUT: QT_TRANSLATE_NOOP("Hint", "Choose another place to save the file."),
    Hint.CHECK_PERIOD: QT_TRANSLATE_NOOP("Hint", "Check the start and end dates of the period."),
    Hint.USE_EXPORTED_WORKBOOK: QT_TRANSLATE_NOOP("Hint", "Use the sheet layout of the Excel recap PERUT makes."),
    Hint.CONFIRM_DEVICE: QT_TRANSLATE_NOOP(
        "Hint", "Type the confirmation code the laptop shows, in the list of devices waiting for confirmation."),
    Hint.ACCEPT_DEVICE_CLOCK: QT_TRANSLATE_NOOP(
        "Hint", "If those changes were really recorded with the wrong date, the office can accept that device's "
                "versions up to a stated date (ask the person who looks after PERUT at the office)."),
}


def hint_text(hint: Hint) -> str:
    """The hint as a sentence in the window's language."""
    return QCoreApplication.translate(_CONTEXT, WINDOW_HINTS[hint])


def error_text(error: PerutError) -> str:
    """An expected error's one line as the window shows it: its message, then its hint."""
    if error.hint is None:
        return error.message
    return f"{error.message} {hint_text(error.hint)}"
