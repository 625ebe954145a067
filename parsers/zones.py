"""Times said in another zone than Beijing's, as the instant in Beijing time:
'新疆时间下午1点20分' is 15:20, '09:30 UTC' and '2026-12-08T09:30:00Z' 17:30, '10:00 GMT+8' 10:00.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from parsers.times import TimeMention

__all__ = ["in_zone"]

# A time said in another zone than Beijing's: '新疆时间下午1点20分' is 15:20 in Beijing;
# searched in 'before|after' the time, so '|Z' is an ISO 'Z' written right after it
_ZONES = re.compile(r"(新疆时间|乌鲁木齐时间|东京时间|日本时间|韩国时间|首尔时间)|(?:\|Z(?![A-Za-z])|\b(?:UTC|GMT))(?:\s*([+-])\s*(\d{1,2})(?::?00)?)?(?![\d:])")
_ZONE_HOURS = {"新疆时间": 2, "乌鲁木齐时间": 2, "东京时间": -1, "日本时间": -1, "韩国时间": -1, "首尔时间": -1}


def in_zone(text: str, t: TimeMention) -> TimeMention:
    """The instant in Beijing time, for a time followed or preceded by its zone ('09:30 UTC', 'GMT+8')."""
    if not t.has_time:
        return t
    near = text[max(0, t.start - 7):t.start] + "|" + text[t.end:t.end + 10]
    if "北京时间" in near or not (m := _ZONES.search(near)):
        return t
    hours = _ZONE_HOURS[m.group(1)] if m.group(1) else 8 - (int(m.group(3) or 0) * (-1 if m.group(2) == "-" else 1))
    return replace(t, at=t.at + timedelta(hours=hours)) if hours else t
