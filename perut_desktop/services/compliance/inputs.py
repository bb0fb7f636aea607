"""The facts the rules read: one village's register of regulations and its profile.

The caller maps its rows to :class:`VillageFacts` (with :class:`ProfileFacts` and
:class:`RegulationFacts`); :mod:`.facts` does it for the database. The closed value sets of
their fields live here too. Every rule sees the facts through :func:`as_of`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any

from perut_desktop.enums import ChangeReasonKind, Classification, HeadLeftReason, RegulationKind, RegulationTopic

KINDS: tuple[str, ...] = tuple(kind.value for kind in RegulationKind)
TOPICS: tuple[str, ...] = tuple(topic.value for topic in RegulationTopic)
TOPIC_LABELS: Mapping[str, str] = {
    "apbdes": "APB Desa", "perubahan_apbdes": "Perubahan APB Desa", "rkpdes": "RKP Desa",
    "perubahan_rkpdes": "Perubahan RKP Desa", "rpjmdes": "RPJM Desa",
    "perubahan_rpjmdes": "Perubahan RPJM Desa", "tata_ruang": "tata ruang",
    "pungutan": "pungutan", "organisasi": "organisasi Pemerintah Desa", "lainnya": "lainnya",
}
CLASSIFICATIONS: tuple[str, ...] = tuple(c.value for c in Classification)
HEAD_LEFT_REASONS: tuple[str, ...] = tuple(r.value for r in HeadLeftReason)

#: Drafts that the Bupati/Walikota must evaluate before they are enacted (UU 6/2014 Pasal 69
#: ayat (4)); a change of the APB Desa follows the APB Desa procedure mutatis mutandis
#: (Permendagri 20/2018 Pasal 42).
TOPICS_EVALUATED = frozenset(topic.value for topic in (
    RegulationTopic.APBDES, RegulationTopic.PERUBAHAN_APBDES, RegulationTopic.TATA_RUANG,
    RegulationTopic.PUNGUTAN, RegulationTopic.ORGANISASI,
))
#: The APB Desa and its change (Permendagri 20/2018 Pasal 42: the APB Desa procedure applies
#: mutatis mutandis to the change).
APBDES_TOPICS = frozenset({RegulationTopic.APBDES.value, RegulationTopic.PERUBAHAN_APBDES.value})

#: Changes of the development plans that need one of the reasons below.
PLAN_CHANGE_TOPICS = frozenset(
    {RegulationTopic.PERUBAHAN_RPJMDES.value, RegulationTopic.PERUBAHAN_RKPDES.value})

#: The two kinds of reason for changing the RPJM Desa or RKP Desa (PP 43/2014 Pasal 120;
#: Permendagri 114/2014 Pasal 28 and 49): a special event, or a fundamental change of
#: Government policy. Stored in ``change_reason_kind``; the details in ``change_reason``.
CHANGE_REASON_PERISTIWA_KHUSUS = ChangeReasonKind.PERISTIWA_KHUSUS.value
CHANGE_REASON_KEBIJAKAN_PEMERINTAH = ChangeReasonKind.PERUBAHAN_KEBIJAKAN_PEMERINTAH.value
CHANGE_REASON_KINDS: Mapping[str, str] = {
    CHANGE_REASON_PERISTIWA_KHUSUS:
        "peristiwa khusus (bencana alam, krisis ekonomi, krisis politik, dan/atau kerusuhan "
        "sosial yang berkepanjangan)",
    CHANGE_REASON_KEBIJAKAN_PEMERINTAH: "perubahan mendasar atas kebijakan Pemerintah",
}

#: Where the SOTK counts of a profile come from, as the findings say it.
SOTK_SOURCES: Mapping[str, str] = {
    "profil": "Profil desa mencatat",
    "aparatur": "Daftar aparatur desa yang aktif memuat",
}

DATE_FIELDS: tuple[str, ...] = (
    "bpd_agreed_on", "handed_to_kades_on", "enacted_on", "promulgated_on", "sent_to_bupati_on",
    "evaluation_submitted_on", "evaluation_returned_on", "corrected_on", "consultation_on",
    "musyawarah_on",
)

#: The profile's dates about the head's office and the election of the next one.
PROFILE_DATE_FIELDS: tuple[str, ...] = (
    "kades_acting_sk_on", "previous_head_left_on", "bpd_term_notice_on", "election_elected_on",
    "election_to_bpd_on", "election_to_bupati_on", "election_decided_on",
)


def check_date_type(owner: str, name: str, value: object) -> None:
    """Raise TypeError unless ``value`` is a ``datetime.date`` (not a datetime) or None."""
    if value is None:
        return
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise TypeError(
            f"{owner}.{name} must be a datetime.date or None, not {type(value).__name__}")


def check_int_type(owner: str, name: str, value: object) -> None:
    """Raise TypeError unless ``value`` is an int (not a bool) or None."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise TypeError(f"{owner}.{name} must be an int or None, not {type(value).__name__}")


