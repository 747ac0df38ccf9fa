"""The team recap as an XLSX a head of unit can print and file.

Sheet "Rekap Tim": the title, the unit, the period, who made it and when, then staff x month
(one cell per person and month, coloured by state) with the counts per person and a legend;
landscape A4, fitted to the page width, the header row repeated on every page. Sheet "Berkas":
one row per file in the folder, with what the file is to the matrix.
"""

from __future__ import annotations

from pathlib import Path

from absensi_app.services.files import OutsideFiles, write_atomically
from absensi_app.services.recap import RECAP_HEADERS, RecapError, recap_values
from absensi_app.services.team import ROLE_LABELS, STATE_LABELS, CellState, FileRole, TeamMatrix, cell_words
from absensi_app.services.team_period import period_text

TITLE = "Rekap Laporan Kinerja Bulanan Tim"
MATRIX_SHEET = "Rekap Tim"
FILES_SHEET = "Berkas"
FILE_HEADERS = (*RECAP_HEADERS, "Dalam rekap")
HEADER_ROW = 7  # the matrix's column headers (rows 1-5: title and heading)
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
COUNTS = ((CellState.NOT_RECEIVED, "Belum diterima"), (CellState.WAITING, "Menunggu"),
          (CellState.APPROVED, "Disetujui"), (CellState.PROBLEM, "Bermasalah"))  # fmt: skip
FIRST_MONTH = 3  # columns: No, Nama / NIP, then the months, then COUNTS
FILLS = {
    CellState.APPROVED: "D4EDDA",
    CellState.WAITING: "DDEBF7",
    CellState.RETURNED: "FFE0B2",
    CellState.PROBLEM: "F8D7DA",
}
OWED_FILL = "FFF3CD"
LEGEND = (
    (CellState.APPROVED, "Disetujui (dengan predikat bila dinilai): keputusan utuh dan bertanda tangan sah."),
    (CellState.WAITING, "Menunggu: ringkasan sah diterima, belum diberi keputusan."),
    (CellState.RETURNED, "Dikembalikan: dikembalikan untuk diperbaiki, revisi baru belum diterima."),
    (CellState.PROBLEM, "Bermasalah: berkas diubah, tanda tangan tidak sah, penanda tangan belum dikenal "
                        "atau sertifikat lain (mungkin palsu); keputusan di dalamnya tidak dihitung."),
    (CellState.NOT_RECEIVED, "Belum diterima: bulan yang sudah lewat tanpa ringkasan. \u2013: belum waktunya, "
                             "atau pegawai sudah keluar."),
)  # fmt: skip


def _safe(value: object) -> object:
    """Text that a spreadsheet would read as a formula is kept as text."""
    return "'" + value if isinstance(value, str) and value[:1] in ("=", "+", "-", "@") else value


LINE_HEIGHT = 12.5  # points per line of 10-11 pt text


