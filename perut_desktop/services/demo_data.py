"""Names and texts for the demo data set (fictional people with names usual in Kalimantan
Selatan)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

CAMAT = ("Muhammad Rizali, S.STP., M.Si.", "197805122006041003")

#: (name, NIP, title, can sign)
STAFF = [
    ("Muhammad Rizali, S.STP., M.Si.", "197805122006041003", "Camat", True),
    ("Hj. Norhayati, S.Sos.", "197601032000032004", "Sekretaris Kecamatan", True),
    ("Ahmad Fauzan, S.IP.", "198307142009011002", "Kepala Seksi Pemerintahan", False),
]

#: (name, NIP, position, gender) of the five pendamping. The gender is stated, not guessed
#: from the name (a NIP's 15th digit says it too: 1 for men, 2 for women).
OFFICERS = [
    ("Rahmadi, S.AP.", "198605212010011006", "Pengadministrasi Pemerintahan", "L"),
    ("Siti Rahmah, S.E.", "199002152015032003", "Analis Pemerintahan Desa", "P"),
    ("Syarifuddin", "197911302008011004", "Pengelola Data Desa", "L"),
    ("Noor Aida, A.Md.", "199207082019032008", "Pengadministrasi Umum", "P"),
    ("Hairil Anwar, S.H.", "198812042014031001", "Analis Kebijakan Desa", "L"),
]

OFFICER_GENDER = {nip: gender for _name, nip, _position, gender in OFFICERS}

#: A checked book's note, by its status: a note never contradicts the status (a book that is
#: "tidak ada" is not "partly filled in", one that is there is not "not available").
RESULT_NOTES = {
    "belum_lengkap": ["Belum diperbarui sejak bulan lalu", "Sebagian entri belum ditulis",
                      "Perlu dicocokkan dengan arsip", "Tanda tangan pejabat belum lengkap", ""],
    "tidak_ada": ["Buku belum tersedia", "Buku belum dibuat; contoh format sudah diberikan",
                  "Buku hilang; perlu dibuat ulang", "Belum ada buku, catatan masih di lembar lepas", ""],
    "tidak_berlaku": ["Tidak ada penduduk sementara pada periode ini", "Tidak ada kegiatan yang dicatat",
                      "Tidak berlaku untuk desa ini", "Tidak ada pendatang yang tinggal sementara", ""],
}

MALE = ["Ahmad", "Muhammad", "Rahmat", "Abdul", "Hendra", "Fauzi", "Rizky", "Yusuf", "Hamdani", "Saberan",
        "Masrani", "Jumberi", "Anang", "Aliansyah", "Rusdi", "Taufik", "Zainal", "Hairani", "Basri", "Jailani",
        "Mahyuni", "Syahrani", "Irwansyah", "Khairullah", "Samsuri"]
FEMALE = ["Siti", "Nur", "Rahmah", "Noorhayati", "Aslamiah", "Fitriani", "Rusmilawati", "Mariana", "Norliani",
          "Yuliani", "Salasiah", "Halimah", "Rabiatul", "Masitah", "Jamilah", "Hasanah", "Mardiana"]
SECOND = ["Rifani", "Hidayat", "Effendi", "Arsyad", "Saputra", "Aminah", "Wahyuni", "Ramadhani", "Hakim",
          "Maulana", "Rahman", "Fitri", "Hasan", "Husin", "Lestari", "Anshari", "Noor", "Yamani", "Arifin"]

#: The usual roster of a village: (position, body hint, female share).
POSITIONS = [
    ("Kepala Desa", 0.1), ("Sekretaris Desa", 0.4), ("Kaur Keuangan", 0.6), ("Kaur Tata Usaha dan Umum", 0.5),
    ("Kaur Perencanaan", 0.4), ("Kasi Pemerintahan", 0.3), ("Kasi Kesejahteraan", 0.3), ("Kasi Pelayanan", 0.4),
    ("Kepala Dusun I", 0.1), ("Kepala Dusun II", 0.1), ("Ketua BPD", 0.1), ("Wakil Ketua BPD", 0.2),
    ("Anggota BPD", 0.4), ("Ketua LPM", 0.1), ("Ketua TP PKK", 1.0),
]

REVIEW_NOTES = [
    "Daftar hadir belum ditandatangani semua peserta; lengkapi.",
    "Tanggal entri terakhir Buku Kas Umum tidak sesuai; periksa kembali.",
    "Notulen belum memuat keputusan rapat; lengkapi.",
    "Tindak lanjut kunjungan sebelumnya belum dicatat perkembangannya.",
]


def person(rng: random.Random, female: bool) -> str:
    first = rng.choice(FEMALE if female else MALE)
    return f"{first} {rng.choice(SECOND)}"


def official_roster(rng: random.Random, size: int | None = None, community: bool = False) -> list[tuple[str, str, str]]:
    """(name, position, gender) for a village, or ``size`` community members."""
    if community:
        out = []
        for _ in range(size or 1):
            female = rng.random() < 0.4
            out.append((person(rng, female), "Tokoh masyarakat", "P" if female else "L"))
        return out
    out = []
    for position, female_share in POSITIONS:
        female = rng.random() < female_share
        out.append((person(rng, female), position, "P" if female else "L"))
    return out


def regulations_for(rng: random.Random, village: str, first_year: int, today: dt.date) -> list[dict[str, Any]]:
    """A village's regulations for the demo: the yearly APBDes and RKPDes, sometimes a
    change of the APBDes, with the steps' dates; some villages are late at some step."""
    out: list[dict[str, Any]] = []
    sloppy = rng.random() < 0.4
    for year in range(first_year, today.year + 1):
        # agreed in November: on time, the APB Desa is enacted by 31 December (Permendagri 20/2018)
        agreed = dt.date(year - 1, 11, rng.randrange(1, 20))
        if agreed >= today:
            continue
        hand = agreed + dt.timedelta(days=rng.randrange(8, 12) if sloppy and rng.random() < 0.5 else rng.randrange(1, 7))
        submitted = hand + dt.timedelta(days=2)
        returned = submitted + dt.timedelta(days=rng.randrange(10, 20))
        enacted = returned + dt.timedelta(days=rng.randrange(17, 22) if sloppy and rng.random() < 0.4 else rng.randrange(2, 10))
        promulgated = enacted
        sent = promulgated + dt.timedelta(days=rng.randrange(9, 15) if sloppy and rng.random() < 0.4 else rng.randrange(1, 7))
        # the draft is put to the villagers two weeks before the BPD agrees it; a sloppy
        # village skips that in odd years (no random draw: the other dates stay as they were)
        consulted = None if sloppy and year % 2 else agreed - dt.timedelta(days=14)
        out.append(dict(kind="perdes", number=f"1/{year}", year=year, title=f"Anggaran Pendapatan dan Belanja Desa {village} Tahun Anggaran {year}",
                        topic="apbdes", budget_year=year, bpd_agreed_on=agreed, handed_to_kades_on=hand,
                        evaluation_submitted_on=submitted, evaluation_returned_on=returned, enacted_on=enacted,
                        promulgated_on=promulgated, sent_to_bupati_on=sent, consultation_on=consulted))
        changes = 2 if sloppy and rng.random() < 0.3 else (1 if rng.random() < 0.5 else 0)
        for k in range(changes):
            day = dt.date(year, 7 + 2 * k, rng.randrange(1, 25))
            if day >= today:
                break
            out.append(dict(kind="perdes", number=f"{k + 3}/{year}", year=year,
                            title=f"Perubahan APBDes {village} Tahun Anggaran {year}", topic="perubahan_apbdes",
                            budget_year=year, bpd_agreed_on=day, handed_to_kades_on=day + dt.timedelta(days=3),
                            evaluation_submitted_on=day + dt.timedelta(days=4),
                            evaluation_returned_on=day + dt.timedelta(days=15),
                            enacted_on=day + dt.timedelta(days=18), promulgated_on=day + dt.timedelta(days=18),
                            sent_to_bupati_on=day + dt.timedelta(days=20), consultation_on=day - dt.timedelta(days=10)))
    return out
