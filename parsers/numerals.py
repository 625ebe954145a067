"""Numbers in Chinese numerals as people write them: '十二', '一百二十', '壹佰伍拾', '廿一', '一百二'."""

from __future__ import annotations

__all__ = ["CN_NUM", "cn_number"]

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
              "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000, "拾": 10, "佰": 100, "仟": 1000}
CN_NUM = "[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟廿卅]+"  # financial numerals (壹佰伍拾), 廿 = 20


def cn_number(text: str) -> int | None:
    """'十二' → 12, '一百二十' → 120, '74' → 74, and as people say it '一百二' → 120, '一千五' →
    1500, '两万三' → 23000 (a last digit after 百, 千 or 万 counts in the unit below; '一百零二'
    stays 102)."""
    if text.isdigit():
        return int(text)
    text = text.replace("廿", "二十").replace("卅", "三十")  # 廿一 = 21
    if len(text) >= 3 and text[-1] in _CN_DIGITS and text[-2] in "百千万佰仟" and "零" not in text and "〇" not in text:
        head = cn_number(text[:-1])
        return None if head is None else head + _CN_DIGITS[text[-1]] * _CN_UNITS[text[-2]] // 10
    total, current, section = 0, 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            current = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            unit = _CN_UNITS[ch]
            if unit == 10000:
                section = (section + current) * unit
            else:
                section += (current or 1) * unit
            current = 0
        else:
            return None
    return total + section + current
