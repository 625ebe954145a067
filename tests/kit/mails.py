"""Small, readable mail builders for tests (real messy mail lives in .eml files)."""

from __future__ import annotations

import base64
from textwrap import dedent


def b64_header(text: str, charset: str = "gb18030") -> str:
    return f"=?{charset}?B?{base64.b64encode(text.encode(charset)).decode()}?="


def gbk_mail(subject: str = "商机申诉 镕喆机械 SJ20260603-0052", body: str = "总部：镕喆机械申诉一条商机。",
             attachment_name: str = "通话录音.amr", attachment: bytes = b"#!AMR\n" + b"\x3c" + b"\x00" * 31,
             message_id: str = "<gbk-1@qq.com>", sender: str = "partner@qq.com") -> bytes:
    """A QQ-Mail-like GBK message with a GBK-only character (镕) and a Chinese attachment name."""
    body_b64 = base64.encodebytes(body.encode("gb18030")).decode()
    att_b64 = base64.encodebytes(attachment).decode()
    lines = f"""\
        From: {b64_header("合作商")} <{sender}>
        To: dor@ptg139.com
        Subject: {b64_header(subject, "gbk")}
        Date: Wed, 3 Jun 2026 15:32:08 +0800
        Message-ID: {message_id}
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="BOUNDARY"

        --BOUNDARY
        Content-Type: text/plain; charset="gb2312"
        Content-Transfer-Encoding: base64

        BODY_B64
        --BOUNDARY
        Content-Type: application/octet-stream; name="{b64_header(attachment_name, "gbk")}"
        Content-Disposition: attachment; filename="{b64_header(attachment_name, "gbk")}"
        Content-Transfer-Encoding: base64

        ATT_B64
        --BOUNDARY--
        """
    text = dedent(lines).replace("BODY_B64", body_b64).replace("ATT_B64", att_b64)
    return text.replace("\n", "\r\n").encode("ascii")


def plain_mail(n: int, subject: str | None = None) -> bytes:
    """A minimal distinct ASCII message number n."""
    return (f"From: p{n}@example.com\r\nTo: dor@ptg139.com\r\nSubject: {subject or f'test {n}'}\r\n"
            f"Message-ID: <m{n}@example.com>\r\nDate: Wed, 3 Jun 2026 15:32:08 +0800\r\n\r\nbody {n}\r\n").encode()


def text_mail(subject: str, body: str, headers: str = "", charset: str = "utf-8",
              date_header: str = "Wed, 10 Jun 2026 15:20:00 +0800") -> bytes:
    """One text/plain part in `charset`, 8bit, from a partner to HQ; `headers` adds lines (CRLF-ended)."""
    head = (f"From: kefu@tainan-hsin.com.tw\r\nTo: dor@ptg139.com\r\nSubject: {subject}\r\nDate: {date_header}\r\n"
            f"Message-ID: <r2@tainan-hsin.com.tw>\r\n{headers}MIME-Version: 1.0\r\n"
            f"Content-Type: text/plain; charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
    return head.encode("utf-8") + body.replace("\n", "\r\n").encode(charset)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def form_mail(subject: str, body: str, name: str, data: bytes, content_type: str) -> bytes:
    """A partner's mail with a short text and one attached form (`data`, of `content_type`)."""
    from email.mime.application import MIMEApplication
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText

    msg = MIMEMultipart()
    msg["From"], msg["To"], msg["Subject"] = "kefu@yichang-yun.com", "dor@ptg139.com", subject
    msg["Date"], msg["Message-ID"] = "Wed, 10 Jun 2026 15:20:00 +0800", "<form@yichang-yun.com>"
    msg.attach(MIMEText(body, "plain", "utf-8"))
    part = MIMEApplication(data, _subtype=content_type.split("/")[1])
    part.add_header("Content-Disposition", "attachment", filename=name)
    part.replace_header("Content-Type", content_type)
    msg.attach(part)
    return msg.as_bytes()


def xlsx_book(*sheets: list[tuple]) -> bytes:
    """An .xlsx with one sheet per list of rows."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for n, rows in enumerate(sheets):
        sheet = book.active if n == 0 else book.create_sheet(f"s{n}")
        for row in rows:
            sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
