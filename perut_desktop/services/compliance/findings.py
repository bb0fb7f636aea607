"""What the rules produce: :class:`Finding`, its severities, and :class:`Rule`, which turns
what a check found into findings that cite the rule's legal source and the parameter
versions used.

**Severities** (:data:`SEVERITIES`, most serious first):

* ``pelanggaran`` — the register shows that the village (Kepala Desa, BPD, Pemerintah
  Desa) missed a legal obligation or deadline;
* ``peringatan`` — something needs action soon, or is allowed only under a condition the
  register cannot show (to be verified at the visit);
* ``informasi`` — worth knowing but not the village's breach (e.g. the Bupati's evaluation
  is late and the Perdes took effect by itself).

Each rule has one severity; every finding of a rule carries it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from .inputs import VillageFacts, as_of, check_date_type
from .params import Parameters, ParameterVersion
from .params import load as load_parameters

PELANGGARAN = "pelanggaran"
PERINGATAN = "peringatan"
INFORMASI = "informasi"
#: Most serious first; findings are sorted in this order.
SEVERITIES: tuple[str, ...] = (PELANGGARAN, PERINGATAN, INFORMASI)
SEVERITY_LABELS: Mapping[str, str] = {
    PELANGGARAN: "Pelanggaran", PERINGATAN: "Peringatan", INFORMASI: "Informasi",
}


@dataclass(frozen=True)
class Finding:
    """One result of one rule for one village (and possibly one regulation).

    ``message`` is concrete Indonesian text with the dates and day counts involved.
    ``rule_version`` cites the parameter versions used, with the dates they took effect
    ("tanpa parameter angka" when the rule uses none); ``parameters`` holds them as data.
    ``as_of`` is the date the rules were evaluated for; ``due_on`` the deadline or date the
    finding is about, when there is one.
    """

    rule_code: str
    severity: str
    message: str
    source: str
    rule_version: str
    village_id: str
    regulation_id: str | None = None
    parameters: tuple[ParameterVersion, ...] = ()
    as_of: dt.date | None = None
    due_on: dt.date | None = None
    #: The step that is late is the kecamatan's own (an evaluation delegated to the Camat):
    #: the office's task, not the village's breach.
    office_task: bool = False


@dataclass(frozen=True)
class Hit:
    """What a rule's check found once: the part of a :class:`Finding` that varies."""

    message: str
    regulation_id: str | None = None
    parameters: tuple[ParameterVersion, ...] = ()
    due_on: dt.date | None = None
    office_task: bool = False


#: A rule's check: facts as known on the date, the date, the parameters → what it found.
CheckFn = Callable[[VillageFacts, dt.date, Parameters], Iterable[Hit]]


def cite(versions: Iterable[ParameterVersion]) -> str:
    """The rule version text of a finding: the parameter versions used, in order."""
    seen: list[ParameterVersion] = []
    for v in versions:
        if v not in seen:
            seen.append(v)
    return "; ".join(v.cite() for v in seen) if seen else "tanpa parameter angka"


@dataclass(frozen=True)
class Rule:
    """A compliance rule.

    ``code`` is stable (stored and compared); ``title`` a short Indonesian name;
    ``message`` states in Indonesian what the law requires; ``source`` the legal citation;
    ``severity`` one of :data:`SEVERITIES`; ``parameters`` the parameter names it reads.
    :meth:`check` is the pure function from facts and a date to findings.

    ``message`` words the rule as its source does when written; the numbers a finding
    applies always come from the parameter file, in the version in force on its date.
    """

    code: str
    title: str
    message: str
    source: str
    severity: str
    parameters: tuple[str, ...]
    _check: CheckFn = field(repr=False, compare=False)

    def check(self, facts: VillageFacts, on: dt.date,
              params: Parameters | None = None) -> list[Finding]:
        """Findings of this rule for ``facts`` as known on ``on``."""
        check_date_type("check", "on", on)
        in_force = params if params is not None else load_parameters()
        return self.check_known(as_of(facts, on), on, in_force)

    def check_known(self, known: VillageFacts, on: dt.date, params: Parameters) -> list[Finding]:
        """:meth:`check` on facts already cut to what was known on ``on`` (``as_of``):
        the engine cuts them once for all its rules."""
        return [
            Finding(
                rule_code=self.code, severity=self.severity, message=hit.message,
                source=self.source, rule_version=cite(hit.parameters),
                village_id=known.village_id, regulation_id=hit.regulation_id,
                parameters=hit.parameters, as_of=on, due_on=hit.due_on,
                office_task=hit.office_task,
            )
            for hit in self._check(known, on, params)
        ]


def rule(code: str, *, title: str, message: str, source: str, severity: str,
         parameters: tuple[str, ...] = ()) -> Callable[[CheckFn], Rule]:
    """Decorator: the :class:`Rule` with this code and text whose check is the function."""
    def make(check: CheckFn) -> Rule:
        return Rule(code=code, title=title, message=message, source=source,
                    severity=severity, parameters=parameters, _check=check)
    return make
