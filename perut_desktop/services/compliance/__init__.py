"""Compliance checks of a village's regulations and profile (DESIGN.md §7).

A pure rules engine: no database, no Qt, no printing. The caller maps its rows to the
input dataclasses and calls::

    from perut_desktop.services import compliance
    findings = compliance.evaluate(facts, on=visit_date)        # list[Finding]

* :class:`VillageFacts` (``village_id``, ``village_name``, ``profile``, ``regulations``),
  :class:`ProfileFacts`, :class:`RegulationFacts` — the input, mirroring the
  ``VillageProfile`` and ``VillageRegulation`` columns;
* :class:`Finding` — ``rule_code``, ``severity`` (``pelanggaran`` / ``peringatan`` /
  ``informasi``), Indonesian ``message``, legal ``source``, ``rule_version`` (parameter
  versions used, with the dates they took effect), ``regulation_id``, ``village_id``;
* :data:`RULES` — every :class:`Rule` (code, title, message, source, severity, check);
* :mod:`.params` — the versioned numeric parameters (``resources/compliance_parameters.json``);
* :mod:`.workdays` — Indonesian working days (weekends, public holidays, cuti bersama).
"""

from perut_desktop.services import workdays

from . import params
from .params import ParameterError, Parameters, ParameterVersion
from .rules import (
    CHANGE_REASON_KEBIJAKAN_PEMERINTAH,
    CHANGE_REASON_KINDS,
    CHANGE_REASON_PERISTIWA_KHUSUS,
    CLASSIFICATIONS,
    INFORMASI,
    KINDS,
    PELANGGARAN,
    PERINGATAN,
    RULES,
    RULES_BY_CODE,
    SEVERITIES,
    SEVERITY_LABELS,
    TOPICS,
    TOPICS_EVALUATED,
    Finding,
    KadesTerm,
    ProfileFacts,
    RegulationFacts,
    Rule,
    VillageFacts,
    as_of,
    evaluate,
    kades_term,
)

load_parameters = params.load

__all__ = [
    "CHANGE_REASON_KEBIJAKAN_PEMERINTAH", "CHANGE_REASON_KINDS", "CHANGE_REASON_PERISTIWA_KHUSUS",
    "CLASSIFICATIONS", "INFORMASI", "KINDS", "PELANGGARAN", "PERINGATAN", "RULES", "RULES_BY_CODE",
    "SEVERITIES", "SEVERITY_LABELS", "TOPICS", "TOPICS_EVALUATED", "Finding", "KadesTerm",
    "ParameterError", "ParameterVersion", "Parameters", "ProfileFacts", "RegulationFacts", "Rule",
    "VillageFacts", "as_of", "evaluate", "kades_term", "load_parameters", "params", "workdays",
]
