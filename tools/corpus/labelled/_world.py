"""The fictitious world of the labelled set: partners, clients, HQ mail, attachments, labels.

Everything is invented.  Partner agencies (合作商) and their clients (付费客户)
are manufacturing-service companies in various cities; phone numbers, tax ids,
WeChat ids and lead ids are made up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import _payloads as P
import rules
from _clients import Att, Mail
from mimekit import CST
from mimekit import CT_DOCX as DOCX
from mimekit import CT_XLSX as XLSX

OCTET = "application/octet-stream"
HQ_NAME = "总部商机服务"
HQ = "dor@ptg139.com"
WEEK_CN = "一二三四五六日"


def T(y, mo, d, h=0, mi=0, s=0) -> datetime:
    return datetime(y, mo, d, h, mi, s, tzinfo=CST)


def iso(dt: datetime | None) -> str | None:
    return None if dt is None else dt.isoformat()


# ------------------------------------------------------------------ labels
FIELD_KEYS = rules.FIELD_KEYS


def fields(partner=None, client=None, lead_ids=(), pushed=None, objected=None, reason=None, lead_count=None,
           quota=None, pushed_count=None, start=None, end=None) -> dict:
    return {"partner": partner, "client": client, "lead_ids": list(lead_ids), "pushed_at": iso(pushed),
            "objected_at": iso(objected), "reason_code": reason, "lead_count": lead_count, "quota": quota,
            "pushed_count": pushed_count, "service_start": start, "service_end": end}


NO_FIELDS = None  # marker: reply/auto/unknown with every field null


@dataclass
class Case:
    key: str
    kind: str
    client: str                       # key in _clients.CLIENTS, or "raw"
    mail: Mail | None = None
    raw: tuple | None = None          # (bytes, msgid, atts, mail_client_name, subject, sender) for hand-built mail
    fields: dict | None = None
    accept: dict = field(default_factory=dict)
    notes: str = ""
    extra: dict | None = None
    thread_case_ref: str | None = None
    thread_via: str | None = None
    malformed: bool = False
    exercises: str = ""               # short text for the README table
    mail_client: str | None = None    # override of the client's display name
    charset: str = ""                 # for the README statistics


# ------------------------------------------------------------- attachments
def shot_png(r, filename, lines=None, ctype="image/png", **kw) -> Att:
    lines = lines or ["ok", "13" + "".join(str(r.randint(0, 9)) for _ in range(9))]
    return Att(filename, P.png(P.chat_screenshot(r, lines, **kw)), ctype, "image/png", **_att_kw(kw))


def shot_calllog_png(r, filename, number, ctype="image/png") -> Att:
    return Att(filename, P.png(P.call_log_screenshot(r, number)), ctype, "image/png")


def shot_jpg(r, filename, lines=None, ctype="image/jpeg", photo=False, inline=False, cid=None) -> Att:
    img = P.photo_noise(r) if photo else P.chat_screenshot(r, lines or ["?"])
    return Att(filename, P.jpeg(img), ctype, "image/jpeg", inline=inline, cid=cid)


def _att_kw(kw):
    return {}


def rec_amr(r, filename, frames=150, ctype=OCTET) -> Att:
    return Att(filename, P.amr_nb(r, frames), ctype, "audio/amr")


def rec_wav(r, filename, seconds=1.5, ctype="audio/wav") -> Att:
    return Att(filename, P.wav_pcm(r, seconds), ctype, "audio/x-wav")


def rec_mp3(filename, frames=60, ctype="audio/mpeg", title=None) -> Att:
    return Att(filename, P.mp3_silence(frames, title=title), ctype, "audio/mpeg")


def rec_m4a(filename, frames=40, ctype="audio/x-m4a") -> Att:
    return Att(filename, P.m4a_silence(frames), ctype, "audio/mp4")


def docx(filename, title, rows, ctype=DOCX, **kw) -> Att:
    return Att(filename, P.docx_form(title, rows, **kw), ctype, DOCX)


def xlsx(filename, sheets, ctype=XLSX, **kw) -> Att:
    return Att(filename, P.xlsx_sheet(sheets, **kw), ctype, XLSX)


def pdf(filename, lines, ctype="application/pdf") -> Att:
    return Att(filename, P.pdf_text(lines), ctype, "application/pdf")


def logo_att(r, filename, cid, text) -> Att:
    return Att(filename, P.png(P.logo(r, text)), "image/png", "image/png", inline=True, cid=cid)


# --------------------------------------------------------------- HQ mail
@dataclass
class HQMail:
    case_id: str | None
    subject: str
    body: str
    date: datetime
    to_name: str
    to_addr: str
    msgid: str


def hq_footer(case_id: str) -> str:
    return f"总部商机服务\ndor@ptg139.com\n案件标记：[DOR#{case_id}]（回复本邮件时请勿删除此行）"


def hq_mail(case_id, kind, date, to_name, to_addr, body_lines: list[str], *, msgid=None, tag_in_subject=True,
            title=None) -> HQMail:
    titles = {"ack": {"SS": "商机申诉已受理", "TZ": "商机调整已受理", "HZ": "商机汇总反馈已受理"},
              "info": {"SS": "请补充材料：商机申诉", "TZ": "请补充：商机调整", "HZ": "请补充：商机汇总反馈"},
              "verdict": {"SS": "商机申诉判定结果"},
              "done": {"TZ": "推广调整已完成"},
              "plan": {"HZ": "续费方案沟通"}}
    t = title or titles[kind][case_id[:2]]
    subject = f"[DOR#{case_id}] {t}" if tag_in_subject else t
    body = f"{to_name} 您好：\n\n" + "\n".join(body_lines) + "\n\n" + hq_footer(case_id)
    mid = msgid or f"<{kind}.{case_id}@ptg139.com>"
    return HQMail(case_id, subject, body, date, to_name, to_addr, mid)


def cn_dt(dt: datetime) -> str:
    return f"{dt.year}年{dt.month}月{dt.day}日 {dt:%H:%M}"


def cn_ampm(dt: datetime) -> str:
    h = dt.hour
    part = "上午" if h < 12 else "下午"
    h12 = h if h <= 12 else h - 12
    return f"{part}{h12}:{dt:%M}"


def quote_coremail(hq: HQMail) -> str:
    head = f"在 {hq.date:%Y-%m-%d %H:%M:%S}，\"{HQ_NAME}\" <{HQ}> 写道："
    return head + "\n" + "\n".join(">" + line for line in hq.body.split("\n"))


def quote_outlook(hq: HQMail, old=False) -> str:
    if old:
        head = (f"-----原始邮件-----\n发件人: {HQ_NAME} [mailto:{HQ}] \n发送时间: {cn_dt(hq.date)}\n"
                f"收件人: {hq.to_name} <{hq.to_addr}>\n主题: {hq.subject}")
    else:
        head = (f"发件人: {HQ_NAME} <{HQ}> \n发送时间: {hq.date.year}年{hq.date.month}月{hq.date.day}日 {hq.date:%H:%M}\n"
                f"收件人: {hq.to_name} <{hq.to_addr}>\n主题: {hq.subject}")
    return head + "\n\n" + hq.body


def quote_qq(hq: HQMail) -> str:
    d = hq.date
    head = (f"------------------ 原始邮件 ------------------\n发件人: \"{HQ_NAME}\"<{HQ}>;\n"
            f"发送时间: {d.year}年{d.month}月{d.day}日(星期{WEEK_CN[d.weekday()]}) {cn_ampm(d)}\n"
            f"收件人: \"{hq.to_name}\"<{hq.to_addr}>;\n\n主题: {hq.subject}")
    return head + "\n\n" + hq.body


def quote_foxmail(hq: HQMail) -> str:
    head = (f"发件人： {HQ_NAME}\n发送时间： {hq.date:%Y-%m-%d %H:%M}\n收件人： {hq.to_name}\n主题： {hq.subject}")
    return head + "\n" + hq.body


def quote_apple(hq: HQMail) -> str:
    d = hq.date
    head = f"> {d.year}年{d.month}月{d.day}日 {cn_ampm(d)}，{HQ_NAME} <{HQ}> 写道："
    return head + "\n> \n" + "\n".join(("> " + line) if line else ">" for line in hq.body.split("\n"))


def quote_android(hq: HQMail) -> str:
    d = hq.date
    head = (f"-------- 原始邮件 --------\n发件人：{HQ_NAME} <{HQ}>\n日期：{d.year}年{d.month}月{d.day}日周"
            f"{WEEK_CN[d.weekday()]} {d:%H:%M}\n收件人：{hq.to_name} <{hq.to_addr}>\n主题：{hq.subject}")
    return head + "\n\n" + hq.body


# Short names in use for every company, to keep `accept` complete (checked by generate.py).
SHORT = {
    "青岛海联创网络科技有限公司": ["海联创"], "济南泉城商联信息技术有限公司": ["泉城商联"],
    "佛山禅城顺企网络科技有限公司": ["顺企网络"], "温州瓯越企服网络科技有限公司": ["瓯越企服"],
    "杭州钱塘数联网络科技有限公司": ["钱塘数联"], "郑州中原拓客网络科技有限公司": ["中原拓客"],
    "东莞莞邑商务信息咨询有限公司": ["莞邑商务"], "台州椒江企航网络科技有限公司": ["企航网络"],
    "无锡锡商汇网络科技有限公司": ["锡商汇"], "长沙星城企服网络科技有限公司": ["星城企服"],
    "苏州吴中云帆网络科技有限公司": ["云帆网络"],
    "青岛海泰橡胶机械有限公司": ["海泰橡胶"], "青岛琴岛数控刀具有限公司": ["琴岛刀具"],
    "济南力拓数控机床有限公司": ["力拓数控"], "山东泉力液压机械有限公司": ["泉力液压"],
    "济南章丘鼎盛鼓风机有限公司": ["鼎盛鼓风机"], "佛山镕盛五金机械有限公司": ["镕盛五金"],
    "佛山顺德科威激光设备有限公司": ["科威激光"], "温州瓯江泵业有限公司": ["瓯江泵业"],
    "瑞安市恒达包装机械有限公司": ["恒达包装"], "浙江龙湾阀门制造有限公司": ["龙湾阀门"],
    "杭州富春造纸机械有限公司": ["富春造纸"], "杭州萧山恒通链条有限公司": ["恒通链条"],
    "郑州宇鼎矿山机械有限公司": ["宇鼎矿机"], "河南华锐起重设备有限公司": ["华锐起重"],
    "新乡市振兴筛分机械有限公司": ["振兴筛分"], "东莞市精诚注塑机械有限公司": ["精诚注塑"],
    "东莞市万利达模具有限公司": ["万利达模具"], "台州路桥金鹰缝纫机有限公司": ["金鹰缝纫机"],
    "浙江台州海鹏塑料机械有限公司": ["海鹏塑机"], "无锡锡汇环保设备有限公司": ["锡汇环保"],
    "江阴天宏液压机械有限公司": ["天宏液压"], "长沙中湘工程机械有限公司": ["中湘工程机械", "中湘机械"],
    "湖南湘能激光科技有限公司": ["湘能激光"], "苏州恒锐激光设备有限公司": ["恒锐激光"],
    "苏州新宇包装机械有限公司": ["新宇包装"],
}
PARTNERS = list(SHORT)[:11]
