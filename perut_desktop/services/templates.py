"""Checklist templates: load from a data file, publish a version, read the current one."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perut_desktop.errors import InputRejected, NotFound, os_reason
from perut_desktop.models import ChecklistItem, ChecklistTemplate
from perut_desktop.paths import resource
from perut_desktop.services.common import require_master, subdistrict, today

PEDOMAN_FILE = "template_pedoman_perut.csv"
PERMENDAGRI_FILE = "template_permendagri_47_2016.csv"


@dataclass(frozen=True)
class ItemInfo:
    id: str
    code: str
    category_code: str
    category: str
    title: str
    guidance: str
    sort_order: int


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    code: str
    name: str
    version_number: int
    current: bool
    items: tuple[ItemInfo, ...]


def read_template_file(path: Path) -> list[dict[str, str]]:
    """Rows of a template file: code, category, title[, category_code, guidance]."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = {"code", "category", "title"} - set(reader.fieldnames or [])
            if missing:
                raise InputRejected(f"Berkas daftar periksa {path.name} tidak memiliki kolom: {', '.join(sorted(missing))}.")
            rows = [{k: (v or "").strip() for k, v in r.items() if k} for r in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputRejected(f"Berkas daftar periksa {path} tidak dapat dibaca: {os_reason(exc)}.") from exc
    if not rows:
        raise InputRejected(f"Berkas daftar periksa {path.name} kosong.")
    codes = [r["code"] for r in rows]
    if len(codes) != len(set(codes)) or not all(codes):
        raise InputRejected(f"Berkas daftar periksa {path.name} memuat kode buku kosong atau ganda.")
    for r in rows:
        r.setdefault("category_code", r["code"].split(".")[0])
        if not r.get("category_code"):
            r["category_code"] = r["code"].split(".")[0]
        r.setdefault("guidance", "")
    return rows


def load_template(session: Session, *, code: str, name: str, path: Path, source: str, make_current: bool) -> TemplateInfo:
    """Create a new version of template ``code`` from a file (master only)."""
    require_master(session, "Menerbitkan daftar periksa")
    rows = read_template_file(path)
    last = session.scalar(select(func.max(ChecklistTemplate.version_number)).where(ChecklistTemplate.code == code))
    template = ChecklistTemplate(code=code, name=name, version_number=(last or 0) + 1,
                                 published_on=today(session), source=source)
    session.add(template)
    session.flush()
    for order, r in enumerate(rows, start=1):
        session.add(ChecklistItem(template_id=template.id, code=r["code"], category_code=r["category_code"],
                                  category=r["category"], title=r["title"], guidance=r["guidance"], sort_order=order))
    session.flush()
    if make_current:
        subdistrict(session).current_template_id = template.id
        session.flush()
    return template_info(session, template.id)


def load_default_templates(session: Session) -> None:
    """The Pedoman's 18 books (current) and the Permendagri 47/2016 list (publishable)."""
    load_template(session, code="PEDOMAN-PERUT", name="Daftar Periksa Pedoman PERUT (B.1)",
                  path=resource(PEDOMAN_FILE), source="Pedoman Teknis PERUT Kecamatan Awayan 2024, B.1 a–d",
                  make_current=True)
    load_template(session, code="PERMENDAGRI-47-2016", name="Buku Administrasi Desa (Permendagri 47/2016)",
                  path=resource(PERMENDAGRI_FILE), source="Permendagri No. 47 Tahun 2016", make_current=False)


def publish_template(session: Session, template_id: str) -> TemplateInfo:
    """Make a template the current one for new visits (master only)."""
    require_master(session, "Menerbitkan daftar periksa")
    if session.get(ChecklistTemplate, template_id) is None:
        raise NotFound(f"Daftar periksa dengan id {template_id} tidak ditemukan.")
    subdistrict(session).current_template_id = template_id
    session.flush()
    return template_info(session, template_id)


def template_info(session: Session, template_id: str) -> TemplateInfo:
    template = session.get(ChecklistTemplate, template_id)
    if template is None:
        raise NotFound(f"Daftar periksa dengan id {template_id} tidak ditemukan.")
    items = session.scalars(select(ChecklistItem).where(ChecklistItem.template_id == template_id)
                            .order_by(ChecklistItem.sort_order)).all()
    current = subdistrict(session).current_template_id == template_id
    return TemplateInfo(template.id, template.code, template.name, template.version_number, current,
                        tuple(ItemInfo(i.id, i.code, i.category_code, i.category, i.title, i.guidance, i.sort_order)
                              for i in items))


def current_template(session: Session) -> TemplateInfo:
    sub = subdistrict(session)
    if not sub.current_template_id:
        raise NotFound("Belum ada daftar periksa yang diterbitkan.")
    return template_info(session, sub.current_template_id)


def list_templates(session: Session) -> list[TemplateInfo]:
    ids = session.scalars(select(ChecklistTemplate.id).order_by(ChecklistTemplate.code, ChecklistTemplate.version_number)).all()
    return [template_info(session, i) for i in ids]
