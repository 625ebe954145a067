"""Structure and decoding of messy Chinese mail, from the raw bytes."""

import base64
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parsers
from parsers.charsets import Quality, canonical_charset, decode_bytes, decode_header

from kit.files import ROOT
from kit.mails import b64_header, gbk_mail

CORPUS = Path(os.environ.get("MAILD_CORPUS_REAL")
              or ROOT.parent / "shared" / "corpus-real")


def test_gb_labels_decode_as_gb18030():
    for label in ("gb2312", "GBK", "cp936", "x-gbk", "euc-cn", '"GB2312"'):
        assert canonical_charset(label) == "gb18030"


def test_bytes_that_are_neither_utf8_gb18030_nor_detectable_under_a_us_ascii_label_never_raise():
    data = bytes(range(0x80, 0x100)) * 3  # no UTF-8, no GB18030 (0xff), labelled us-ascii
    text, quality = decode_bytes(data, "us-ascii")
    assert quality is Quality.GUESSED and text and "\ufffd" in text


def test_gbk_only_characters_survive_a_gb2312_label():
    text = "镕喆㻞€"
    assert decode_bytes(text.encode("gb18030"), "gb2312") == (text, Quality.OK)


def test_undeclared_8bit_gbk_is_detected():
    text, quality = decode_bytes("总部您好，申诉一条商机".encode("gbk"), None)
    assert text == "总部您好，申诉一条商机" and quality == Quality.GUESSED


def test_latin1_label_on_chinese_bytes_is_not_trusted():
    text, quality = decode_bytes("商机申诉".encode(), "iso-8859-1")
    assert text == "商机申诉" and quality == Quality.GUESSED


def test_undecodable_bytes_become_replacement_characters_not_errors():
    text, quality = decode_bytes(b"\xff\xfe\xfd\x81\x30 abc", "utf-8")
    assert "abc" in text and quality in (Quality.REPLACED, Quality.GUESSED)


def test_encoded_words_split_inside_a_character_are_joined_before_decoding():
    raw = "商机申诉".encode("gbk")
    a, b = base64.b64encode(raw[:3]).decode(), base64.b64encode(raw[3:]).decode()
    assert decode_header(f"=?GBK?B?{a}?= =?GBK?B?{b}?=")[0] == "商机申诉"


def test_raw_8bit_gbk_subject_is_decoded():
    raw = b"Subject: " + "回复：商机申诉".encode("gbk") + b"\r\nFrom: a@b.c\r\n\r\nx"
    assert parsers.parse(raw).subject == "回复：商机申诉"


@pytest.mark.parametrize("disposition, expected", [
    ('attachment; filename="{enc}"', "申诉书.docx"),
    ("attachment; filename*=GBK''%C9%EA%CB%DF%CA%E9.docx", "申诉书.docx"),
    ("attachment; filename*0*=UTF-8''%E7%94%B3%E8%AF%89; filename*1*=%E4%B9%A6.docx", "申诉书.docx"),
    ('attachment; filename="RAW"', "申诉书.docx"),
])
def test_chinese_attachment_names_in_every_encoding(disposition, expected):
    disp = disposition.replace("{enc}", b64_header("申诉书.docx", "gbk"))
    head = f"From: a@b.c\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B\r\n" \
           f"Content-Type: application/octet-stream\r\nContent-Disposition: {disp}\r\n\r\nDATA\r\n--B--\r\n"
    raw = head.encode("ascii").replace(b"RAW", "申诉书.docx".encode("gbk"))
    mail = parsers.parse(raw)
    assert [a.filename for a in mail.attachments] == [expected]


def test_gbk_mail_with_chinese_attachment_name_keeps_exact_bytes():
    payload = b"#!AMR\n" + bytes(range(200))
    mail = parsers.parse(gbk_mail(attachment=payload))
    assert mail.subject == "商机申诉 镕喆机械 SJ20260603-0052"
    assert "镕喆机械" in mail.body_text
    (att,) = mail.attachments
    assert att.filename == "通话录音.amr" and att.data == payload and att.size == len(payload)


def test_html_only_mail_gets_a_text_body():
    raw = ("From: a@b.c\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           "<div>总部好</div><table><tr><td>商机编号</td><td>SJ1</td></tr></table>").encode()
    mail = parsers.parse(raw)
    assert "总部好" in mail.body_text and "商机编号\tSJ1" in mail.body_text


def test_attached_message_is_read_as_a_forwarded_mail():
    inner = "From: client@x.com\r\nSubject: =?utf-8?B?5ZWG5py655Sz6K+J?=\r\n\r\ninner body\r\n"
    raw = ("From: a@b.c\r\nSubject: Fwd\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\n"
           "Content-Type: text/plain\r\n\r\nsee below\r\n--B\r\nContent-Type: message/rfc822\r\n\r\n"
           f"{inner}\r\n--B--\r\n").encode()
    mail = parsers.parse(raw)
    assert [f.subject for f in mail.forwarded] == ["商机申诉"]
    assert "inner body" in mail.forwarded[0].body_text
    assert mail.attachments == ()


@pytest.mark.parametrize("junk", [b"", b"\x89PNG\r\n\x1a\n\x00\x00\x00", b'{"json": true}', b"plain words\n\nno headers"])
def test_input_that_is_not_mail_raises_not_a_message(junk):
    with pytest.raises(parsers.NotAMessage):
        parsers.parse(junk)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash_the_parser(data):
    try:
        parsers.parse(b"From: a@b.c\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n" + data)
        parsers.parse(data)
    except parsers.NotAMessage:
        pass


def corpus_files():
    index = CORPUS / "index.tsv"
    if not index.exists():
        return []
    return [line.split("\t")[0] for line in index.read_text().splitlines()[1:]]


@pytest.mark.skipif(not corpus_files(), reason="../shared/corpus-real is not beside the checkout")
def test_every_real_world_message_parses_without_crashing():
    files = corpus_files()
    crashed = []
    for rel in files:
        try:
            parsers.parse((CORPUS / rel).read_bytes())
        except parsers.NotAMessage:
            crashed.append((rel, "NotAMessage"))
        except Exception as exc:  # noqa: BLE001
            crashed.append((rel, repr(exc)))
    assert crashed == []


def test_forensics_are_read_when_asked_and_skipped_on_the_hot_path():
    raw = (b"Received: from mx.qq.com (unknown [203.0.113.7]) by mx.ptg139.com with ESMTP; "
           b"Tue, 29 Sep 2026 16:00:01 +0800\r\n"
           b"Received: from [10.0.0.2] by smtp.qq.com with SMTP; Tue, 29 Sep 2026 16:00:00 +0800\r\n"
           b"From: a@qq.com\r\nTo: dor@ptg139.com\r\nSubject: hi\r\nMessage-ID: <f@qq.com>\r\n\r\nbody\r\n")
    asked = parsers.parse(raw, parsers.Context())
    assert asked.forensics is not None and asked.forensics["hops"] == 2
    assert parsers.parse(raw, parsers.Context(forensics=False)).forensics is None
