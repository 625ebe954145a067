"""Text and tables from attached forms: .docx, .xlsx, .xls, .pdf and legacy .doc (catdoc).

`extract` picks the reader from the sniffed type, then the extension, then the declared
type, and never raises: unreadable, encrypted or oversized files give warnings instead.
Sheet dates read "YYYY-MM-DD" at midnight, else "YYYY-MM-DD HH:MM[:SS]"; 2.0 reads "2".
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import PurePosixPath

from parsers import evidence
from parsers.records import Limits

MAX_UNZIPPED = 200 * 1024 * 1024  # zip bomb guard for docx/xlsx
MAX_ROWS = 10_000  # per sheet
CATDOC_TIMEOUT_S = 20.0

Table = tuple[tuple[str, ...], ...]

_BY_TYPE = {evidence.DOCX: "docx", evidence.XLSX: "xlsx", evidence.XLS: "xls", evidence.PDF: "pdf",
            evidence.DOC: "doc", "application/rtf": "doc", "application/kswps": "doc",
            "application/wps-office.wps": "doc", "application/wps-office.et": "xls"}
_BY_EXT = {".docx": "docx", ".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".et": "xls",
           ".pdf": "pdf", ".doc": "doc", ".wps": "doc"}
_UNDECIDED = {None, evidence.OLE, evidence.ZIP}
# The office libraries load when a form of theirs first comes (together ~0.4 s of import).
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def qn(tag: str) -> str:
    """A `w:` tag in Clark notation, as python-docx spells it."""
    return _W + tag.removeprefix("w:")


_TEXT_BOXES = ".//w:txbxContent[not(ancestor::*[local-name()='Fallback'])]"  # no mc: prefix
_CONTINUED = "boolean(./w:tcPr/w:vMerge[not(@w:val) or @w:val='continue'])"
_ROWS = "./w:tr | ./w:sdt/w:sdtContent/w:tr"
_CELLS = "./w:tc | ./w:sdt/w:sdtContent/w:tc"
_P, _TBL, _SDT, _SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
_T, _CHARS = qn("w:t"), {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}
_SYM = qn("w:sym")
_FLD_CHAR, _LEGACY_BOX = qn("w:fldChar"), f"{qn('w:ffData')}/{qn('w:checkBox')}"  # a FORMCHECKBOX field
# Word's symbol runs for boxes and ticks, as the characters they draw (Wingdings, Wingdings 2)
_SYMBOLS = {**{("Wingdings", c): ch for c, ch in (("F0A8", "☐"), ("F06F", "☐"), ("F071", "☐"), ("F0FE", "☑"),
                                                 ("F0FD", "☒"), ("F078", "☒"), ("F0FC", "✓"), ("F0FB", "✗"))},
            **{("Wingdings 2", c): ch for c, ch in (("F0A3", "☐"), ("F02A", "☐"), ("F052", "☑"), ("F054", "☒"),
                                                   ("F050", "✓"), ("F04F", "✗"))}}
_NOT_TEXT = {qn("w:pPr"), qn("w:rPr"), qn("w:sdtPr"), qn("w:txbxContent"),
             "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
_TIME_WARNING = "time limit reached; text truncated"


@dataclass(frozen=True, slots=True)
class FormText:
    """What a form says: paragraphs in order, tables as rows of cell strings, and problems."""

    source: str
    paragraphs: tuple[str, ...] = ()
    tables: tuple[Table, ...] = ()
    warnings: tuple[str, ...] = ()


class _Refused(Exception):
    """A guard refused the file; the message becomes the warning."""


class _Out:
    """Collects paragraphs, tables and warnings under a time budget."""

    def __init__(self, seconds: float) -> None:  # the budget is checked between rows, pages, paragraphs
        self.paragraphs: list[str] = []
        self.tables: list[Table] = []
        self.warnings: list[str] = []
        self.deadline = time.monotonic() + seconds

    def out_of_time(self) -> bool:
        late = time.monotonic() > self.deadline
        if late and _TIME_WARNING not in self.warnings:
            self.warnings.append(_TIME_WARNING)
        return late


def extract(data: bytes, filename: str, content_type: str, limits: Limits | None = None) -> FormText | None:
    """Read a form's text and tables; None when the file is not a supported form type."""
    kind = _kind(data, filename, content_type)
    if kind is None:
        return None
    limits = limits or Limits()
    out = _Out(limits.form_seconds)
    try:
        if kind == "encrypted":
            raise _Refused("not read: password-protected Office file")
        if len(data) > limits.max_form_bytes:
            raise _Refused(f"not read: {len(data)} bytes is over the {limits.max_form_bytes} byte limit "
                           f"(limits.max_form_bytes)")
        _READERS[kind](data, out)
    except Exception as exc:  # noqa: BLE001 - corrupt files make libraries raise anything
        refused = isinstance(exc, _Refused)
        out.warnings.append(str(exc) if refused else f"unreadable {kind}: {exc!r}"[:300])
    if not (out.paragraphs or any(any(row) for table in out.tables for row in table)
            or out.warnings):
        out.warnings.append("no text found")
    return FormText(filename, tuple(out.paragraphs), tuple(out.tables), tuple(out.warnings))