@dataclass(frozen=True)
class RegulationFacts:
    """One row of the village's register of regulations (``VillageRegulation``).

    ``kind``: ``perdes`` | ``perkades`` | ``perber``. ``topic``: one of :data:`TOPICS`.
    Dates, each optional: ``bpd_agreed_on`` (disepakati bersama BPD), ``handed_to_kades_on``
    (diterima Kepala Desa dari pimpinan BPD), ``enacted_on`` (ditetapkan/ditandatangani),
    ``promulgated_on`` (diundangkan dalam Lembaran/Berita Desa), ``sent_to_bupati_on``
    (disampaikan kepada Bupati/Walikota), ``evaluation_submitted_on`` (rancangan diterima
    Bupati untuk evaluasi), ``evaluation_returned_on`` (hasil evaluasi diterima desa),
    ``corrected_on`` (rancangan diperbaiki sesuai evaluasi), ``consultation_on``
    (dikonsultasikan kepada masyarakat), ``musyawarah_on`` (dibahas dan disepakati dalam
    musyawarah perencanaan pembangunan Desa / Musyawarah Desa). ``change_reason_kind``: one of
    :data:`CHANGE_REASON_KINDS` or None.
    """

    id: str
    kind: str
    title: str
    topic: str = "lainnya"
    number: str | None = None
    year: int | None = None
    budget_year: int | None = None
    bpd_agreed_on: dt.date | None = None
    handed_to_kades_on: dt.date | None = None
    enacted_on: dt.date | None = None
    promulgated_on: dt.date | None = None
    sent_to_bupati_on: dt.date | None = None
    evaluation_submitted_on: dt.date | None = None
    evaluation_returned_on: dt.date | None = None
    corrected_on: dt.date | None = None
    consultation_on: dt.date | None = None
    musyawarah_on: dt.date | None = None
    extraordinary_note: str | None = None
    change_reason_kind: str | None = None
    change_reason: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"RegulationFacts.kind {self.kind!r} not in {KINDS}")
        if self.topic not in TOPICS:
            raise ValueError(f"RegulationFacts.topic {self.topic!r} not in {TOPICS}")
        for name in DATE_FIELDS:
            check_date_type("RegulationFacts", name, getattr(self, name))
        for name in ("year", "budget_year"):
            check_int_type("RegulationFacts", name, getattr(self, name))

    def dates(self) -> dict[str, dt.date]:
        """The recorded dates by field name."""
        return {name: day for name in DATE_FIELDS if (day := getattr(self, name)) is not None}


