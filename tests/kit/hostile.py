"""Hostile and broken mail, built here: each with the warning its record should carry (or None)."""

from __future__ import annotations

HEAD = b"From: a@partner.cn\r\nTo: dor@ptg139.com\r\nMessage-ID: <h@partner.cn>\r\n"


def nested_multipart(depth: int) -> bytes:
    opening = b"".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n".encode() for i in range(depth))
    closing = b"".join(f"--b{i}--\r\n".encode() for i in reversed(range(depth)))
    return HEAD + b"Subject: deep\r\nMIME-Version: 1.0\r\n" + opening + b"Content-Type: text/plain\r\n\r\nhi\r\n" + closing


def nested_rfc822(depth: int) -> bytes:
    inner = b"From: z@y.cn\r\nSubject: inner\r\n\r\nbody\r\n"
    for _ in range(depth):
        inner = b"From: a@b.cn\r\nContent-Type: message/rfc822\r\n\r\n" + inner
    return inner


HOSTILE = {
    "multipart nested 3,000 deep": (nested_multipart(3000), "nested deeper"),
    "message/rfc822 nested 2,000 deep": (nested_rfc822(2000), "nested deeper"),
    "charset bz2 (a bytes codec)": (HEAD + b"Content-Type: text/plain; charset=bz2\r\n\r\nhello\r\n", None),
    "charset undefined": (HEAD + b"Subject: =?undefined?Q?x?=\r\nContent-Type: text/plain; charset=undefined\r\n\r\nhi\r\n",
                          None),
    "charset rot13 and base64": (HEAD + b"Subject: =?rot13?Q?uryyb?= =?base64?B?eA==?=\r\n"
                                        b"Content-Type: text/plain; charset=rot13\r\n\r\nhi\r\n", None),
    "NUL bytes in the header and body": (HEAD + b"Subject: he\x00llo\r\nX-A: \x00\r\n\r\nbo\x00dy\r\n", "NUL bytes"),
    "a Date in year 9999": (HEAD + "Date: Fri, 31 Dec 9999 23:59:59 -1200\r\nSubject: 商机申诉 上周三推送\r\n"
                                   "Content-Type: text/plain; charset=utf-8\r\n\r\n"
                                   "商机编号 SJ20260101-0001，明天下午两点推送，当天反馈\r\n".encode(), None),
    "odd part headers": (HEAD + b"Content-Type: multipart/mixed; boundary=\"\"\r\n\r\n--\r\nContent-Type: ;;;\r\n"
                                b"Content-Transfer-Encoding: x-uuencode\r\nContent-Disposition: attachment; "
                                b"filename*=utf-8''%ZZ%\r\n\r\nbegin 644 x\r\n`\r\nend\r\n----\r\n", None),
    "broken RFC 2231 names": (HEAD + b"Content-Type: application/octet-stream; name*0*=bz2''%FF; name*1*=%00\r\n"
                                     b"Content-Disposition: attachment; filename*=bz2'zh'%E4%B8\r\n\r\nxx\r\n", None),
    "base64 that is not": (HEAD + b"Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!!====\r\n", None),
}
