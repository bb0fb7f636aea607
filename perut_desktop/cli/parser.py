"""The whole ``perut`` argument parser, built in one place.

Each command names its handler as ``"module:function"`` (a module of this package); the
module is imported only when its command runs, so building the parser — for ``--help``,
``--version`` or a usage error — loads nothing heavier than argparse.
"""

from __future__ import annotations

import argparse

from perut_desktop import __version__
from perut_desktop.arguments import Parser, date_arg
from perut_desktop.enums import REGULATION_DATE_FIELDS, ApbdesEvaluator, ChangeReasonKind, HeadLeftReason

__all__ = ["build_parser"]

_CHECKLIST_HELP = (
    "mencetak daftar periksa kosong untuk kunjungan: buku administrasi per kategori dengan kotak "
    "keadaan, tindak lanjut yang masih terbuka dan kolom tanda tangan. Satu desa (--village) ke satu "
    "berkas, atau semua desa (--all) ke satu folder (daftar-periksa-<kode>-<nama>.pdf)."
)
_ATTENDANCE_HELP = (
    "mencetak daftar hadir satu desa: aparatur desa, BPD dan LKD yang aktif sudah tertulis, ditambah "
    "baris kosong, dengan kolom tanda tangan berselang kiri-kanan."
)
_VISIT_HELP = (
    "mencetak Laporan Hasil Pendampingan satu kunjungan: data kunjungan dan riwayat status, hasil "
    "pemeriksaan buku dan skor, daftar hadir, notulen, tindak lanjut, catatan kepatuhan regulasi, "
    "lampiran, catatan verifikasi dan tanda tangan. Laporan yang masih dapat diubah bertanda DRAF."
)
_SETTINGS_HELP = (
    "menampilkan atau mengubah pengaturan cetak replika ini: ukuran kertas bawaan (A4 atau F4/Folio "
    "215 × 330 mm) dan logo kop surat (disalin ke folder data)."
)
_EXPORT_HELP = (
    "menulis rekap Excel: Rekap Kunjungan, Kelengkapan Buku, Tindak Lanjut, Cakupan, Kepatuhan dan "
    "Aparatur Desa. Tanpa --from: sejak kunjungan pertama; tanpa --to: sampai hari ini. Tindak lanjut "
    "terbuka dan temuan kepatuhan dihitung per tanggal akhir periode."
)
_IMPORT_HELP = (
    "menambah atau memperbarui aparatur desa dari lembar 'Aparatur Desa' (susunan hasil 'perut export "
    "excel'; master). Langkah 1: jalankan tanpa opsi untuk melihat pratinjau (apa yang ditambah, diubah, "
    "tetap, ditolak) — belum ada yang disimpan. Langkah 2: bila pratinjau sudah benar, jalankan lagi "
    "dengan --yes untuk menyimpan. Baris dicocokkan dengan kolom Id Baris yang tersembunyi; baris baru "
    "(tanpa Id) dengan kode desa dan nama. Tidak ada aparatur yang dihapus; nonaktifkan dengan Aktif = Tidak."
)
_REGULATION_DATE_HELP = {
    "bpd_agreed_on": "tanggal disepakati bersama BPD",
    "handed_to_kades_on": "tanggal diserahkan pimpinan BPD kepada Kepala Desa",
    "enacted_on": "tanggal ditetapkan (ditandatangani) Kepala Desa",
    "promulgated_on": "tanggal diundangkan dalam Lembaran/Berita Desa",
    "sent_to_bupati_on": "tanggal disampaikan kepada Bupati/Walikota",
    "evaluation_submitted_on": "tanggal rancangan diajukan untuk dievaluasi Bupati",
    "evaluation_returned_on": "tanggal hasil evaluasi Bupati diterima",
    "corrected_on": "tanggal penyempurnaan sesuai hasil evaluasi",
    "consultation_on": "tanggal konsultasi publik",
    "musyawarah_on": "tanggal musyawarah perencanaan pembangunan Desa / Musyawarah Desa yang membahas dan "
                     "menyepakati rancangan (perubahan RPJM Desa/RKP Desa)",
}


def paper_arg(text: str) -> str:
    """A paper size: A4 or F4 (Folio)."""
    from perut_desktop.errors import UsageError

    key = text.strip().upper()
    key = "F4" if key == "FOLIO" else key
    if key not in ("A4", "F4"):
        raise UsageError(f"Ukuran kertas '{text}' tidak dikenal; pilih A4 atau F4.")
    return key


