"""Sentences that end with a name: Indonesian names often end with an abbreviated degree."""

from perut_desktop.wording import sentence


def test_a_sentence_ends_with_one_full_stop() -> None:
    assert sentence("Kunjungan disetujui oleh Muhammad Rizali") == "Kunjungan disetujui oleh Muhammad Rizali."
    assert sentence("Kunjungan disetujui oleh Muhammad Rizali, S.STP., M.Si.") == \
        "Kunjungan disetujui oleh Muhammad Rizali, S.STP., M.Si."
    assert sentence("Bihara, 4 Des 2026 (Siti Rahmah, S.E)") == "Bihara, 4 Des 2026 (Siti Rahmah, S.E)."
