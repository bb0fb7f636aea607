"""Checklist templates: load from a data file, publish a version, read the current one.

A book's identity is its own (DESIGN.md §3, §10): an item code names one book in every
template (later versions of one template repeat it), and where a later template continues a
book of an earlier one, the item says so in ``continues_code`` (the shipped mapping is
``resources/book_mapping.csv``; no entry means "no equivalent"). :func:`book_identities`
turns that into one key per book, which recaps and trends compare by.
"""

from __future__ import annotations

import csv
import datetime as dt
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
MAPPING_FILE = "book_mapping.csv"
PEDOMAN_CODE = "PEDOMAN-PERUT"
PERMENDAGRI_CODE = "PERMENDAGRI-47-2016"


@dataclass(frozen=True)
class ItemInfo:
    id: str
    code: str
    category_code: str
    category: str
    title: str
    guidance: str
    sort_order: int
    #: the code of the earlier template's book this item continues; None: no equivalent.
    continues_code: str | None = None
    #: that book's title, as its newest item has it ("" when there is none).
    continues_title: str = ""


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    code: str
    name: str
    version_number: int
    current: bool
    items: tuple[ItemInfo, ...]
    published_on: dt.date | None = None
    source: str = ""


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
        r["continues"] = r.get("continues") or ""
    return rows


def read_mapping_file(path: Path) -> dict[str, str | None]:
    """The explicit book mapping: item code → the code of the earlier book it continues
    (None: no equivalent)."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = {"code", "continues"} - set(reader.fieldnames or [])
            if missing:
                raise InputRejected(f"Berkas padanan buku {path.name} tidak memiliki kolom: {', '.join(sorted(missing))}.")
            return {r["code"].strip(): (r["continues"] or "").strip() or None for r in reader if r.get("code")}
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputRejected(f"Berkas padanan buku {path} tidak dapat dibaca: {os_reason(exc)}.") from exc


def _check_identity(session: Session, code: str, rows: list[dict[str, str]], mapping: dict[str, str | None]) -> None:
    """Two templates never give one code to different books; a mapping names books that exist
    in another template, one item for each."""
    known = {c: (t, title) for c, t, title in session.execute(
        select(ChecklistItem.code, ChecklistTemplate.code, ChecklistItem.title)
        .join(ChecklistTemplate, ChecklistTemplate.id == ChecklistItem.template_id)
        .order_by(ChecklistTemplate.version_number))}
    for r in rows:
        other = known.get(r["code"])
        if other and other[0] != code and other[1] != r["title"]:
            raise InputRejected(f"Kode buku {r['code']} sudah dipakai daftar periksa {other[0]} untuk "
                                f"'{other[1]}'; beri buku '{r['title']}' kode sendiri.")
    codes = {r["code"] for r in rows}
    unknown = sorted(set(mapping) - codes)
    if unknown:
        raise InputRejected(f"Padanan buku menyebut kode yang tidak ada dalam daftar periksa: {', '.join(unknown)}.")
    targets = [t for t in mapping.values() if t]
    for target in targets:
        if target not in known or known[target][0] == code:
            raise InputRejected(f"Padanan buku menyebut kode {target} yang bukan buku daftar periksa lain.")
    doubled = sorted({t for t in targets if targets.count(t) > 1})
    if doubled:
        raise InputRejected(f"Buku {', '.join(doubled)} dilanjutkan oleh lebih dari satu buku; padanan harus satu-satu.")


def load_template(session: Session, *, code: str, name: str, path: Path, source: str, make_current: bool,
                  mapping: dict[str, str | None] | None = None) -> TemplateInfo:
    """Create a new version of template ``code`` from a file (master only). The book mapping
    comes from ``mapping`` or the file's optional ``continues`` column."""
    require_master(session, "Menerbitkan daftar periksa")
    rows = read_template_file(path)
    if mapping is None:
        mapping = {r["code"]: r["continues"] or None for r in rows if r["continues"]}
    _check_identity(session, code, rows, mapping)
    last = session.scalar(select(func.max(ChecklistTemplate.version_number)).where(ChecklistTemplate.code == code))
    template = ChecklistTemplate(code=code, name=name, version_number=(last or 0) + 1,
                                 published_on=today(session), source=source)
    session.add(template)
    session.flush()
    for order, r in enumerate(rows, start=1):
        session.add(ChecklistItem(template_id=template.id, code=r["code"], category_code=r["category_code"],
                                  category=r["category"], title=r["title"], guidance=r["guidance"], sort_order=order,
                                  continues_code=mapping.get(r["code"])))
    session.flush()
    if make_current:
        subdistrict(session).current_template_id = template.id
        session.flush()
    return template_info(session, template.id)


