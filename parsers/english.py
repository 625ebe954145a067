"""English as partners' foreign colleagues write numbers and clocks, for reading values.

    english_digits(text)   'one hundred and fifty leads' → '150 leads', 'ninety-one' → '91'
    EN_CLOCK, en_clock(g)  'at noon', '4 in the afternoon', 'quarter past two that afternoon',
                           'half past nine', "ten o'clock", '5 PM': a clock in words, as (hour, minute, said)
"""

from __future__ import annotations

import re

__all__ = ["EN_CLOCK", "en_clock", "english_digits"]

_EN_SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
             "sixteen seventeen eighteen nineteen").split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_EN_WORD = "|".join([*_EN_SMALL, *_EN_TENS, "hundred", "thousand"])
_EN_NUMBER = re.compile(rf"(?<![A-Za-z-])(?:{_EN_WORD})(?:(?:\s+and\s+|\s*-\s*|\s+)(?:{_EN_WORD}))*(?![A-Za-z])", re.I)


def _en_number(words: str) -> int:
    """'one hundred and fifty' → 150, 'ninety-one' → 91, 'two thousand' → 2000."""
    total = current = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in _EN_SMALL:
            current += _EN_SMALL.index(word)
        elif word in _EN_TENS:
            current += 20 + 10 * _EN_TENS.index(word)
        elif word == "hundred":
            current = (current or 1) * 100
        elif word == "thousand":
            total, current = total + (current or 1) * 1000, 0
    return total + current


def english_digits(text: str) -> str:
    """English number words as figures, for reading values: 'one hundred and fifty leads' → '150 leads'."""
    return _EN_NUMBER.sub(lambda m: str(_en_number(m.group(0))), text)


_HOURS = "one two three four five six seven eight nine ten eleven twelve".split()
_EN_H = r"(?:1[0-2]|0?[1-9]|" + "|".join(_HOURS) + ")"
_EN_MINUTES = r"(?:quarter|half|twenty-five|twenty|ten|five|\d{1,2}(?:\s+minutes)?)"
_HALF = r"(?:in\s+the\s+(?P<ec_part>morning|afternoon|evening)|(?P<ec_night>at\s+night)|(?:that|this)\s+(?P<ec_that>morning|afternoon|evening|night))"
# a clock in words; it names its half of the day, or says o'clock, past or to
EN_CLOCK = (r"(?<![A-Za-z])(?:(?P<ec_noon>noon|midday|midnight)"
            rf"|(?:(?P<ec_min>{_EN_MINUTES})\s+(?P<ec_dir>past|after|to)\s+)?(?P<ec_hour>{_EN_H})(?:\s*o'?clock)?\s+{_HALF}"
            rf"|(?P<ec_min2>{_EN_MINUTES})\s+(?P<ec_dir2>past|to)\s+(?P<ec_hour2>{_EN_H})(?:\s*o'?clock)?"
            rf"|(?P<ec_hour3>{_EN_H})\s*o'?clock"
            r"|(?<![\d:.])(?P<ec_hour4>1[0-2]|0?[1-9])\s*(?P<ec_ap>[apAP])\.?[mM]\.?)(?![A-Za-z])")  # '5 PM', '9am'


def _hour_word(word: str) -> int:
    return int(word) if word.isdigit() else _HOURS.index(word.lower()) + 1


def en_clock(g: dict[str, str | None]) -> tuple[int, int, bool]:
    """(hour, minute, whether the words said the half of the day) of an EN_CLOCK match."""
    if g["ec_noon"]:
        return (0 if g["ec_noon"].lower() == "midnight" else 12), 0, True
    if g["ec_hour4"]:  # '5 PM': 17:00, '12 am' midnight
        return int(g["ec_hour4"]) % 12 + (12 if g["ec_ap"].lower() == "p" else 0), 0, True
    hour = _hour_word(g["ec_hour"] or g["ec_hour2"] or g["ec_hour3"] or "")
    words, direction = (g["ec_min"] or g["ec_min2"] or "").lower(), (g["ec_dir"] or g["ec_dir2"] or "").lower()
    minute = {"quarter": 15, "half": 30, "twenty-five": 25, "twenty": 20, "ten": 10, "five": 5}.get(
        words, int(re.sub(r"\D", "", words) or 0))
    if direction == "to":
        hour, minute = hour - 1 or 12, 60 - minute
    half = (g["ec_part"] or g["ec_that"] or ("night" if g["ec_night"] else "")).lower()
    if half in ("afternoon", "evening", "night") and hour < 12:
        hour += 12
    return hour, minute % 60, bool(half)
