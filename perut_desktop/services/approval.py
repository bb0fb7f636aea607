"""Who may sign an approval, and what an approved visit may still receive.

The Pedoman (B.4) has the Camat, or whoever signs for him, approve a verified report. The
signatory is the acting staff profile, allowed the chosen title:

* *Camat* — the profile whose NIP is the Camat's NIP recorded for the kecamatan;
* *Plt. Camat* — a profile acting as Camat on the day of approval (its assignment dates);
* *a.n. Camat* — a profile that may sign (``can_sign``).

The verifier and the approver of one visit are different people unless the office's
review settings allow one person to do both; a profile with a PIN gives it at every
approval. After approval the master may attach the scan of the signed report, and nothing
else changes (DESIGN.md §3).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from perut_desktop import ownership
from perut_desktop.enums import SignatoryTitle, VisitStatus
from perut_desktop.errors import Hint, PerutError, ValidationError, WorkflowError
from perut_desktop.models import Attachment, Review, UserProfile, Visit
from perut_desktop.services import people
from perut_desktop.services.attachments_store import AttachmentStore
from perut_desktop.services.common import clean, get_or_404, require_master, subdistrict, today
from perut_desktop.services.review import review_settings
from perut_desktop.services.visits import AttachmentInfo, status_of


@dataclass(frozen=True)
class Signatory:
    """Who signs an approval, as printed: name, NIP, title code and jabatan (one line per
    ``\\n``). ``same_person`` is true when the signer also verified the visit."""

    name: str
    nip: str
    title: str
    position: str
    same_person: bool = False


def parse_title(title: str) -> SignatoryTitle:
    """camat, plt or an (as typed, any case)."""
    try:
        return SignatoryTitle(title.strip().casefold())
    except ValueError:
        raise ValidationError("Jabatan penanda tangan harus camat, plt atau an.") from None


def title_signatory(session: Session, user: UserProfile, title: SignatoryTitle) -> Signatory:
    """The signatory ``user`` is as ``title`` today, or the refusal (not the Camat, not
    acting as Camat on the day, not allowed to sign a.n. Camat). Nothing is written."""
    sub = subdistrict(session)
    if title is SignatoryTitle.CAMAT:
        if not sub.camat_name:
            raise ValidationError("Nama Camat belum diisi.", hint=Hint.SET_CAMAT)
        if not sub.camat_nip:
            raise ValidationError("NIP Camat belum diisi.", hint=Hint.SET_CAMAT)
        if user.nip != sub.camat_nip:
            raise WorkflowError(f"{user.name} bukan Camat {sub.name} (NIP-nya bukan NIP Camat yang tercatat); "
                                "persetujuan tidak dicatat.", hint=Hint.LIST_USERS)
        return Signatory(sub.camat_name, sub.camat_nip, title.value, f"Camat {sub.name}")
    if title is SignatoryTitle.PLT:
        day = today(session)
        if not people.user_info(session, user.id).acting_camat_on(day):
            raise WorkflowError(f"{user.name} tidak tercatat sebagai Plt. Camat pada {day:%d-%m-%Y}; "
                                "persetujuan tidak dicatat.", hint=Hint.LIST_USERS)
        return Signatory(user.name, user.nip, title.value, f"Plt. Camat {sub.name}")
    if not user.can_sign:
        raise WorkflowError(f"{user.name} tidak berwenang menandatangani a.n. Camat; persetujuan tidak dicatat.",
                            hint=Hint.LIST_USERS)
    return Signatory(user.name, user.nip, title.value,
                     f"a.n. Camat {sub.name}\n{user.title or 'Sekretaris Kecamatan'}")


def may_sign_as(session: Session, user: UserProfile, title: SignatoryTitle) -> bool:
    """Whether ``user`` may approve as ``title`` today (the verifier rule and the PIN are
    checked per approval)."""
    try:
        title_signatory(session, user, title)
    except PerutError:
        return False
    return True


def _verifier_id(session: Session, visit_id: str) -> str | None:
    """The staff member who verified the visit: on a visit awaiting approval (Diverifikasi)
    the author of its latest review, in clock order (a review is written with every step)."""
    return session.scalars(select(Review.reviewer_id).where(Review.visit_id == visit_id)
                           .order_by(Review.version.desc())).first()


def signatory_for(session: Session, user: UserProfile, visit_id: str, title: SignatoryTitle,
                  pin: str | None) -> Signatory:
    """The signatory of an approval of ``visit_id`` by ``user`` as ``title``, or a refusal:
    a title the profile may not sign with, the verifier approving where the office does not
    allow it, a missing or wrong PIN. Nothing is written."""
    signatory = title_signatory(session, user, title)
    same = _verifier_id(session, visit_id) == user.id
    if same and not review_settings(session).same_person_may_approve:
        raise WorkflowError(f"{user.name} sudah memverifikasi kunjungan ini; persetujuan harus oleh petugas lain.")
    people.check_pin(session, user.id, pin)
    return Signatory(signatory.name, signatory.nip, signatory.title, signatory.position, same)


def attach_signed_report(session: Session, store: AttachmentStore, visit_id: str, source: Path, *,
                         caption: str = "Laporan yang telah ditandatangani") -> AttachmentInfo:
    """Attach the scan of the signed report to an approved visit (master only): the one
    change an approved visit receives. The file is kept as it is (no resizing)."""
    require_master(session, "Melampirkan laporan bertanda tangan")
    get_or_404(session, Visit, visit_id, "Kunjungan")
    status = status_of(session, visit_id)
    if status is not VisitStatus.DISETUJUI:
        raise WorkflowError(f"Pindaian laporan bertanda tangan hanya untuk kunjungan Disetujui; kunjungan ini "
                            f"berstatus {status.label}.")
    stored = store.put_file(source, keep_original=True)
    a = Attachment(visit_id=visit_id, owner_table=ownership.SIGNED_REPORT, owner_id=visit_id, sha256=stored.sha256,
                   filename=source.name, media_type=stored.media_type, size=stored.size, width=stored.width,
                   height=stored.height, caption=clean(caption))
    session.add(a)
    session.flush()
    return AttachmentInfo(a.id, a.sha256, a.filename, a.media_type, a.size, a.caption, a.owner_table, a.owner_id)