def load_default_templates(session: Session) -> None:
    """The Pedoman's 18 books (current) and the Permendagri 47/2016 list (publishable)."""
    load_template(session, code=PEDOMAN_CODE, name="Daftar Periksa Pedoman PERUT (B.1)",
                  path=resource(PEDOMAN_FILE), source="Pedoman Teknis PERUT Kecamatan Awayan 2024, B.1 a–d",
                  make_current=True)
    load_template(session, code=PERMENDAGRI_CODE, name="Buku Administrasi Desa (Permendagri 47/2016)",
                  path=resource(PERMENDAGRI_FILE), source="Permendagri No. 47 Tahun 2016", make_current=False,
                  mapping=read_mapping_file(resource(MAPPING_FILE)))


def publish_template(session: Session, template_id: str) -> TemplateInfo:
    """Make a template the current one for new visits (master only)."""
    require_master(session, "Menerbitkan daftar periksa")
    if session.get(ChecklistTemplate, template_id) is None:
        raise NotFound(f"Daftar periksa dengan id {template_id} tidak ditemukan.")
    subdistrict(session).current_template_id = template_id
    session.flush()
    return template_info(session, template_id)


def publish_template_named(session: Session, name: str, version_number: int | None = None) -> TemplateInfo:
    """Make the newest version (or ``version_number``) of the template with code ``name`` the
    current one (master only)."""
    wanted = name.strip().casefold()
    versions = [t for t in session.scalars(select(ChecklistTemplate).order_by(ChecklistTemplate.version_number))
                if t.code.casefold() == wanted]
    if version_number is not None:
        versions = [t for t in versions if t.version_number == version_number]
    if not versions:
        known = ", ".join(sorted(set(session.scalars(select(ChecklistTemplate.code)))))
        which = f"{name} versi {version_number}" if version_number is not None else name
        raise NotFound(f"Daftar periksa {which} tidak dikenal; yang ada: {known}.")
    return publish_template(session, versions[-1].id)


def book_identities(session: Session) -> dict[str, str]:
    """Item code → the key of its book: the code of the first item in its chain of
    continuations. Two codes compare as the same book only when their keys are equal."""
    continues = {c: k for c, k in session.execute(select(ChecklistItem.code, ChecklistItem.continues_code))}
    out: dict[str, str] = {}
    for code in continues:
        seen, key = {code}, code
        while continues.get(key) and continues[key] not in seen:
            key = continues[key]  # type: ignore[assignment]
            seen.add(key)
        out[code] = key
    return out


def template_info(session: Session, template_id: str) -> TemplateInfo:
    template = session.get(ChecklistTemplate, template_id)
    if template is None:
        raise NotFound(f"Daftar periksa dengan id {template_id} tidak ditemukan.")
    items = session.scalars(select(ChecklistItem).where(ChecklistItem.template_id == template_id)
                            .order_by(ChecklistItem.sort_order)).all()
    current = subdistrict(session).current_template_id == template_id
    targets = {i.continues_code for i in items if i.continues_code}
    titles: dict[str, str] = {}
    if targets:
        for c, title in session.execute(select(ChecklistItem.code, ChecklistItem.title)
                                        .join(ChecklistTemplate, ChecklistTemplate.id == ChecklistItem.template_id)
                                        .where(ChecklistItem.code.in_(targets))
                                        .order_by(ChecklistTemplate.version_number)):
            titles[c] = title
    return TemplateInfo(template.id, template.code, template.name, template.version_number, current,
                        tuple(ItemInfo(i.id, i.code, i.category_code, i.category, i.title, i.guidance, i.sort_order,
                                       i.continues_code, titles.get(i.continues_code or "", ""))
                              for i in items), template.published_on, template.source)


def current_template(session: Session) -> TemplateInfo:
    sub = subdistrict(session)
    if not sub.current_template_id:
        raise NotFound("Belum ada daftar periksa yang diterbitkan.")
    return template_info(session, sub.current_template_id)


def list_templates(session: Session) -> list[TemplateInfo]:
    ids = session.scalars(select(ChecklistTemplate.id).order_by(ChecklistTemplate.code, ChecklistTemplate.version_number)).all()
    return [template_info(session, i) for i in ids]
