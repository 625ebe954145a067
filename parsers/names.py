"""Company names as partners write them: full legal names, the words that run into
them, agency versus manufacturer, and short names from signatures and subjects.
"""

from __future__ import annotations

import re

from parsers.times import MONTHS

__all__ = ["AGENCY_WORDS", "companies", "company", "english_client", "is_agency", "signature_partner",
           "subject_client", "subject_pair", "subject_partner"]

# Company names with these words are agencies (partners); others are manufacturers (clients).
AGENCY_WORDS = ("网络科技", "信息科技", "网络", "信息技术", "企业服务", "企服", "电子商务", "商务", "传媒",
                "广告", "营销", "商联", "云商", "数字科技", "互联网")
_COMPANY = re.compile(r"[\u4e00-\u9fff（）()·]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团有限公司|集团)")


def company(value: str) -> str | None:
    """The company a label's value names: a label's value starts with the name, so only a verb or
    a noun that runs into it is dropped ('推给…'), never a 和 or 及 inside it (屏东内埔嘉和…公司)."""
    m = _COMPANY.search(value)
    if m:
        return trim_company(m.group(0), _LEAD_IN_WORDS)
    if len(value) > 40 or len(re.findall(r"[，,；;。！？!?]", value)) >= 2 or value.rstrip().endswith("。") \
            or re.search(r"\d{1,2}\s*[月/:：.-]\s*\d", value):
        return None  # a sentence or a date, not a name
    return value.strip() or None


_LEAD_IN = re.compile(r"推送给|推给|发给|卖给|转给|付费客户|合作单位|客户|我们|我司|贵司|关于|一下|给|向|是|为|的|把|从|跟|与|"
                      r"和|及|在|对|即|问|找|由|帮|让|[(（]")
_LEAD_IN_WORDS = re.compile(r"推送给|推给|发给|卖给|转给|付费客户|合作单位|客户|我们|我司|贵司|关于|[(（]")


# Place names that hold a lead-in word: 呼和浩特's 和 starts no sentence.
_PLACES = ("呼和浩特", "和田", "和林格尔", "和平区", "和县", "和龙", "为民", "对外", "及第", "由拳")


def trim_company(name: str, lead_in: re.Pattern[str] = _LEAD_IN) -> str:
    """Drop the words of the sentence that run into a company name ('推给常州…公司' → '常州…公司',
    '精诚注塑(东莞市精诚…公司' → '东莞市精诚…公司')."""
    inside = {i for place in _PLACES for at in [name.find(place, 0, 18)] if at >= 0
              for i in range(at, at + len(place))}
    cut = 0
    for m in lead_in.finditer(name[:16]):
        if len(name) - m.end() >= 6 and m.start() not in inside:
            cut = m.end()
    return name[cut:]


_SIGNATURE_TEAM = re.compile(r"^([\u4e00-\u9fff]{3,12}?)\s*[|｜·/\s]\s*(客服部|客服中心|客户服务部|客服组|运营部|商务部|"
                             r"市场部|服务部|客服|售后部|售后)(?:\s+[\u4e00-\u9fff]{2,4})?\s*$|^(?:客服部|客服中心|客户服务部)\s*[|｜·/\s]\s*([\u4e00-\u9fff]{3,12})\s*$")


# '我们筑城数联服务的黔匠矿机', '我们雪域企联这边': the writer's own short name.
_WE_SERVE = re.compile(r"(?:我们|我司|我方)(?:公司)?((?![\u4e00-\u9fff]{0,4}(?:部|组|中心|团队|客户|总部))[\u4e00-\u9fff]{3,6}?)(?:服务的|负责的|对接的|代理的|这边|这里)|"
                       r"(?:我是|这里是|这边是)([\u4e00-\u9fff]{4,6}?)的[\u4e00-\u9fff]{2,3}(?=[，,。.！!\s]|$)|"
                       r"(?:我司|我们公司|我方)\s*[(（]([\u4e00-\u9fff]{4,6})[)）]")  # '我司（五台网络）'



_TEAM_PERSON = re.compile(r"([\u4e00-\u9fff]{4,8})(?:[ \t\u3000]+|\s*[·・•/|｜]\s*)"  # '多浪网络 买买提·艾力', '根河数科 / 吴敏'
                          r"(?:[\u4e00-\u9fff]{2,4}(?:[·・•][\u4e00-\u9fff]{1,5})?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)")
_NOT_TEAM = re.compile(r"发自|手机|敬上|谢谢|此致|敬礼|祝好|客服|部$|老师|总部|您好|你好")


