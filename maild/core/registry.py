"""The partner and client registry as values: CSV parsing, company-name matching, sender lookup.

Pure: CSV text in, rows out; writing them to the database is the store's job. Files have a header
row (line 1); column names are case-insensitive and may also be written in Chinese:

* partners: ``name`` (名称, required), ``addresses`` (邮箱), ``domains`` (域名), ``contact`` (联系人)
* clients: ``name`` (名称, required), ``partner`` (合作商, required), ``paying`` (付费, required:
  是/否, yes/no, true/false, 1/0), ``quota`` (配额, a positive whole number), ``service_start``
  (服务开始) and ``service_end`` (服务结束) as YYYY-MM-DD or YYYY/MM/DD, ``keywords`` (关键词),
  ``excluded_products`` (不做产品)

List cells (addresses, domains, keywords, excluded products) separate items with ';', '；', '、'
or line breaks. Any problem raises one RegistryError listing every bad row as
"line N: column: problem", so an import is all or nothing.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from maild.errors import RegistryError
from parsers.text import to_simplified

__all__ = [
    "ClientRow", "PartnerRow", "Problems", "RegistryError", "cell", "csv_records", "finish", "match_partner",
    "names_match", "nfkc", "normalize_company", "read_clients", "read_partners",
]

# Legal-form suffixes dropped when comparing names, longest first; compared after NFKC.
SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "公司", "(集团)", "集团")
MIN_CONTAINED = 4  # a short name must have this many characters to match inside a full one
# Addresses at these domains are personal: listing the domain would claim every user of it.
PUBLIC_DOMAINS = frozenset({
    "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com",
    "aliyun.com", "139.com", "189.cn", "outlook.com", "hotmail.com", "gmail.com", "yahoo.com",
})
PAYING_WORDS = {"是": True, "yes": True, "true": True, "1": True,
                "否": False, "no": False, "false": False, "0": False}

_LIST_SEPARATORS = re.compile(r"[;；、\n]")
_ADDRESS = re.compile(r"[^@\s]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
_DOMAIN = re.compile(r"[a-z0-9-]+(\.[a-z0-9-]+)+")
_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})")

T = TypeVar("T")


def nfkc(text: str) -> str:
    """Fold full-width letters, digits and signs (＠, １) to their ASCII forms."""
    return unicodedata.normalize("NFKC", text)


def normalize_company(name: str) -> str:
    """Return the comparable core of a company name: NFKC, no spaces, no legal-form suffixes.

    "宁波北仑海晟注塑机有限公司" and "宁波北仑海晟注塑机（集团）公司" both give "宁波北仑海晟注塑机";
    a name in traditional script compares in simplified.
    """
    core = to_simplified(re.sub(r"\s+", "", nfkc(name)).casefold())  # 鴻昇精機 is 鸿升精机
    while True:
        before = core
        while core and _is_trailing_punctuation(core[-1]):
            core = core[:-1]
        for suffix in SUFFIXES:
            if core.endswith(suffix) and len(core) > len(suffix):
                core = core[: -len(suffix)]
                break
        if core == before:
            return core


def _is_trailing_punctuation(c: str) -> bool:
    """Punctuation that may trail a name, except the closing bracket of "(集团)"."""
    return unicodedata.category(c).startswith("P") and c not in ")]"


def names_match(a: str, b: str) -> bool:
    """Say whether two company names mean the same company.

    Equal after normalisation, or the shorter (at least 4 characters) inside the longer, as
    when a partner writes 海晟注塑 for 宁波北仑海晟注塑机有限公司.
    """
    short, long = sorted((normalize_company(a), normalize_company(b)), key=len)
    return bool(short) and (short == long or (len(short) >= MIN_CONTAINED and short in long))


@dataclass(frozen=True, slots=True)
class PartnerRow:
    """A partner agency: its name, the addresses and domains its mail comes from, a contact."""

    name: str
    addresses: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    contact: str = ""
    line: int = field(default=0, compare=False)  # where the row starts in its CSV file (0: not from one)


@dataclass(frozen=True, slots=True)
class ClientRow:
    """A client of a partner, with its contract facts as the registry knows them."""

    name: str
    partner: str
    paying: bool
    quota: int | None = None
    service_start: date | None = None
    service_end: date | None = None
    keywords: tuple[str, ...] = ()
    excluded_products: tuple[str, ...] = ()
    line: int = field(default=0, compare=False)  # where the row starts in its CSV file (0: not from one)


_PARTNER_COLUMNS = {"name": "名称", "addresses": "邮箱", "domains": "域名", "contact": "联系人"}
_CLIENT_COLUMNS = {
    "name": "名称", "partner": "合作商", "paying": "付费", "quota": "配额",
    "service_start": "服务开始", "service_end": "服务结束",
    "keywords": "关键词", "excluded_products": "不做产品",
}


class Problems(list[tuple[int, str]]):
    """The problems found so far, as (line, "line N: column: problem")."""

    def add(self, line: int, column: str, problem: str) -> None:
        self.append((line, f"line {line}: {column}: {problem}"))


def csv_records(
    text: str, columns: dict[str, str], required: tuple[str, ...], problems: Problems
) -> list[tuple[int, dict[str, str]]]:
    """Read CSV text into (first line number, {column: stripped cell}) pairs."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""))
    header = next(reader, [])
    by_label = {label: name for name, zh in columns.items() for label in (name, zh)}
    names = [by_label.get(nfkc(h).strip().lower(), "") for h in header]
    expected = ", ".join(columns)
    for i, (label, name) in enumerate(zip(header, names, strict=True)):
        if not name:
            problems.add(1, label.strip() or "(blank)", f"unknown column; expected {expected}")
        elif name in names[:i]:
            problems.add(1, name, "column given twice")
    for name in required:
        if name not in names:
            problems.add(1, name, "required column missing")
    if problems:
        return []
    rows = []
    line = reader.line_num + 1
    for cells in reader:
        cells = [c.strip() for c in cells]
        if any(cells[len(names):]):
            problems.add(line, "row", f"{len(cells)} cells but the header has {len(names)}")
        elif any(cells):
            cells = cells[: len(names)]
            cells += [""] * (len(names) - len(cells))
            rows.append((line, dict(zip(names, cells, strict=True))))
        line = reader.line_num + 1
    return rows


