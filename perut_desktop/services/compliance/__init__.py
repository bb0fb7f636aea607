"""Compliance checks of a village's regulations and profile (DESIGN.md §7).

A pure rules engine: no database, no Qt, no printing. The caller maps its rows to the
input dataclasses and calls::

    from perut_desktop.services import compliance
    findings = compliance.evaluate(facts, on=visit_date)        # list[Finding]

(:mod:`.facts` does the mapping for the database: ``findings_for_village``, ``findings``.)

* :class:`VillageFacts` (``village_id``, ``village_name``, ``profile``, ``regulations``),
  :class:`ProfileFacts`, :class:`RegulationFacts` — the input, mirroring the
  ``VillageProfile`` and ``VillageRegulation`` columns (:mod:`.inputs`);
* :class:`Finding` — ``rule_code``, ``severity`` (``pelanggaran`` / ``peringatan`` /
  ``informasi``), Indonesian ``message``, legal ``source``, ``rule_version`` (parameter
  versions used, with the dates they took effect), ``regulation_id``, ``village_id``
  (:mod:`.findings`);
* :data:`RULES` — every :class:`Rule` (code, title, message, source, severity, check),
  run by :func:`evaluate` (:mod:`.engine`); the rules themselves live by subject in
  :mod:`.perdes_rules`, :mod:`.budget_rules`, :mod:`.sotk_rules` and
  :mod:`.village_head_rules`;
* :mod:`.params` — the versioned numeric parameters (``resources/compliance_parameters.json``);
* :mod:`.workdays` — Indonesian working days (weekends, public holidays, cuti bersama).
"""

from perut_desktop.services import workdays

from . import params
from .engine import RULES, RULES_BY_CODE, evaluate
from .findings import (
    INFORMASI,
    PELANGGARAN,
    PERINGATAN,
    SEVERITIES,
    SEVERITY_LABELS,
    Finding,
    Rule,
)
from .inputs import (
    CHANGE_REASON_KEBIJAKAN_PEMERINTAH,
    CHANGE_REASON_KINDS,
    CHANGE_REASON_PERISTIWA_KHUSUS,
    CLASSIFICATIONS,
    KINDS,
    TOPICS,
    TOPICS_EVALUATED,
    ProfileFacts,
    RegulationFacts,
    VillageFacts,
    as_of,
)
from .params import ParameterError, Parameters, ParameterVersion
from .village_head_rules import VillageHeadTerm, village_head_term

load_parameters = params.load

__all__ = [
    "CHANGE_REASON_KEBIJAKAN_PEMERINTAH", "CHANGE_REASON_KINDS", "CHANGE_REASON_PERISTIWA_KHUSUS",
    "CLASSIFICATIONS", "INFORMASI", "KINDS", "PELANGGARAN", "PERINGATAN", "RULES", "RULES_BY_CODE",
    "SEVERITIES", "SEVERITY_LABELS", "TOPICS", "TOPICS_EVALUATED", "Finding", "ParameterError",
    "ParameterVersion", "Parameters", "ProfileFacts", "RegulationFacts", "Rule", "VillageFacts",
    "VillageHeadTerm", "as_of", "evaluate", "load_parameters", "params", "village_head_term",
    "workdays",
]