def signature_partner(body: str) -> str | None:
    """The partner's short name from a signature line such as '河洛云商 客服部', or from '我们筑城数联
    服务的…' / '我们雪域企联这边…', when no full name is written."""
    if m := _WE_SERVE.search(body):  # … or '我是珠源商务的保丽萍'
        return m.group(1) or m.group(2) or m.group(3)
    lines = [line.strip().lstrip("—―-－ ") for line in body.split("\n") if line.strip()][-8:]  # '——三江汇智 敬小龙'
    for line in reversed(lines):
        m = _SIGNATURE_TEAM.match(line)
        if m:
            return m.group(1) or m.group(3)
    for line in reversed(lines):  # '颜海峰 @ 石塘': the team after an at sign
        if m := re.fullmatch(r"[\u4e00-\u9fffA-Za-z ]{2,12}?\s*[@＠]\s*([\u4e00-\u9fff]{2,8})", line):
            return m.group(1)
    for line in reversed(lines):  # '方敏【徽州云途】', '张蕾（霍林数科）': the team in brackets after the person
        if (m := re.fullmatch(r"[\u4e00-\u9fff]{2,3}\s*[【〔\[（(]([\u4e00-\u9fff]{4,8})[】〕\]）)]", line)) \
                and not _NOT_TEAM.search(m.group(1)):
            return m.group(1)
    for line in reversed(lines):  # '孔令伟 · 穆棱数科', '高娜 | 边贸数科': the person, then an agency's short name
        if (m := re.fullmatch(r"[\u4e00-\u9fff]{2,3}\s*[·・•|｜/]\s*([\u4e00-\u9fff]{4,8})", line)) and _SHORT_AGENCY.search(m.group(1)):
            return m.group(1)
    for line in reversed(lines):  # '鹿城商联 黄嘉豪', '雾凇商联 Grace' on one line
        if (m := _TEAM_PERSON.fullmatch(line)) and not _NOT_TEAM.search(m.group(1)):
            return m.group(1)
    for person, team in zip(lines, lines[1:], strict=False):  # 'Hui Min' then 'Qindu Digital'
        if re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", person) and re.fullmatch(r"[A-Z][A-Za-z]+(?: [A-Z][A-Za-z&]+){1,3}", team) \
                and _EN_AGENCY.search(team):
            return team
    for person, team in zip(lines, lines[1:], strict=False):  # '莫晓玲' then '漓江互联'
        if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", person) and re.fullmatch(r"[\u4e00-\u9fff]{4,10}", team) \
                and not _NOT_TEAM.search(team):
            return team
    return None


_SUBJECT_NAME = re.compile(r"^(?:(?:回复|答复|转发|re|fw|fwd)\s*[:：]\s*)*(?:[【〔［\[][^】〕］\]]*[】〕］\]])?\s*"
                           r"(?:商机申诉|商机调整|商机汇总反馈|汇总反馈|申诉)?\s*[-—:：]?\s*"
                           r"([\u4e00-\u9fff]{2,8}?)(?=\s|第|这|[一二两三四五六七八九十]+条|最近|\d|商机|询盘|服务期|汇总|推广|申请|调整|申诉|反馈|跟进|不计入|[-—(（:：])",
                           re.I)
_NOT_A_NAME = re.compile(r"商机|申诉|汇总|反馈|调整|推广|客户|总部|关于|请|申请|不计入|合作|转发|回复|答复|本批|这批|此批|本次|这次")


_SUBJECT_TAG = re.compile(r"^(?:(?:回复|答复|转发|re|fw|fwd)\s*[:：]\s*)*[【〔［\[「『《“\"]([\u4e00-\u9fff]{2,8})[】〕］\]」』》”\"]", re.I)


def subject_partner(subject: str, client: str | None) -> str | None:
    """The sender's short name tagging the subject ('【千山数字】鑫源输送 5条商机反馈'), when the
    subject names the client after it or the tag is an agency's: a tag that is the client, or a kind, is no partner."""
    m = _SUBJECT_TAG.match(subject)
    if not m or not client or _NOT_A_NAME.search(m.group(1)) or m.group(1) in client or client in m.group(1):
        return None
    agency = bool(_SHORT_AGENCY.search(m.group(1)))  # '【林海数科】…': an agency's short name tags its own mail
    return m.group(1) if agency or client in subject[m.end():] else None


_SUBJECT_PAIR = re.compile(r"^(?:(?:回复|答复|转发|re|fw|fwd)\s*[:：]\s*)*([\u4e00-\u9fff]{2,8})\s*[-—–_|｜/／]\s*([\u4e00-\u9fff]{2,8})(?:\s*[-—–_|｜/／]|\s)",
                           re.I)
_SHORT_AGENCY = re.compile(r"网络|数字|数科|信息|传媒|营销|互联|商务|智联|云创|云商|企服|推广")


_SUBJECT_BRACKETED = re.compile(r"([\u4e00-\u9fff]{2,8})\s*[（(]([\u4e00-\u9fff]{2,8})[)）]\s*$")


