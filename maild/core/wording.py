"""How maild's words are said to partners and supervisors, in Chinese: kinds, fields, states, checks.

The code, the database and the CLI speak the spec's English words (appeal, pushed_at,
waiting_partner); every outgoing mail speaks these. One table per vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo

from maild.core.checks import CRITERIA, Check, that_matter

__all__ = ["CHECKS", "FIELDS", "KINDS", "STATES", "check_lines", "criterion", "field_names", "local_time"]

KINDS = {"appeal": "商机申诉", "adjustment": "商机调整反馈", "summary": "商机汇总反馈", "triage": "来信"}

FIELDS = {
    "partner": "合作商名称", "client": "客户（付费企业）名称", "lead_ids": "商机编号",
    "pushed_at": "商机推送时间", "objected_at": "客户提出异议的时间", "reason_code": "申诉理由（对应判定标准第几条）",
    "lead_count": "本次反馈的商机条数", "quota": "合同约定的商机数量", "pushed_count": "已推送的商机数量",
    "service_start": "服务开始日期", "service_end": "服务结束日期", "evidence": "通话录音或聊天截图",
}

STATES = {
    "new": "已受理", "acknowledged": "已受理，待审核", "in_review": "审核中", "waiting_partner": "等待您补充材料",
    "decided": "已给出结果", "closed": "已办结", "reopened": "重新审核中",
}

CHECKS = {
    "objection_within_8h": "客户在推送后8小时内提出异议",
    "push_log": "商机编号与推送时间与总部推送记录一致",
    "paying_client": "客户为付费企业",
    "evidence": "证据材料（判定标准第1条须附录音或截图）",
    "reason_code": "申诉理由对应判定标准",
    "adjustment_size": "每5条或10条商机反馈一次",
    "lead_60": "已推送商机达到合同数量的60%",
    "time_70": "服务期已过70%",
    "trigger": "汇总反馈的时机",
}

_VERDICTS = {True: "符合", False: "不符合", None: "待核实"}


def field_names(names: Sequence[str]) -> list[str]:
    """The Chinese names of these fields (unknown ones as they are)."""
    return [FIELDS.get(n, n) for n in names]


def check_lines(checks: Sequence[Check]) -> list[str]:
    """The checks that matter, in plain words: "客户为付费企业：符合"."""
    return [f"{CHECKS.get(c.name, c.name)}：{_VERDICTS[c.passed]}" for c in that_matter(checks)]


def criterion(code: int | None) -> str:
    """"第2条：需求者留微信，微信如何都加不上" for a reason code; "" for none."""
    found = CRITERIA.get(code) if code is not None else None
    return f"第{found.code}条：{found.wording}" if found else ""


def local_time(at: datetime | None, tz: tzinfo) -> str:
    """A time as partners read it: "2026-11-05 16:12（北京时间）"; "" for none."""
    if at is None:
        return ""
    zone = "北京时间" if getattr(tz, "key", "") in ("Asia/Shanghai", "Asia/Chongqing", "PRC") else str(tz)
    return f"{at.astimezone(tz):%Y-%m-%d %H:%M}（{zone}）"