class _Builder:
    """Adds commands and command groups, each with the options every command has."""

    def __init__(self, common: argparse.ArgumentParser, sub: argparse._SubParsersAction) -> None:
        self.common = common
        self.top = sub

    def command(self, name: str, handler: str, help_text: str,
                parent: argparse._SubParsersAction | None = None) -> argparse.ArgumentParser:
        sp = (parent or self.top).add_parser(name, help=help_text, description=help_text, parents=[self.common])
        sp.set_defaults(handler=handler)
        return sp

    def group(self, name: str, help_text: str) -> argparse._SubParsersAction:
        grp = self.command(name, "", help_text).add_subparsers(dest="sub", metavar="AKSI", parser_class=Parser)
        grp.required = True
        return grp


def build_parser() -> argparse.ArgumentParser:
    """The ``perut`` parser with every command, option and Indonesian help text."""
    common = Parser(add_help=False)
    # SUPPRESS: the option may stand before or after the command without one hiding the other.
    common.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="folder data replika (bawaan: PERUT_DATA_DIR atau folder data pengguna)")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                        help="tampilkan traceback bila terjadi kesalahan")
    p = Parser(prog="perut", description="PERUT Desktop — Pendampingan Rutin administrasi desa.", parents=[common])
    p.add_argument("--version", action="version", version=f"perut {__version__}",
                   help="tampilkan versi program lalu keluar")
    sub = p.add_subparsers(dest="command", metavar="PERINTAH", parser_class=Parser)
    sub.required = True
    b = _Builder(common, sub)
    _replica_commands(b)
    _people_commands(b)
    _visit_commands(b)
    _regulation_commands(b)
    _sync_commands(b)
    _report_commands(b)
    _excel_commands(b)
    _template_commands(b)
    return p


def _replica_commands(b: _Builder) -> None:
    sp = b.command("init", "replica:cmd_init", "membuat replika baru (master di kantor kecamatan, atau laptop "
                   "pendamping dari berkas pendaftaran)")
    sp.add_argument("--role", choices=["master", "field"], required=True, help="peran replika")
    sp.add_argument("--kecamatan", help="nama kecamatan, mis. Awayan")
    sp.add_argument("--villages", metavar="BERKAS.csv",
                    help="berkas CSV desa (code,name[,other_spellings]) untuk kecamatan lain")
    sp.add_argument("--kabupaten", help="nama kabupaten (untuk kecamatan lain)")
    sp.add_argument("--province", help="nama provinsi (untuk kecamatan lain)")
    sp.add_argument("--enrollment", help="berkas pendaftaran dari kantor kecamatan (replika lapangan)")

    sp = b.command("demo", "replica:cmd_demo", "mengisi replika master baru dengan data contoh yang realistis")
    sp.add_argument("--years", type=int, default=1, help="lama riwayat dalam tahun (bawaan 1)")
    sp.add_argument("--seed", type=int, default=1, help="benih acak; benih dan tanggal sama memberi isi sama")
    sp.add_argument("--today", type=date_arg, help="tanggal 'hari ini' untuk data contoh (TTTT-BB-HH)")

    sp = b.command("stats", "replica:cmd_stats", "jumlah baris per tabel")
    sp.add_argument("--json", action="store_true")
    sp = b.command("fingerprint", "replica:cmd_fingerprint", "sidik data tereplikasi (sama di replika yang "
                   "datanya sama)")
    sp.add_argument("--json", action="store_true")
    sp = b.command("backup", "replica:cmd_backup", "mencadangkan basis data (dan, dengan kata sandi, kunci "
                   "perangkat) ke berkas")
    sp.add_argument("--out", required=True, help="berkas tujuan")
    sp.add_argument("--passphrase-file", help="berkas berisi kata sandi (baris pertama, minimal 12 karakter, mis. "
                    "kalimat beberapa kata): cadangan berisi juga kunci perangkat dan seluruhnya terenkripsi")
    sp = b.command("restore", "replica:cmd_restore", "memulihkan replika dari berkas cadangan (juga cadangan "
                   "otomatis di backups/)")
    sp.add_argument("file", help="berkas cadangan")
    sp.add_argument("--replace", action="store_true", help="ganti replika yang ada (dicadangkan dahulu)")
    sp.add_argument("--passphrase-file", help="berkas berisi kata sandi cadangan yang berisi kunci perangkat")


