"""What the *Tentang* page shows: the program, this installation, and the licences of the
fonts shipped for the printed documents."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from perut_desktop import __version__
from perut_desktop.enums import Role
from perut_desktop.paths import resources_dir

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

__all__ = ["AboutInfo", "about_info"]


@dataclass(frozen=True)
class AboutInfo:
    version: str
    data_dir: Path
    device_id: str
    role: Role
    schema_revision: str  # the database's Alembic revision
    fonts: tuple[str, ...]  # the font files shipped
    font_licence: str  # their licence, as shipped


def about_info(session: Session, data_dir: Path) -> AboutInfo:
    """The program and this installation; reads only."""
    from sqlalchemy import select, text

    from perut_desktop.models import ReplicaState

    state = session.scalars(select(ReplicaState)).one()
    revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none() or ""
    fonts_dir = resources_dir() / "fonts"
    fonts = tuple(sorted(p.name for p in fonts_dir.glob("*.ttf")))
    licences = sorted(fonts_dir.glob("LICENSE*"))
    licence = licences[0].read_text(encoding="utf-8", errors="replace") if licences else ""
    return AboutInfo(__version__, data_dir, state.device_id, Role(state.role), str(revision), fonts, licence)