def subject_pair(subject: str) -> tuple[str, str] | None:
    """(partner, client) of a subject that joins two short names ('丛台数字-永年紧固件-商机反馈',
    '… —— 黑木耳机械（口岸数科）'): the one an agency's word names is the partner, when exactly one does."""
    if (b := _SUBJECT_BRACKETED.search(subject)) and _SHORT_AGENCY.search(b.group(2)) and not _SHORT_AGENCY.search(b.group(1)) \
            and not _NOT_A_NAME.search(b.group(1)):
        return b.group(2), b.group(1)
    m = _SUBJECT_PAIR.match(subject)
    if not m or any(_NOT_A_NAME.search(name) for name in m.groups()):
        return None
    agency = [bool(_SHORT_AGENCY.search(name)) for name in m.groups()]
    if agency.count(True) != 1:
        return None
    return (m.group(1), m.group(2)) if agency[0] else (m.group(2), m.group(1))


def subject_client(subject: str, text: str, body: str = "") -> str | None:
    """A client's short name leading or tagging the subject ('卧龙轴承第二批10条商机反馈'), if the body uses it too."""
    m = _SUBJECT_NAME.match(subject)
    if m and not _NOT_A_NAME.search(m.group(1)) and m.group(1) in text:
        name = m.group(1)  # '穆棱林蛙养殖设备' in the subject, '林蛙养殖设备' in the body: as the body has it
        return next((name[k:] for k in range(len(name) - 3) if name[k:] in body), name) if body else name
    m = _SUBJECT_TAG.match(subject)  # '【瓜州枸杞机】商机申诉', '「鑫泰」10条商机反馈': a tag no agency's and no other name
    if m and not _NOT_A_NAME.search(m.group(1)) and not is_agency(m.group(1)) and not _SHORT_AGENCY.search(m.group(1)) \
            and m.group(1) in text:
        return m.group(1)
    return None


# English names, as in an English signature block: 'Xiamen Ludao Yunshang Network Technology Co., Ltd.'
_EN_COMPANY = re.compile(r"(?<![A-Za-z])((?:[A-Z][A-Za-z&'-]*[ \t]+){1,7}(?:Co\.,?\s*Ltd\.?|Company Limited|Limited|Ltd\.?|"
                         r"Inc\.?|Corporation|Corp\.?|LLC|GmbH))")
_EN_AGENCY = re.compile(r"\b(Network|Information|Commerce|Digital|Marketing|Media|Internet|Advertising|E-commerce|"
                        r"Consultants?|Consulting|Business Services|Link|Net|Cloud|Online|Connect|Web)\b")


_EN_NAME = r"[A-Z][A-Za-z&'-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][A-Za-z&'-]*){1,4}"
_EN_CLIENT = re.compile(rf"[(（]({_EN_NAME})[)）]|\b(?:for|client|customer)[:：]?[ \t]+({_EN_NAME})(?=[ \t]*(?:[,(（:：–—-]|$))", re.M)
_NOT_EN_CLIENT = re.compile(rf"\b(?:HQ|Appeal|Summary|Feedback|Adjustment|Renewal|Lead|Leads|Dear|Re|Fw)\b|^{MONTHS}", re.I)


def english_client(subject: str, text: str) -> str | None:
    """A client by its English short name, with no legal suffix: '(Simao Coffee Equipment)' in the
    subject, 'Appeal for Simao Coffee Equipment, lead …' — a name written at least twice, no agency's."""
    both = subject + "\n" + text
    for m in _EN_CLIENT.finditer(both):
        name = m.group(1) or m.group(2)
        if not _NOT_EN_CLIENT.search(name) and not is_agency(name) and both.count(name) >= 2:
            return name
    return None


def _bracketed(name: str, after: str) -> str | None:
    """'(大庆让胡路抽油机制造有限公司)' after an English name: brackets delimit it, no word is cut."""
    if name[:1] in "(（" and after in (")", "）") and not re.search(r"[()（）]", name[1:]):
        return name[1:]
    return None


def is_agency(name: str) -> bool:
    return any(w in name for w in AGENCY_WORDS) or bool(_EN_AGENCY.search(name))



def companies(text: str) -> list[str]:
    """Full company names in order of appearance, trimmed of the sentence around them."""
    found = [(m.start(), _bracketed(m.group(0), text[m.end():m.end() + 1]) or trim_company(m.group(0)))
             for m in _COMPANY.finditer(text)]
    found += [(m.start(), m.group(1)) for m in _EN_COMPANY.finditer(text)]
    out: list[str] = []
    for _, name in sorted(found):
        if len(name) >= 6 and name not in out:
            out.append(name)
    return out