def _people_commands(b: _Builder) -> None:
    grp = b.group("village", "desa")
    sp = b.command("list", "people:cmd_village_list", "daftar desa", grp)
    sp.add_argument("--json", action="store_true")

    grp = b.group("officer", "pendamping")
    sp = b.command("add", "people:cmd_officer_add", "menambah pendamping (master)", grp)
    sp.add_argument("--name", required=True, help="nama lengkap dengan gelar, mis. \"Rahmadi, S.AP.\"")
    sp.add_argument("--nip", help="NIP (18 angka, spasi boleh)")
    sp.add_argument("--position", help="jabatan di kantor kecamatan")
    sp.add_argument("--phone", help="nomor telepon")
    sp.add_argument("--email", help="alamat surel")
    sp.add_argument("--villages", help='desa yang ditugaskan, dipisah koma: "Awayan,Tundi"')
    sp = b.command("list", "people:cmd_officer_list", "daftar pendamping", grp)
    sp.add_argument("--json", action="store_true")

    grp = b.group("user", "profil petugas kecamatan di replika master")
    sp = b.command("add", "people:cmd_user_add", "menambah petugas kecamatan (master)", grp)
    sp.add_argument("--name", required=True, help="nama lengkap dengan gelar")
    sp.add_argument("--nip", help="NIP (18 angka, spasi boleh)")
    sp.add_argument("--title", help="jabatan, mis. Camat, Sekretaris Kecamatan")
    _user_signing_options(sp)
    sp = b.command("edit", "people:cmd_user_edit", "mengubah profil petugas kecamatan (master)", grp)
    sp.add_argument("user", help="nama, NIP atau id petugas (lihat 'perut user list')")
    sp.add_argument("--name", help="nama lengkap yang baru")
    sp.add_argument("--nip", help="NIP yang baru")
    sp.add_argument("--title", help="jabatan yang baru")
    _user_signing_options(sp)
    sp.add_argument("--no-plt", action="store_true", help="akhiri penugasan sebagai Plt. Camat")
    sp.add_argument("--no-pin", action="store_true", help="hapus PIN tanda tangan")
    sp = b.command("list", "people:cmd_user_list", "daftar petugas kecamatan", grp)
    sp.add_argument("--json", action="store_true")

    grp = b.group("official", "aparatur desa, BPD dan LKD")
    sp = b.command("add", "people:cmd_official_add", "menambah aparatur desa", grp)
    sp.add_argument("--village", required=True, help="desa (nama atau kode)")
    sp.add_argument("--name", required=True, help="nama lengkap")
    sp.add_argument("--position", required=True, help="jabatan, mis. Kepala Desa, Sekretaris Desa, Ketua BPD")
    sp.add_argument("--phone", help="nomor telepon")
    sp.add_argument("--gender", choices=["L", "P"], help="jenis kelamin: L (laki-laki) atau P (perempuan)")
    official_id = "id aparatur (lihat 'perut official list --json')"
    sp = b.command("edit", "people:cmd_official_edit", "mengubah data aparatur desa", grp)
    sp.add_argument("id", help=official_id)
    sp.add_argument("--name", help="nama lengkap yang baru")
    sp.add_argument("--position", help="jabatan yang baru")
    sp.add_argument("--phone", help="nomor telepon yang baru")
    sp.add_argument("--gender", choices=["L", "P"], help="jenis kelamin: L (laki-laki) atau P (perempuan)")
    sp = b.command("remove", "people:cmd_official_remove", "menghapus aparatur desa", grp)
    sp.add_argument("id", help=official_id)
    sp = b.command("list", "people:cmd_official_list", "daftar aparatur desa", grp)
    sp.add_argument("--village", help="hanya desa ini (nama atau kode)")
    sp.add_argument("--json", action="store_true")


def _user_signing_options(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--can-sign", action=argparse.BooleanOptionalAction, default=None,
                    help="boleh menandatangani laporan a.n. Camat (--no-can-sign: tidak)")
    sp.add_argument("--plt", metavar="DARI:SAMPAI", help="masa tugas sebagai Plt. Camat, mis. 2026-07-01:2026-07-31")
    sp.add_argument("--pin-file", metavar="BERKAS", help="berkas berisi PIN tanda tangan (baris pertama, minimal "
                    "4 karakter); PIN diminta setiap kali profil ini menyetujui")


