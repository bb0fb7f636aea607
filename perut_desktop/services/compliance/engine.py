"""Runs every rule: the entry point the rest of the program calls (through the package).

**As of a date.** Every rule sees the village *as it was known on* ``on``: a step dated
after ``on`` is treated as not having happened yet (a visit report of 2025 must not show
what happened in 2026), and a step that is overdue on ``on`` and has not happened is a
finding too. The profile has no history: classification and SOTK are taken as they are
now; a Kepala Desa inaugurated after ``on`` is ignored. Every number comes from the
parameter file (:mod:`.params`) in the version in force on the date the clock started, and
each finding cites those versions (:attr:`.Finding.rule_version`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from . import budget_rules, election_rules, perdes_rules, sotk_rules, village_head_rules
from .findings import SEVERITIES, Finding, Rule
from .inputs import VillageFacts, as_of, check_date_type
from .params import Parameters
from .params import load as load_parameters

#: Every rule, in report order within a severity.
RULES: tuple[Rule, ...] = (
    *perdes_rules.RULES, *budget_rules.RULES, *sotk_rules.RULES, *village_head_rules.RULES,
    *election_rules.RULES,
)
RULES_BY_CODE: Mapping[str, Rule] = {r.code: r for r in RULES}
if len(RULES_BY_CODE) != len(RULES):
    raise RuntimeError("duplicate rule code")

_RANK = {severity: i for i, severity in enumerate(SEVERITIES)}


def evaluate(facts: VillageFacts, on: dt.date, params: Parameters | None = None) -> list[Finding]:
    """All findings for ``facts`` as known on ``on``.

    ``params`` defaults to the shipped parameter file (:func:`.params.load`). Findings are
    sorted by severity (pelanggaran first), then by rule in :data:`RULES` order, then in
    the order each rule produced them.
    """
    in_force = params if params is not None else load_parameters()
    check_date_type("check", "on", on)
    known = as_of(facts, on)  # once for all the rules (each rule's own check would cut them again)
    found = [finding for rule in RULES for finding in rule.check_known(known, on, in_force)]
    return sorted(found, key=lambda finding: _RANK[finding.severity])  # stable: keeps rule order
