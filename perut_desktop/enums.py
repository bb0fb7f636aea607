"""The domain's closed value sets, stored as text. Code values are stable ASCII.

A light module: it imports nothing of SQLAlchemy or the models, so every layer — the
window included — may use these enums. Data transfer objects carry them; each front end
turns a member into words in one place (the ``label`` properties here are the Indonesian
words of printed documents and the CLI).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    MASTER = "master"
    FIELD = "field"


class VisitStatus(StrEnum):
    DRAF = "draf"
    DIAJUKAN = "diajukan"
    DIVERIFIKASI = "diverifikasi"
    DISETUJUI = "disetujui"
    DIKEMBALIKAN = "dikembalikan"

    @property
    def label(self) -> str:
        return {
            "draf": "Draf",
            "diajukan": "Diajukan",
            "diverifikasi": "Diverifikasi",
            "disetujui": "Disetujui",
            "dikembalikan": "Dikembalikan",
        }[self.value]


class Delivery(StrEnum):
    """Whether the office has a visit recorded on this laptop (as ODK Collect shows sent
    and unsent forms): not yet in a bundle, in a bundle not yet acknowledged, or held by
    the office (every visit on the master, and every visit a laptop received)."""

    UNSENT = "unsent"
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"


#: Statuses in which the owning device may still edit a visit.
EDITABLE_STATUSES = frozenset({VisitStatus.DRAF, VisitStatus.DIKEMBALIKAN})


class ResultStatus(StrEnum):
    LENGKAP = "lengkap"
    BELUM_LENGKAP = "belum_lengkap"
    TIDAK_ADA = "tidak_ada"
    TIDAK_BERLAKU = "tidak_berlaku"

    @property
    def label(self) -> str:
        return {
            "lengkap": "Ada, lengkap",
            "belum_lengkap": "Ada, belum lengkap/tidak mutakhir",
            "tidak_ada": "Tidak ada",
            "tidak_berlaku": "Tidak berlaku",
        }[self.value]


class AttendeeGroup(StrEnum):
    PEMDES = "pemdes"
    BPD = "bpd"
    LKD = "lkd"
    MASYARAKAT = "masyarakat"
    KECAMATAN = "kecamatan"
    LAINNYA = "lainnya"

    @property
    def label(self) -> str:
        return {
            "pemdes": "Pemerintah Desa",
            "bpd": "BPD",
            "lkd": "LKD",
            "masyarakat": "Masyarakat",
            "kecamatan": "Kecamatan",
            "lainnya": "Lainnya",
        }[self.value]


class Gender(StrEnum):
    L = "L"
    P = "P"


class OfficialBody(StrEnum):
    """The body a village official belongs to."""

    PEMDES = "pemdes"
    BPD = "bpd"
    LKD = "lkd"


class FollowUpStatus(StrEnum):
    BELUM = "belum"
    SELESAI = "selesai"
    DIBATALKAN = "dibatalkan"

    @property
    def label(self) -> str:
        return {"belum": "Belum selesai", "selesai": "Selesai", "dibatalkan": "Dibatalkan"}[
            self.value
        ]


class SignatoryTitle(StrEnum):
    """How the Camat's signature is given (definitif, pelaksana tugas, atas nama)."""

    CAMAT = "camat"
    PLT = "plt"
    AN = "an"


class RegulationKind(StrEnum):
    PERDES = "perdes"
    PERKADES = "perkades"
    PERBER = "perber"

    @property
    def label(self) -> str:
        return {
            "perdes": "Peraturan Desa",
            "perkades": "Peraturan Kepala Desa",
            "perber": "Peraturan Bersama Kepala Desa",
        }[self.value]


class RegulationTopic(StrEnum):
    APBDES = "apbdes"
    PERUBAHAN_APBDES = "perubahan_apbdes"
    RKPDES = "rkpdes"
    PERUBAHAN_RKPDES = "perubahan_rkpdes"
    RPJMDES = "rpjmdes"
    PERUBAHAN_RPJMDES = "perubahan_rpjmdes"
    TATA_RUANG = "tata_ruang"
    PUNGUTAN = "pungutan"
    ORGANISASI = "organisasi"
    LAINNYA = "lainnya"


class ChangeReasonKind(StrEnum):
    """Why an RPJMDes or RKPDes may be changed (Permendagri 114/2014 Pasal 28 and 49)."""

    PERISTIWA_KHUSUS = "peristiwa_khusus"
    PERUBAHAN_KEBIJAKAN_PEMERINTAH = "perubahan_kebijakan_pemerintah"


class Classification(StrEnum):
    SWADAYA = "swadaya"
    SWAKARYA = "swakarya"
    SWASEMBADA = "swasembada"


class ConflictStatus(StrEnum):
    OPEN = "open"
    RESTORED = "restored"
    DISMISSED = "dismissed"


#: The dated steps of a village regulation (DESIGN.md §7), in the order they happen.
REGULATION_DATE_FIELDS: tuple[str, ...] = (
    "bpd_agreed_on", "handed_to_kades_on", "enacted_on", "promulgated_on", "sent_to_bupati_on",
    "evaluation_submitted_on", "evaluation_returned_on", "corrected_on", "consultation_on",
    "musyawarah_on",
)


class HeadLeftReason(StrEnum):
    """Why the last Kepala Desa left office (UU 6/2014 Pasal 40): died, at their own
    request, or dismissed — at the end of the term or during it."""

    BERAKHIR_MASA_JABATAN = "berakhir_masa_jabatan"
    MENINGGAL_DUNIA = "meninggal_dunia"
    PERMINTAAN_SENDIRI = "permintaan_sendiri"
    DIBERHENTIKAN = "diberhentikan"


class ApbdesEvaluator(StrEnum):
    """Who evaluates the draft APB Desa: the Bupati, or the Camat when the Bupati has
    delegated it (Permendagri 20/2018)."""

    BUPATI = "bupati"
    CAMAT = "camat"


class VerificationCheck(StrEnum):
    """What verification looks at (Pedoman B.3): the reviewer's checklist."""

    KELENGKAPAN = "kelengkapan"
    VALIDITAS = "validitas"
    KESESUAIAN = "kesesuaian"
    KUALITAS = "kualitas"
    KONSISTENSI = "konsistensi"

    @property
    def label(self) -> str:
        return {
            "kelengkapan": "Kelengkapan dokumen: laporan, daftar hadir, notulen dan bukti pendukung",
            "validitas": "Validitas data: identitas peserta, jadwal, materi dan hasil sesuai fakta",
            "kesesuaian": "Kesesuaian dengan rencana kerja dan pedoman, termasuk frekuensi pendampingan",
            "kualitas": "Kualitas laporan: isi, format dan bahasa mudah dipahami",
            "konsistensi": "Konsistensi dengan laporan sebelumnya dan tindak lanjutnya",
        }[self.value]


class SubmissionProblem(StrEnum):
    """What keeps a visit from being submitted."""

    BOOKS_UNCHECKED = "books_unchecked"
    NOBODY_PRESENT = "nobody_present"
    NO_DISCUSSION = "no_discussion"
    NO_DECISIONS = "no_decisions"


class ReviewWarning(StrEnum):
    """What the reviewer is warned of (the visit may still be verified)."""

    NOBODY_PRESENT = "nobody_present"
    EMPTY_MINUTES = "empty_minutes"
    NO_PHOTO = "no_photo"
    BOOK_LOST = "book_lost"
    SCORE_DROP = "score_drop"
    OUTSIDE_PLAN = "outside_plan"
