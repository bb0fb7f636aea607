"""How the command line words what to do next: each :class:`~perut_desktop.errors.Hint` as
the command or option to type. The window words the same hints as pages and buttons."""

from __future__ import annotations

from perut_desktop.errors import Hint, PerutError

#: One sentence per hint, appended to the error's message.
CLI_HINTS: dict[Hint, str] = {
    Hint.LIST_VILLAGES: "Lihat 'perut village list'.",
    Hint.LIST_VISITS: "Lihat 'perut visit list'.",
    Hint.LIST_OFFICERS: "Lihat 'perut officer list'.",
    Hint.LIST_USERS: "Lihat 'perut user list'.",
    Hint.LIST_DEVICES: "Lihat 'perut device list'.",
    Hint.LIST_CONFLICTS: "Lihat 'perut conflicts list'.",
    Hint.CHOOSE_ACTING_USER: "Daftar petugas: 'perut user list'.",
    Hint.CHOOSE_RECIPIENT: "Sebutkan dengan --to (lihat 'perut device list').",
    Hint.CREATE_REPLICA: "Jalankan 'perut init' terlebih dahulu.",
    Hint.CHOOSE_OTHER_DATA_FOLDER: "Pilih folder lain dengan --data-dir.",
    Hint.REPLACE_REPLICA: "Gunakan --replace untuk menggantinya (data yang ada dicadangkan dahulu).",
    Hint.GIVE_VILLAGES_FILE: "Berikan berkas desa sendiri dengan --villages.",
    Hint.SET_CAMAT: "Isi dengan 'perut kecamatan --camat-name … --camat-nip …'.",
    Hint.IMPORT_BUNDLE: "Impor dengan 'perut sync import'.",
    Hint.GIVE_PASSPHRASE: "Berikan kata sandinya dengan --passphrase-file BERKAS.",
    Hint.RESTORE_KEYED_BACKUP: ("Pulihkan cadangan yang berisi kunci: "
                                "perut restore BERKAS --replace --passphrase-file BERKAS_SANDI."),
    Hint.CHOOSE_OTHER_OUTPUT: "Pilih tempat lain dengan --out.",
    Hint.CHECK_PERIOD: "Periksa --from dan --to.",
    Hint.USE_EXPORTED_WORKBOOK: "Gunakan susunan lembar hasil 'perut export excel'.",
    Hint.CONFIRM_DEVICE: ("Ketik kode yang tampil di laptop itu ('perut device code' di sana): "
                          "perut device confirm PERANGKAT KODE."),
    Hint.ACCEPT_DEVICE_CLOCK: ("Bila perubahan itu memang sudah tercatat dengan tanggal yang salah: "
                               "perut device accept-clock PERANGKAT TANGGAL."),
}


def render(error: PerutError) -> str:
    """The error's one line as the command line prints it: its message, then its hint."""
    if error.hint is None:
        return error.message
    return f"{error.message} {CLI_HINTS[error.hint]}"
