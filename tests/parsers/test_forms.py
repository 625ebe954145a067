"""parsers.forms on docx/xlsx built here, xls/doc/pdf from test_evidence's byte builders."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import stat
from pathlib import Path

import docx
import openpyxl
import pypdf
import pytest
from docx.oxml import parse_xml
from hypothesis import given, settings
from hypothesis import strategies as st
from test_evidence import ATTACHMENTS, ole_container, pdf_bytes, xls_bytes

from parsers import forms
from parsers.forms import FormText, extract
from parsers.records import Limits

OCTET = "application/octet-stream"
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml"')


def saved(document) -> bytes:
    """The bytes python-docx or openpyxl writes for `document`."""
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def appeal_docx() -> bytes:
    document = docx.Document()
    document.add_paragraph("商机申诉书")
    table = document.add_table(rows=3, cols=2)
    for row, (label, value) in zip(table.rows, [("合作商", "常州龙城企服网络科技有限公司"),
                                                ("商机编号", "2606040019"),
                                                ("推送时间", "2026年6月4日 9:35")], strict=True):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("申诉人：汤颖")
    return saved(document)


APPEAL_DOCX = appeal_docx()


ASCII_PDF = pdf_bytes(b"BT /F1 12 Tf 72 760 Td (Lead ID 2606040019) Tj "
                      b"0 -20 Td (Pushed 2026-06-04 09:35) Tj ET")


def fake_catdoc(tmp_path: Path, monkeypatch, script: str) -> None:
    """Put a shell script named catdoc first on PATH."""
    tool = tmp_path / "bin" / "catdoc"
    tool.parent.mkdir()
    tool.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    tool.chmod(tool.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{tool.parent}{os.pathsep}{os.environ.get('PATH', '')}")


def test_a_docx_gives_its_chinese_paragraphs_and_table_cells_in_order():
    form = extract(APPEAL_DOCX, "申诉书.docx", OCTET)
    assert form == FormText(
        source="申诉书.docx", paragraphs=("商机申诉书", "申诉人：汤颖"),
        tables=((("合作商", "常州龙城企服网络科技有限公司"), ("商机编号", "2606040019"),
                 ("推送时间", "2026年6月4日 9:35")),))


def test_merged_docx_cells_are_read_once_and_vertical_continuations_are_blank():
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "询盘信息"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "商机编号"
    for row in (0, 1, 2):
        table.cell(row, 2).text = f"备注{row}"
    table.cell(1, 1).text, table.cell(2, 1).text = "XP-2605-0322", "XP-2605-0347"
    (rows,) = extract(saved(document), "merged.docx", OCTET).tables
    assert rows == (("询盘信息", "备注0"), ("商机编号", "XP-2605-0322", "备注1"),
                    ("", "XP-2605-0347", "备注2"))


def test_a_nested_table_follows_its_parent_and_stays_out_of_the_parent_cell_text():
    document = docx.Document()
    outer = document.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "商机编号"
    inner = outer.cell(0, 1).add_table(rows=2, cols=1)
    inner.cell(0, 0).text, inner.cell(1, 0).text = "2606040019", "2606040020"
    assert extract(saved(document), "nested.docx", OCTET).tables == (
        (("商机编号", ""),), (("2606040019",), ("2606040020",)))


def test_content_controls_and_text_boxes_are_read_and_text_boxes_only_once():
    document = docx.Document()
    anchor = document.add_paragraph("正文")._p
    anchor.addnext(parse_xml(
        f'<w:p {W_NS}><w:r><w:t xml:space="preserve">商机编号：</w:t></w:r>'
        '<w:sdt><w:sdtPr><w:alias w:val="编号"/></w:sdtPr><w:sdtContent>'
        '<w:r><w:t>2606040019</w:t></w:r></w:sdtContent></w:sdt></w:p>'))
    anchor.addnext(parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="客户"/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>付费客户：常州金岳激光装备有限公司</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    box = '<w:txbxContent><w:p><w:r><w:t>推送时间：9:35</w:t></w:r></w:p></w:txbxContent>'
    anchor.addnext(parse_xml(
        f'<w:p {W_NS}><w:r><mc:AlternateContent>'
        f'<mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>'
        f'</w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox>{box}</v:textbox>'
        '</v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
        '<w:r><w:t>框外</w:t><w:tab/><w:t>文字</w:t></w:r></w:p>'))
    form = extract(saved(document), "controls.docx", OCTET)
    assert form.paragraphs == ("正文", "框外\t文字", "推送时间：9:35",
                               "付费客户：常州金岳激光装备有限公司", "商机编号：2606040019")


def test_an_xlsx_gives_one_table_per_sheet_with_dates_numbers_and_blank_formulas():
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "商机反馈"
    sheet.append(["商机编号", "推送日期", "客户反馈时间", "条数", "单价", "公式"])
    sheet.append(["XP-2605-0322", dt.datetime(2026, 5, 22), dt.datetime(2026, 5, 22, 13, 10),
                  5, 12.5, "=D2*2"])
    sheet.append([None, None, None])
    workbook.create_sheet("说明").append(["合作商", "洛阳河洛云商网络科技有限公司"])
    form = extract(saved(workbook), "反馈表（5条）.xlsx", OCTET)
    assert form.tables == (
        (("商机编号", "推送日期", "客户反馈时间", "条数", "单价", "公式"),
         ("XP-2605-0322", "2026-05-22", "2026-05-22 13:10", "5", "12.5")),
        (("合作商", "洛阳河洛云商网络科技有限公司"),))
    assert form.warnings == ()


def test_an_xls_gives_chinese_text_whole_numbers_and_dates():
    data = xls_bytes("申诉", {(0, 0): "商机编号", (0, 1): 2606040019.0,
                             (1, 0): "推送时间", (1, 1): dt.datetime(2026, 6, 4, 9, 35),
                             (2, 0): "金额", (2, 1): 2.5})
    form = extract(data, "申诉书.xls", "application/vnd.ms-excel")
    assert form.tables == ((("商机编号", "2606040019"), ("推送时间", "2026-06-04 09:35"),
                            ("金额", "2.5")),)
    assert form.warnings == ()


@pytest.mark.parametrize(("data", "paragraphs", "warnings"), [
    (ASCII_PDF, ("Lead ID 2606040019", "Pushed 2026-06-04 09:35"), ()),
    (pdf_bytes(b""), (), ("PDF has no text layer (scanned?)",))])
def test_a_pdf_gives_a_paragraph_per_text_line_or_says_it_has_no_text(data, paragraphs, warnings):
    form = extract(data, "扫描件.pdf", "application/pdf")
    assert form == FormText("扫描件.pdf", paragraphs, (), warnings)


def test_a_pdf_with_a_tounicode_map_gives_chinese_text():
    text = "商机编号合作商"
    pairs = " ".join(f"<{number:02X}> <{ord(char):04X}>" for number, char in enumerate(text, 1))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap "
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def "
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def "
            "1 begincodespacerange <00> <FF> endcodespacerange "
            f"{len(text)} beginbfchar {pairs} endbfchar endcmap "
            "CMapName currentdict /CMap defineresource pop end end").encode()
    data = pdf_bytes(b"BT /F1 12 Tf 72 760 Td <01020304> Tj 0 -20 Td <050607> Tj ET",
                     b" /ToUnicode 6 0 R",
                     (b"<< /Length %d >>\nstream\n%s\nendstream" % (len(cmap), cmap),))
    assert extract(data, "申诉书.pdf", OCTET).paragraphs == ("商机编号", "合作商")


@pytest.mark.parametrize(("user_password", "readable"), [("secret", False), ("", True)])
def test_a_pdf_is_read_only_when_it_opens_without_a_password(user_password, readable):
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(ASCII_PDF)))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    form = extract(buffer.getvalue(), "locked.pdf", "application/pdf")
    assert bool(form.paragraphs) is readable
    assert form.warnings == (() if readable else ("not read: password-protected PDF",))


def test_a_legacy_doc_goes_through_catdoc_and_its_tab_lines_become_a_table(tmp_path, monkeypatch):
    fake_catdoc(tmp_path, monkeypatch, "cat <<'EOF'\n商机申诉书\n\n合作商\t常州龙城企服\t\n"
                                       "商机编号\t2606040019\t\n\n申诉人：汤颖\nEOF\n")
    form = extract(ole_container({"WordDocument": b"\xec\xa5"}), "申诉书.doc", OCTET)
    assert form == FormText(source="申诉书.doc", paragraphs=("商机申诉书", "申诉人：汤颖"),
                            tables=((("合作商", "常州龙城企服"), ("商机编号", "2606040019")),))


@pytest.mark.parametrize(("script", "warning"), [
    (None, "no .doc extractor (install catdoc)"),
    ("exec sleep 5\n", "catdoc gave up after 0.2 s"),
    ("echo 'Unknown file type' >&2; exit 1\n", "catdoc failed: Unknown file type"),
])
def test_a_missing_hanging_or_failing_catdoc_gives_a_warning(tmp_path, monkeypatch, script, warning):
    if script is None:
        monkeypatch.setenv("PATH", str(tmp_path))
    else:
        fake_catdoc(tmp_path, monkeypatch, script)
    monkeypatch.setattr(forms, "CATDOC_TIMEOUT_S", 0.2)
    assert extract(ole_container({"WordDocument": b""}), "申诉书.doc", OCTET).warnings == (warning,)


@pytest.mark.skipif(shutil.which("catdoc") is None, reason="catdoc is not installed")
def test_the_real_catdoc_on_a_word_file_without_text_says_so():
    form = extract(ole_container({"WordDocument": b"\0" * 64}), "坏.doc", OCTET)
    assert form.warnings == ("no text found",)


def test_a_password_protected_docx_is_reported_not_read():
    data = ole_container({"EncryptionInfo": b"\4\0\4\0", "EncryptedPackage": b"\1" * 64})
    assert extract(data, "申诉书.docx", OCTET).warnings == (
        "not read: password-protected Office file",)


@pytest.mark.parametrize(("data", "name"), [
    (APPEAL_DOCX[:5000], "截断.docx"),
    (b"PK\x03\x04" + b"\0" * 200, "坏.xlsx"),
    (b"\x13\x37" * 300, "乱码.xlsx"),
    (ole_container({"Workbook": b"\1\2\3"}), "坏.xls"),
    (b"%PDF-1.4\n1 0 obj <<", "坏.pdf"),
    (b"PK\x05\x06" + b"\0" * 18, "压缩包.doc"), ("<html>申诉书</html>".encode(), "网页另存.doc"),
])
def test_corrupt_forms_give_a_warning_instead_of_an_error(data, name):
    form = extract(data, name, OCTET)
    assert form.source == name and form.tables == () and len(form.warnings) == 1


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["s02_appeal_form.docx", "s06_feedback.xlsx"]), st.floats(0, 1),
       st.binary(min_size=1, max_size=256))
def test_damaged_sample_forms_never_raise(name, where, patch):
    data = bytearray((ATTACHMENTS / name).read_bytes())
    position = int(where * (len(data) - 1))
    data[position:position + len(patch)] = patch
    assert isinstance(extract(bytes(data), name, OCTET), FormText | None)


@pytest.mark.parametrize(("data", "name", "declared"), [
    (b"\x89PNG\r\n\x1a\n" + b"\0" * 20, "截图.png", "image/png"),
    ("你好".encode(), "说明.txt", "text/plain"), (b"#!AMR\n", "申诉书.doc", OCTET)])
def test_files_that_are_not_forms_give_none(data, name, declared):
    assert extract(data, name, declared) is None


def test_the_bytes_decide_the_reader_not_the_file_name():
    form = extract(APPEAL_DOCX, "反馈表.xlsx", "application/vnd.ms-excel")
    assert form.paragraphs == ("商机申诉书", "申诉人：汤颖") and form.warnings == ()


@pytest.mark.parametrize(("limits", "warning"), [
    (Limits(max_form_bytes=1000),
     f"not read: {len(APPEAL_DOCX)} bytes is over the 1000 byte limit (limits.max_form_bytes)"),
    (Limits(form_seconds=-1.0), "time limit reached; text truncated"),
])
def test_size_and_time_limits_stop_reading_with_a_warning(limits, warning):
    form = extract(APPEAL_DOCX, "申诉书.docx", OCTET, limits)
    assert form == FormText(source="申诉书.docx", warnings=(warning,))


def test_the_unpacked_size_limit_stops_reading_with_a_warning(monkeypatch):
    monkeypatch.setattr(forms, "MAX_UNZIPPED", 10_000)
    form = extract(APPEAL_DOCX, "申诉书.docx", OCTET)
    assert form == FormText(source="申诉书.docx", warnings=("not read: unpacks to over 10000 bytes",))


def test_long_sheets_are_cut_at_the_row_limit(monkeypatch):
    monkeypatch.setattr(forms, "MAX_ROWS", 3)
    workbook = openpyxl.Workbook()
    for number in range(10):
        workbook.active.append([f"XP-{number:04d}"])
    workbook.active.title = "明细"
    form = extract(saved(workbook), "明细.xlsx", OCTET)
    assert form.tables == ((("XP-0000",), ("XP-0001",), ("XP-0002",)),)
    assert form.warnings == ("sheet 明细: only the first 3 rows read",)


def test_the_s02_appeal_form_gives_client_lead_id_and_both_times():
    form = extract((ATTACHMENTS / "s02_appeal_form.docx").read_bytes(),
                   "商机申诉书-金岳激光-0604.docx", OCTET)
    assert form.paragraphs == ("商机申诉书",)
    (table,) = form.tables
    rows = dict(table)
    assert rows["付费客户"] == "常州金岳激光装备有限公司"
    assert rows["商机编号"] == "2606040019"
    assert (rows["推送时间"], rows["客户反馈时间"]) == ("2026年6月4日 9:35", "2026年6月4日 13:10")
    assert len(table) == 11 and form.warnings == ()


def test_the_s16_blank_template_has_labels_and_no_values():
    form = extract((ATTACHMENTS / "s16_blank_form.docx").read_bytes(),
                   "商机申诉书（空白模板）.docx", OCTET)
    (table,) = form.tables
    assert [label for label, _ in table[1:4]] == ["合作商", "付费客户", "商机编号"]
    assert all(value == "" for _, value in table[1:])


def test_the_s06_feedback_sheet_gives_the_five_lead_ids_and_push_dates():
    form = extract((ATTACHMENTS / "s06_feedback.xlsx").read_bytes(),
                   "宏运叉车询盘反馈表（5条）.xlsx", OCTET)
    (table,) = form.tables
    assert table[2] == ("客户", "洛阳宏运叉车制造有限公司")
    assert table[3] == ()
    assert [row[1] for row in table[5:]] == [
        "XP-2605-0322", "XP-2605-0347", "XP-2606-0008", "XP-2606-0031", "XP-2606-0059"]
    assert table[5] == ("1", "XP-2605-0322", "2026-05-22", "3吨内燃叉车", "是", "已报价，客户在比价")
