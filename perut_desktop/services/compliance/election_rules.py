"""Rules on filling the Kepala Desa's post: the steps after an election (the committee's
report to the BPD, the BPD's to the Bupati, the Bupati's decision, the inauguration) and the
Musyawarah Desa that elects a successor when a head left during the term.

The steps are recorded in the village profile (:class:`.inputs.ProfileFacts`); each
deadline is one :class:`StepDeadline` of :data:`STEPS` checked by one function.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from perut_desktop.enums import HeadLeftReason
from perut_desktop.wording import sentence

from .dates import deadline, missed_deadline
from .findings import INFORMASI, PELANGGARAN, PERINGATAN, Hit, Rule, rule
from .inputs import ProfileFacts, VillageFacts
from .params import (
    MUSDES_PENGGANTI,
    PILKADES_LAPORAN_BPD,
    PILKADES_LAPORAN_PANITIA,
    PILKADES_PELANTIKAN,
    PILKADES_PENGESAHAN,
    Parameters,
)
from .wording import elapsed, format_date, limit_text


def _new_head_inaugurated(profile: ProfileFacts) -> dt.date | None:
    """The elected head's inauguration: the profile's head once it is no longer a Penjabat
    and was inaugurated on or after the Bupati's decision."""
    decided, inaugurated = profile.election_decided_on, profile.kades_inaugurated_on
    if profile.kades_acting or decided is None or inaugurated is None or inaugurated < decided:
        return None
    return inaugurated


@dataclass(frozen=True)
class StepDeadline:
    """One step of filling the post that must follow another within a parameter's time.

    ``start`` / ``end``: profile fields (or, for ``end``, a function of the profile);
    ``later``: fields of later steps — when one of them has a date the step happened on an
    unknown date and nothing is said. ``who``: who missed it, as the message names them.
    """

    code: str
    title: str
    law: str
    source: str
    severity: str
    parameter: str
    start: str
    end: Callable[[ProfileFacts], dt.date | None]
    later: tuple[str, ...]
    step: str
    start_step: str


def _field(name: str) -> Callable[[ProfileFacts], dt.date | None]:
    return lambda profile: getattr(profile, name)


STEPS: tuple[StepDeadline, ...] = (
    StepDeadline(
        code="PILKADES_LAPORAN_PANITIA",
        title="Laporan panitia pemilihan kepada BPD",
        law="Panitia pemilihan menyampaikan nama calon Kepala Desa terpilih kepada BPD paling "
            "lama 7 hari setelah penetapan calon terpilih.",
        source="UU 6/2014 Pasal 37 ayat (3) (belum diverifikasi)",
        severity=PELANGGARAN,
        parameter=PILKADES_LAPORAN_PANITIA,
        start="election_elected_on",
        end=_field("election_to_bpd_on"),
        later=("election_to_bupati_on", "election_decided_on"),
        step="disampaikan panitia kepada BPD",
        start_step="calon Kepala Desa terpilih ditetapkan panitia",
    ),
    StepDeadline(
        code="PILKADES_LAPORAN_BPD",
        title="Penyampaian hasil pemilihan oleh BPD kepada Bupati",
        law="BPD paling lama 7 hari setelah menerima laporan panitia pemilihan menyampaikan "
            "nama calon Kepala Desa terpilih kepada Bupati/Walikota.",
        source="UU 6/2014 Pasal 37 ayat (4) (belum diverifikasi)",
        severity=PELANGGARAN,
        parameter=PILKADES_LAPORAN_BPD,
        start="election_to_bpd_on",
        end=_field("election_to_bupati_on"),
        later=("election_decided_on",),
        step="disampaikan BPD kepada Bupati",
        start_step="laporan panitia pemilihan diterima BPD",
    ),
    StepDeadline(
        code="PILKADES_PENGESAHAN",
        title="Pengesahan Kepala Desa terpilih oleh Bupati",
        law="Bupati/Walikota mengesahkan calon Kepala Desa terpilih paling lama 30 hari sejak "
            "hasil pemilihan diterima. Keterlambatan ini bukan pelanggaran desa.",
        source="UU 6/2014 Pasal 37 ayat (5) (belum diverifikasi)",
        severity=INFORMASI,
        parameter=PILKADES_PENGESAHAN,
        start="election_to_bupati_on",
        end=_field("election_decided_on"),
        later=(),
        step="disahkan dengan keputusan Bupati",
        start_step="hasil pemilihan diterima Bupati",
    ),
    StepDeadline(
        code="PILKADES_PELANTIKAN",
        title="Pelantikan Kepala Desa terpilih",
        law="Calon Kepala Desa terpilih dilantik Bupati/Walikota atau pejabat yang ditunjuk "
            "paling lama 30 hari setelah keputusan Bupati/Walikota terbit. Keterlambatan ini "
            "bukan pelanggaran desa.",
        source="UU 6/2014 Pasal 38 ayat (1) (belum diverifikasi)",
        severity=INFORMASI,
        parameter=PILKADES_PELANTIKAN,
        start="election_decided_on",
        end=_new_head_inaugurated,
        later=(),
        step="dilantik",
        start_step="keputusan Bupati mengesahkan calon terpilih",
    ),
)