def _review_options(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("id", help="id kunjungan (lihat 'perut visit list')")
    sp.add_argument("--as", dest="as_user", required=True, metavar="PETUGAS",
                    help="petugas kecamatan yang bertindak (nama, NIP atau id; lihat 'perut user list')")


def _visit_commands(b: _Builder) -> None:
    grp = b.group("visit", "kunjungan pendampingan")
    sp = b.command("list", "visits:cmd_visit_list", "daftar kunjungan", grp)
    sp.add_argument("--village", help="hanya desa ini (nama atau kode)")
    sp.add_argument("--status", help="draf, diajukan, diverifikasi, disetujui atau dikembalikan")
    sp.add_argument("--json", action="store_true")
    sp = b.command("show", "visits:cmd_visit_show", "rincian satu kunjungan", grp)
    sp.add_argument("id", help="id kunjungan (lihat 'perut visit list')")
    sp.add_argument("--json", action="store_true")
    sp = b.command("submit", "visits:cmd_visit_submit", "mengajukan kunjungan Draf untuk diverifikasi (perangkat "
                   "pemilik)", grp)
    sp.add_argument("id", help="id kunjungan (lihat 'perut visit list')")
    sp.add_argument("--note", help="catatan pengajuan")
    sp = b.command("reopen", "visits:cmd_visit_reopen", "mengembalikan kunjungan Dikembalikan menjadi Draf untuk "
                   "diperbaiki (perangkat pemilik)", grp)
    sp.add_argument("id", help="id kunjungan (lihat 'perut visit list')")
    sp.add_argument("--note", help="catatan")
    checked_help = ("butir verifikasi yang sudah diperiksa, dipisah koma: kelengkapan, validitas, kesesuaian, "
                    "kualitas, konsistensi (atau semua)")
    sp = b.command("verify", "visits:cmd_visit_review", "memverifikasi kunjungan yang diajukan (master)", grp)
    _review_options(sp)
    sp.add_argument("--note", help="catatan verifikasi")
    sp.add_argument("--checked", help=checked_help)
    sp.set_defaults(step="verify")
    sp = b.command("return", "visits:cmd_visit_review", "mengembalikan kunjungan untuk diperbaiki (master)", grp)
    _review_options(sp)
    sp.add_argument("--note", required=True, help="apa yang harus diperbaiki")
    sp.add_argument("--checked", help=checked_help)
    sp.set_defaults(step="return")
    sp = b.command("approve", "visits:cmd_visit_review", "menyetujui kunjungan yang sudah diverifikasi (master; "
                   "oleh petugas yang berwenang menandatangani)", grp)
    _review_options(sp)
    sp.add_argument("--note", help="catatan persetujuan")
    sp.add_argument("--title", choices=["camat", "plt", "an"], default="camat",
                    help="menandatangani sebagai Camat, Plt. Camat atau a.n. Camat (bawaan: camat)")
    sp.add_argument("--pin-file", metavar="BERKAS", help="berkas berisi PIN tanda tangan petugas (baris pertama)")
    sp.set_defaults(step="approve")
    sp = b.command("attach-signed", "visits:cmd_visit_attach_signed", "melampirkan pindaian laporan yang sudah "
                   "ditandatangani pada kunjungan Disetujui (master)", grp)
    _review_options(sp)
    sp.add_argument("file", help="berkas pindaian (PDF atau gambar)")
    sp = b.command("review-settings", "visits:cmd_visit_review_settings", "menampilkan atau mengubah pengaturan "
                   "verifikasi kantor kecamatan", grp)
    sp.add_argument("--same-person", choices=["ya", "tidak"],
                    help="boleh tidaknya verifikator juga menyetujui kunjungan yang sama")
    sp.add_argument("--score-drop", type=int, metavar="POIN",
                    help="penurunan nilai (poin persen) dari kunjungan sebelumnya yang diberi peringatan")
    sp.add_argument("--json", action="store_true")
    sp = b.command("reassign", "visits:cmd_visit_reassign", "mengalihkan kunjungan terbuka ke perangkat lain "
                   "(master)", grp)
    sp.add_argument("visit", help="id kunjungan")
    sp.add_argument("--to", required=True, help="perangkat tujuan (id, nama atau nama pendamping)")
    sp.add_argument("--with-officer", action="store_true", help="ganti juga pendamping kunjungan dengan pendamping "
                    "perangkat tujuan")

    sp = b.command("kecamatan", "people:cmd_kecamatan", "menampilkan atau mengubah data kecamatan (kop surat, "
                   "Camat)")
    for opt, text in (("kabupaten", "nama kabupaten, mis. Balangan"), ("province", "nama provinsi"),
                      ("address", "alamat kantor kecamatan"), ("postal-code", "kode pos"),
                      ("phone", "nomor telepon kantor"), ("email", "alamat surel kantor"),
                      ("city", "tempat penandatanganan dokumen, mis. Awayan"),
                      ("camat-name", "nama Camat dengan gelar"), ("camat-nip", "NIP Camat")):
        sp.add_argument(f"--{opt}", help=text)
    sp.add_argument("--json", action="store_true")

    grp = b.group("schedule", "jadwal pendampingan")
    sp = b.command("generate", "visits:cmd_schedule_generate", "menyusun jadwal bulanan satu tahun (master)", grp)
    sp.add_argument("--year", type=int, required=True, help="tahun jadwal, mis. 2027")
    for which, text in (("overdue", "rencana kunjungan yang terlewat"), ("upcoming", "rencana kunjungan mendatang")):
        sp = b.command(which, "visits:cmd_schedule_list", text, grp)
        sp.set_defaults(which=which)
        sp.add_argument("--today", type=date_arg)
        sp.add_argument("--json", action="store_true")


def _regulation_options(sp: argparse.ArgumentParser, *, required: bool) -> None:
    sp.add_argument("--kind", choices=["perdes", "perkades", "perber"], help="jenis peraturan")
    sp.add_argument("--number", help="nomor peraturan")
    sp.add_argument("--year", type=int, help="tahun peraturan")
    sp.add_argument("--title", required=required, help="judul/tentang")
    sp.add_argument("--topic", choices=["apbdes", "perubahan_apbdes", "rkpdes", "perubahan_rkpdes", "rpjmdes",
                                        "perubahan_rpjmdes", "tata_ruang", "pungutan", "organisasi", "lainnya"],
                    help="pokok pengaturan (bawaan: lainnya)")
    sp.add_argument("--budget-year", type=int, help="tahun anggaran (APBDes)")
    for name in REGULATION_DATE_FIELDS:
        sp.add_argument(f"--{name.replace('_', '-')}", type=date_arg,
                        help=_REGULATION_DATE_HELP[name] + " (TTTT-BB-HH)")
    sp.add_argument("--extraordinary-note", help="catatan keadaan luar biasa")
    sp.add_argument("--change-reason-kind", choices=[k.value for k in ChangeReasonKind],
                    help="jenis alasan perubahan RPJMDes/RKPDes: peristiwa khusus (bencana alam, krisis, "
                    "kerusuhan sosial berkepanjangan) atau perubahan mendasar kebijakan Pemerintah")
    sp.add_argument("--change-reason", help="alasan perubahan")
    sp.add_argument("--notes", help="catatan lain")


def _regulation_commands(b: _Builder) -> None:
    grp = b.group("regulation", "register peraturan di desa")
    sp = b.command("add", "regulations:cmd_regulation_add", "mencatat peraturan desa", grp)
    sp.add_argument("--village", required=True, help="desa (nama atau kode)")
    _regulation_options(sp, required=True)
    sp = b.command("edit", "regulations:cmd_regulation_edit", "mengubah catatan peraturan", grp)
    sp.add_argument("id", help="id peraturan (lihat 'perut regulation list --json')")
    _regulation_options(sp, required=False)
    sp = b.command("list", "regulations:cmd_regulation_list", "daftar peraturan", grp)
    sp.add_argument("--village", help="hanya desa ini (nama atau kode)")
    sp.add_argument("--json", action="store_true")

    sp = b.command("compliance", "regulations:cmd_compliance", "catatan kepatuhan regulasi desa pada suatu tanggal")
    sp.add_argument("--village", help="hanya desa ini (nama atau kode)")
    sp.add_argument("--on", type=date_arg, help="tanggal pemeriksaan (bawaan: hari ini)")
    sp.add_argument("--json", action="store_true")

    sp = b.command("village-profile", "regulations:cmd_village_profile", "menampilkan atau mengubah profil desa")
    sp.add_argument("--village", required=True, help="desa (nama atau kode)")
    sp.add_argument("--classification", choices=["swadaya", "swakarya", "swasembada"],
                    help="klasifikasi desa (menentukan jumlah urusan dan seksi yang semestinya)")
    sp.add_argument("--sotk-urusan", type=int, help="jumlah urusan di Sekretariat Desa (tanpa ini: dihitung "
                    "dari jabatan Kaur pada daftar aparatur yang aktif)")
    sp.add_argument("--sotk-seksi", type=int, help="jumlah seksi pelaksana teknis (tanpa ini: dihitung dari "
                    "jabatan Kasi pada daftar aparatur yang aktif)")
    sp.add_argument("--kades-name", help="nama Kepala Desa")
    sp.add_argument("--kades-inaugurated-on", type=date_arg, help="tanggal pelantikan Kepala Desa (TTTT-BB-HH)")
    sp.add_argument("--kades-term-number", type=int, help="periode ke berapa masa jabatan ini")
    sp.add_argument("--kades-term-ends-on", type=date_arg,
                    help="akhir masa jabatan bila tercatat lain (mis. perpanjangan UU 3/2024 Pasal 118)")
    sp.add_argument("--pj", dest="kades_acting", choices=["ya", "tidak"],
                    help="ya: yang menjabat adalah Penjabat (Pj.) Kepala Desa, --kades-name berisi namanya")
    sp.add_argument("--pj-sk", dest="kades_acting_sk", help="nomor SK Bupati pengangkatan Pj. Kepala Desa")
    sp.add_argument("--pj-sk-on", dest="kades_acting_sk_on", type=date_arg, help="tanggal SK Pj. (TTTT-BB-HH)")
    sp.add_argument("--previous-head-left", choices=[r.value for r in HeadLeftReason],
                    help="alasan Kepala Desa sebelumnya berhenti")
    sp.add_argument("--previous-head-left-on", type=date_arg,
                    help="tanggal Kepala Desa sebelumnya berhenti/diberhentikan (TTTT-BB-HH)")
    sp.add_argument("--bpd-term-notice-on", type=date_arg,
                    help="tanggal pemberitahuan tertulis BPD tentang akan berakhirnya masa jabatan")
    for option, text in (("--election-elected-on", "calon Kepala Desa terpilih ditetapkan panitia"),
                         ("--election-to-bpd-on", "laporan panitia pemilihan diterima BPD"),
                         ("--election-to-bupati-on", "BPD menyampaikan hasil pemilihan kepada Bupati"),
                         ("--election-decided-on", "keputusan Bupati mengesahkan Kepala Desa terpilih")):
        sp.add_argument(option, type=date_arg, help=f"tanggal {text} (TTTT-BB-HH)")
    sp.add_argument("--json", action="store_true")

    sp = b.command("apbdes-evaluator", "regulations:cmd_apbdes_evaluator",
                   "menampilkan atau mengubah siapa yang mengevaluasi rancangan APB Desa (Bupati, atau Camat "
                   "karena pelimpahan; master)")
    sp.add_argument("--evaluator", choices=[e.value for e in ApbdesEvaluator], help="bupati atau camat")
    sp.add_argument("--source", help="Peraturan Bupati yang melimpahkan evaluasi kepada Camat")
    sp.add_argument("--from", dest="effective_from", type=date_arg,
                    help="tanggal pelimpahan mulai berlaku (TTTT-BB-HH)")
    sp.add_argument("--json", action="store_true")


def _sync_commands(b: _Builder) -> None:
    sp = b.command("enroll", "sync:cmd_enroll", "mendaftarkan laptop pendamping dan menulis berkas "
                   "pendaftarannya (master)")
    sp.add_argument("--officer", required=True, help="nama, NIP atau id pendamping")
    sp.add_argument("--out", required=True, metavar="BERKAS.perut-enroll",
                    help="berkas pendaftaran yang ditulis (akhiran .perut-enroll ditambahkan bila tidak ada)")
    sp.add_argument("--name", help="nama perangkat (bawaan: Laptop NAMA)")
    sp.add_argument("--days", type=int, default=14, metavar="HARI",
                    help="masa berlaku pendaftaran sampai kodenya dikonfirmasi (bawaan 14 hari)")

    grp = b.group("sync", "bertukar bundel dengan replika lain")
    sp = b.command("export", "sync:cmd_sync_export", "menulis bundel untuk kantor kecamatan atau sebuah laptop", grp)
    sp.add_argument("--out", required=True, help="berkas bundel (.perut)")
    sp.add_argument("--to", help="perangkat tujuan (wajib di master; lihat 'perut device list')")
    sp.add_argument("--full", action="store_true", help="kirim semua data, bukan hanya yang belum diakui")
    sp.add_argument("--max-size", help="ukuran maksimum per berkas, mis. 90M (lampiran dibagi ke beberapa berkas)")
    sp.add_argument("--json", action="store_true")
    sp = b.command("import", "sync:cmd_sync_import", "mengimpor bundel", grp)
    sp.add_argument("file", help="berkas bundel (.perut)")
    sp.add_argument("--dry-run", action="store_true", help="periksa dan hitung tanpa menyimpan")
    sp.add_argument("--json", action="store_true")
    sp = b.command("status", "sync:cmd_sync_status", "keadaan sinkronisasi per mitra", grp)
    sp.add_argument("--json", action="store_true")

    grp = b.group("device", "perangkat (laptop pendamping dan master)")
    sp = b.command("list", "sync:cmd_device_list", "daftar perangkat", grp)
    sp.add_argument("--json", action="store_true")
    sp = b.command("revoke", "sync:cmd_device_revoke", "mencabut perangkat (master): bundelnya ditolak", grp)
    sp.add_argument("device", help="id, nama perangkat atau nama pendamping")
    sp.add_argument("--reason", help="alasan pencabutan")
    sp = b.command("pending", "sync:cmd_device_pending", "laptop yang menunggu konfirmasi pendaftaran (master)", grp)
    sp.add_argument("--json", action="store_true")
    sp = b.command("confirm", "sync:cmd_device_confirm", "mengonfirmasi pendaftaran laptop dengan kode yang tampil "
                   "di laptop itu (master): bundel pertamanya diterapkan", grp)
    sp.add_argument("device", help="id, nama perangkat atau nama pendamping")
    sp.add_argument("code", metavar="KODE", help="kode konfirmasi di layar laptop, mis. 7KQ2M-X9P4D")
    sp = b.command("code", "sync:cmd_device_code", "menampilkan lagi kode konfirmasi laptop ini", grp)
    sp.add_argument("--json", action="store_true")
    sp = b.command("accept-clock", "sync:cmd_device_accept_clock", "menerima versi laptop yang tanggalnya pernah "
                   "terlalu maju, sampai waktu tertentu (master; dicatat dengan alasannya)", grp)
    sp.add_argument("device", help="id, nama perangkat atau nama pendamping")
    sp.add_argument("until", metavar="SAMPAI", help="tanggal (TTTT-BB-HH, sampai akhir hari itu) atau waktu "
                    "(TTTT-BB-HHTjj:mm) dalam UTC, seperti versi perangkat itu")
    sp.add_argument("--note", default="", help="alasan, mis. 'baterai BIOS habis, tanggal 2031'")

    grp = b.group("conflicts", "konflik hasil penggabungan data")
    sp = b.command("list", "sync:cmd_conflicts_list", "daftar konflik (terbuka)", grp)
    sp.add_argument("--all", action="store_true", help="termasuk yang sudah dipulihkan atau diabaikan")
    sp.add_argument("--json", action="store_true")
    conflict_id = "id konflik (lihat 'perut conflicts list')"
    sp = b.command("show", "sync:cmd_conflicts_show", "rincian satu konflik", grp)
    sp.add_argument("id", help=conflict_id)
    sp.add_argument("--json", action="store_true")
    for action, text in (("restore", "memakai lagi nilai yang tersimpan"), ("dismiss", "mengabaikan konflik")):
        sp = b.command(action, "sync:cmd_conflicts_resolve", text, grp)
        sp.set_defaults(action=action)
        sp.add_argument("id", help=conflict_id)
        sp.add_argument("--note", help="catatan")

    grp = b.group("dev", "alat pengembang")
    sp = b.command("simulate", "sync:cmd_dev_simulate", "membuat perubahan acak lewat layanan (untuk mencoba "
                   "sinkronisasi)", grp)
    sp.add_argument("--ops", type=int, required=True, help="jumlah perubahan yang dibuat")
    sp.add_argument("--seed", type=int, default=1, help="benih acak; benih sama memberi perubahan sama (bawaan 1)")
    sp.add_argument("--json", action="store_true")


def _paper_option(sp: argparse.ArgumentParser) -> None:
    sp.add_argument("--paper", type=paper_arg, metavar="A4|F4",
                    help="ukuran kertas untuk berkas ini (bawaan: pengaturan 'perut report settings')")


def _report_commands(b: _Builder) -> None:
    grp = b.group("report", "mencetak dokumen PDF: daftar periksa, daftar hadir, laporan kunjungan")
    sp = b.command("checklist", "reports:cmd_report_checklist", _CHECKLIST_HELP, grp)
    which = sp.add_mutually_exclusive_group(required=True)
    which.add_argument("--village", metavar="DESA", help="nama atau kode desa")
    which.add_argument("--all", action="store_true", help="semua desa; --out adalah folder")
    sp.add_argument("--out", required=True, metavar="BERKAS.pdf|FOLDER", help="berkas PDF (atau folder dengan --all)")
    _paper_option(sp)

    sp = b.command("attendance-sheet", "reports:cmd_report_attendance", _ATTENDANCE_HELP, grp)
    sp.add_argument("--village", required=True, metavar="DESA", help="nama atau kode desa")
    sp.add_argument("--date", type=date_arg, metavar="TTTT-BB-HH",
                    help="tanggal pertemuan (tanpa opsi ini: dikosongkan untuk diisi tangan)")
    sp.add_argument("--out", required=True, metavar="BERKAS.pdf", help="berkas PDF yang ditulis")
    _paper_option(sp)

    sp = b.command("visit", "reports:cmd_report_visit", _VISIT_HELP, grp)
    sp.add_argument("visit_id", metavar="ID_KUNJUNGAN", help="id kunjungan (lihat 'perut visit list')")
    sp.add_argument("--out", required=True, metavar="BERKAS.pdf", help="berkas PDF yang ditulis")
    _paper_option(sp)

    sp = b.command("settings", "reports:cmd_report_settings", _SETTINGS_HELP, grp)
    sp.add_argument("--paper", type=paper_arg, metavar="A4|F4", help="ukuran kertas bawaan")
    logo = sp.add_mutually_exclusive_group()
    logo.add_argument("--logo", metavar="BERKAS", help="gambar logo kop surat (PNG atau JPEG)")
    logo.add_argument("--no-logo", action="store_true", help="cetak kop surat tanpa logo")
    sp.add_argument("--json", action="store_true")


def _excel_commands(b: _Builder) -> None:
    grp = b.group("export", "menulis data ke berkas untuk dikirim atau diolah (Excel)")
    sp = b.command("excel", "excel:cmd_export_excel", _EXPORT_HELP, grp)
    sp.add_argument("--out", required=True, metavar="BERKAS.xlsx", help="berkas Excel yang ditulis")
    sp.add_argument("--approved-only", action="store_true",
                    help="hanya kunjungan yang sudah disetujui (rekap kunjungan dan kelengkapan buku)")
    sp.add_argument("--from", dest="date_from", type=date_arg, metavar="TTTT-BB-HH", help="tanggal awal periode")
    sp.add_argument("--to", dest="date_to", type=date_arg, metavar="TTTT-BB-HH", help="tanggal akhir periode")
    sp.add_argument("--village", metavar="DESA", help="hanya satu desa (nama atau kode)")

    grp = b.group("import", "membaca data dari berkas (aparatur desa dari Excel)")
    sp = b.command("officials", "excel:cmd_import_officials", _IMPORT_HELP, grp)
    sp.add_argument("file", metavar="BERKAS.xlsx", help="buku kerja Excel dengan lembar 'Aparatur Desa'")
    mode = sp.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true",
                      help="hanya pratinjau, tidak menyimpan (sama dengan tanpa opsi)")
    mode.add_argument("--yes", action="store_true", help="simpan perubahan yang ditampilkan pratinjau")
    sp.add_argument("--json", action="store_true", help="pratinjau atau hasil sebagai JSON")


def _template_commands(b: _Builder) -> None:
    grp = b.group("template", "daftar periksa (buku administrasi) dan padanan bukunya")
    sp = b.command("list", "templates:cmd_template_list", "semua daftar periksa dengan bukunya: kode, kategori, "
                   "judul dan buku daftar periksa lain yang dilanjutkan ('-': tidak ada padanan)", grp)
    sp.add_argument("--json", action="store_true")
    sp = b.command("publish", "templates:cmd_template_publish", "memberlakukan daftar periksa untuk kunjungan baru "
                   "(master); kunjungan lama tetap memakai daftar periksanya", grp)
    sp.add_argument("name", metavar="NAMA", help="kode daftar periksa, mis. PERMENDAGRI-47-2016 (lihat 'perut "
                    "template list')")
    sp.add_argument("--template-version", type=int, help="versi tertentu (bawaan: versi terbaru)")