def _lines(text: object, width: float) -> int:
    """How many lines ``text`` takes in a wrapped column ``width`` characters wide."""
    if text is None:
        return 1
    chars = max(int(width * 0.9) - 1, 1)  # bold or wide letters: a little less than the width
    return sum(max(1, -(-len(part) // chars)) for part in str(text).split("\n"))


def _fit_row(ws, row: int, minimum: int = 1) -> None:  # noqa: ANN001
    """Give ``row`` the height its wrapped cells need (a spreadsheet does not do it on opening)."""
    from openpyxl.utils import get_column_letter

    lines = minimum
    for cell in ws[row]:
        if cell.value is None or cell.coordinate in ws.merged_cells:
            continue
        width = ws.column_dimensions[get_column_letter(cell.column)].width or 10
        lines = max(lines, _lines(cell.value, width))
    ws.row_dimensions[row].height = LINE_HEIGHT * lines + 3


def _font(**style):  # noqa: ANN003, ANN202
    """Every cell in the workbook's own font (a bare Font() falls back to a serif elsewhere)."""
    from openpyxl.styles import Font

    return Font(name="Calibri", size=style.pop("size", 11), **style)


def month_header(month: str) -> str:
    return f"{SHORT_MONTHS[int(month[5:7]) - 1]} {month[:4]}"


def _print_setup(ws, title_rows: str) -> None:  # noqa: ANN001
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = title_rows
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = "Halaman &P dari &N"
    ws.oddFooter.right.text = "&A"


def heading_lines(matrix: TeamMatrix) -> list[str]:
    """The team recap's four lines under the title: unit, period, supervisor, when and from where."""
    heading = matrix.heading
    unit = ", ".join(x for x in (heading.unit, heading.agency) if x)
    return [
        f"Unit kerja: {unit}" if unit else "Unit kerja: -",
        f"Periode: {period_text(matrix.first, matrix.last)}",
        (f"Pejabat penilai: {heading.supervisor_name} (NIP {heading.supervisor_nip})"
         if heading.supervisor_name else "Pejabat penilai: -"),
        "Dibuat " + (f"{heading.made_at:%d-%m-%Y %H:%M}" if heading.made_at else "-")
        + (f" dari folder {heading.folder}" if heading.folder else ""),
    ]  # fmt: skip


def _matrix_sheet(ws, matrix: TeamMatrix, title: str, lines: list[str]) -> None:  # noqa: ANN001
    from openpyxl.styles import Alignment, Border, PatternFill, Side
    from openpyxl.utils import get_column_letter

    months = matrix.months
    width = FIRST_MONTH - 1 + len(months) + len(COUNTS)
    ws.title = MATRIX_SHEET
    ws["A1"] = title
    ws["A1"].font = _font(bold=True, size=14)
    for i, line in enumerate(lines, start=2):
        ws.cell(row=i, column=1, value=_safe(line))
    for row in range(1, 6):
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 30
    for col in range(FIRST_MONTH, FIRST_MONTH + len(months)):
        ws.column_dimensions[get_column_letter(col)].width = 12
    for col in range(FIRST_MONTH + len(months), width + 1):
        ws.column_dimensions[get_column_letter(col)].width = 11
    thin = Side(style="thin", color="9E9E9E")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    headers = ["No", "Nama / NIP", *(month_header(m) for m in months), *(label for _s, label in COUNTS)]
    for col, text in enumerate(headers, start=1):
        c = ws.cell(row=HEADER_ROW, column=col, value=text)
        c.font = _font(bold=True)
        c.alignment = centre
        c.border = border
        c.fill = PatternFill("solid", fgColor="E8EAED")
    _fit_row(ws, HEADER_ROW)
    row = HEADER_ROW
    for n, member in enumerate(matrix.members, start=1):
        row += 1
        name = member.name + (" (sudah keluar)" if member.left else "")
        if member.unplaced:
            name += f" \u2014 {len(member.unplaced)} berkas bermasalah tanpa bulan"
        values = [n, _safe(name) + f"\nNIP {member.nip}"]
        for col, value in enumerate(values, start=1):
            c = ws.cell(row=row, column=col, value=value)
            c.border = border
            c.alignment = Alignment(vertical="center", wrap_text=True)
            if member.left:
                c.font = _font(color="757575")
        for i, cell in enumerate(member.cells):
            c = ws.cell(row=row, column=FIRST_MONTH + i, value=_safe(cell_words(cell)))
            c.alignment = centre
            c.border = border
            colour = FILLS.get(cell.state) or (OWED_FILL if cell.owed else None)
            if colour:
                c.fill = PatternFill("solid", fgColor=colour)
            if cell.state is CellState.PROBLEM:
                c.font = _font(bold=True, color="A50E0E")
            elif member.left:
                c.font = _font(color="757575")
        for j, (state, _label) in enumerate(COUNTS):
            count = len(member.missing) if state is CellState.NOT_RECEIVED else member.count(state)
            c = ws.cell(row=row, column=FIRST_MONTH + len(months) + j, value=count)
            c.alignment = centre
            c.border = border
        _fit_row(ws, row)
    row += 2
    ws.cell(row=row, column=1, value="Keterangan:").font = _font(bold=True)
    for state, text in LEGEND:
        row += 1
        c = ws.cell(row=row, column=2, value=STATE_LABELS[state])
        c.fill = PatternFill("solid", fgColor=FILLS.get(state, OWED_FILL))
        c.alignment = centre
        ws.cell(row=row, column=3, value=text)
    loose = matrix.unplaced
    if loose:
        row += 2
        ws.cell(row=row, column=1, value=f"{len(loose)} berkas tidak menyebut pegawai (tidak terbaca atau tanpa "
                                         "tanda tangan): lihat lembar Berkas.")  # fmt: skip
    ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=FIRST_MONTH)
    _print_setup(ws, f"{HEADER_ROW}:{HEADER_ROW}")
    ws.print_area = f"A1:{get_column_letter(width)}{row}"
    ws.sheet_view.zoomScale = 90


def _files_sheet(ws, matrix: TeamMatrix) -> None:  # noqa: ANN001
    from openpyxl.styles import Alignment, PatternFill
    from openpyxl.utils import get_column_letter

    ws.title = FILES_SHEET
    ws.append(list(FILE_HEADERS))
    for cell in ws[1]:
        cell.font = _font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    red = PatternFill("solid", fgColor="F8D7DA")
    amber = PatternFill("solid", fgColor="FFF3CD")
    for placed in matrix.files:
        r = placed.row
        ws.append([_safe(v) for v in recap_values(r)] + [ROLE_LABELS[placed.role]])
        if r.is_problem:
            fill = red if r.problem_rank == 0 else amber
            for cell in ws[ws.max_row]:
                cell.fill = fill
        elif placed.role in (FileRole.SUPERSEDED, FileRole.COPY, FileRole.OUTSIDE):
            for cell in ws[ws.max_row]:
                cell.font = _font(color="757575")
    ws.freeze_panes = "A2"
    widths = (18, 22, 19, 8, 6, 8, 8, 7, 7, 7, 7, 7, 7, 8, 11, 11, 24, 48, 16)
    for col, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = w
    for row in range(1, ws.max_row + 1):
        for cell in ws[row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        _fit_row(ws, row)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(FILE_HEADERS))}{max(ws.max_row, 1)}"
    _print_setup(ws, "1:1")


def write_matrix_xlsx(matrix: TeamMatrix, path: Path, files: OutsideFiles | None = None, title: str = TITLE,
                      lines: list[str] | None = None) -> Path:  # fmt: skip
    """The workbook: the matrix sheet under ``title`` and its four heading ``lines`` (default:
    the team recap's, ``heading_lines``), and the files sheet."""
    from openpyxl import Workbook

    path = Path(path)
    if files is not None:
        path = files.check_target(path)
    if not path.parent.is_dir():
        raise RecapError("Folder '{p}' tidak ada.", p=str(path.parent))
    wb = Workbook()
    _matrix_sheet(wb.active, matrix, title, (lines if lines is not None else heading_lines(matrix))[:4])
    _files_sheet(wb.create_sheet(), matrix)
    wb.properties.title = f"{title}, {period_text(matrix.first, matrix.last)}"
    write_atomically(path, wb.save, what="Berkas rekap")
    return path