def check_step(spec: StepDeadline, facts: VillageFacts, on: dt.date,
               parameters: Parameters) -> Iterator[Hit]:
    """The step ``spec`` after its deadline, or overdue on ``on``."""
    profile = facts.profile
    start: dt.date | None = getattr(profile, spec.start) if profile is not None else None
    if profile is None or start is None:
        return
    version = parameters.find(spec.parameter, start)
    if version is None:
        return
    done = spec.end(profile)
    due = missed_deadline(start, done, (getattr(profile, name) for name in spec.later), version, on)
    if due is None:
        return
    if done is not None:
        text = (f"Pemilihan Kepala Desa Desa {facts.village_name}: {spec.start_step} "
                f"{format_date(start)}, {spec.step} {format_date(done)}, "
                f"{elapsed(start, done, version.unit)} kemudian ({limit_text(version, due)}).")
    else:
        text = (f"Pemilihan Kepala Desa Desa {facts.village_name}: {spec.start_step} "
                f"{format_date(start)}; sampai {format_date(on)} belum tercatat {spec.step} "
                f"({elapsed(start, on, version.unit)}; {limit_text(version, due)}).")
    yield Hit(text, None, (version,), due)


def step_rule(spec: StepDeadline) -> Rule:
    return Rule(code=spec.code, title=spec.title, message=spec.law, source=spec.source,
                severity=spec.severity, parameters=(spec.parameter,), _check=partial(check_step, spec))


#: Reasons a head leaves during the term (the end of the term is followed by an election).
_DURING_TERM = frozenset({HeadLeftReason.MENINGGAL_DUNIA.value, HeadLeftReason.PERMINTAAN_SENDIRI.value,
                          HeadLeftReason.DIBERHENTIKAN.value})
_LEFT_WORDS = {
    HeadLeftReason.MENINGGAL_DUNIA.value: "meninggal dunia",
    HeadLeftReason.PERMINTAAN_SENDIRI.value: "berhenti atas permintaan sendiri",
    HeadLeftReason.DIBERHENTIKAN.value: "diberhentikan",
}


@rule(
    "KADES_MUSDES_PENGGANTI",
    title="Musyawarah Desa memilih Kepala Desa pengganti",
    message="Bila Kepala Desa berhenti sebelum masa jabatannya berakhir dan sisa masa jabatan "
            "lebih dari 1 tahun, Kepala Desa pengganti dipilih melalui Musyawarah Desa paling "
            "lama 6 bulan sejak Kepala Desa diberhentikan; sampai itu Penjabat Kepala Desa "
            "menjalankan tugasnya. Perlu diperiksa: sisa masa jabatan tidak tercatat.",
    source="UU 6/2014 Pasal 47 (ayat belum diverifikasi)",
    severity=PERINGATAN,
    parameters=(MUSDES_PENGGANTI,),
)
def successor_musdes(facts: VillageFacts, on: dt.date, parameters: Parameters) -> Iterator[Hit]:
    """A head who left during the term, and no successor elected (``election_elected_on``)
    within the months after it — or elected later than that."""
    profile = facts.profile
    if profile is None or profile.previous_head_left not in _DURING_TERM:
        return
    left = profile.previous_head_left_on
    version = parameters.find(MUSDES_PENGGANTI, left) if left is not None else None
    if left is None or version is None:
        return
    due = deadline(left, version)
    elected = profile.election_elected_on
    acting = (" " + sentence(f"Penjabat Kepala Desa: {profile.kades_name}") if profile.kades_acting and profile.kades_name
              else "")
    what = f"Kepala Desa Desa {facts.village_name} {_LEFT_WORDS[profile.previous_head_left]} {format_date(left)}"
    if elected is not None and elected >= left:
        if elected > due:
            yield Hit(f"{what}; Kepala Desa pengganti baru dipilih {format_date(elected)}, melewati "
                      f"batas {version.amount} ({format_date(due)}).", None, (version,), due)
        return
    if on > due:
        yield Hit(f"{what}; sampai {format_date(on)} belum tercatat Musyawarah Desa yang memilih "
                  f"Kepala Desa pengganti (batas {version.amount}, {format_date(due)}).{acting}",
                  None, (version,), due)


#: This module's rules, in report order.
RULES: tuple[Rule, ...] = (*(step_rule(spec) for spec in STEPS), successor_musdes)
