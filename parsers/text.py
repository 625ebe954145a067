"""Text helpers for mail bodies: HTML to text (with its tables), full-width and
traditional-to-simplified normalisation for matching, and stripping of quoted earlier mail."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from html import unescape
from html.parser import HTMLParser

__all__ = ["HtmlText", "above_quotes", "as_written", "html_to_text", "normalize", "strip_quoted", "to_simplified", "unflow", "without_replaced"]

_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table",
          "blockquote", "pre", "hr", "ul", "ol", "section", "article", "header", "footer"}
_SKIP = {"script", "style", "head", "title", "noscript", "xml"}
# Containers that hold quoted earlier mail in webmail and Outlook HTML.
_QUOTE_IDS = ("original-content", "divrplyfwdmsg", "appendonsend", "mail-editor-reference-message-container")


class HtmlText:
    """Text and tables of one HTML body."""

    def __init__(self, text: str, tables: list[list[list[str]]]) -> None:
        self.text = text
        self.tables = tables


class _Converter(HTMLParser):
    def __init__(self, drop_quotes: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote_depth = 0  # >0 while inside a quoted-mail container
        self.stack: list[tuple[str, bool]] = []
        self.drop_quotes = drop_quotes
        self.tables: list[list[list[str]]] = []
        self.table_stack: list[list[list[str]]] = []
        self.cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr", "img", "meta", "link", "input"):
            if tag in ("br", "hr"):
                self._emit("\n")
            return
        quoted = self.drop_quotes and (
            tag == "blockquote"
            or any(k in ("id", "class") and v and v.lower() in _QUOTE_IDS for k, v in attrs)
        )
        self.stack.append((tag, quoted))
        if quoted:
            self.quote_depth += 1
        if tag in _SKIP:
            self.skip += 1
        elif tag == "table":
            self.table_stack.append([])
        elif tag == "tr" and self.table_stack:
            self.table_stack[-1].append([])
        elif tag in ("td", "th"):
            self.cell = []
        if tag in _BLOCK:
            self._emit("\n")

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, _ in self.stack):
            return
        while self.stack:
            open_tag, quoted = self.stack.pop()
            self._close(open_tag, quoted)
            if open_tag == tag:
                break

    def _close(self, tag: str, quoted: bool) -> None:
        if quoted:
            self.quote_depth -= 1
        if tag in _SKIP:
            self.skip -= 1
        elif tag in ("td", "th"):
            if self.cell is not None and self.table_stack and self.table_stack[-1]:
                self.table_stack[-1][-1].append(" ".join("".join(self.cell).split()))
            self.cell = None
            self._emit("\t")
        elif tag == "table" and self.table_stack:
            rows = [r for r in self.table_stack.pop() if any(c for c in r)]
            if rows and not self.quote_depth:
                self.tables.append(rows)
        if tag in _BLOCK:
            self._emit("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        self._emit(data)

    def _emit(self, text: str) -> None:
        if not self.skip and not self.quote_depth:
            self.out.append(text)


def html_to_text(html: str, drop_quotes: bool = False) -> HtmlText:
    """Readable text of an HTML body, one block per line, table cells tab-separated."""
    conv = _Converter(drop_quotes)
    try:
        conv.feed(html)
        conv.close()
    except (AssertionError, ValueError):  # html.parser gives up on some broken markup
        pass
    text = unescape("".join(conv.out)).replace("\xa0", " ")
    lines = [" ".join(part for part in re.split(r"[ \r\f\v]+", line)).strip(" ") for line in text.split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(line.strip("\t ") if not line.strip("\t ") else line for line in lines))
    return HtmlText(text.strip(), conv.tables)


def normalize(text: str) -> str:
    """The text as the parser matches it: NFKC (full-width letters, digits and colons to
    half-width, CJK punctuation kept) and in simplified script, character for character
    (商機申訴 → 商机申诉), so every label, synonym and kind signal works in both scripts.
    The length is kept: position i of the result is position i of the NFKC text, which
    `as_written` uses to hand back a name the way its writer wrote it."""
    folded = unicodedata.normalize("NFKC", text)
    return folded if folded.isascii() else _DIALECT.sub(lambda m: _DIALECT_WORDS[m.group(0)], to_simplified(folded))


# Regional words for days and halves of the day, as the standard words of the same length:
# 昨个/昨儿 晌午 12点40 → 昨天 中午 12点40; 擦黑儿 (dusk) is 傍晚; Taiwan's 午後 下午, Cantonese 噚日 (㖊日 once simplified) 昨日,
# Henan's 夜儿个 昨天, Wu's 下半天 下午.
_DIALECT_WORDS = {"昨个": "昨天", "昨儿": "昨天", "今儿": "今天", "今个": "今天", "前儿": "前天", "晌午": "中午",
                  "后晌": "下午", "下晌": "下午", "前晌": "上午", "上晌": "上午", "头午": "上午", "擦黑儿": "傍晚 ",
                  "擦黑": "傍晚", "傍黑儿": "傍晚 ", "傍黑": "傍晚", "下晚儿": "晚上 ", "下晚": "晚上",
                  "午后": "下午", "午前": "上午", "噚日": "昨日", "噚晚": "昨晚", "㖊日": "昨日",
                  "㖊晚": "昨晚", "同日": "当日", "夜儿个": "昨天 ",
                  "夜个": "昨天", "下半天": "下午 ",
                  "上半天": "上午 ", "晚间": "晚上"}
_DIALECT = re.compile("|".join(sorted(_DIALECT_WORDS, key=len, reverse=True)))


@functools.lru_cache(maxsize=2)
def _opencc(config: str):
    import opencc  # OpenCC's own tables

    return opencc.OpenCC(config)


def _mainland(text: str) -> str:
    """Taiwan's script and words (tw2sp), then Hong Kong's variants (hk2s: 衞 卫, 衹 只)."""
    return _opencc("hk2s").convert(_opencc("tw2sp").convert(text))


@functools.lru_cache(maxsize=20000)
def _char_t2s(ch: str) -> str:
    out = _opencc("hk2s").convert(ch)
    return out if len(out) == 1 else ch


def to_simplified(text: str) -> str:
    """Simplified script with the same length. OpenCC's tables convert Taiwan's and Hong Kong's
    script and Taiwan's words (網路 网络, 資訊 信息, 字首 前缀, 軟體 软件) to the mainland's; a line
    where a phrase would change the length is converted one character at a time."""
    out = _mainland(text)
    if len(out) == len(text):
        return out
    return "\n".join(_same_length(line) for line in text.split("\n"))


def _same_length(line: str) -> str:
    out = _mainland(line)
    return out if len(out) == len(line) else "".join(_char_t2s(ch) for ch in line)


def as_written(value: str, sources: Iterable[str]) -> str:
    """`value`, found in the normalised form of one of `sources`, as that source writes it
    (台中聯勝數位 rather than 台中联胜数位); the value itself when no source holds it."""
    for source in sources:
        folded = unicodedata.normalize("NFKC", source)
        if folded.isascii():
            continue
        at = to_simplified(folded).find(value)
        if at >= 0:
            return folded[at:at + len(value)]
    return value


# Lines that open a quoted earlier message, as Chinese and Western clients write them.
_QUOTE_OPENERS = [
    re.compile(p) for p in (
        r"^-{3,}\s*原始邮件\s*-{3,}",                       # QQ / Outlook-CN
        r"^原始邮件\s*$",                                  # mobile clients
        r"^-{3,}\s*Original Message\s*-{3,}",
        r"^-{3,}\s*(转发邮件信息|Forwarded message|转发的邮件|Forwarded Message)\s*-{3,}",
        r"^在\s*.{0,80}写道\s*[:：]?\s*$",                  # 163 / 126 / Foxmail / Apple (zh)
        r"^On .{0,160}wrote:\s*$",
        r"^于\s*.{0,80}写道\s*[:：]?\s*$",
        r"^_{10,}\s*$",                                    # new Outlook rule line
        r"^(发件人|寄件者|From)\s*[:：].+",                  # header block of a quoted mail (寄件者: Taiwan)
    )
]
_HEADER_BLOCK = re.compile(r"^(发件人|发送时间|发件时间|发送日期|发件日期|收件人|抄送|主题|日期|时间|寄件者|寄件日期|收件者|副本|主旨|"
                           r"From|Sent|Date|To|Cc|Subject)\s*[:：]")


_CORRECTS = re.compile(r"更正|改为|改成|应为|应该是|填错|写错|误写|\bcorrect(ion|ed)?\b|\bshould be\b|\btypo\b", re.I)
_OLD_VALUE = re.compile(r"(?:原填的?|原来填?的?|原为|原来是|之前误?写成了?|之前填成了?|误写成了?|误填[为成]?|而不是|不是|"
                        r"\binstead of\b|\bnot\b)[^，。,;；)）\n]*", re.I)


def unflow(text: str, delsp: bool = False) -> str:
    """A format=flowed body (RFC 3676) as its writer typed it: a line ending in a space runs on into
    the next line of the same quote depth (that space dropped too with DelSp=Yes); a leading space
    stuffed before 'From ' or '>' is removed; '-- ' stays the signature line."""
    out: list[str] = []
    carry: tuple[str, str] | None = None  # (quote marks, text so far) of a line that flows on
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        quotes, body = line[:depth], line[depth:]
        body = body[1:] if body.startswith(" ") else body  # space-stuffing
        if carry is not None and carry[0] == quotes:
            body = carry[1] + body
        elif carry is not None:
            out.append(carry[0] + (" " if carry[0] else "") + carry[1])
        carry = None
        if body.endswith(" ") and body != "-- ":
            carry = (quotes, body[:-1] if delsp else body)
            continue
        out.append(quotes + (" " if quotes and body else "") + body)
    if carry is not None:
        out.append(carry[0] + (" " if carry[0] else "") + carry[1])
    return "\n".join(out)


def without_replaced(text: str) -> str:
    """A correction without the values it replaces: '推送时间更正为10:20（之前误写成10:02）' keeps
    10:20 only ('…改为第2条，不是第3条', '…at 10:04, not 10:40' alike). Text without a
    correction word is returned as it is."""
    return _OLD_VALUE.sub("", text) if _CORRECTS.search(text) else text


def _opens_quote(lines: list[str], i: int) -> bool:
    s = normalize(lines[i].strip())  # 原始郵件, 寫道, 寄件者 read as their simplified selves
    for pattern in _QUOTE_OPENERS if s else ():
        if pattern.match(s):
            if pattern.pattern.startswith("^(发件人|寄件者|From)"):
                # only a block of two or more header lines counts as a quote opener
                nxt = [normalize(x.strip()) for x in lines[i + 1:i + 4] if x.strip()]
                if not nxt or not _HEADER_BLOCK.match(nxt[0]):
                    continue
            return True
    return False


def above_quotes(text: str) -> list[str]:
    """The text above each quoted or forwarded mail, outermost first: where each writer signed."""
    lines, out, start = text.split("\n"), [], 0
    for i in range(len(lines)):
        if _opens_quote(lines, i):
            out.append("\n".join(lines[start:i]))
            start = i + 1
    return out


def strip_quoted(text: str) -> str:
    """The new text of a reply: everything before the first quoted-mail opener and `>` lines."""
    lines = text.split("\n")
    for i in range(len(lines)):
        if _opens_quote(lines, i):
            return _drop_gt("\n".join(lines[:i] + _after_quote(lines[i + 1:])))
    first = next((n for n, line in enumerate(lines) if line.lstrip().startswith(">")), None)
    if first is not None:  # a bare '>'-quote (its opener quoted too): keep the answers typed under it
        return _drop_gt("\n".join(lines[:first] + _after_quote(lines[first:])))
    return _drop_gt(text)


_RULE = re.compile(r"^\s*[-_=]{8,}\s*$")
_ENUMERATED = re.compile(r"^\s*(\d{1,2}\s*[.、)）]|[①-⑳])\s*")


def _after_quote(rest: list[str]) -> list[str]:
    """New text written after a quote: answers typed between `>` lines, or text below a closing rule
    (bottom-posting, as some mobile and WeCom clients do)."""
    quoted = [line for line in rest if line.lstrip().startswith(">")]
    if quoted:  # a '>'-quote: every unquoted line after it is the partner's own
        first = next(n for n, line in enumerate(rest) if line.lstrip().startswith(">"))
        out, asked = [], None
        for line in rest[first:]:
            if line.lstrip().startswith(">"):
                item = _ENUMERATED.sub("", line.lstrip("> \t")).strip()
                asked = item if item and len(item) <= 12 and not re.search(r"[，。,.:：;；!！?？]", item) else asked
            elif line.strip() and asked:  # an answer typed under HQ's question: keep the question as its label
                out.append(f"{asked}：{line.strip()}")
                asked = None
            else:
                out.append(line)
        return out
    rules = [n for n, line in enumerate(rest) if _RULE.match(line)]
    return rest[rules[-1] + 1:] if rules else []


def _drop_gt(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">")).strip()


def without_hq_quotes(text: str, own_domains: tuple[str, ...]) -> str:
    """The body with quoted mail from HQ cut off; a partner's own quoted colleague mail stays.

    A request is judged by everything the partner sends, but HQ's acknowledgement quoted
    back is not new data.
    """
    new = strip_quoted(text)
    if new == text.strip() or len(new) >= len(text):
        return text
    quoted = text[len(new):] if text.startswith(new) else text
    lines = [line.strip() for line in quoted.strip().split("\n")]
    header = []
    for line in lines[:8]:  # the quote's own header block: opener and 发件人/From/… lines
        if not line and header:
            break
        header.append(line)
    sender = " ".join(h for h in header if re.match(r"^(发件人|from)\s*[:：]", h, re.I)).lower()
    wrote = " ".join(h for h in header if "写道" in h or h.lower().endswith("wrote:")).lower()
    if any(domain.lower() in sender + wrote for domain in own_domains) or "总部" in sender + wrote:
        return new
    return text