def _items(cell: str) -> tuple[str, ...]:
    """Split a list cell into its distinct, non-empty items, in order."""
    return tuple(dict.fromkeys(i.strip() for i in _LIST_SEPARATORS.split(cell) if i.strip()))


def _unique_names(rows: list[tuple[int, dict[str, str]]], problems: Problems) -> None:
    """Report empty names and names that normalise to one already seen."""
    seen: dict[str, int] = {}
    for line, row in rows:
        key = normalize_company(row["name"])
        if not key:
            problems.add(line, "name", "empty")
        elif key in seen:
            problems.add(line, "name", f"{row['name']} duplicates line {seen[key]}")
        else:
            seen[key] = line


def finish(rows: list[T], problems: Problems) -> list[T]:
    """Return the rows, or raise RegistryError when any problem was found."""
    if problems:
        raise RegistryError(text for _, text in sorted(problems, key=lambda p: p[0]))
    return rows


def read_partners(text: str) -> list[PartnerRow]:
    """Parse a partners CSV; RegistryError lists every bad row."""
    problems = Problems()
    records = csv_records(text, _PARTNER_COLUMNS, ("name",), problems)
    _unique_names(records, problems)
    owner: dict[str, int] = {}
    partners = []
    for line, row in records:
        addresses = tuple(nfkc(a).lower() for a in _items(row.get("addresses", "")))
        domains = tuple(nfkc(d).lower().removeprefix("@") for d in _items(row.get("domains", "")))
        for column, values, pattern, what in (
            ("addresses", addresses, _ADDRESS, "mail address"),
            ("domains", domains, _DOMAIN, "domain name"),
        ):
            for value in values:
                if not pattern.fullmatch(value):
                    problems.add(line, column, f"{value!r} is not a {what}")
                elif value in PUBLIC_DOMAINS:
                    problems.add(line, column, f"{value} is a public mail domain; list addresses")
                elif owner.setdefault(value, line) != line:
                    problems.add(line, column, f"{value} is already listed on line {owner[value]}")
        partners.append(PartnerRow(row["name"], addresses, domains, row.get("contact", ""), line))
    return finish(partners, problems)


def cell(
    row: dict[str, str], line: int, column: str, parse: Callable[[str], T], problems: Problems
) -> T | None:
    """Parse one optional cell; an empty cell is None, a bad one is reported and becomes None."""
    raw = row.get(column, "")
    try:
        return parse(nfkc(raw)) if raw else None
    except ValueError as exc:
        problems.add(line, column, f"{raw!r} {exc}")
        return None


def _paying(raw: str) -> bool:
    """Read 是/否, yes/no, true/false or 1/0."""
    if raw.lower() not in PAYING_WORDS:
        raise ValueError("is not one of 是/否, yes/no, true/false, 1/0")
    return PAYING_WORDS[raw.lower()]


def _quota(raw: str) -> int:
    """Read a positive whole number of leads."""
    if not (raw.isascii() and raw.isdigit()) or int(raw) == 0:
        raise ValueError("is not a positive whole number")
    return int(raw)


def _date(raw: str) -> date:
    """Read YYYY-MM-DD or YYYY/MM/DD."""
    m = _DATE.fullmatch(raw)
    if m:
        try:
            return date(*map(int, m.groups()))
        except ValueError:
            pass
    raise ValueError("is not a date (YYYY-MM-DD or YYYY/MM/DD)")


def read_clients(text: str) -> list[ClientRow]:
    """Parse a clients CSV; RegistryError lists every bad row."""
    problems = Problems()
    records = csv_records(text, _CLIENT_COLUMNS, ("name", "partner", "paying"), problems)
    _unique_names(records, problems)
    clients = []
    for line, row in records:
        if not row["partner"]:
            problems.add(line, "partner", "empty")
        if not row["paying"]:
            problems.add(line, "paying", "empty; write 是/否, yes/no, true/false or 1/0")
        paying = cell(row, line, "paying", _paying, problems)
        quota = cell(row, line, "quota", _quota, problems)
        start = cell(row, line, "service_start", _date, problems)
        end = cell(row, line, "service_end", _date, problems)
        if start and end and end < start:
            problems.add(line, "service_end", f"{end} is before service_start {start}")
        keywords = _items(row.get("keywords", ""))
        excluded = _items(row.get("excluded_products", ""))
        clients.append(ClientRow(
            row["name"], row["partner"], bool(paying), quota, start, end, keywords, excluded, line
        ))
    return finish(clients, problems)


def match_partner(sender: str, partners: Iterable[PartnerRow]) -> PartnerRow | None:
    """Return the partner a sender address belongs to: exact address first, then its domain."""
    address = nfkc(sender).strip().strip("<>").lower()
    domain = address.rpartition("@")[2] if "@" in address else ""
    partners = list(partners)
    by_address = next((p for p in partners if address in p.addresses), None)
    return by_address or next((p for p in partners if domain and domain in p.domains), None)
