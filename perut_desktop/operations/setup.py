"""Making a replica: the master copy of a kecamatan, with its keys."""

from __future__ import annotations

from pathlib import Path

from perut_desktop.services import setup as setup_service
from perut_desktop.services.setup import InitResult

__all__ = ["InitResult", "init_master"]


def init_master(data_dir: Path, *, kecamatan: str, villages_file: Path | None = None,
                kabupaten: str | None = None, province: str | None = None) -> InitResult:
    """Operation: a new master replica in ``data_dir`` — the kecamatan, its villages, the
    checklist templates — and this installation's signing and encryption keys."""
    from perut_desktop.sync.bundle import ensure_identity

    result = setup_service.init_master(data_dir, kecamatan=kecamatan, villages_file=villages_file,
                                       kabupaten=kabupaten, province=province)
    ensure_identity(result.data_dir)
    return result
