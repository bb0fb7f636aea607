"""SQLAlchemy 2.0 typed models: the replicated domain records and the local-only tables."""

from perut_desktop.models.base import (
    Base,
    Replicated,
    compact_field_versions,
    content_fields,
    derived_id,
    expand_field_versions,
    field_names,
    field_versions_of,
    is_replicated,
    new_id,
)
from perut_desktop.models.domain import (
    Attachment,
    Attendance,
    ChecklistItem,
    ChecklistResult,
    ChecklistTemplate,
    Conflict,
    Device,
    FollowUp,
    FollowUpUpdate,
    Minutes,
    Officer,
    OfficerAssignment,
    Review,
    ScheduleEntry,
    Subdistrict,
    UserProfile,
    Village,
    VillageOfficial,
    VillageProfile,
    VillageRegulation,
    Visit,
    VisitStatusEvent,
)
from perut_desktop.models.local import ImportLog, Peer, ReplicaState, Setting

#: Replicated classes in a stable order (parents before children, for inserts).
REPLICATED_MODELS: tuple[type[Replicated], ...] = (
    Subdistrict,
    Village,
    VillageProfile,
    VillageOfficial,
    Officer,
    OfficerAssignment,
    UserProfile,
    Device,
    ChecklistTemplate,
    ChecklistItem,
    ScheduleEntry,
    Visit,
    VisitStatusEvent,
    ChecklistResult,
    Attendance,
    Minutes,
    FollowUp,
    FollowUpUpdate,
    Review,
    Attachment,
    VillageRegulation,
    Conflict,
)

MODEL_BY_TABLE: dict[str, type[Replicated]] = {m.__tablename__: m for m in REPLICATED_MODELS}  # type: ignore[attr-defined]

__all__ = [name for name in dir() if not name.startswith("_")]