@dataclass(frozen=True)
class ProfileFacts:
    """The village profile (``VillageProfile``).

    ``classification``: ``swadaya`` | ``swakarya`` | ``swasembada`` | None.
    ``sotk_urusan`` / ``sotk_seksi``: units in place in the Sekretariat / Pelaksana Teknis;
    ``sotk_source`` says where the counts come from: ``profil`` (entered in the village
    profile) or ``aparatur`` (counted from the active officials, when none were entered).
    ``kades_term_ends_on``: a recorded end of the current term (e.g. after an extension
    under UU 3/2024 Pasal 118); when None the end is computed from ``kades_inaugurated_on``
    and the term length that applied (see :func:`.village_head_rules.village_head_term`).
    ``kades_acting``: the head in office is a Penjabat (Pj. Kepala Desa, appointed by the
    Bupati's SK ``kades_acting_sk`` of ``kades_acting_sk_on``); no elected term runs.
    ``previous_head_left`` / ``previous_head_left_on``: why (a ``HeadLeftReason`` value) and
    when the last elected head left office. ``bpd_term_notice_on``: the BPD's written
    notice that the term is ending. ``election_elected_on``, ``election_to_bpd_on``,
    ``election_to_bupati_on``, ``election_decided_on``: the election of the next head (the
    committee decides the elected candidate, its report reaches the BPD, the BPD's report
    reaches the Bupati, the Bupati's decision); the inauguration is the next head's
    ``kades_inaugurated_on``.
    """

    classification: str | None = None
    sotk_urusan: int | None = None
    sotk_seksi: int | None = None
    kades_name: str | None = None
    kades_inaugurated_on: dt.date | None = None
    kades_term_number: int | None = None
    kades_term_ends_on: dt.date | None = None
    sotk_source: str = "profil"
    kades_acting: bool = False
    kades_acting_sk: str = ""
    kades_acting_sk_on: dt.date | None = None
    previous_head_left: str | None = None
    previous_head_left_on: dt.date | None = None
    bpd_term_notice_on: dt.date | None = None
    election_elected_on: dt.date | None = None
    election_to_bpd_on: dt.date | None = None
    election_to_bupati_on: dt.date | None = None
    election_decided_on: dt.date | None = None

    def __post_init__(self) -> None:
        if self.sotk_source not in SOTK_SOURCES:
            raise ValueError(
                f"ProfileFacts.sotk_source {self.sotk_source!r} not in {tuple(SOTK_SOURCES)}")
        if self.classification is not None and self.classification not in CLASSIFICATIONS:
            raise ValueError(
                f"ProfileFacts.classification {self.classification!r} not in {CLASSIFICATIONS}")
        for name in ("sotk_urusan", "sotk_seksi", "kades_term_number"):
            check_int_type("ProfileFacts", name, getattr(self, name))
        for name in ("kades_inaugurated_on", "kades_term_ends_on", *PROFILE_DATE_FIELDS):
            check_date_type("ProfileFacts", name, getattr(self, name))
        if self.previous_head_left is not None and self.previous_head_left not in HEAD_LEFT_REASONS:
            raise ValueError(f"ProfileFacts.previous_head_left {self.previous_head_left!r} not in "
                             f"{HEAD_LEFT_REASONS}")


@dataclass(frozen=True)
class EvaluationDelegation:
    """The Bupati has delegated the evaluation of the draft APB Desa to the Camat from
    ``effective_from`` on, by the Peraturan Bupati ``source`` (Permendagri 20/2018)."""

    source: str
    effective_from: dt.date

    def covers(self, regulation: RegulationFacts) -> bool:
        """Was this draft's evaluation the Camat's (an APB Desa received — or, never sent for
        evaluation, enacted — from the day the delegation took effect)?"""
        received = regulation.evaluation_submitted_on or regulation.enacted_on
        return (regulation.topic in APBDES_TOPICS and received is not None
                and received >= self.effective_from)


@dataclass(frozen=True)
class VillageFacts:
    """Everything the rules look at for one village."""

    village_id: str
    village_name: str
    profile: ProfileFacts | None = None
    regulations: tuple[RegulationFacts, ...] = ()
    apbdes_delegation: EvaluationDelegation | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.regulations, tuple):
            object.__setattr__(self, "regulations", tuple(self.regulations))


def perdes_of(facts: VillageFacts) -> Iterator[RegulationFacts]:
    """The village's Perdes, in register order (the other kinds have no rules yet)."""
    return (regulation for regulation in facts.regulations
            if regulation.kind == RegulationKind.PERDES)


def as_of(facts: VillageFacts, on: dt.date) -> VillageFacts:
    """``facts`` as known on ``on``: dates after ``on`` become None; a Kepala Desa
    inaugurated after ``on`` is left out (who held office then is not known)."""
    regulations = []
    for regulation in facts.regulations:
        future: dict[str, Any] = {
            name: None for name, day in regulation.dates().items() if day > on}
        regulations.append(replace(regulation, **future) if future else regulation)
    profile = facts.profile
    if (profile is not None and profile.kades_inaugurated_on is not None
            and profile.kades_inaugurated_on > on):
        profile = replace(profile, kades_name=None, kades_inaugurated_on=None,
                          kades_term_number=None, kades_term_ends_on=None)
    if profile is not None:
        later: dict[str, Any] = {name: None for name in PROFILE_DATE_FIELDS
                                 if (day := getattr(profile, name)) is not None and day > on}
        profile = replace(profile, **later) if later else profile
    return replace(facts, regulations=tuple(regulations), profile=profile)