def _kind(data: bytes, filename: str, content_type: str) -> str | None:
    sniffed = evidence.sniff(data)
    if sniffed not in _UNDECIDED:
        return _BY_TYPE.get(sniffed)
    kind = (_BY_EXT.get(PurePosixPath((filename or "").replace("\\", "/")).suffix.lower())
            or _BY_TYPE.get((content_type or "").split(";")[0].strip().lower()))
    if sniffed == evidence.OLE and kind in ("docx", "xlsx"):
        return "encrypted"
    return kind


def _check_zip(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED:
            raise _Refused(f"not read: unpacks to over {MAX_UNZIPPED} bytes")


def _read_docx(data: bytes, out: _Out) -> None:
    _check_zip(data)
    import docx

    _blocks(docx.Document(io.BytesIO(data)).element.body, out, out.paragraphs, text_boxes=True)


def _blocks(parent, out: _Out, sink: list[str], text_boxes: bool) -> None:
    """Walk paragraphs (into `sink`), tables and content controls of a body, cell or text box."""
    for child in parent:
        if out.out_of_time():
            return
        if child.tag == _P:
            _add(sink, _text(child))
            if text_boxes:
                for box in child.xpath(_TEXT_BOXES):
                    _blocks(box, out, sink, text_boxes=False)
        elif child.tag == _TBL:
            _table(child, out)
        elif child.tag == _SDT:
            for content in child.iterchildren(_SDT_CONTENT):
                _blocks(content, out, sink, text_boxes)


def _add(sink: list[str], text: str) -> None:
    if text.strip():
        sink.append(text.strip())


def _table(tbl, out: _Out) -> None:
    """Rows of cell strings, one per w:tc (`row.cells` deduped by `cell._tc`).

    A vertical-merge continuation is ""; nested tables follow their parent table."""
    rows: list[tuple[str, ...]] = []
    index = len(out.tables)
    out.tables.append(())
    for tr in tbl.xpath(_ROWS):
        cells = []
        for tc in tr.xpath(_CELLS):
            paragraphs: list[str] = []
            if not tc.xpath(_CONTINUED):
                _blocks(tc, out, paragraphs, text_boxes=True)
            cells.append("\n".join(paragraphs))
        rows.append(tuple(cells))
    out.tables[index] = tuple(rows)


def _text(element) -> str:
    """Visible text of a paragraph: runs, hyperlinks, inline content controls, tabs, breaks."""
    parts: list[str] = []

    def walk(node) -> None:
        for child in node:
            if child.tag == _T:
                parts.append(child.text or "")
            elif child.tag in _CHARS:
                parts.append(_CHARS[child.tag])
            elif child.tag == _SYM:  # a Wingdings box or tick
                parts.append(_SYMBOLS.get((child.get(qn("w:font")) or "", (child.get(qn("w:char")) or "").upper()), ""))
            elif child.tag == _FLD_CHAR and (box := child.find(_LEGACY_BOX)) is not None:  # a legacy form's box
                parts.append("☑" if _checked(box) else "☐")
            elif child.tag not in _NOT_TEXT:
                walk(child)

    walk(element)
    return "".join(parts)


def _checked(box) -> bool:
    """A legacy check box is ticked by its w:checked, else by its w:default."""
    state = box.find(qn("w:checked"))
    if state is not None:
        return state.get(qn("w:val")) not in ("0", "false", "off")
    default = box.find(qn("w:default"))
    return default is not None and default.get(qn("w:val")) in ("1", "true", "on")


def _read_xlsx(data: bytes, out: _Out) -> None:
    _check_zip(data)
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            if getattr(sheet, "sheet_state", "visible") != "visible":
                continue  # a hidden sheet (a filled-in example, a lookup list) is not what the partner shows
            sheet.reset_dimensions()  # stored dimensions are often wrong
            out.tables.append(_sheet_rows(sheet.title, sheet.iter_rows(values_only=True), out))
    finally:
        book.close()


def _read_xls(data: bytes, out: _Out) -> None:
    import xlrd

    book = xlrd.open_workbook(file_contents=data, logfile=io.StringIO())
    try:
        for sheet in book.sheets():
            rows = ([_xls_value(cell, book.datemode) for cell in sheet.row(r)]
                    for r in range(sheet.nrows))
            out.tables.append(_sheet_rows(sheet.name, rows, out))
    finally:
        book.release_resources()


def _xls_value(cell, datemode: int) -> object:
    import xlrd

    if cell.ctype == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(cell.value, datemode)
        except (ValueError, OverflowError):  # XLDateError is a ValueError
            return cell.value
    if cell.ctype == xlrd.XL_CELL_BOOLEAN:
        return bool(cell.value)
    if cell.ctype == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(cell.value, "#ERR")
    return cell.value


def _sheet_rows(title: str, rows: Iterable[Iterable[object]], out: _Out) -> Table:
    """Cell strings per row, trailing empty cells and rows dropped, within the row limit."""
    table: list[tuple[str, ...]] = []
    for count, row in enumerate(rows):
        if count >= MAX_ROWS:
            out.warnings.append(f"sheet {title}: only the first {MAX_ROWS} rows read")
            break
        if out.out_of_time():
            break
        table.append(_trimmed(_cell_text(value) for value in row))
    return _trimmed(table)


def _trimmed(items: Iterable) -> tuple:
    """The items without trailing empty ones."""
    items = list(items)
    while items and not items[-1]:
        items.pop()
    return tuple(items)


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date()
    if isinstance(value, dt.datetime | dt.time):
        spec = "seconds" if value.second else "minutes"
        return value.isoformat(" ", spec) if isinstance(value, dt.datetime) else value.isoformat(spec)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _read_pdf(data: bytes, out: _Out) -> None:
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise _Refused("not read: password-protected PDF")
    for page in reader.pages:
        if out.out_of_time():
            break
        for line in (page.extract_text() or "").splitlines():
            _add(out.paragraphs, line)
    if not out.paragraphs:
        out.warnings.append("PDF has no text layer (scanned?)")


def _read_doc(data: bytes, out: _Out) -> None:
    """Legacy Word through catdoc: tab-separated lines are table rows, the rest paragraphs."""
    if not data.startswith((b"\xd0\xcf\x11\xe0", b"{\\rtf")):  # catdoc would echo anything else
        raise _Refused("not read: neither a Word 97-2003 file nor RTF")
    catdoc = shutil.which("catdoc")
    if catdoc is None:
        raise _Refused("no .doc extractor (install catdoc)")
    with tempfile.NamedTemporaryFile(suffix=".doc") as handle:
        handle.write(data)
        handle.flush()
        try:
            done = subprocess.run([catdoc, "-d", "utf-8", "-w", handle.name], capture_output=True,
                                  timeout=CATDOC_TIMEOUT_S, check=False)
        except subprocess.TimeoutExpired as exc:
            raise _Refused(f"catdoc gave up after {CATDOC_TIMEOUT_S:g} s") from exc
    if done.returncode != 0:
        raise _Refused(f"catdoc failed: {done.stderr.decode('utf-8', 'replace').strip()[:200]}")
    rows: list[tuple[str, ...]] = []
    for line in done.stdout.decode("utf-8", "replace").splitlines() + [""]:
        if "\t" in line:
            rows.append(_trimmed(cell.strip() for cell in line.split("\t")))
            continue
        if rows:
            out.tables.append(tuple(rows))
            rows = []
        _add(out.paragraphs, line)


_READERS: dict[str, Callable[[bytes, _Out], None]] = {
    "docx": _read_docx, "xlsx": _read_xlsx, "xls": _read_xls, "pdf": _read_pdf, "doc": _read_doc}
