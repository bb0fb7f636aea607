"""The Laporan Hasil Pendampingan: what a visit found, who came, what was agreed, who signs.

Portrait; the sections are numbered with Roman numerals as in Indonesian reports. The
signature blocks (Pendamping, Mengetahui Kepala Desa, Camat) stay together on the last
page with the text before them.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from perut_desktop.reports.pdf.base import (
    CATEGORY_BG,
    CHECK,
    DASH,
    DocumentSpec,
    LongTexts,
    SignatureCell,
    attach_block,
    esc,
    field_table,
    format_day_date,
    format_long_date,
    format_score,
    format_short_date,
    frame_width,
    grid_table,
    image_flowable,
    keep_with_next_row,
    markup,
    para,
    place_and_date,
    render,
    signature_block,
    styles,
)
from perut_desktop.reports.pdf.viewmodels import (
    ATTENDEE_GROUPS,
    FOLLOW_UP_LABELS,
    GROUP_LABELS,
    RESULT_STATUSES,
    SEVERITY_LABELS,
    VISIT_STATUS_LABELS,
    BookResult,
    FollowUpItem,
    ResultCategory,
    Signatory,
    VisitReportData,
    label,
)

LANDSCAPE = False
STATUS_HEADERS = ("Ada,\nlengkap", "Belum\nlengkap", "Tidak\nada", "Tidak\nberlaku")
MARK_W = 36.0
DATE_W = 58.0


def build_visit_report(data: VisitReportData, out_path: Path | str, paper: str = "A4") -> int:
    """Write the visit report of ``data`` to ``out_path``; returns the page count."""
    width = frame_width(paper, LANDSCAPE)
    story: list[Flowable] = [*_title(data)]
    story += _section("I. DATA KUNJUNGAN", _visit_data(data, width))
    story += _section("II. HASIL PEMERIKSAAN BUKU ADMINISTRASI DESA", _results(data, width))
    story += _section("III. DAFTAR HADIR", _attendance(data, width))
    story += _section("IV. NOTULEN", _minutes(data, width))
    story += _section("V. TINDAK LANJUT", _follow_ups(data, width))
    story += _section("VI. CATATAN KEPATUHAN REGULASI", _findings(data, width))
    story += _section("VII. LAMPIRAN", _attachments(data, width))
    story += _section("VIII. CATATAN VERIFIKASI", _reviews(data))
    attach_block(story, _signatures(data, width))
    spec = DocumentSpec(
        title=f"Laporan Hasil Pendampingan Desa {data.village} {format_long_date(data.visit_date)}",
        running_header=(f"Laporan Hasil Pendampingan · Desa {data.village} · "
                        f"{format_long_date(data.visit_date)}"),
        letterhead=data.letterhead, paper=paper, landscape=LANDSCAPE, draft=data.is_draft,
        subject="Pendampingan Rutin (PERUT)",
    )
    return render(spec, story, out_path)


def _title(data: VisitReportData) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [
        markup("LAPORAN HASIL PENDAMPINGAN", st.title),
        markup("PENDAMPINGAN RUTIN (PERUT) ADMINISTRASI PEMERINTAHAN DESA", st.subtitle),
    ]
    if data.document_number:
        out.append(markup(f"Nomor: {esc(data.document_number)}", st.sign))
    out.append(Spacer(1, 4))
    return out


def _section(heading: str, body: Sequence[Flowable]) -> list[Flowable]:
    return [markup(heading, styles().section), *body]


def _nothing(message: str) -> list[Flowable]:
    return [markup(esc(message), styles().body)]


def _header_row(titles: Sequence[str], small: bool = False) -> list[Paragraph]:
    style = styles().head_small if small else styles().head
    return [markup(esc(t), style) for t in titles]


# --- I. visit data ----------------------------------------------------------------------------


def _visit_data(data: VisitReportData, width: float) -> list[Flowable]:
    officer = data.officer.name or DASH
    if data.officer.nip:
        officer += f" (NIP. {data.officer.nip})"
    pairs: list[tuple[str, str]] = [
        ("Desa", data.village),
        ("Hari/Tanggal", format_day_date(data.visit_date)),
    ]
    pairs += [(k, v) for k, v in (("Waktu", data.time), ("Tempat", data.venue)) if v]
    pairs += [("Pendamping", officer), ("Agenda", data.agenda or DASH)]
    if data.template_name:
        pairs.append(("Daftar periksa", data.template_name))
    pairs.append(("Status laporan", label(VISIT_STATUS_LABELS, data.status)))
    if data.summary.strip():
        pairs.append(("Ringkasan", data.summary))
    out: list[Flowable] = [field_table(pairs, width, 32 * mm)]
    out.append(markup("Riwayat status", styles().subsection))
    out += _status_history(data, width) if data.status_history else _nothing(
        "Belum ada perubahan status.")
    return out


def _status_history(data: VisitReportData, width: float) -> list[Flowable]:
    st = styles()
    long = LongTexts()
    widths = [20, 80, 62, 62, 96]  # "Dikembalikan" must not break
    widths.append(width - sum(widths))
    when = f"Waktu ({data.time_zone})" if data.time_zone else "Waktu"
    rows: list[list[object]] = [_header_row(("No", when, "Dari", "Ke", "Oleh", "Catatan"))]
    for n, event in enumerate(data.status_history, start=1):
        rows.append([
            para(str(n), st.cell_center), para(format_short_date(event.at), st.cell),
            para(label(VISIT_STATUS_LABELS, event.from_status), st.cell),
            para(label(VISIT_STATUS_LABELS, event.to_status), st.cell),
            para(event.by, st.cell, DASH), long.cell(event.note, st.cell),
        ])
    return [grid_table(rows, widths), *long.notes()]


# --- II. checklist results --------------------------------------------------------------------


def _result_widths(width: float) -> list[float]:
    fixed = 20 + 28 + 4 * MARK_W + DATE_W
    flexible = width - fixed
    return [20, 28, flexible * 0.55, *([MARK_W] * 4), DATE_W, flexible * 0.45]


def _result_row(number: int, result: BookResult, long: LongTexts) -> list[object]:
    st = styles()
    status = (result.status or "").lower()
    marks = [markup(CHECK, st.box) if status == code else "" for code in RESULT_STATUSES]
    notes: list[Flowable] = [long.cell(result.notes, st.cell)] if result.notes.strip() else []
    if status not in RESULT_STATUSES:
        # A book that was not checked is said so, not left looking like a blank answer.
        notes.insert(0, markup("<i>Belum diperiksa.</i>", st.cell))
    return [para(str(number), st.cell_center), para(result.code, st.cell_center),
            para(result.title, st.cell), *marks,
            para(format_short_date(result.last_entry_on), st.cell_center), notes]


def _results_table(categories: Sequence[ResultCategory], width: float) -> list[Flowable]:
    st = styles()
    long = LongTexts()
    rows: list[list[object]] = [
        [*_header_row(("No", "Kode", "Nama Buku Administrasi", "Keadaan Buku")), "", "", "",
         *_header_row(("Tanggal Entri Terakhir", "Catatan"))],
        ["", "", "", *_header_row(STATUS_HEADERS, small=True), "", ""],
    ]
    extra: list[tuple[object, ...]] = [
        ("SPAN", (3, 0), (6, 0)), *(("SPAN", (c, 0), (c, 1)) for c in (0, 1, 2, 7, 8)),
    ]
    number = 0
    headings: list[int] = []
    for category in categories:
        r = len(rows)
        rows.append([markup(f"<b>{esc(category.code)}. {esc(category.name)}</b>", st.cell),
                     *[""] * 7,
                     markup(f"<b>Skor: {format_score(category.score)}</b>", st.cell_right)])
        extra += [("SPAN", (0, r), (7, r)), ("BACKGROUND", (0, r), (-1, r), CATEGORY_BG)]
        headings.append(r)
        for result in category.results:
            number += 1
            rows.append(_result_row(number, result, long))
    extra.append(("VALIGN", (3, 2), (6, -1), "MIDDLE"))
    widths = _result_widths(width)
    for r in headings:  # a category name never ends a page
        extra += keep_with_next_row(rows, r)
    return [grid_table(rows, widths, header_rows=2, extra=extra), *long.notes()]


def _score_table(data: VisitReportData, width: float) -> Table:
    st = styles()
    heads = ("Kategori", "Jumlah Buku", "Ada, lengkap", "Belum lengkap", "Tidak ada",
             "Tidak berlaku", "Belum diperiksa", "Skor")
    count_w = 46.0
    widths = [width - 7 * count_w, *([count_w] * 7)]
    rows: list[list[object]] = [_header_row(heads)]

    def line(name: str, results: Sequence[BookResult], score: float | None,
             bold: bool = False) -> list[object]:
        counts = Counter((r.status or "").lower() for r in results)
        unchecked = len(results) - sum(counts[c] for c in RESULT_STATUSES)
        cells = [len(results), *(counts[c] for c in RESULT_STATUSES), unchecked]
        style = st.cell_bold if bold else st.cell
        return [para(name, style), *(para(str(v), st.cell_center) for v in cells),
                markup(f"<b>{format_score(score)}</b>", st.cell_center)]

    for category in data.categories:
        rows.append(line(f"{category.code}. {category.name}", category.results, category.score))
    everything = [r for c in data.categories for r in c.results]
    rows.append(line("Keseluruhan", everything, data.overall_score, bold=True))
    return grid_table(rows, widths, extra=[("BACKGROUND", (0, -1), (-1, -1), CATEGORY_BG)])


def _results(data: VisitReportData, width: float) -> list[Flowable]:
    st = styles()
    if not data.categories:
        return _nothing("Tidak ada hasil pemeriksaan buku.")
    return [
        *_results_table(data.categories, width),
        markup("Rekapitulasi skor kelengkapan", st.subsection),
        _score_table(data, width),
        Spacer(1, 2),
        markup("Skor = (ada, lengkap + 0,5 × belum lengkap) : (jumlah buku − tidak berlaku); "
               f"“{DASH}” bila tidak ada buku yang berlaku. Buku yang belum diperiksa dihitung "
               "sebagai belum ada.", st.note),
    ]


# --- III. attendance --------------------------------------------------------------------------


def _attendance(data: VisitReportData, width: float) -> list[Flowable]:
    st = styles()
    absent = (f"Undangan yang tidak hadir: {data.absent_invitees} orang."
              if data.absent_invitees else "")
    if not data.attendees:
        return _nothing(" ".join(p for p in ("Tidak ada peserta yang tercatat.", absent) if p))
    widths = [20, 0.0, 0.0, 84, 26]
    rest = width - sum(widths)
    widths[1], widths[2] = rest * 0.52, rest * 0.48
    rows: list[list[object]] = [_header_row(("No", "Nama", "Jabatan", "Unsur", "L/P"))]
    for n, person in enumerate(data.attendees, start=1):
        rows.append([para(str(n), st.cell_center), para(person.name, st.cell),
                     para(person.position, st.cell, DASH),
                     para(label(GROUP_LABELS, person.group), st.cell),
                     para(person.gender.upper() or DASH, st.cell_center)])
    out: list[Flowable] = [grid_table(rows, widths),
                           markup("Rekapitulasi kehadiran", st.subsection),
                           _attendance_counts(data, width)]
    if absent:
        out += [Spacer(1, 2), markup(esc(absent), st.note)]
    return out


def _attendance_counts(data: VisitReportData, width: float) -> Table:
    st = styles()
    counts: Counter[tuple[str, str]] = Counter()
    for person in data.attendees:
        group = person.group.lower() if person.group.lower() in ATTENDEE_GROUPS else "lainnya"
        gender = person.gender.upper() if person.gender.upper() in ("L", "P") else "?"
        counts[group, gender] += 1
    genders = ["L", "P"] + (["?"] if any(g == "?" for _, g in counts) else [])
    heads = ["Unsur", "Laki-laki", "Perempuan"] + (["Tidak diisi"] if "?" in genders else [])
    rows: list[list[object]] = [_header_row([*heads, "Jumlah"])]
    for group in ATTENDEE_GROUPS:
        values = [counts[group, g] for g in genders]
        rows.append([para(GROUP_LABELS[group], st.cell),
                     *(para(str(v), st.cell_center) for v in (*values, sum(values)))])
    totals = [sum(counts[grp, g] for grp in ATTENDEE_GROUPS) for g in genders]
    rows.append([para("Jumlah", st.cell_bold),
                 *(markup(f"<b>{v}</b>", st.cell_center) for v in (*totals, sum(totals)))])
    count_w = 62.0
    widths = [110.0, *([count_w] * (len(genders) + 1))]
    return grid_table(rows, widths, extra=[("BACKGROUND", (0, -1), (-1, -1), CATEGORY_BG)])


# --- IV. minutes ------------------------------------------------------------------------------


def _paragraphs(value: str) -> list[Flowable]:
    # One paragraph per line, so that long minutes can break between pages.
    lines = [line.strip() for line in value.splitlines() if line.strip()]
    return [para(line, styles().body) for line in lines] or [markup(DASH, styles().body)]


def _minutes(data: VisitReportData, width: float) -> list[Flowable]:
    minutes = data.minutes
    if minutes is None:
        return _nothing("Notulen belum diisi.")
    st = styles()
    out: list[Flowable] = [field_table([("Pimpinan rapat", minutes.chair or DASH),
                                        ("Notulis", minutes.note_taker or DASH)], width, 32 * mm)]
    for heading, body in (("Pembukaan", minutes.opening), ("Pembahasan", minutes.discussion),
                          ("Keputusan", minutes.decisions), ("Penutupan", minutes.closing)):
        out.append(markup(heading, st.subsection))
        out += _paragraphs(body)
    return out


# --- V. follow-ups ----------------------------------------------------------------------------


def _new_follow_ups(items: Sequence[FollowUpItem], width: float) -> list[Flowable]:
    st = styles()
    long = LongTexts()
    if not items:
        return _nothing("Tidak ada tindak lanjut baru.")
    widths = [20, 0.0, 120, 64]
    widths[1] = width - sum(widths)
    rows: list[list[object]] = [_header_row(("No", "Tindak Lanjut", "Penanggung Jawab",
                                             "Batas Waktu"))]
    for n, item in enumerate(items, start=1):
        rows.append([para(str(n), st.cell_center), long.cell(item.task, st.cell),
                     para(item.responsible, st.cell, DASH),
                     para(format_short_date(item.due_on), st.cell_center)])
    return [grid_table(rows, widths), *long.notes()]


def _follow_up_state(item: FollowUpItem, visit_date: dt.date) -> str:
    state = esc(label(FOLLOW_UP_LABELS, item.status))
    overdue = (item.status or "belum").lower() == "belum" and item.due_on is not None \
        and item.due_on < visit_date
    return state + ("<br/><i>lewat batas waktu</i>" if overdue else "")


def _earlier_follow_ups(data: VisitReportData, width: float) -> list[Flowable]:
    st = styles()
    long = LongTexts()
    items = data.earlier_follow_ups
    if not items:
        return _nothing("Tidak ada tindak lanjut dari kunjungan sebelumnya.")
    widths = [20, 0.0, 84, 56, 62, 0.0]
    rest = width - sum(widths)
    widths[1], widths[5] = rest * 0.5, rest * 0.5
    rows: list[list[object]] = [_header_row(("No", "Tindak Lanjut", "Penanggung Jawab",
                                             "Batas Waktu", "Keadaan", "Perkembangan Terakhir"))]
    for n, item in enumerate(items, start=1):
        task: list[Flowable] = [long.cell(item.task, st.cell)]
        if item.created_on:
            task.append(para(f"dari kunjungan {format_short_date(item.created_on)}", st.guidance))
        progress = item.progress.strip() or DASH
        if item.progress_on:
            progress = f"{format_short_date(item.progress_on)}: {progress}"
        rows.append([para(str(n), st.cell_center), task, para(item.responsible, st.cell, DASH),
                     para(format_short_date(item.due_on), st.cell_center),
                     markup(_follow_up_state(item, data.visit_date), st.cell),
                     long.cell(progress, st.cell)])
    return [grid_table(rows, widths), *long.notes()]


def _follow_ups(data: VisitReportData, width: float) -> list[Flowable]:
    st = styles()
    return [markup("A. Tindak lanjut baru dari kunjungan ini", st.subsection),
            *_new_follow_ups(data.new_follow_ups, width),
            markup("B. Tindak lanjut dari kunjungan sebelumnya", st.subsection),
            *_earlier_follow_ups(data, width)]


# --- VI. compliance ---------------------------------------------------------------------------


def _findings(data: VisitReportData, width: float) -> list[Flowable]:
    st = styles()
    long = LongTexts()
    if not data.findings:
        return _nothing("Tidak ada catatan.")
    widths = [20, 66, 0.0, 118]
    widths[2] = width - sum(widths)
    rows: list[list[object]] = [_header_row(("No", "Tingkat", "Uraian", "Dasar Hukum"))]
    for n, finding in enumerate(data.findings, start=1):
        # The rule code goes under the message, where it has the width not to break.
        code = f"Kode aturan: {finding.rule_code}"
        if finding.rule_version:
            code += f" · Ketentuan: {finding.rule_version}"
        message = [long.cell(finding.message, st.cell), para(code, st.guidance)]
        rows.append([para(str(n), st.cell_center),
                     para(label(SEVERITY_LABELS, finding.severity), st.cell_bold), message,
                     para(finding.source, st.cell, DASH)])
    return [grid_table(rows, widths), *long.notes()]


# --- VII. attachments -------------------------------------------------------------------------


def _attachments(data: VisitReportData, width: float) -> list[Flowable]:
    st = styles()
    if not data.attachments:
        return _nothing("Tidak ada lampiran.")
    thumb_w = 36 * mm
    widths = [20, thumb_w + 6, width - 26 - thumb_w]
    rows: list[list[object]] = [_header_row(("No", "Pratinjau", "Keterangan"))]
    for n, item in enumerate(data.attachments, start=1):
        thumb = image_flowable(item.path, thumb_w, 26 * mm) or para(DASH, st.cell_center)
        text = [para(item.caption, st.cell, DASH), para(item.filename, st.guidance)]
        rows.append([para(str(n), st.cell_center), thumb, text])
    return [grid_table(rows, widths, extra=[("ALIGN", (1, 1), (1, -1), "CENTER")])]


# --- VIII. reviews and signatures -------------------------------------------------------------


def _reviews(data: VisitReportData) -> list[Flowable]:
    st = styles()
    if not data.reviews:
        return _nothing("Tidak ada catatan.")
    out: list[Flowable] = []
    for review in data.reviews:
        verdict = f" — {esc(label(VISIT_STATUS_LABELS, review.verdict))}" if review.verdict else ""
        out.append(markup(f"<b>{format_short_date(review.at)}, {esc(review.reviewer)}</b>{verdict}",
                          st.body))
        out += _paragraphs(review.notes)
    return out


def _signatures(data: VisitReportData, width: float) -> Table:
    officer = SignatureCell((place_and_date(data.place, data.report_date or data.visit_date),),
                            data.officer)
    head = SignatureCell(("Mengetahui,",), data.village_head)
    if data.approval is not None:
        approved = place_and_date(data.place, data.approval.approved_on)
        camat = SignatureCell((approved, "Menyetujui,"), data.approval.signatory)
    else:
        # Not approved yet: the Camat signs the printout by hand.
        camat = SignatureCell((place_and_date(data.place, None), "Menyetujui,"),
                              Signatory(title=data.camat_title, name="", nip=""))
    # The Camat alone on the last row, centred: a name with degrees then fits on one line.
    return signature_block([[head, officer], [camat]], width)
