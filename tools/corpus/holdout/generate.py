#!/usr/bin/env python3
"""Deterministic generator of the maild HOLDOUT set (60 labelled partner mails).

    python tools/corpus/holdout/generate.py [--out DIR]  # writes tests/mail/holdout (+ README.md here)
    python tools/corpus/holdout/check.py [DIR]           # validates them

Written independently of maild's parser and of tests/mail/labelled: new
fictitious partners/clients/people, new phrasings.  Labels follow
/work/shared/samples/README.md ("Labelling conventions") and DOMAIN.md §7.
Fixed seed; reruns give identical bytes (same Python / Pillow / zlib).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import datetime
from pathlib import Path

sys.dont_write_bytecode = True

HERE = Path(__file__).resolve().parent
sys.path.insert(1, str(HERE.parent))  # tools/corpus: the shared modules

import layout  # noqa: E402
import rules  # noqa: E402
from checkkit import nfkc  # noqa: E402
from clients import (  # noqa: E402
    HQ,
    WRITERS,
    Att,
    Mail,
    P,
    addr_hdr,
    alnum,
    digits,
    hexs,
    message,
    multipart,
    received,
    subject_lines,
)
from mimekit import (  # noqa: E402
    CRLF,
    CST,
    b64,
    crlf,
    ew_one,
    local,
    rfcdate,
)
from payloads import aac, amr, docx_form, jpeg, logo_png, m4a, mp3, pdf, png, wav, xlsx_form  # noqa: E402

SEED = 20260815

# ---------------------------------------------------------------------------
# the fictitious world
# ---------------------------------------------------------------------------
PARTNERS = {
    "cst": "佛山市禅商通网络科技有限公司",
    "ctyq": "泉州市刺桐云企信息科技有限公司",
    "ydqf": "潍坊鸢都企服网络科技有限公司",
    "hjsl": "襄阳汉江数联信息科技有限公司",
    "hcsw": "柳州市壶城商务企业服务有限公司",
    "jjsx": "台州市椒江商信网络科技有限公司",
    "jcqf": "芜湖江城企服信息科技有限公司",
    "lyst": "临沂琅琊商通网络科技有限公司",
}
CLIENTS = {
    "mingyue": "佛山市顺德区铭越数控机床有限公司",
    "hengtai": "佛山市南海恒泰铝型材挤压设备有限公司",
    "minxin": "泉州市丰泽区闽鑫石材机械有限公司",
    "anda": "晋江市安达鞋机制造有限公司",
    "huarui": "潍坊华瑞柴油发电机组有限公司",
    "lvfeng": "寿光市绿丰温室设备有限公司",
    "handing": "襄阳汉鼎汽车零部件制造有限公司",
    "wolong": "襄阳市卧龙轴承有限公司",
    "pengxiang": "柳州市鹏翔工程机械有限公司",
    "guizhong": "柳州桂中起重设备制造有限公司",
    "jingsu": "台州市黄岩精塑模具有限公司",
    "yongchang": "浙江台州永昌空压机有限公司",
    "shengda": "芜湖市鸠江区晟达输送机械有限公司",
    "ruifeng": "芜湖瑞丰环保设备有限公司",
    "lugong": "临沂市兰山区鲁工破碎机械有限公司",
    "jinsheng": "临沂金盛烘干设备有限公司",
}
# shorter forms a partner may write; `accept` lists those actually present
ALIASES = {
    PARTNERS["cst"]: ["禅商通"],
    PARTNERS["ctyq"]: ["刺桐云企"],
    PARTNERS["ydqf"]: ["鸢都企服"],
    PARTNERS["hjsl"]: ["汉江数联"],
    PARTNERS["hcsw"]: ["壶城商务"],
    PARTNERS["jjsx"]: ["椒江商信"],
    PARTNERS["jcqf"]: ["江城企服"],
    PARTNERS["lyst"]: ["琅琊商通"],
    CLIENTS["mingyue"]: ["铭越数控"],
    CLIENTS["hengtai"]: ["恒泰铝型材"],
    CLIENTS["minxin"]: ["闽鑫石材机械", "闽鑫石材", "闽鑫"],
    CLIENTS["anda"]: ["安达鞋机"],
    CLIENTS["huarui"]: ["华瑞发电机组", "华瑞"],
    CLIENTS["lvfeng"]: ["绿丰温室"],
    CLIENTS["handing"]: ["汉鼎汽配"],
    CLIENTS["wolong"]: ["卧龙轴承"],
    CLIENTS["pengxiang"]: ["鹏翔工程机械", "鹏翔"],
    CLIENTS["guizhong"]: ["桂中起重"],
    CLIENTS["jingsu"]: ["精塑模具"],
    CLIENTS["yongchang"]: ["永昌空压机"],
    CLIENTS["shengda"]: ["晟达输送"],
    CLIENTS["ruifeng"]: ["瑞丰环保"],
    CLIENTS["lugong"]: ["鲁工破碎"],
    CLIENTS["jinsheng"]: ["金盛烘干"],
}

# people: (display name, address, writer)
HUANG = ("黄志强", "2851736094@qq.com", "qq")             # 刺桐云企
LIN = ("林雅婷", "linyating@citongyun.com", "wecom")       # 刺桐云企
HE = ("何嘉琪", "hejiaqi@chanshangtong.com", "outlook")    # 禅商通
FENG = ("冯子健", "fzj_cst@163.com", "163")                # 禅商通
SUN = ("孙晓燕", "sunxy_yd@163.com", "163")                # 鸢都企服
WANG_HT = ("王海涛", "wanghaitao_wf@126.com", "126")       # 鸢都企服
LIU = ("刘一鸣", "liuyiming@hjshulian.com", "outlook")     # 汉江数联
CHEN = ("陈思雨", "chensiyu@hjshulian.com", "apple")       # 汉江数联
WEI = ("韦丽娟", "weilijuan@huchengsw.com", "wecom")       # 壶城商务
QIN = ("覃文", "qinwen@huchengsw.com", "phone8")           # 壶城商务
ZHENG = ("郑喆", "zhengzhe@jjshangxin.com", "foxmail")     # 椒江商信
WANG_R = ("王镕", "wangrong@jjshangxin.com", "foxmail")    # 椒江商信
WANG_SY = ("汪思远", "wangsiyuan@jcqifu.cn", "apple")      # 江城企服
FANG = ("方敏", "fangmin@jcqifu.cn", "iphone")             # 江城企服
YAN = ("颜培培", "yanpeipei@langyast.com", "phone8")       # 琅琊商通
GAO = ("高峰", "1369284715@qq.com", "qq")                  # 琅琊商通


def dt(y, mo, d, h, mi, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=CST)


def T(s):
    """'2026-07-14 09:20' -> ISO-8601 with +08:00 (Asia/Shanghai)."""
    d, t = s.split()
    return f"{d}T{t}:00+08:00"


def F(partner=None, client=None, lead_ids=(), pushed=None, objected=None, reason=None, lead_count=None,
      quota=None, pushed_count=None, start=None, end=None):
    return {"partner": partner, "client": client, "lead_ids": list(lead_ids),
            "pushed_at": T(pushed) if pushed else None, "objected_at": T(objected) if objected else None,
            "reason_code": reason, "lead_count": lead_count, "quota": quota, "pushed_count": pushed_count,
            "service_start": start, "service_end": end}


NULL_FIELDS = F()


def mail(who, key, date, subject, text, **kw):
    name, addr, writer = who
    return Mail(key=key, client=kw.pop("client", writer), date=date, name=name, addr=addr, subject=subject,
                text=text, **kw)


def A(filename, data, ctype, detected, **kw):
    return Att(filename, data, ctype, detected, **kw)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OCTET = "application/octet-stream"

# HQ's own quoted messages (what partners quote back)
HQ_SIG = "总部商机服务\ndor@ptg139.com"


# ===========================================================================
# APPEALS (22)
# ===========================================================================
def A01(r):
    rows = [["合作商", PARTNERS["ctyq"]], ["付费客户", CLIENTS["minxin"]], ["商机编号", "SJ20260714-0086"],
            ["推送时间", "2026-07-14 09:20"], ["客户反馈时间", "2026-07-14 11:45"],
            ["申诉理由", "需求者是个人，非对口企业"],
            ["情况说明", "需求者留言要“MX-2200桥切机报价”，客户回电后对方说自己家里装修，只想买一块2.5米的大理石台面，是个人，不是石材加工厂。"]]
    text = ("总部老师您好：\n\n闽鑫石材这边对今天推送的一条商机有异议，申诉信息如下，请审核。\n\n{TABLE}\n\n"
            "附件是客户的通话记录截图。\n\n黄志强\n刺桐云企 客服部\n手机：13905958821  电话：0595-22876631")
    m = mail(HUANG, "A01", dt(2026, 7, 14, 15, 2, 37), "商机申诉—闽鑫石材 SJ20260714-0086", text,
             table=rows, table_header=False,
             atts=[A("通话记录截图.jpg", jpeg(r, title="Call log 07-14"), "image/jpeg", "image/jpeg")])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["ctyq"], CLIENTS["minxin"], ["SJ20260714-0086"], "2026-07-14 09:20",
                            "2026-07-14 11:45", 3),
                   notes="QQ Mail gb18030: fields in an HTML table without header row; the text/plain alternative "
                         "has tab-separated 'label<TAB>value' rows; code 3 as '需求者是个人，非对口企业'; "
                         "'MX-2200', '2.5米' and two phone numbers are distractors; JPEG screenshot.")


def A02(r):
    text = ("总部您好：\n\n"
            f"【合作商】{PARTNERS['jjsx']}\n【付费客户】{CLIENTS['yongchang']}\n【商机编号】XP-2607-2231\n"
            "【推送时间】7月21日 14:05\n【客户反馈时间】7月21日 17:30\n【申诉理由】判定标准第5条\n"
            "【情况说明】客户只生产螺杆式空压机（37kW、55kW两个系列），需求者要采购的是挖掘机用的液压破碎锤，"
            "和客户经营的产品不一致。客户销售王㻞已回电核实，对方确认要的就是破碎锤。\n\n截图见附件。\n\n"
            f"郑喆\n{PARTNERS['jjsx']} 客服部\n电话：0576-88215307")
    m = mail(ZHENG, "A02", dt(2026, 7, 21, 18, 6, 12), "【商机申诉】永昌空压机 XP-2607-2231", text,
             atts=[A("回电核实截图.png", png(r, title="Call back"), OCTET, "image/png")])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["jjsx"], CLIENTS["yongchang"], ["XP-2607-2231"], "2026-07-21 14:05",
                            "2026-07-21 17:30", 5),
                   notes="Foxmail declaring gb2312: body holds 㻞 (4-byte GB18030) and 喆 (GBK only); labels in "
                         "【】 brackets; year-less times '7月21日 14:05'; reason given only as '判定标准第5条'; "
                         "'37kW/55kW' distractors; PNG declared application/octet-stream.")


def A03(r):
    text = ("总部您好：\n\n汉鼎汽配反馈下面这条商机是同行来套价的，申请不计入，请审核。\n\n"
            f"合作商：{PARTNERS['hjsl']}\n合作单位：{CLIENTS['handing']}\n商机编号：2607230415\n"
            "推送时间：2026/7/23 10:12\n反馈时间：2026/7/23 15:40\n申诉理由：同行恶意询价\n"
            "情况说明：需求者留言要采购HD-3502型刹车盘2000套，客户报价时对方反复追问成本价和供货商，"
            "最后承认自己也是做刹车盘的，公司在十堰。通话录音见附件。\n\n"
            f"刘一鸣\n客服部 | {PARTNERS['hjsl']}\n电话：0710-3526648  手机：15872214096")
    m = mail(LIU, "A03", dt(2026, 7, 23, 16, 25, 40), "商机申诉 汉鼎汽配 2607230415 同行恶意询价", text,
             atts=[A("通话录音0723.mp3", mp3(r, 9), "audio/mpeg", "audio/mpeg")])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["hjsl"], CLIENTS["handing"], ["2607230415"], "2026-07-23 10:12",
                            "2026-07-23 15:40", 1),
                   notes="Outlook 16 zh-CN gb2312: client labelled 合作单位; 10-digit lead id; times '2026/7/23 10:12'; "
                         "code 1 in words (同行恶意询价) with an MP3 recording (audio/mpeg); 'HD-3502', '2000套' and "
                         "phones are distractors.")


def A04(r):
    text = ("总部老师好：\n\n"
            f"合作商: {PARTNERS['ydqf']}\n客户: {CLIENTS['huarui']}\n商机编号: 31870562\n"
            "推送时间: 8月3日 上午10点\n客户反馈时间: 8月3日 下午3点半\n申诉理由: 同行恶意询价\n"
            "情况说明: 需求者自称要2台500kW柴油发电机组，客户报价后对方一直要技术参数和配置清单，"
            "客户查了对方公司也是做发电机组的。客户当时没有录音，也没有截图，只能口头说明。\n\n"
            "麻烦总部判定，谢谢。\n\n孙晓燕\n鸢都企服")
    m = mail(SUN, "A04", dt(2026, 8, 3, 17, 10, 5), "商机申诉：华瑞发电机组 31870562", text)
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["ydqf"], CLIENTS["huarui"], ["31870562"], "2026-08-03 10:00",
                            "2026-08-03 15:30", 1),
                   notes="163 webmail (Coremail GBK): ASCII ':' separators; '上午10点' / '下午3点半' without a year; "
                         "code 1 without any recording or screenshot -> missing ['evidence']; '2台', '500kW' distractors.")


def A05(r):
    text = ("总部好，\n\n"
            f"上周三下午2点10分推给{CLIENTS['shengda']}的那条商机（SJ20260805-0112），需求者只留了一个微信号 "
            "sd_belt88 和一个座机，客户当天傍晚6点来电说，微信搜了三次都提示“该账号已被限制使用”，根本加不上，"
            "座机也一直没人接。\n\n客户希望这条不计入，麻烦总部核实，谢谢！\n\n"
            f"汪思远\n{PARTNERS['jcqf']}\n手机 18955316620")
    m = mail(WANG_SY, "A05", dt(2026, 8, 10, 9, 31, 22), "晟达输送 一条商机申请不计入", text)
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["jcqf"], CLIENTS["shengda"], ["SJ20260805-0112"], "2026-08-05 14:10",
                            "2026-08-05 18:00", 2),
                   notes="Apple Mail UTF-8 QP, prose only: '上周三下午2点10分' resolved against Date (Mon 2026-08-10 "
                         "-> Wed 08-05) and '当天傍晚6点'; code 2 in words; WeChat id sd_belt88 and mobile are distractors; "
                         "no attachment.")


def A06(r):
    rows = [["合作商", PARTNERS["hcsw"]], ["付费客户", CLIENTS["pengxiang"]], ["商机编号", "XP-2608-0457"],
            ["推送时间", "2026年8月12日 8:40"], ["客户反馈时间", "2026年8月12日 13:05"],
            ["申诉理由", "判定标准第1条：同行恶意骚扰"],
            ["情况说明", "需求者要询价ZL50装载机3台，客户回电时对方承认是同行，近一周已用不同号码询价4次。"],
            ["证据材料", "通话录音1份"], ["申诉人", "韦丽娟"], ["申诉日期", "2026年8月12日"]]
    data, ftext = docx_form("商机申诉书", rows, "韦丽娟", header_row=["项目", "内容"])
    text = ("总部老师好，\n\n鹏翔工程机械这条商机的《商机申诉书》和客户通话录音见附件，麻烦审核。\n\n"
            "韦丽娟\n壶城商务 客服部")
    m = mail(WEI, "A06", dt(2026, 8, 12, 15, 20, 44), "鹏翔工程机械 商机申诉书+录音", text,
             atts=[A("商机申诉书-鹏翔-0812.docx", data, OCTET, DOCX, text=ftext),
                   A("通话录音-鹏翔.amr", amr(r, 14), OCTET, "audio/amr")])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["hcsw"], CLIENTS["pengxiang"], ["XP-2608-0457"], "2026-08-12 08:40",
                            "2026-08-12 13:05", 1),
                   notes="WeCom/Exmail UTF-8: every field only in the attached 《商机申诉书》 .docx (two-column table, "
                         "declared application/octet-stream); body uses short names; code 1 with an AMR recording "
                         "(application/octet-stream); 'ZL50', '3台', '4次' distractors.")


def A07(r):
    text = (f"总部你好\n今天上午9:25推给{CLIENTS['guizhong']}的商机SJ20260818-0203，客户11点来电说需求者要找物流专线"
            "把货从柳州运到昆明，跟起重设备不是一个行业，申请不计入。客户做的是QY25K汽车吊和桥式起重机。\n"
            f"{PARTNERS['hcsw']} 覃文\n\n发自我的华为手机")
    m = mail(QIN, "A07", dt(2026, 8, 18, 11, 40, 3), "商机申诉 桂中起重 SJ20260818-0203", text)
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["hcsw"], CLIENTS["guizhong"], ["SJ20260818-0203"], "2026-08-18 09:25",
                            "2026-08-18 11:00", 4),
                   notes="Phone mail app: raw 8-bit GBK Subject/From and 8bit GBK body; '今天上午9:25' / '11点' resolved "
                         "against Date; code 4 in words (物流专线 vs lifting equipment); 'QY25K' distractor.",
                   malformed=True)


def A08(r):
    text = ("总部好：\n\n"
            f"合作商：{PARTNERS['ydqf']}\n客户：{CLIENTS['lvfeng']}\n\n"
            "客户说昨天推的那条问连栋温室的商机有问题，编号客户没记下来，推送时间也记不清了，麻烦总部帮忙查一下。\n"
            "客户反馈时间：今天早上8点20\n"
            "申诉理由：电话打过去是一家卖保险的公司，说没有要建温室，跟客户不对口。\n"
            "需求者留言是“800平方米、6米跨度的薄膜温室”。\n\n王海涛")
    m = mail(WANG_HT, "A08", dt(2026, 8, 20, 10, 5, 51), "绿丰温室商机异议", text)
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["ydqf"], CLIENTS["lvfeng"], [], None, "2026-08-20 08:20", 3),
                   notes="126 webmail (Coremail GBK), subject says 商机异议: no lead id and only '昨天推的' (a day, no "
                         "time) -> missing lead_ids and pushed_at; '今天早上8点20' resolved against Date; code 3 "
                         "(unrelated company); '800平方米', '6米' distractors.")


def A09(r):
    text = ("总部您好：\n\n下面是恒泰铝型材业务员发给我们的原邮件，麻烦按判定标准第5条（所需产品与客户经营产品不一致）"
            "帮忙判定。商机系统推送时间是8月6日9:02，客户反馈时间以业务员发邮件的时间为准。\n\n"
            f"何嘉琪\n客服部 | {PARTNERS['cst']}\n电话：0757-83367215\n\n"
            "-----原始邮件-----\n发件人: 梁振华 <liangzh@hengtai-jy.com>\n发送时间: 2026年8月6日 11:48\n"
            "收件人: 何嘉琪 <hejiaqi@chanshangtong.com>\n主题: 商机有问题\n\n何经理你好，\n\n"
            "今天早上推过来的商机 2608061127，对方要买的是断桥铝门窗成品（大概300平方），我们只做铝型材挤压机和"
            "配套的模具加热炉，不卖门窗。这条麻烦帮我们申请不计入。\n\n"
            f"梁振华\n{CLIENTS['hengtai']} 销售部\n手机：13689273351")
    m = mail(HE, "A09", dt(2026, 8, 6, 14, 30, 18), "转发: 商机有问题", text)
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["cst"], CLIENTS["hengtai"], ["2608061127"], "2026-08-06 09:02",
                            "2026-08-06 11:48", 5),
                   notes="Outlook '转发:' of the client's own mail in a -----原始邮件----- block: the request it carries "
                         "is an appeal; the client's full name is only in the forwarded signature; objected_at is the "
                         "forwarded 发送时间 (as the partner says); code 5 by number+words; '300平方' distractor.")


def inner_eml_A10(r) -> bytes:
    """The salesman's original appeal mail (QQ Mail), attached as message/rfc822."""
    t = ("雅婷：\n\n安达鞋机这条商机麻烦提交总部申诉。\n\n"
         f"合作商：{PARTNERS['ctyq']}\n客户：{CLIENTS['anda']}\n商机编号：SJ20260811-0058\n"
         "推送：2026-08-11 13:30\n客户异议：2026-08-11 16:05\n"
         "理由：需求者留的电话是空号，打了好几次都提示号码不存在（留错电话）\n需求：全自动鞋底成型机1台\n\n志强")
    body = b64(crlf(t).encode("gb18030")) + CRLF
    d = dt(2026, 8, 11, 16, 40, 21)
    hs = [addr_hdr("From", "黄志强", "2851736094@qq.com", "gb18030", "gb18030"),
          addr_hdr("To", "林雅婷", "linyating@citongyun.com", "gb18030", "gb18030"),
          ] + subject_lines("安达鞋机商机申诉", "gb18030", "gb18030") + [
          "Mime-Version: 1.0", 'Content-Type: text/plain;', '\tcharset="gb18030"', "Content-Transfer-Encoding: base64",
          f"Date: {rfcdate(d, pad=False)}", f"Message-ID: <tencent_{hexs(r, 40)}@qq.com>", "X-Mailer: QQMail 2.x"]
    return CRLF.join(h.encode() for h in hs) + CRLF + CRLF + body, "安达鞋机商机申诉\n" + t


def A10(r):
    inner, inner_text = inner_eml_A10(r)
    text = ("总部好，\n\n业务员刚把申诉邮件发给我，原邮件作为附件转给总部，麻烦审核。\n\n"
            f"林雅婷\n{PARTNERS['ctyq']}")
    m = mail(LIN, "A10", dt(2026, 8, 11, 17, 20, 9), "转发：安达鞋机商机申诉", text,
             atts=[A("安达鞋机商机申诉.eml", inner, "message/rfc822", "message/rfc822", raw_part=True,
                     text=inner_text)])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["ctyq"], CLIENTS["anda"], ["SJ20260811-0058"], "2026-08-11 13:30",
                            "2026-08-11 16:05", 3),
                   notes="WeCom/Exmail forward-as-attachment: the appeal is inside an attached message/rfc822 "
                         "(gb18030 base64 QQ mail, 7bit part, file name 安达鞋机商机申诉.eml, role other); the fields "
                         "come from the attached message; code 3 as 空号/留错电话.")


def A11(r):
    sheet = [["商机申诉明细", None, None, None, None, None],
             ["合作商", PARTNERS["hcsw"], None, None, None, None],
             ["付费客户", CLIENTS["guizhong"], None, None, None, None],
             [None] * 6,
             ["序号", "商机编号", "推送时间", "客户反馈时间", "申诉理由", "情况说明"],
             [1, "XP-2608-0512", dt(2026, 8, 14, 10, 0).replace(tzinfo=None), dt(2026, 8, 14, 14, 20).replace(tzinfo=None),
              "同行恶意询价", "自称采购10吨电动葫芦，微信里承认是同行"],
             [2, "XP-2608-0513", dt(2026, 8, 14, 10, 0).replace(tzinfo=None), dt(2026, 8, 14, 14, 20).replace(tzinfo=None),
              "同行恶意询价", "同一人换号码再次询价"]]
    data, ftext = xlsx_form([("申诉明细", sheet)], "韦丽娟")
    text = ("总部老师好，\n\n桂中起重同一批推送的两条商机是同一个同行用两个号码来询价的，申诉明细见附件表格，"
            "聊天截图两张也一并附上。\n\n韦丽娟\n" + PARTNERS["hcsw"])
    m = mail(WEI, "A11", dt(2026, 8, 14, 16, 45, 30), "桂中起重 2条商机申诉（同一同行）", text,
             atts=[A("商机申诉明细-桂中起重.xlsx", data, OCTET, XLSX, text=ftext),
                   A("聊天截图1.png", png(r, title="Chat 1"), OCTET, "image/png"),
                   A("聊天截图2.png", png(r, title="Chat 2"), OCTET, "image/png")])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["hcsw"], CLIENTS["guizhong"], ["XP-2608-0512", "XP-2608-0513"],
                            "2026-08-14 10:00", "2026-08-14 14:20", 1),
                   notes="WeCom: the .xlsx (application/octet-stream) has a header-row table listing two leads of "
                         "the same batch (real date-time cells, same push and feedback times); client full name only "
                         "in the sheet; code 1 with two PNG screenshots; '2条', '10吨' distractors.")


def A12(r):
    text = ("总部好：\n合作商:芜湖江城企服信息科技有限公司\n客户:芜湖瑞丰环保设备有限公司\n"
            "商机编号:ＳＪ２０２６０８２０－００４７\n推送时间:8/20 9:30\n反馈时间:8/20 16:10\n"
            "理由:需求者留的微信一直加不上，电话也不接\n截图如下\n{IMG}\n\n方敏\n\n发自我的iPhone")
    m = mail(FANG, "A12", dt(2026, 8, 20, 16, 52, 8), "申诉 瑞丰环保 微信加不上", text,
             atts=[A("IMG_4821.jpeg", jpeg(r, 640, 1136, title="WeChat search"), "image/jpeg", "image/jpeg",
                     inline=True)])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["jcqf"], CLIENTS["ruifeng"], ["SJ20260820-0047"], "2026-08-20 09:30",
                            "2026-08-20 16:10", 2),
                   notes="iPhone Mail UTF-8 QP, multipart/mixed text/image/text: lead id in full-width characters "
                         "(NFKC -> SJ20260820-0047); year-less 'M/D H:MM' times; code 2; the JPEG is an inline part "
                         "with a file name (inline: true), still an attachment.")


def A13(r):
    text = ("总部您好，\n\n申请以下商机不计入：\n\n"
            f"合作商      {PARTNERS['jjsx']}\n付费客户    {CLIENTS['jingsu']}\n商机编号    2608030317\n"
            "推送时间    2026-08-03 08:50\n反馈时间    2026-08-03 11:05\n申诉依据    判定标准第3条\n"
            "情况说明    需求者留的手机号打过去是一位退休老师，说从来没有在网上询过模具。录音附后。\n\n王镕\n椒江商信 客服部")
    m = mail(WANG_R, "A13", dt(2026, 8, 3, 11, 58, 26), "精塑模具商机申诉（判定标准第3条）", text,
             atts=[A("核实录音.wav", wav(r, 5), "audio/wav", "audio/wav")])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["jjsx"], CLIENTS["jingsu"], ["2608030317"], "2026-08-03 08:50",
                            "2026-08-03 11:05", 3),
                   notes="Foxmail gb2312-labelled (王镕: 镕 is GBK-only): labels separated from values by runs of "
                         "spaces; reason only as '判定标准第3条' (also in the subject); WAV recording declared audio/wav.")


def A14(r):
    text = ("总部老师好：\n\n"
            f"{CLIENTS['mingyue']}8月12日早上8点多推送（短信显示8:16）的商机，编号40256713。客户当天中午12点半来电，"
            "说需求者是做数控机床的同行，打着采购VMC850立式加工中心的名义来打听报价和配置，通话中对方自己说漏了嘴。"
            "客户有通话录音，见附件。\n\n按判定标准第一条（同行恶意骚扰）申请不计入，谢谢！\n\n"
            f"冯子健\n{PARTNERS['cst']}")
    m = mail(FENG, "A14", dt(2026, 8, 12, 14, 2, 40), "申请商机不计入--铭越数控", text,
             atts=[A("客户通话录音.m4a", m4a(r, 12), "audio/x-m4a", "audio/mp4")])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["cst"], CLIENTS["mingyue"], ["40256713"], "2026-08-12 08:16",
                            "2026-08-12 12:30", 1),
                   notes="163 webmail GBK prose: '8点多推送（短信显示8:16）' - the exact 8:16 wins over '8点多'; "
                         "'当天中午12点半'; 8-digit lead id; criterion as '第一条' (Chinese numeral); M4A recording "
                         "(audio/x-m4a); 'VMC850' distractor.")


def A15(r):
    text = ("总部您好：\n\n"
            f"合作商：{PARTNERS['cst']}\n商机编号：SJ20260824-0019\n推送时间：2026年8月24日 10:35\n"
            "申诉原因：所需产品不符合客户行业（判定标准第4条）\n"
            "情况说明：需求者要找人做厂房钢结构防腐喷涂施工，客户是做机床的，行业完全不符。\n\n"
            "客户反馈时间我再跟客户确认后补充。\n\n"
            f"何嘉琪\n客服部 | {PARTNERS['cst']}")
    m = mail(HE, "A15", dt(2026, 8, 24, 15, 10, 12), "商机申诉 SJ20260824-0019", text)
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["cst"], None, ["SJ20260824-0019"], "2026-08-24 10:35", None, 4),
                   notes="Outlook gb2312: the client is never named ('客户是做机床的') and the feedback time is "
                         "promised later -> missing client and objected_at; code 4 by words and number.")


def A16(r):
    rows = [["商机编号", "推送时间", "客户反馈时间", "申诉理由"],
            ["SJ20260817-0330", "2026年8月17日 14:20", "2026年8月17日 19:05", "留错电话"]]
    text = ("总部好：\n\n"
            f"合作商：{PARTNERS['lyst']}\n付费客户：{CLIENTS['jinsheng']}\n\n{{TABLE}}\n\n"
            "情况说明：需求者留言要日处理30吨的5HG-15型粮食烘干机，电话打过去对方说是饭店，从没询过烘干机。\n\n"
            "高峰\n琅琊商通\n微信：gaofeng_ly2018")
    m = mail(GAO, "A16", dt(2026, 8, 18, 8, 40, 55), "金盛烘干商机申诉", text, table=rows, table_sep="  ")
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["lyst"], CLIENTS["jinsheng"], ["SJ20260817-0330"], "2026-08-17 14:20",
                            "2026-08-17 19:05", 3),
                   notes="QQ Mail gb18030 sent the next morning: lead id and times in a header-row table (HTML <th> "
                         "row; text/plain: header line + value line separated by two spaces); code 3 as '留错电话'; "
                         "'30吨', '5HG-15' and the partner's WeChat id are distractors; no attachment.")


def A17(r):
    text = (f"总部好，\n鲁工破碎（{CLIENTS['lugong']}）昨天下午四点推送的商机2608250088，客户今天上午九点才反馈："
            "需求者咨询的是劳务输送，要招二十个工人去工地干活，跟客户做的颚式破碎机、圆锥破碎机不是一个行业。"
            "虽然过了8小时，客户还是想申请一下。\n\n颜培培\n" + PARTNERS["lyst"])
    m = mail(YAN, "A17", dt(2026, 8, 26, 10, 15, 33), "鲁工破碎 商机申诉", text)
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["lyst"], CLIENTS["lugong"], ["2608250088"], "2026-08-25 16:00",
                            "2026-08-26 09:00", 4),
                   notes="Phone app raw 8-bit GBK: '昨天下午四点' and '今天上午九点' (Chinese numerals, relative days) "
                         "against Date 2026-08-26; objection 17 h after the push (outside 8 h, partner says so); code 4 "
                         "in the seed's own example (劳务输送); '二十个', '8小时' distractors.",
                   malformed=True)


def A18(r):
    text = ("总部您好，\n\n"
            f"{CLIENTS['wolong']}前天晚上7点40推的商机 XP-2608-0931，客户昨天上午10点打电话给我们，说需求者要的"
            "6205深沟球轴承数量只有50套，单子太小，而且对方压价压得很厉害，客户不想跟，要求这条不计入。\n\n"
            "我们跟客户解释了判定标准，客户还是坚持让我们提交，麻烦总部看一下。\n\n"
            f"陈思雨\n{PARTNERS['hjsl']} 客服部")
    m = mail(CHEN, "A18", dt(2026, 8, 28, 11, 20, 47), "卧龙轴承 商机XP-2608-0931 客户要求不计入", text)
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["hjsl"], CLIENTS["wolong"], ["XP-2608-0931"], "2026-08-26 19:40",
                            "2026-08-27 10:00", None),
                   notes="Apple Mail UTF-8 QP prose: '前天晚上7点40' / '昨天上午10点' against Date Fri 2026-08-28; the "
                         "reason (order too small, price pressure) matches no criterion -> reason_code null, missing "
                         "['reason_code']; '6205', '50套' distractors.")


def A19(r):
    sheet = [["商机申诉书", None], ["合作商", PARTNERS["ctyq"]], ["付费客户", CLIENTS["minxin"]],
             ["商机编号", "SJ20260827-0144"], ["推送时间", local(2026, 8, 27, 9, 5)],
             ["客户反馈时间", local(2026, 8, 27, 10, 50)], ["申诉理由", "第2条 需求者微信加不上"],
             ["情况说明", "需求者留微信号 stone_2088，客户搜索提示“用户不存在”，手机号 13860712295 也打不通"],
             ["申诉人", "林雅婷"]]
    data, ftext = xlsx_form([("申诉书", sheet)], "林雅婷")
    text = "总部好，\n\n闽鑫的申诉表和微信截图见附件。\n\n林雅婷\n刺桐云企"
    m = mail(LIN, "A19", dt(2026, 8, 27, 11, 30, 2), "闽鑫 商机申诉表", text,
             atts=[A("商机申诉表-闽鑫0827.xlsx", data, XLSX, XLSX, text=ftext),
                   A("微信搜索结果.png", png(r, title="Search"), "image/png", "image/png")])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["ctyq"], CLIENTS["minxin"], ["SJ20260827-0144"], "2026-08-27 09:05",
                            "2026-08-27 10:50", 2),
                   notes="WeCom UTF-8: all fields in a vertical label/value .xlsx form (declared with the real xlsx "
                         "type this time) with real date-time cells; code as '第2条'; WeChat id and mobile in the "
                         "sheet are distractors; PNG screenshot declared image/png.")


def A20(r):
    text = ("总部您好：\n\n以下是我们内部核对过的申诉内容（见下方思雨的邮件），请总部判定。\n\n"
            f"刘一鸣\n客服部 | {PARTNERS['hjsl']}\n\n"
            "发件人: 陈思雨 <chensiyu@hjshulian.com>\n发送时间: 2026年9月1日 15:52\n"
            "收件人: 刘一鸣 <liuyiming@hjshulian.com>\n主题: 汉鼎汽配 商机申诉草稿\n\n一鸣：\n\n"
            "汉鼎汽配今天的商机申诉内容如下，你核对一下发总部。\n\n"
            f"客户：{CLIENTS['handing']}\n商机编号：2609010072\n推送时间：9月1日 13:15\n客户反馈时间：9月1日 15:00\n"
            "申诉理由：所需产品与客户经营产品不一致\n"
            "说明：客户只做刹车盘和刹车鼓，需求者要买的是货车轮胎（12R22.5规格，40条）。\n\n思雨")
    m = mail(LIU, "A20", dt(2026, 9, 1, 16, 20, 15), "答复: 汉鼎汽配 商机申诉草稿", text,
             irt="<0000019a1c2e$5b7d3f10$12784b30$@hjshulian.com>",
             refs=["<0000019a1c2e$5b7d3f10$12784b30$@hjshulian.com>"], cc="chensiyu@hjshulian.com")
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["hjsl"], CLIENTS["handing"], ["2609010072"], "2026-09-01 13:15",
                            "2026-09-01 15:00", 5),
                   notes="Outlook '答复:' inside the partner's own internal thread (In-Reply-To/References at "
                         "@hjshulian.com, not @ptg139.com, no case tag) -> judged by content: an appeal; the fields "
                         "are in the quoted colleague mail (partner's own content); '12R22.5', '40条' distractors.")


def A21(r):
    text = ("总部老师好：\n\n"
            f"合作商：鸢都企服（{PARTNERS['ydqf']}）\n客户：{CLIENTS['huarui']}\n商机单号：SJ20260902-0075\n"
            "推送于：２０２６年９月２日　１１：２０\n反馈于：９月２日　１５：４５\n理由：需求者留的微信加不上（第2条）\n"
            "说明：需求者要一百五十千瓦的静音型发电机组，只留了微信号 hr_power150，客户加了两次都显示"
            "“对方设置了不能通过搜索添加”。截图附后。\n\n孙晓燕")
    m = mail(SUN, "A21", dt(2026, 9, 2, 16, 30, 21), "华瑞 商机不计入申请 SJ20260902-0075", text,
             atts=[A("微信搜索截图.jpg", jpeg(r, title="WeChat add"), "image/jpeg", "image/jpeg")])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["ydqf"], CLIENTS["huarui"], ["SJ20260902-0075"], "2026-09-02 11:20",
                            "2026-09-02 15:45", 2),
                   notes="163 webmail GBK: times in full-width digits with an ideographic space "
                         "('２０２６年９月２日　１１：２０', second one year-less); labels 商机单号/推送于/反馈于; "
                         "'一百五十千瓦' and WeChat id hr_power150 distractors; JPEG screenshot.")


def A22(r):
    text = ("总部老师：\n\n"
            f"合作商：{PARTNERS['ctyq']}\n客户：{CLIENTS['anda']}\n商机编号：SJ20260907-0021\n"
            "推送时间：今天 10:40\n客户异议：今天 13:55\n"
            "原因：同行恶意骚扰，对方是温州的鞋机厂，冒充鞋厂来要报价单和机器图纸\n证据：录音一段、聊天截图一张\n\n黄志强")
    m = mail(HUANG, "A22", dt(2026, 9, 7, 15, 12, 48), "安达鞋机 不计入申请（同行）", text,
             atts=[A("录音.aac", aac(r, 8), OCTET, "audio/aac"),
                   A("聊天截图.jpg", jpeg(r, title="Chat"), "image/jpeg", "image/jpeg")])
    return m, dict(kind="appeal",
                   fields=F(PARTNERS["ctyq"], CLIENTS["anda"], ["SJ20260907-0021"], "2026-09-07 10:40",
                            "2026-09-07 13:55", 1),
                   notes="QQ Mail gb18030: '今天 10:40' / '今天 13:55' resolved against Date; label 客户异议; code 1 "
                         "with an AAC recording declared application/octet-stream and a JPEG.")


# ===========================================================================
# ADJUSTMENTS (9)
# ===========================================================================
def D01(r):
    ids = ["31902215", "31902376", "31904108", "31905521", "31906643", "31907019", "31908832", "31909457",
           "31910264", "31911780"]
    notes_ = ["精准  连栋薄膜温室，已报价", "精准  日光温室骨架，在谈", "不精准  个人问阳台小花房",
              "精准  8米跨度玻璃温室，已约看现场", "不精准  要买温室用的种子和肥料", "精准  育苗温室，已报价",
              "不精准  问温室大棚出租", "精准  连栋温室湿帘风机系统", "精准  2亩智能温室，已签合同",
              "不精准  要大棚膜零售"]
    lines = "\n".join(f"{i + 1}. {x}  {n}" for i, (x, n) in enumerate(zip(ids, notes_, strict=False)))
    text = ("总部好：\n\n"
            f"合作商：{PARTNERS['ydqf']}\n客户：{CLIENTS['lvfeng']}\n本次反馈：最近10条商机\n\n{lines}\n\n"
            "调整建议：\n① 不做产品：种子化肥、大棚膜零售、温室出租\n② 关键词增加：连栋温室、智能温室、育苗温室\n"
            "③ 关键词删除：阳台花房、温室大棚出租\n④ 目标人群：农业合作社、种植企业，个人询盘尽量不要推\n\n王海涛")
    m = mail(WANG_HT, "D01", dt(2026, 8, 31, 10, 0, 37), "绿丰温室 10条商机反馈&调整", text)
    return m, dict(kind="adjustment",
                   fields=F(PARTNERS["ydqf"], CLIENTS["lvfeng"], ids, lead_count=10),
                   notes="126 webmail GBK: ten 8-digit ids one per line ('N. id  精准/不精准  comment'); numbering "
                         "'1.'..'10.', '8米', '2亩' and circled ①-④ are distractors.",
                   extra={"keywords_add": ["连栋温室", "智能温室", "育苗温室"], "keywords_remove": ["阳台花房", "温室大棚出租"],
                          "excluded_products": ["种子化肥", "大棚膜零售", "温室出租"], "audience": ["农业合作社", "种植企业"]})


def D02(r):
    rows = [["商机反馈表", None, None, None, None, None],
            ["合作商", PARTNERS["ctyq"], None, None, None, None],
            ["客户", CLIENTS["anda"], None, None, None, None],
            [None] * 6,
            ["序号", "商机编号", "推送日期", "需求产品", "是否精准", "客户反馈"],
            [1, "SJ20260803-0016", local(2026, 8, 3), "EVA注射机", "精准", "已报价"],
            [2, "SJ20260806-0092", local(2026, 8, 6), "二手鞋机", "不精准", "客户不做二手"],
            [3, "SJ20260810-0037", local(2026, 8, 10), "鞋底成型机", "精准", "已约看厂"],
            [4, "SJ20260813-0105", local(2026, 8, 13), "鞋材（PU革）", "不精准", "不做鞋材"],
            [5, "SJ20260817-0048", local(2026, 8, 17), "冷定型机", "精准", "已成交2台"]]
    data, ftext = xlsx_form([("反馈", rows)], "林雅婷")
    text = ("总部好，\n\n安达鞋机最近5条商机的客户反馈见附件，客户意见汇总：\n1. 关键词去掉“鞋材”“二手鞋机”；\n"
            "2. 增加“全自动鞋底成型机”“EVA注射机”；\n3. 客户不做鞋材和鞋厂代加工。\n\n"
            f"林雅婷\n{PARTNERS['ctyq']}")
    m = mail(LIN, "D02", dt(2026, 8, 19, 9, 45, 11), "安达鞋机 近5条商机客户反馈", text,
             atts=[A("安达鞋机商机反馈（5条）.xlsx", data, OCTET, XLSX, text=ftext)])
    return m, dict(kind="adjustment",
                   fields=F(PARTNERS["ctyq"], CLIENTS["anda"],
                            ["SJ20260803-0016", "SJ20260806-0092", "SJ20260810-0037", "SJ20260813-0105",
                             "SJ20260817-0048"], lead_count=5),
                   notes="WeCom UTF-8: the five ids and the client's full name only in the .xlsx (header-row table, "
                         "real date cells, declared application/octet-stream, full-width parentheses in the name); "
                         "'2台' distractor.",
                   extra={"keywords_add": ["全自动鞋底成型机", "EVA注射机"], "keywords_remove": ["鞋材", "二手鞋机"],
                          "excluded_products": ["鞋材", "鞋厂代加工"], "audience": []})


def D03(r):
    text = ("总部您好：\n\n"
            f"合作商：{PARTNERS['jjsx']}\n客户：{CLIENTS['yongchang']}\n\n"
            "永昌空压机最近10条商机客户都已跟进：精准6条，不精准4条（2条问二手空压机，1条问空压机维修保养，"
            "1条是个人问家用小气泵）。客户采购部刘䶮经理和我们一起看了关键词，调整如下：\n\n"
            "增加：永磁变频空压机、无油螺杆空压机\n去掉：二手空压机、空压机维修\n"
            "不做产品：二手设备、维修保养服务、家用小气泵\n"
            "话术要点：先问用气量（立方/分钟）和压力（公斤），再推荐37kW或75kW机型。\n\n郑喆")
    m = mail(ZHENG, "D03", dt(2026, 8, 25, 14, 33, 9), "永昌空压机 商机调整反馈（10条）", text)
    return m, dict(kind="adjustment",
                   fields=F(PARTNERS["jjsx"], CLIENTS["yongchang"], [], lead_count=10),
                   notes="Foxmail gb2312-labelled: count only ('最近10条', no ids) -> lead_count 10, lead_ids []; "
                         "body holds 䶮 (GB18030 0xFE9F, not GBK) and 喆; 6/4/2/1 and 37kW/75kW distractors.",
                   extra={"keywords_add": ["永磁变频空压机", "无油螺杆空压机"], "keywords_remove": ["二手空压机", "空压机维修"],
                          "excluded_products": ["二手设备", "维修保养服务", "家用小气泵"], "audience": []})


def D04(r):
    rows = [["商机编号", "是否精准", "客户反馈"],
            ["SJ20260810-0064", "精准", "VMC850加工中心，已报价"],
            ["SJ20260813-0021", "精准", "数控车床CK6150，在谈"],
            ["SJ20260818-0117", "不精准", "要二手加工中心"],
            ["SJ20260821-0009", "精准", "龙门加工中心，已约看厂"],
            ["SJ20260825-0142", "不精准", "问机床维修"]]
    text = ("总部您好：\n\n"
            f"合作商：{PARTNERS['cst']}\n合作单位：{CLIENTS['mingyue']}\n\n铭越数控近5条商机反馈如下：\n\n{{TABLE}}\n\n"
            "调整建议：\n1. 新增关键词：立式加工中心、龙门加工中心\n2. 删除关键词：二手机床、机床维修\n3. 目标人群：工厂、企业\n\n"
            f"何嘉琪\n客服部 | {PARTNERS['cst']}")
    m = mail(HE, "D04", dt(2026, 8, 27, 10, 12, 50), "铭越数控 5条商机情况反馈及推广调整", text, table=rows)
    return m, dict(kind="adjustment",
                   fields=F(PARTNERS["cst"], CLIENTS["mingyue"], [x[0] for x in rows[1:]], lead_count=5),
                   notes="Outlook gb2312: five ids in a Word-HTML header-row table (text/plain: tab-separated rows); "
                         "'VMC850', 'CK6150' are model numbers, not ids.",
                   extra={"keywords_add": ["立式加工中心", "龙门加工中心"], "keywords_remove": ["二手机床", "机床维修"],
                          "excluded_products": [], "audience": ["工厂", "企业"]})


def D05(r):
    ids = ["2608070015", "2608140203", "2608190077", "2608260131", "2609010018"]
    text = ("总部老师好：\n\n"
            f"{CLIENTS['hengtai']}合同一百五十条，目前推了38条。最近这5条（{'、'.join(ids)}）客户反馈3条精准、2条不精准，"
            "不精准的都是问铝门窗和铝型材成品的。\n\n建议：\n一、不做产品：铝门窗成品、铝型材现货\n"
            "二、关键词减少“铝型材”这种宽泛的词，增加“铝型材挤压机”“铝棒加热炉”“挤压模具加热炉”\n三、目标人群只推工厂\n\n"
            f"冯子健\n{PARTNERS['cst']}")
    m = mail(FENG, "D05", dt(2026, 9, 3, 10, 26, 14), "恒泰铝型材 推广调整建议", text)
    return m, dict(kind="adjustment",
                   fields=F(PARTNERS["cst"], CLIENTS["hengtai"], ids, lead_count=5),
                   notes="163 webmail GBK: five 10-digit ids joined by '、' inside one parenthesis; '合同一百五十条，"
                         "目前推了38条' looks like summary data but quota/pushed_count stay null for an adjustment.",
                   extra={"keywords_add": ["铝型材挤压机", "铝棒加热炉", "挤压模具加热炉"], "keywords_remove": ["铝型材"],
                          "excluded_products": ["铝门窗成品", "铝型材现货"], "audience": ["工厂"]})


def D06(r):
    ids = ["XP-2608-0602", "XP-2608-0615", "XP-2608-0633", "XP-2608-0650", "XP-2608-0671", "XP-2608-0688",
           "XP-2608-0702", "XP-2608-0719", "XP-2608-0740", "XP-2608-0758"]
    text = ("总部好，\n\n"
            f"卧龙轴承第二批10条商机（{'，'.join(ids)}）客户都跟进了，精准7条，不精准3条。不精准的三条：一条要汽车轮毂"
            "轴承总成（客户不做总成），一条是个人问自行车轴承，一条是要进口SKF品牌的贸易商。\n\n建议：\n"
            "- 不做产品：轮毂轴承总成、进口品牌轴承\n- 新增关键词：圆锥滚子轴承、调心滚子轴承\n"
            "- 目标人群：主机厂、设备厂，个人不推\n\n"
            f"陈思雨\n{PARTNERS['hjsl']} 客服部")
    m = mail(CHEN, "D06", dt(2026, 9, 4, 17, 5, 26), "卧龙轴承第二批10条商机反馈", text)
    return m, dict(kind="adjustment",
                   fields=F(PARTNERS["hjsl"], "卧龙轴承", ids, lead_count=10),
                   notes="Apple Mail UTF-8 QP: ten XP- ids joined by full-width commas in one sentence; the client is "
                         "only ever written as '卧龙轴承' (so that is its fullest form); '第二批', 7/3 distractors.",
                   extra={"keywords_add": ["圆锥滚子轴承", "调心滚子轴承"], "keywords_remove": [],
                          "excluded_products": ["轮毂轴承总成", "进口品牌轴承"], "audience": ["主机厂", "设备厂"]})


def D07(r):
    text = (f"总部你好，{CLIENTS['pengxiang']}这五条商机客户都回访了，精准三条，另外两条一个要二手装载机，一个问挖掘机租赁。"
            "客户意见：关键词删掉“二手装载机”“工程机械租赁”，不做二手和租赁，其他不变。\n"
            f"{PARTNERS['hcsw']} 覃文")
    m = mail(QIN, "D07", dt(2026, 8, 21, 19, 48, 10), "鹏翔商机调整", text)
    return m, dict(kind="adjustment",
                   fields=F(PARTNERS["hcsw"], CLIENTS["pengxiang"], [], lead_count=5),
                   notes="Phone app raw 8-bit GBK headers/body: the count only as a Chinese numeral ('这五条') -> "
                         "lead_count 5; '三条', '两条' distractors.",
                   malformed=True,
                   extra={"keywords_add": [], "keywords_remove": ["二手装载机", "工程机械租赁"],
                          "excluded_products": ["二手", "租赁"], "audience": []})


def D08(r):
    ids = ["SJ20260818-0090", "SJ20260824-0033", "SJ20260828-0107", "SJ20260901-0012", "SJ20260904-0066"]
    text = ("总部好：\n客户：芜湖瑞丰环保设备有限公司\n最近5条商机反馈：\n"
            f"{ids[0]} 精准\n{ids[1]} 精准\n{ids[2]} 不精准（问家用净水器）\n{ids[3]} 精准\n"
            f"{ids[4]} 不精准（要污水处理运营服务）\n"
            "建议不做产品：家用净水器、污水运营服务；新增关键词：一体化污水处理设备、RTO废气焚烧炉\n\n方敏\n\n发自我的iPhone")
    m = mail(FANG, "D08", dt(2026, 9, 8, 12, 10, 40), "瑞丰环保 5条商机反馈", text)
    return m, dict(kind="adjustment",
                   fields=F(None, CLIENTS["ruifeng"], ids, lead_count=5),
                   notes="iPhone Mail UTF-8 QP text only: no partner company anywhere (signature is a bare name; "
                         "the sender domain does not count) -> missing ['partner']; ids one per line.",
                   extra={"keywords_add": ["一体化污水处理设备", "RTO废气焚烧炉"], "keywords_remove": [],
                          "excluded_products": ["家用净水器", "污水运营服务"], "audience": []})


def D09(r):
    ids = ["2608120045", "2608150112", "2608170009", "2608200231", "2608220087", "2608250019", "2608260140",
           "2608290063", "2609010105", "2609030028"]
    need = ["PE600×900颚式破碎机", "制砂机", "破碎机锤头", "移动破碎站", "圆锥破碎机", "颚板", "反击式破碎机",
            "制砂生产线", "二手破碎机", "移动破碎站"]
    ok = ["精准", "精准", "不精准", "精准", "精准", "不精准", "精准", "精准", "不精准", "精准"]
    rows = [["商机反馈表（10条）", None, None, None, None],
            ["合作商", PARTNERS["lyst"], None, None, None],
            ["客户", CLIENTS["lugong"], None, None, None],
            ["序号", "商机编号", "推送日期", "需求", "是否精准"]]
    for i, x in enumerate(ids):
        rows.append([i + 1, x, local(2026, int(x[2:4]), int(x[4:6])), need[i], ok[i]])
    data, ftext = xlsx_form([("Sheet1", rows)], "高峰")
    text = ("总部好：\n\n"
            f"合作商：{PARTNERS['lyst']}\n客户：鲁工破碎\n\n最近10条商机的客户反馈表见附件，主要建议：\n"
            "1. 增加关键词：移动破碎站、制砂机\n2. 删除关键词：破碎机配件\n3. 不做产品：锤头、颚板等易损件\n\n"
            "高峰\n琅琊商通\n微信：gaofeng_ly2018")
    m = mail(GAO, "D09", dt(2026, 9, 9, 9, 20, 33), "鲁工破碎10条商机反馈表", text,
             atts=[A("鲁工破碎商机反馈表.xlsx", data, OCTET, XLSX, text=ftext)])
    return m, dict(kind="adjustment",
                   fields=F(PARTNERS["lyst"], CLIENTS["lugong"], ids, lead_count=10),
                   notes="QQ Mail gb18030: body gives the short client name; the .xlsx (application/octet-stream) "
                         "has the full name and ten 10-digit ids in a header-row table; 'PE600×900' distractor.",
                   extra={"keywords_add": ["移动破碎站", "制砂机"], "keywords_remove": ["破碎机配件"],
                          "excluded_products": ["锤头", "颚板"], "audience": []})


# ===========================================================================
# SUMMARIES (8)
# ===========================================================================
def S01(r):
    text = ("总部您好：\n\n汉鼎汽配的商机推送量已超过合同的60%，汇总反馈如下：\n\n"
            f"合作商：{PARTNERS['hjsl']}\n合作单位：{CLIENTS['handing']}\n合同商机：150条\n已推送：92条\n"
            "服务期：2026.3.1-2027.2.28\n\n一、客户情况分析\n1. 92条中客户认为精准的约60条，成交11单，以刹车盘、刹车鼓为主；\n"
            "2. 不精准的主要是问轮胎和汽车美容的。\n\n二、建议解决方案\n1. 剩余58条继续以华中、西南的汽配厂和物流车队为主；\n"
            "2. 客户续费意向较强，希望续费合同提高到200条。\n\n"
            f"刘一鸣\n客服部 | {PARTNERS['hjsl']}")
    logo = A("image001.png", logo_png(r), "image/png", "image/png", inline=True, style="outlook_inline",
             cid="image001.png@01DC40E1.7B3A2C50")
    m = mail(LIU, "S01", dt(2026, 9, 10, 10, 40, 18), f"商机汇总反馈-{CLIENTS['handing']}（已推送超60%）", text,
             atts=[logo])
    return m, dict(kind="summary",
                   fields=F(PARTNERS["hjsl"], CLIENTS["handing"], quota=150, pushed_count=92, start="2026-03-01",
                            end="2027-02-28"),
                   notes="Outlook gb2312 with multipart/related: the signature logo image001.png (inline, Content-ID) "
                         "is an attachment with role screenshot; period '2026.3.1-2027.2.28'; 61.3 % of leads, time "
                         "53 %; '约60条', '11单', '58条', '200条' distractors.",
                   extra={"trigger": "lead_60", "renewal_intent": True})


def S02(r):
    text = ("总部老师好：\n\n"
            f"合作商：{PARTNERS['ydqf']}\n付费客户：{CLIENTS['huarui']}\n合同商机：一百五十条\n已推送：八十六条\n"
            "服务期：2025年11月16日至2026年11月15日\n\n"
            "服务期已过七成多，商机才推了一半多一点。客户反映夏季询盘偏少，大功率机组（800kW以上）的询盘质量不错，已成交4台。\n\n"
            "建议：剩余六十四条多推大功率和静音型机组；客户续费要看年底前的成交情况再定。\n\n孙晓燕\n鸢都企服")
    m = mail(SUN, "S02", dt(2026, 8, 18, 15, 5, 56), "华瑞发电机组 服务期过七成 汇总反馈", text)
    return m, dict(kind="summary",
                   fields=F(PARTNERS["ydqf"], CLIENTS["huarui"], quota=150, pushed_count=86, start="2025-11-16",
                            end="2026-11-15"),
                   notes="163 webmail GBK: quota and pushed count in Chinese numerals (一百五十条 / 八十六条); period "
                         "'2025年11月16日至2026年11月15日'; 70 % time trigger (75 % elapsed, leads 57 %); '六十四条', "
                         "'800kW', '4台' distractors; renewal undecided.",
                   extra={"trigger": "time_70", "renewal_intent": None})


def S03(r):
    text = ("总部您好，\n\n"
            f"合作商：{PARTNERS['jjsx']}\n付费客户：{CLIENTS['jingsu']}\n推送情况：已推送75条/合同120条\n"
            "服务期：20260301-20270228\n\n"
            "客户情况：75条里精准的有52条左右，汽车保险杠模具和家电外壳模具的询盘最好，已经成交7套模具。不精准的多数是问"
            "注塑加工和模具维修。\n解决方案：后续重点推汽车内外饰模具；客户有续费意向，想把合同量加到一百八十条。\n\n"
            "王镕\n椒江商信 客服部")
    m = mail(WANG_R, "S03", dt(2026, 9, 14, 16, 22, 3), "精塑模具 商机汇总反馈（推送过60%）", text)
    return m, dict(kind="summary",
                   fields=F(PARTNERS["jjsx"], CLIENTS["jingsu"], quota=120, pushed_count=75, start="2026-03-01",
                            end="2027-02-28"),
                   notes="Foxmail gb2312-labelled (镕): '已推送75条/合同120条'; compact period '20260301-20270228'; "
                         "lead 60 % trigger; '52条', '7套', '一百八十条' distractors.",
                   extra={"trigger": "lead_60", "renewal_intent": True})


def S04(r):
    text = ("总部老师好，\n\n桂中起重推送量和服务期都过了节点，汇总如下：\n\n"
            f"合作商：{PARTNERS['hcsw']}\n客户：{CLIENTS['guizhong']}\n合同商机数：200\n已推送：141（70.5%）\n"
            "服务期：自2025年12月1日起至2026年11月30日止（已过约79%）\n\n"
            "客户情况分析：桥式起重机和电动葫芦的询盘精准，已成交13台；门式起重机询盘偏少。\n"
            "建议：剩余59条偏向门式起重机和港口起重设备。客户续费意向比较明确，续费合同扫描件附后供参考。\n\n"
            "韦丽娟\n壶城商务 客服部")
    p = pdf(["RENEWAL CONTRACT (SCAN)", "Contract No. HC-GZ-2026-0915", "Party A: Liuzhou Guizhong Lifting",
             "Party B: Liuzhou Hucheng Business Services", "Leads: 240   Term: 12 months", "Signature: ________"], 2)
    m = mail(WEI, "S04", dt(2026, 9, 15, 11, 5, 40), "桂中起重 商机汇总反馈", text,
             atts=[A("续费合同扫描件.pdf", p, OCTET, "application/pdf")])
    return m, dict(kind="summary",
                   fields=F(PARTNERS["hcsw"], CLIENTS["guizhong"], quota=200, pushed_count=141, start="2025-12-01",
                            end="2026-11-30"),
                   notes="WeCom UTF-8: bare numbers '合同商机数：200' / '已推送：141（70.5%）'; period '自…起至…止'; both "
                         "triggers; a PDF (declared application/octet-stream, role form) whose 240/12 are the renewal "
                         "offer, not the current contract; '13台', '59条', '79%' distractors.",
                   extra={"trigger": "both", "renewal_intent": True})


def S05(r):
    text = ("总部好，\n\n"
            f"{CLIENTS['shengda']}的服务期是从今年3月15日开始，到明年3月14日结束，合同保底100条商机，目前已经推送了61条，"
            "过了60%，按流程做个汇总反馈。\n\n客户情况：皮带输送机和螺旋输送机的询盘最多，成交了5单；斗式提升机的询盘"
            "基本都是问小型号的，客户兴趣不大。\n\n建议：后面多推大倾角皮带输送机和管状带式输送机，这两个客户利润高。"
            "续费的事客户说等年底看效果再谈。\n\n"
            f"汪思远\n{PARTNERS['jcqf']}")
    m = mail(WANG_SY, "S05", dt(2026, 9, 16, 15, 48, 29), "晟达输送 汇总反馈", text)
    return m, dict(kind="summary",
                   fields=F(PARTNERS["jcqf"], CLIENTS["shengda"], quota=100, pushed_count=61, start="2026-03-15",
                            end="2027-03-14"),
                   notes="Apple Mail UTF-8 QP prose: period as '今年3月15日…明年3月14日' (years from the Date header); "
                         "'合同保底100条', '推送了61条'; '5单' distractor; renewal undecided.",
                   extra={"trigger": "lead_60", "renewal_intent": None})


def S06(r):
    rows = [["合作商", "付费客户", "合同商机数", "已推送", "服务开始", "服务结束"],
            [PARTNERS["lyst"], CLIENTS["jinsheng"], "180", "110", "2025/10/08", "2026/10/07"]]
    text = ("总部好：\n\n金盛烘干商机数量和服务期都过了节点，汇总反馈如下。\n\n{TABLE}\n\n"
            "客户情况分析：粮食烘干机询盘多，秋收前是旺季，已成交6台（日处理30吨以上）。\n"
            "建议解决方案：剩余70条集中在秋收前推送；客户愿意续费，希望明年服务期从9月开始。\n\n高峰\n琅琊商通")
    m = mail(GAO, "S06", dt(2026, 9, 8, 14, 16, 7), "金盛烘干 商机汇总反馈", text, table=rows)
    return m, dict(kind="summary",
                   fields=F(PARTNERS["lyst"], CLIENTS["jinsheng"], quota=180, pushed_count=110, start="2025-10-08",
                            end="2026-10-07"),
                   notes="QQ Mail gb18030: every field in one header-row HTML table (text/plain: tab-separated header "
                         "and value lines); dates 'YYYY/MM/DD'; both triggers (61 % leads, 92 % time); '6台', '30吨', "
                         "'70条', '9月' distractors.",
                   extra={"trigger": "both", "renewal_intent": True})


def S07(r):
    text = (f"总部好，{CLIENTS['lugong']}已推送66条，合同100条，过了60%。客户反馈颚式破碎机询盘很精准，圆锥破碎机少，"
            f"已成交3台。建议后面多推圆锥破碎机和移动破碎站。客户有意向续费。\n颜培培 {PARTNERS['lyst']}")
    m = mail(YAN, "S07", dt(2026, 9, 11, 20, 12, 45), "鲁工破碎汇总反馈", text)
    return m, dict(kind="summary",
                   fields=F(PARTNERS["lyst"], CLIENTS["lugong"], quota=100, pushed_count=66),
                   notes="Phone app raw 8-bit GBK: no service period at all -> missing service_start and "
                         "service_end; '已推送66条，合同100条'; '3台' distractor.",
                   malformed=True,
                   extra={"trigger": "lead_60", "renewal_intent": True})


def S08(r):
    text = ("总部好：\n合作商：芜湖江城企服信息科技有限公司\n客户：芜湖瑞丰环保设备有限公司\n推送进度：55/80\n"
            "服务期：2026年1月1日—2026年12月31日\n"
            "情况：一体化污水处理设备询盘精准，RTO询盘少；客户明年预算收缩，明确表示到期后不续费了。\n"
            "建议：剩余25条集中推一体化污水处理设备，争取多成交几单，为以后再合作留余地。\n\n方敏\n\n发自我的iPhone")
    m = mail(FANG, "S08", dt(2026, 9, 17, 9, 2, 51), "瑞丰环保商机汇总反馈", text)
    return m, dict(kind="summary",
                   fields=F(PARTNERS["jcqf"], CLIENTS["ruifeng"], quota=80, pushed_count=55, start="2026-01-01",
                            end="2026-12-31"),
                   notes="iPhone Mail UTF-8 QP: '推送进度：55/80' without 条 or %; period joined by an em dash; both "
                         "triggers (69 % leads, 71 % time); renewal explicitly declined; '25条' distractor.",
                   extra={"trigger": "both", "renewal_intent": False})


# ===========================================================================
# REPLIES (8)
# ===========================================================================
def R01(r):
    text = ("总部好，\n\n补充客户的通话录音，请查收。\n\n黄志强\n\n"
            "------------------ 原始邮件 ------------------\n发件人: \"总部商机服务\"<dor@ptg139.com>;\n"
            "发送时间: 2026年8月12日(星期三) 上午9:05\n收件人: \"黄志强\"<2851736094@qq.com>;\n"
            "主题: [DOR#SS-2026-000512] 请补充证据：商机申诉\n\n黄志强 您好：\n\n"
            "您提交的商机申诉（案件号 SS-2026-000512）已受理：\n"
            f"合作商：{PARTNERS['ctyq']}\n付费客户：{CLIENTS['anda']}\n商机编号：SJ20260811-0071\n"
            "推送时间：2026-08-11 09:10\n客户反馈时间：2026-08-11 14:30\n申诉理由：同行恶意骚扰（判定标准第1条）\n\n"
            "按判定标准，第1条需提供截图或录音，请回复本邮件补充证据。处理时限暂停，收到证据后继续计算。\n\n" + HQ_SIG)
    m = mail(HUANG, "R01", dt(2026, 8, 12, 10, 21, 33), "回复：[DOR#SS-2026-000512] 请补充证据：商机申诉", text,
             irt="<ask.SS-2026-000512@ptg139.com>", refs=["<ask.SS-2026-000512@ptg139.com>"],
             atts=[A("通话录音0811.amr", amr(r, 10), OCTET, "audio/amr")])
    return m, dict(kind="reply", fields=NULL_FIELDS, thread_case_ref="SS-2026-000512",
                   notes="QQ Mail '回复：' with [DOR#SS-2026-000512] and In-Reply-To <ask.…@ptg139.com>: adds an AMR "
                         "recording (application/octet-stream); the quoted HQ request below '原始邮件' lists partner, "
                         "client, lead id, times and code - all ignored, fields null.")


def R02(r):
    text = ("总部您好：\n\n收到，谢谢。客户问大概什么时候能出结果？\n\n刘一鸣\n客服部\n\n"
            "发件人: 总部商机服务 <dor@ptg139.com>\n发送时间: 2026年8月24日 9:02\n收件人: 刘一鸣 <liuyiming@hjshulian.com>\n"
            "主题: 【DOR#SS-2026-000518】商机申诉已受理\n\n刘一鸣 您好：\n\n总部已收到您提交的商机申诉，登记信息如下：\n"
            f"合作商：{PARTNERS['hjsl']}\n付费客户：{CLIENTS['handing']}\n商机编号：2608240056\n"
            "推送时间：2026-08-24 08:15\n客户反馈时间：2026-08-24 08:50\n申诉理由：判定标准第5条\n\n"
            "总部将在48个工作小时内给出判定结果。\n\n" + HQ_SIG)
    m = mail(LIU, "R02", dt(2026, 8, 24, 9, 15, 7), "答复: 【DOR#SS-2026-000518】商机申诉已受理", text,
             irt="<ack.SS-2026-000518@ptg139.com>", refs=["<ack.SS-2026-000518@ptg139.com>"])
    return m, dict(kind="reply", fields=NULL_FIELDS, thread_case_ref="SS-2026-000518",
                   notes="Outlook '答复:' with the tag in full-width 【】 brackets (case_ref SS-2026-000518); a question "
                         "only; the quoted acknowledgement (Outlook 发件人/发送时间 header block) carries every appeal "
                         "field - ignored.")


def R03(r):
    text = ("好的，收到，已转告客户。\n\n郑喆\n\n\n"
            "发件人： 总部商机服务\n发送时间： 2026-08-26 15:10\n收件人： 郑喆\n主题： [DOR#SS-2026-000523] 商机调整已完成\n"
            "郑喆 您好：\n"
            f"{CLIENTS['yongchang']}的推广已按您8月25日的建议调整（最近10条商机反馈）：\n"
            "新增关键词：永磁变频空压机、无油螺杆空压机；删除关键词：二手空压机、空压机维修；不做产品已登记。\n\n" + HQ_SIG)
    m = mail(ZHENG, "R03", dt(2026, 8, 26, 16, 40, 38),
             "回复：［ＤＯＲ＃ＳＳ－２０２６－０００５２３］商机调整已完成", text)
    return m, dict(kind="reply", fields=NULL_FIELDS, thread_case_ref=None,
                   notes="Foxmail: the whole case tag in full-width ASCII (［ＤＯＲ＃ＳＳ－２０２６－０００５２３］ -> NFKC "
                         "[DOR#SS-2026-000523]); no In-Reply-To/References; quoted HQ confirmation names the client "
                         "and keywords - ignored.")


def R04(r):
    text = ("总部老师好：\n\n补充一下：商机编号是SJ20260820-0133，推送时间是8月20日上午10:40。\n\n孙晓燕\n\n"
            "在 2026-08-21 09:30:12，\"总部商机服务\" <dor@ptg139.com> 写道：\n>孙晓燕 您好：\n>\n"
            ">您提交的商机申诉（案件号 SS-2026-000527）缺少以下信息：商机编号、推送时间。\n"
            f">已登记：合作商 {PARTNERS['ydqf']}；付费客户 {CLIENTS['huarui']}；客户反馈时间 2026-08-20 16:05。\n"
            ">请回复本邮件补充，谢谢。\n>\n>总部商机服务")
    m = mail(SUN, "R04", dt(2026, 8, 21, 11, 2, 44), "Re:DOR#SS-2026-000527 请补充商机信息", text,
             irt="<ask.SS-2026-000527@ptg139.com>", refs=["<ask.SS-2026-000527@ptg139.com>"])
    return m, dict(kind="reply",
                   fields=F(lead_ids=["SJ20260820-0133"], pushed="2026-08-20 10:40"),
                   thread_case_ref="SS-2026-000527",
                   notes="163 webmail: tag without brackets ('Re:DOR#SS-2026-000527'); the reply's own text newly "
                         "supplies the lead id and push time (those two fields are set); partner, client and "
                         "feedback time appear only in the '>' quoted HQ request - not read.")


def R05(r):
    text = ("总部老师好，\n\n收到，续费方案出来请先发我，客户下周二在厂里，我约他当面谈。\n\n韦丽娟\n\n\n"
            "原始邮件\n\n发件人：总部商机服务 <dor@ptg139.com>\n发件时间：2026年9月15日 15:20\n"
            "收件人：韦丽娟 <weilijuan@huchengsw.com>\n主题：商机汇总反馈已受理-柳州桂中起重设备制造有限公司\n\n"
            "韦丽娟 您好：\n\n总部已收到您提交的商机汇总反馈，案件号 SS-2026-000530，登记信息如下：\n"
            f"合作商：{PARTNERS['hcsw']}\n付费客户：{CLIENTS['guizhong']}\n合同商机：200条；已推送：141条\n"
            "服务期：2025-12-01 至 2026-11-30\n\n总部将在5个工作日内与您沟通续费方案。\n\n" + HQ_SIG)
    m = mail(WEI, "R05", dt(2026, 9, 16, 10, 8, 55), f"回复：商机汇总反馈已受理-{CLIENTS['guizhong']}", text,
             irt="<ack.SS-2026-000530@ptg139.com>",
             refs=["<tencent_5C0E1A9B7F3D4E2A8C6B0D1F9E7A5C3B2D10@exmail.qq.com>", "<ack.SS-2026-000530@ptg139.com>"])
    return m, dict(kind="reply", fields=NULL_FIELDS, thread_case_ref="SS-2026-000530",
                   notes="WeCom '回复：' without a case tag (case_ref null); thread only via In-Reply-To/References "
                         "<ack.SS-2026-000530@ptg139.com>; HQ subject names the client and the quoted ack lists quota, "
                         "pushed count and period - all ignored.")


def R06(r):
    text = ("总部好，客户对这个判定结果不太认可，想问一下有没有复核的流程？\n\n发自我的iPhone\n\n"
            "> 在 2026年8月25日，17:02，总部商机服务 <dor@ptg139.com> 写道：\n> \n> 方敏 您好：\n> \n"
            f"> 贵司为{CLIENTS['ruifeng']}提交的商机申诉（商机编号 SJ20260820-0047）经核实：需求者微信已于8月21日通过"
            "好友申请，判定为计入（判定标准第2条不成立）。\n> \n> 总部商机服务")
    m = mail(FANG, "R06", dt(2026, 8, 25, 18, 30, 12), "Re: [DOR#SS-2026-000534] 商机申诉判定结果", text,
             irt="<verdict.SS-2026-000534@ptg139.com>", refs=["<verdict.SS-2026-000534@ptg139.com>"])
    return m, dict(kind="reply", fields=NULL_FIELDS, thread_case_ref="SS-2026-000534",
                   notes="iPhone Mail UTF-8 QP 'Re: [DOR#SS-2026-000534]': asks about a review of the verdict; the "
                         "'>' quoted verdict names client and lead id - ignored.")


def R07(r):
    text = ("总部好，补充需求者的聊天截图，对方自己说是做物流的。\n覃文\n\n"
            "-------- 原始邮件 --------\n发件人：总部商机服务 <dor@ptg139.com>\n日期：2026年8月18日周二 下午4:10\n"
            "收件人：覃文 <qinwen@huchengsw.com>\n主题：[DOR#SS-2026-000541] 请补充证据\n\n"
            f"您好，{CLIENTS['guizhong']}商机 SJ20260818-0203 的申诉已受理，如有聊天记录请补充。\n总部商机服务")
    m = mail(QIN, "R07", dt(2026, 8, 19, 8, 55, 40), "回复: [DOR#SS-2026-000541] 请补充证据", text,
             irt="<ask.SS-2026-000541@ptg139.com>", refs=["<ask.SS-2026-000541@ptg139.com>"],
             atts=[A("需求者聊天记录.png", png(r, title="Chat"), "image/png", "image/png")])
    return m, dict(kind="reply", fields=NULL_FIELDS, thread_case_ref="SS-2026-000541",
                   notes="Phone app: raw 8-bit GBK subject with the tag, raw 8-bit GBK file name '需求者聊天记录.png' "
                         "in name=/filename= (malformed); adds a screenshot only; quoted HQ request ignored.",
                   malformed=True)


def R08(r):
    text = ("收到，已经跟客户沟通了，客户接受。谢谢总部！\n\n汪思远\n\n"
            "> 2026年8月12日 17:30，总部商机服务 <dor@ptg139.com> 写道：\n> \n> 汪思远 您好：\n> \n"
            f"> {CLIENTS['shengda']}商机 SJ20260805-0112 判定结果：不计入（判定标准第2条：需求者微信无法添加，经核实属实）。"
            "\n> 该条已从合同商机数中扣除。\n> \n> 总部商机服务")
    m = mail(WANG_SY, "R08", dt(2026, 8, 13, 10, 44, 19), "Re: 商机判定结果通知", text,
             irt="<verdict.SS-2026-000545@ptg139.com>", refs=["<verdict.SS-2026-000545@ptg139.com>"])
    return m, dict(kind="reply", fields=NULL_FIELDS, thread_case_ref="SS-2026-000545",
                   notes="Apple Mail 'Re:' with no tag (case_ref null); In-Reply-To <verdict.SS-2026-000545@ptg139.com> "
                         "makes it a reply; quoted verdict ignored.")


# ===========================================================================
# AUTO (7) — several need hand-made bytes
# ===========================================================================
def U01(r):
    text = ("您好，我最近正在休假中，无法亲自回复您的邮件。我将在休假结束后，尽快给您回复。\n"
            "紧急事务请联系琅琊商通客服 0539-8126655。")
    m = mail(GAO, "U01", dt(2026, 9, 10, 9, 12, 4), "自动回复: [DOR#SS-2026-000550] 请补充信息：商机汇总反馈", text,
             extra_headers=["Auto-Submitted: auto-replied", "X-QQ-Autoreply: 1"])
    return m, dict(kind="auto", fields=NULL_FIELDS, thread_case_ref=None,
                   notes="QQ Mail holiday auto-reply '自动回复: ' with Auto-Submitted: auto-replied and the case tag "
                         "in the subject (case_ref set, no In-Reply-To); names the partner and a phone - still auto.")


def U02_bytes(r):
    d = dt(2026, 8, 28, 9, 0, 41)
    mid = f"<{hexs(r, 8, False)}{hexs(r, 24, False)}@HK2PR06MB{digits(r, 4)}.apcprd06.prod.outlook.com>"
    body = ("您好，我8月28日至9月1日休年假，期间邮件回复不及时。商机申诉相关事务请联系冯子健（fzj_cst@163.com，"
            "电话0757-83367216）。\n\n何嘉琪\n" + PARTNERS["cst"])
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div>" + \
           body.replace("\n", "<br>") + "</div></body></html>"
    tp = P(["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: base64"],
           b64(crlf(body).encode()) + CRLF)
    hp = P(["Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: base64"],
           b64(crlf(html).encode()) + CRLF)
    top = multipart("alternative", f"_000_{hexs(r, 32, False)}_", [tp, hp], preamble=None)
    m = Mail("U02", "outlook", d, "何嘉琪", "hejiaqi@chanshangtong.com", None, "", rng=r)
    hs = received(m, "mail-hk2apc01on2107.outbound.protection.outlook.com", "40.107.215.107") + [
        addr_hdr("From", "何嘉琪", "hejiaqi@chanshangtong.com", "utf-8", "utf-8", quoted=False),
        f"To: {ew_one('总部商机服务', 'utf-8', 'utf-8')} <dor@ptg139.com>",
        f"Subject: Automatic reply: [DOR#SS-2026-000556] {ew_one('商机申诉已受理', 'utf-8', 'utf-8')}",
        f"Thread-Topic: [DOR#SS-2026-000556] {ew_one('商机申诉已受理', 'utf-8', 'utf-8')}",
        f"Thread-Index: A{alnum(r, 27)}==", f"Date: {rfcdate(d)}", f"Message-ID: {mid}",
        "References: <ack.SS-2026-000556@ptg139.com>", "In-Reply-To: <ack.SS-2026-000556@ptg139.com>",
        "Content-Language: zh-CN", "X-MS-Has-Attach:", "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: hejiaqi@chanshangtong.com", "X-MS-TNEF-Correlator:",
        "Auto-Submitted: auto-generated", "x-ms-exchange-parent-message-id: <ack.SS-2026-000556@ptg139.com>",
        "MIME-Version: 1.0"]
    return message(hs, top), mid


def U03_bytes(r):
    d = dt(2026, 8, 13, 17, 31, 2)
    host = "mail.jcqifu.cn"
    qid = f"4{alnum(r, 11)}"
    returned = crlf(
        "Return-Path: <dor@ptg139.com>\n"
        "Received: from app1.ptg139.com (app1.ptg139.com [10.20.0.11])\n"
        f"\tby mx1.ptg139.com (Postfix) with ESMTP id 7C1D2E0A4412\n\tfor <wangsy@jcqifu.cn>; {rfcdate(dt(2026, 8, 13, 17, 30, 58), cst=True)}\n"
        f"From: {ew_one('总部商机服务', 'utf-8', 'utf-8')} <dor@ptg139.com>\n"
        "To: wangsy@jcqifu.cn\n"
        f"Subject: {ew_one('[DOR#SS-2026-000545] 商机判定结果通知', 'utf-8', 'utf-8')}\n"
        f"Date: {rfcdate(dt(2026, 8, 13, 17, 30, 57))}\n"
        "Message-ID: <cc.SS-2026-000545@ptg139.com>\n"
        "Auto-Submitted: auto-generated\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n"
    ).encode() + b64(crlf("汪思远 您好：\n\n判定结果已抄送贵司备用邮箱。\n\n总部商机服务").encode()) + CRLF
    b = f"{qid}.{int(d.timestamp())}/{host}"
    notice = crlf(
        f"This is the mail system at host {host}.\n\nI'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail "
        "to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from "
        "the attached returned message.\n\n                   The mail system\n\n"
        f"<wangsy@jcqifu.cn>: host {host}[local] said: 550 5.1.1 <wangsy@jcqifu.cn>:\n"
        "    Recipient address rejected: User unknown in local recipient table\n").encode()
    status = crlf(
        f"Reporting-MTA: dns; {host}\nX-Postfix-Queue-ID: {qid}\nX-Postfix-Sender: rfc822; dor@ptg139.com\n"
        f"Arrival-Date: {rfcdate(dt(2026, 8, 13, 17, 30, 59))}\n\nFinal-Recipient: rfc822; wangsy@jcqifu.cn\n"
        "Original-Recipient: rfc822;wangsy@jcqifu.cn\nAction: failed\nStatus: 5.1.1\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <wangsy@jcqifu.cn>: Recipient address rejected:\n"
        "    User unknown in local recipient table\n").encode()
    parts = [P(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
             P(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
             P(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], returned)]
    top = multipart("report", b, parts, preamble="This is a MIME-encapsulated message.\r\n",
                    params=["report-type=delivery-status"])
    mid = f"<20260813093102.{qid}@{host}>"
    Mail("U03", "postfix", d, None, f"MAILER-DAEMON@{host}", None, "", rng=r)
    hs = ["Return-Path: <>", f"Delivered-To: {HQ}",
          f"Received: from {host} ({host} [{r.randint(39, 120)}.{r.randint(1, 250)}.{r.randint(1, 250)}.{r.randint(2, 250)}])",
          f"\tby mx1.ptg139.com (Postfix) with ESMTPS id 4{alnum(r, 12)}",
          f"\tfor <{HQ}>; {rfcdate(d, cst=True)}",
          f"Received: by {host} (Postfix)", f"\tid {qid}; {rfcdate(d, cst=True)}",
          f"Date: {rfcdate(d)}", f"From: MAILER-DAEMON@{host} (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender", f"To: {HQ}", "Auto-Submitted: auto-replied",
          "MIME-Version: 1.0"]
    return message(hs, P(top.headers + ["Content-Transfer-Encoding: 8bit", f"Message-Id: {mid}"], top.body)), mid


def U04_bytes(r):
    d = dt(2026, 9, 1, 11, 4, 19)
    text = ("很抱歉您的邮件没有发送成功。\n\n收件人：wanghaitao_wf1@126.com\n退信原因：收件人邮箱地址不存在（550 User not found）\n"
            "建议：请检查收件人地址是否正确。\n\n"
            "以下是原邮件的信头：")
    hdrs = crlf("Received: from app1.ptg139.com (unknown [203.0.113.25])\n\tby mx.126.com (Coremail) with SMTP id "
                "gDB1a2b3c4d5e6;\n\tTue, 01 Sep 2026 11:04:15 +0800 (CST)\n"
                f"From: {ew_one('总部商机服务', 'utf-8', 'utf-8')} <dor@ptg139.com>\nTo: wanghaitao_wf1@126.com\n"
                f"Subject: {ew_one('[DOR#SS-2026-000561] 商机调整已完成', 'utf-8', 'utf-8')}\nDate: Tue, 01 Sep 2026 11:04:12 +0800\nMessage-ID: <done.SS-2026-000561@ptg139.com>\n"
                "Auto-Submitted: auto-generated\n").encode()
    status = crlf("Reporting-MTA: dns; mx.126.com\nArrival-Date: Tue, 01 Sep 2026 11:04:15 +0800\n\n"
                  "Final-Recipient: rfc822; wanghaitao_wf1@126.com\nAction: failed\nStatus: 5.1.1\n"
                  "Diagnostic-Code: smtp; 550 User not found: wanghaitao_wf1@126.com\n").encode()
    parts = [P(["Content-Type: text/plain; charset=GBK", "Content-Transfer-Encoding: base64"],
               b64(crlf(text).encode("gbk")) + CRLF),
             P(["Content-Type: message/delivery-status"], status),
             P(["Content-Type: text/rfc822-headers"], hdrs)]
    b = f"----=_Part_{r.randint(10000, 99999)}_{digits(r, 10)}.{int(d.timestamp() * 1000)}"
    top = multipart("report", b, parts, preamble=None, params=["report-type=delivery-status"])
    mid = f"<{hexs(r, 8, False)}.{hexs(r, 4, False)}.{hexs(r, 11, False)}.Coremail.postmaster@126.com>"
    Mail("U04", "coremail", d, None, "postmaster@126.com", None, "", rng=r)
    hs = ["Return-Path: <>", f"Delivered-To: {HQ}",
          f"Received: from m{r.randint(100, 250)}.mail.126.com (m15.mail.126.com [220.181.{r.randint(10, 250)}.{r.randint(2, 250)}])",
          f"\tby mx1.ptg139.com (Postfix) with ESMTPS id 4{alnum(r, 12)}", f"\tfor <{HQ}>; {rfcdate(d, cst=True)}",
          f"Date: {rfcdate(d, cst=True)}", f'From: "{ew_one("系统退信", "GBK", "gbk")}" <postmaster@126.com>', f"To: {HQ}",
          ] + subject_lines("系统退信: Undelivered Mail Returned to Sender", "GBK", "gbk", 60) + [
          "MIME-Version: 1.0", f"Message-ID: {mid}", "X-Coremail-Locale: zh_CN"]
    return message(hs, top), mid


def U05_bytes(r):
    d = dt(2026, 8, 20, 10, 0, 3)
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>参展邀请</title></head><body style=\"margin:0;background:#f2f4f7\">"
            "<table width=\"640\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff\">"
            "<tr><td style=\"padding:24px;font-size:20px;font-weight:bold;color:#0b4f9c\">2026第十二届中国（潍坊）国际装备制造业博览会</td></tr>"
            "<tr><td style=\"padding:0 24px 12px\">展期：2026年10月16日-18日　展馆：潍坊鲁台会展中心 1-6号馆</td></tr>"
            "<tr><td style=\"padding:0 24px 12px\">展位：标准展位9平方米 6800元，光地 680元/平方米（36平方米起租）。现场设"
            "“精准商机对接会”，预计采购商3000+，往届参展企业续费率超过70%。</td></tr>"
            "<tr><td style=\"padding:0 24px 12px\">报名热线：0536-8123377　联系人：李经理 13953600127</td></tr>"
            "<tr><td style=\"padding:12px 24px;color:#888;font-size:12px\">您收到此邮件是因为您曾订阅展会资讯。"
            "<a href=\"https://edm.wfexpo-news.com/u/8f3a2c\">退订</a></td></tr></table></body></html>")
    top = P(["Content-Type: text/html; charset=\"utf-8\"", "Content-Transfer-Encoding: base64"],
            b64(crlf(html).encode()) + CRLF)
    mid = f"<{digits(r, 13)}.{alnum(r, 16)}@edm.wfexpo-news.com>"
    m = Mail("U05", "edm", d, None, "news@edm.wfexpo-news.com", None, "", rng=r)
    m.addr = f"bounce-{digits(r, 8)}@edm.wfexpo-news.com"
    hs = received(m, "mta3.edm.wfexpo-news.com", f"121.{r.randint(1, 250)}.{r.randint(1, 250)}.{r.randint(2, 250)}") + [
        f"From: {ew_one('潍坊装备博览会组委会', 'utf-8', 'utf-8')} <news@edm.wfexpo-news.com>",
        f"To: {HQ}",
        ] + subject_lines(RAW["U05"][3], "utf-8", "utf-8") + [
        f"Date: {rfcdate(d)}", f"Message-ID: {mid}", "MIME-Version: 1.0", "Precedence: bulk",
        "List-Unsubscribe: <https://edm.wfexpo-news.com/u/8f3a2c>, <mailto:unsubscribe@edm.wfexpo-news.com>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Mailer: EDM-Sender 5.2"]
    return message(hs, top), mid


def U06_bytes(r):
    d = dt(2026, 9, 2, 8, 30, 0)
    text = ("尊敬的用户：\n\n您的域名 ptg139.com 将于2026年10月2日到期，为避免影响邮箱和网站的正常使用，请尽快续费。\n"
            "续费价格：1年 79元；3年 229元。\n\n如已续费请忽略本邮件。本邮件由系统自动发送，请勿直接回复。\n\n阿里云")
    top = P(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"],
            b64(crlf(text).encode()) + CRLF)
    mid = f"<{hexs(r, 8, False)}-{hexs(r, 4, False)}-{hexs(r, 4, False)}-{hexs(r, 12, False)}@notice.aliyun.com>"
    m = Mail("U06", "aliyun", d, None, "noreply@notice.aliyun.com", None, "", rng=r)
    hs = received(m, "out30-66.freemail.mail.aliyun.com", "115.124.30.66") + [
        "Date: " + rfcdate(d), f"From: {ew_one('阿里云', 'UTF-8', 'utf-8')} <noreply@notice.aliyun.com>", f"To: {HQ}",
        f"Message-ID: {mid}",
        ] + subject_lines(RAW["U06"][3], "UTF-8", "utf-8", 90) + [
        "MIME-Version: 1.0"]
    return message(hs, top), mid


def U07(r):
    text = "您好，我已收到您的邮件。我9月11日至9月14日出差，回复可能不及时，谢谢！\n\n刘一鸣\n" + PARTNERS["hjsl"]
    m = mail(LIU, "U07", dt(2026, 9, 11, 8, 3, 56), f"自动答复: 商机汇总反馈已受理-{CLIENTS['handing']}", text,
             irt="<ack.SS-2026-000566@ptg139.com>", refs=["<ack.SS-2026-000566@ptg139.com>"])
    return m, dict(kind="auto", fields=NULL_FIELDS, thread_case_ref="SS-2026-000566",
                   notes="Outlook client-side rule reply: only the '自动答复: ' subject prefix marks it automatic (no "
                         "Auto-Submitted, no Precedence); In-Reply-To points at an HQ ack but auto beats reply; the "
                         "subject names the client - no fields.")


# ===========================================================================
# UNKNOWN (6)
# ===========================================================================
def X01(r):
    text = ("总部老师好：\n\n"
            f"{CLIENTS['hengtai']}的续签合作协议已经盖好章，盖章页扫描件见附件，原件今天顺丰寄出，单号SF1428893076512，"
            "请注意查收。\n\n协议约定：商机150条，服务期2026年9月1日至2027年8月31日。\n\n"
            f"冯子健\n{PARTNERS['cst']}")
    p = pdf(["COOPERATION AGREEMENT - SIGNATURE PAGE", "Agreement No. CST-HT-2026-0828",
             "Party A (seal): ____________", "Party B (seal): ____________", "Date: 2026-08-28"])
    m = mail(FENG, "X01", dt(2026, 8, 28, 16, 18, 20), "恒泰铝型材合作协议盖章页回传", text,
             atts=[A("合作协议盖章页.pdf", p, "application/pdf", "application/pdf")])
    return m, dict(kind="unknown", fields=NULL_FIELDS,
                   notes="163 webmail: contract paperwork (signed page PDF, courier number) from a known partner; it "
                         "states a quota and a service period but is not a summary -> unknown, no fields.")


def X02(r):
    text = ("总部您好：\n\n我们8月24日上午提交的汉鼎汽配商机申诉（商机编号2608240056），到现在还没有收到判定结果，"
            "按48个工作小时应该已经到期了，麻烦帮忙看一下进度。客户那边催得比较急。\n\n谢谢！\n\n"
            f"刘一鸣\n客服部 | {PARTNERS['hjsl']}\n电话：0710-3526648")
    m = mail(LIU, "X02", dt(2026, 8, 27, 9, 40, 11), "咨询：8月24日提交的商机申诉进度", text)
    return m, dict(kind="unknown", fields=NULL_FIELDS,
                   notes="Outlook: a status question about an earlier appeal sent as a fresh mail (no tag, no "
                         "In-Reply-To) - not a new request -> unknown; the lead id and '48个工作小时' are not fields.")


def X03_bytes(r):
    d = dt(2026, 8, 17, 3, 12, 45)
    text = ("您好！\n\n本公司长期代开全国各地增值税专用发票、普通发票（可网上验证），点数优惠。\n"
            "另承接网站推广，每月保证精准询盘商机200条，不满意不收费。\n\n联系人：陈先生  手机：15013572468  QQ：3387126650\n"
            "微信同号，诚信合作！")
    top = P(["Content-Type: text/plain;", '\tcharset="gb2312"', "Content-Transfer-Encoding: base64"],
            b64(crlf(text).encode("gb2312")) + CRLF)
    mid = f"<{digits(r, 14)}.{hexs(r, 6, False)}@mail-svr{r.randint(1, 9)}.sfe-sh.com>"
    m = Mail("X03", "spam", d, None, "kaipiao_8866@sfe-sh.com", None, "", rng=r)
    hs = received(m, "unknown", f"182.{r.randint(1, 250)}.{r.randint(1, 250)}.{r.randint(2, 250)}", tls=False) + [
        f"From: {ew_one('业务中心', 'gb2312', 'gb2312')} <kaipiao_8866@sfe-sh.com>", f"To: {HQ}",
        ] + subject_lines(RAW["X03"][3], "gb2312", "gb2312", 90) + [
        f"Date: {rfcdate(d)}", f"Message-ID: {mid}", "MIME-Version: 1.0",
        "X-Priority: 3", "X-Mailer: Microsoft Outlook Express 6.00.2900.5512"]
    return message(hs, top), mid


def X04(r):
    text = ("总部老师好，\n\n我们第一次自己填表，有几处想请教：\n"
            "1. 《商机申诉书》“申诉理由”一栏，是只填判定标准的条数（比如第2条），还是要把情况写清楚？\n"
            "2. 一份申诉书里能不能填多条商机？比如同一个客户同一天推送的3条，需求者是同一个人。\n"
            "3. 汇总反馈里的“服务期”，按合同签订日期填，还是按第一条商机推送的日期填？合同120条的客户，推到72条就要发吗？\n"
            "4. 商机调整的反馈表有没有固定模板？5条和10条用的是同一个表吗？\n\n谢谢！\n\n"
            f"林雅婷\n{PARTNERS['ctyq']}")
    m = mail(LIN, "X04", dt(2026, 9, 1, 14, 25, 36), "请问申诉书和汇总反馈表怎么填", text)
    return m, dict(kind="unknown", fields=NULL_FIELDS,
                   notes="WeCom: questions on how to fill in the appeal form, the summary's service period and the "
                         "adjustment template (申诉书, 判定标准第2条, 3条, 120条/72条, 5条/10条 all appear) - none of "
                         "the three requests -> unknown, no fields.")


def X05(r):
    rows = [["9月合作商线上培训报名表", None, None, None, None, None],
            ["序号", "姓名", "职务", "手机", "邮箱", "负责客户"],
            [1, "汪思远", "客服主管", "18955316620", "wangsiyuan@jcqifu.cn", "晟达输送"],
            [2, "方敏", "客服专员", "13705539182", "fangmin@jcqifu.cn", "瑞丰环保"],
            [3, "陶立新", "销售经理", "15955387726", "taolixin@jcqifu.cn", "—"]]
    data, ftext = xlsx_form([("报名", rows)], "汪思远")
    text = ("总部好，\n\n附件是我们公司参加9月24日线上培训的报名表，共3人。另外想问一下，培训会不会讲《商机申诉书》的填写？\n\n"
            f"汪思远\n{PARTNERS['jcqf']}")
    m = mail(WANG_SY, "X05", dt(2026, 9, 9, 16, 10, 55), "9月合作商培训报名表", text,
             atts=[A("培训报名表-江城企服.xlsx", data, XLSX, XLSX, text=ftext)])
    return m, dict(kind="unknown", fields=NULL_FIELDS,
                   notes="Apple Mail UTF-8 QP with an .xlsx sign-up sheet (RFC 2231 filename*, role form) listing "
                         "staff and client short names; mentions 《商机申诉书》 - still unknown.")


def X06_bytes(r):
    d = dt(2026, 9, 3, 14, 47, 30)
    text = ("尊敬的负责人您好：\n\n我们是一家专注工业品B2B推广的团队，服务过300+制造企业。\n"
            "【每月保底100条精准询盘】按推送条数计费，询盘不精准可申诉退换，服务期内推送不足60%全额退款；\n"
            "【续费率提升30%】专属客服一对一跟进商机。\n\n如有兴趣，回复本邮件或致电 400-820-6617 获取方案。\n\n营销360 客户成功部")
    html = "<div>" + text.replace("\n", "<br>") + "</div>"
    bnd = f"b1_{alnum(r, 32)}"
    tp = P(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64"], b64(crlf(text).encode()) + CRLF)
    hp = P(["Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64"], b64(crlf(html).encode()) + CRLF)
    top = multipart("alternative", bnd, [tp, hp], preamble="This is a multi-part message in MIME format.\r\n", one_line=True)
    mid = f"<{alnum(r, 32)}@yingxiao360.cn>"
    m = Mail("X06", "phpmailer", d, None, "bd@yingxiao360.cn", None, "", rng=r)
    hs = received(m, "smtp.yingxiao360.cn", f"47.{r.randint(1, 250)}.{r.randint(1, 250)}.{r.randint(2, 250)}") + [
        f"Date: {rfcdate(d)}", f"To: {HQ}", f"From: {ew_one('营销360', 'UTF-8', 'utf-8')} <bd@yingxiao360.cn>",
        ] + subject_lines(RAW["X06"][3], "UTF-8", "utf-8", 90) + [
        f"Message-ID: {mid}", "X-Mailer: PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)", "MIME-Version: 1.0"]
    return message(hs, top), mid


# ---------------------------------------------------------------------------
# hand-made messages: (key, builder, kind, sender, subject, mail_client, notes, case_ref, thread_case_ref)
# ---------------------------------------------------------------------------
RAW = {
    "U02": (U02_bytes, "auto", "hejiaqi@chanshangtong.com",
            "Automatic reply: [DOR#SS-2026-000556] 商机申诉已受理", "Exchange Online / Outlook OOF",
            "Exchange out-of-office 'Automatic reply:' (English prefix, Chinese body) with Auto-Submitted: "
            "auto-generated, X-Auto-Response-Suppress and In-Reply-To/References to an HQ ack: auto beats reply; "
            "case_ref from the subject tag; names the partner and a colleague's phone - no fields.",
            "SS-2026-000556", "SS-2026-000556"),
    "U03": (U03_bytes, "auto", "MAILER-DAEMON@mail.jcqifu.cn", "Undelivered Mail Returned to Sender",
            "Postfix DSN (bounce)",
            "Postfix bounce from MAILER-DAEMON (empty Return-Path, Auto-Submitted: auto-replied, multipart/report "
            "with message/delivery-status and the returned HQ message as an unnamed message/rfc822 part - not an "
            "attachment); the tag only in the returned message's subject -> case_ref null.", None, None),
    "U04": (U04_bytes, "auto", "postmaster@126.com", "系统退信: Undelivered Mail Returned to Sender",
            "126 (Coremail) postmaster bounce",
            "Coremail bounce from postmaster@126.com: no Auto-Submitted header, recognisable by sender and "
            "multipart/report (GBK text, delivery-status, text/rfc822-headers - none of them attachments).",
            None, None),
    "U05": (U05_bytes, "auto", "news@edm.wfexpo-news.com",
            "参展邀请｜2026中国（潍坊）国际装备制造业博览会 — 精准商机对接", "EDM newsletter (Precedence: bulk)",
            "Trade-fair newsletter with Precedence: bulk and List-Unsubscribe (HTML only, UTF-8); mentions 商机对接 "
            "and 续费率70% - auto, no fields.", None, None),
    "U06": (U06_bytes, "auto", "noreply@notice.aliyun.com", "【阿里云】您的域名 ptg139.com 即将到期，请及时续费",
            "Aliyun notice (noreply)",
            "Domain-renewal notice from noreply@notice.aliyun.com with no Auto-Submitted/Precedence header: the "
            "noreply sender makes it auto; '续费' and prices are not a summary.", None, None),
    "X03": (X03_bytes, "unknown", "kaipiao_8866@sfe-sh.com", "您好！正式发票上门（7816）", "spam (Outlook Express header)",
            "Spam from an unknown sender (gb2312 base64, 3 a.m.): fake-invoice offer plus '每月保证精准询盘商机200条' "
            "- unknown, no fields, no auto markers.", None, None),
    "X06": (X06_bytes, "unknown", "bd@yingxiao360.cn", "【合作】每月保底100条精准询盘，续费率提升30%", "PHPMailer cold pitch",
            "Cold sales pitch from an unknown agency via PHPMailer (UTF-8 base64): full of 询盘/申诉/60%/续费 "
            "vocabulary but no automatic markers and not a partner request -> unknown.", None, None),
}

ORDER = ([f"A{i:02d}" for i in range(1, 23)] + [f"D{i:02d}" for i in range(1, 10)] +
         [f"S{i:02d}" for i in range(1, 9)] + [f"R{i:02d}" for i in range(1, 9)] +
         ["U01", "U02", "U03", "U04", "U05", "U06", "U07"] + ["X01", "X02", "X03", "X04", "X05", "X06"])

CHARSET = {"qq": "gb18030", "wecom": "utf-8", "163": "GBK", "126": "GBK", "foxmail": "gb2312 (GB18030 bytes)",
           "outlook": "gb2312", "apple": "utf-8 QP", "iphone": "utf-8 QP", "phone8": "GBK 8bit"}
RAW_CHARSET = {"U02": "utf-8", "U03": "us-ascii/utf-8", "U04": "GBK", "U05": "utf-8", "U06": "utf-8",
               "X03": "gb2312", "X06": "utf-8"}


def att_label(a: Att):
    return rules.att_label(a.filename, a.ctype, a.data, a.role, a.detected, a.inline)


def accept_for(full, corpus):
    if not full or full not in ALIASES:
        return []
    rest = nfkc(corpus).replace(full, "\0")
    out = []
    for al in ALIASES[full]:
        # count an alias only where it is not merely part of a longer alias already listed
        tmp = rest
        for longer in out:
            tmp = tmp.replace(longer, "\0")
        if al in tmp:
            out.append(al)
    return out


def build_all():
    out = []
    order = ORDER[:]
    random.Random(SEED).shuffle(order)
    for idx, key in enumerate(order, start=1):
        rng = random.Random(f"{SEED}:{key}")
        if key in RAW:
            fn, kind, sender, subject, client_name, notes, case_ref, tcr = RAW[key]
            raw, mid = fn(rng)
            label = {"kind": kind, "message_id": mid, "sender": sender, "subject": subject, "case_ref": case_ref,
                     "fields": dict(NULL_FIELDS), "missing": [], "attachments": [], "notes": notes,
                     "mail_client": client_name, "accept": {}}
            if tcr:
                label["thread_case_ref"] = tcr
            meta = {"charset": RAW_CHARSET[key], "writer": key}
        else:
            m, lab = globals()[key](rng)
            m.rng = rng
            writer, client_name, _ = WRITERS[m.client]
            raw = writer(m)
            kind = lab["kind"]
            f = lab["fields"]
            case_ref = None
            mm = re.search(r"DOR#(SS-\d{4}-\d{6})", nfkc(m.subject or ""))
            if mm:
                case_ref = mm.group(1)
            corpus = "\n".join([m.subject or "", m.plain()] + [a.text for a in m.atts])
            accept = {}
            if kind in ("appeal", "adjustment", "summary"):
                for role in ("partner", "client"):
                    al = accept_for(f[role], corpus)
                    if al:
                        accept[role] = al
            label = {"kind": kind, "message_id": m.msgid, "sender": m.addr, "subject": m.subject,
                     "case_ref": case_ref, "fields": f,
                     "missing": rules.missing_fields(kind, f, [a.role for a in m.atts]),
                     "attachments": [att_label(a) for a in m.atts], "notes": lab["notes"],
                     "mail_client": client_name, "accept": accept}
            if kind in ("reply", "auto"):
                tcr = lab.get("thread_case_ref")
                if tcr is None:
                    for ref in ([m.irt] if m.irt else []) + (m.refs or []):
                        mm = re.search(r"(SS-\d{4}-\d{6})@ptg139\.com", ref)
                        if mm:
                            tcr = mm.group(1)
                if tcr:
                    label["thread_case_ref"] = tcr
            if kind == "appeal":
                label["checks"] = {"objection_within_8h": rules.within_8h(f["pushed_at"], f["objected_at"]),
                                   "evidence_present": rules.evidence_present(a.role for a in m.atts)}
            if "extra" in lab:
                label["extra"] = lab["extra"]
            if lab.get("malformed"):
                label["malformed"] = True
            meta = {"charset": CHARSET[m.client], "writer": m.client}
        label["source_key"] = key
        out.append((f"{idx:03d}", key, raw, label, meta))
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", help="write everything, README.md included, into this directory "
                                   "(default: the set into tests/mail/holdout, README.md next to this script)")
    out, readme_path = layout.outputs("holdout", ap.parse_args(argv).out)
    out.mkdir(parents=True, exist_ok=True)
    items = build_all()
    for old in list(out.glob("[0-9][0-9][0-9].eml")) + list(out.glob("[0-9][0-9][0-9].expected.json")):
        old.unlink()
    for num, _key, raw, label, _meta in items:
        (out / f"{num}.eml").write_bytes(raw)
        (out / f"{num}.expected.json").write_text(json.dumps(label, ensure_ascii=False, indent=2) + "\n",
                                                  encoding="utf-8")
    write_readme(items, readme_path)
    print(f"wrote {len(items)} messages to {out}")


def write_readme(items, path):
    from collections import Counter
    kinds = Counter(label["kind"] for _, _, _, label, _ in items)
    lines = ["# maild holdout set (60 labelled partner mails)", "",
             "Generated by `generate.py` (fixed seed, byte-identical reruns); validated by `check.py`.",
             "Independent of `maild/parsers` and of `tests/mail/labelled`: new fictitious partners (佛山, 泉州, 潍坊, 襄阳, "
             "柳州, 台州, 芜湖, 临沂 agencies), clients, people, lead-id shapes and phrasings. Labels follow the conventions "
             "in `/work/shared/samples/README.md` and DOMAIN.md §7; the JSON has the samples' keys (`kind`, "
             "`message_id`, `sender`, `subject`, `case_ref`, `fields`, `missing`, `attachments`, `notes`, "
             "`mail_client`, `accept`, plus `source_key`, and where relevant `thread_case_ref`, `checks`, `extra`, "
             "`malformed`; attachments carry `detected_type` and `inline`).", "",
             "The NNN.eml / NNN.expected.json files live in `tests/mail/holdout/`; the scripts and this README in "
             "`tools/corpus/holdout/`.",
             "Do not edit the .eml/.json by hand: change `generate.py` and rerun it "
             "(`python tools/corpus/holdout/generate.py && python tools/corpus/holdout/check.py`).",
             "Its helpers: `clients.py` (one writer per mail client), `payloads.py` (screenshots, recordings, PDF, "
             "Word and Excel forms) and the shared `../mimekit.py`, `../rules.py`.", "",
             "| kind | count |", "|---|---|"]
    for k in ("appeal", "adjustment", "summary", "reply", "auto", "unknown"):
        lines.append(f"| {k} | {kinds[k]} |")
    lines += ["", "| file | kind | mail client | charset | what it exercises |", "|---|---|---|---|---|"]
    for num, _key, _raw, label, meta in items:
        notes = label["notes"].replace("|", "\\|")
        lines.append(f"| {num} | {label['kind']} | {label['mail_client']} | {meta['charset']} | {notes} |")
    n = {key: num for num, key, _, _, _ in items}
    lines += ["", "## Labelling decisions worth knowing", "",
              f"- Relative days (今天/昨天/前天/当天/上周三, 今年/明年) resolve against the Date header in Asia/Shanghai "
              f"({n['A05']} 上周三, {n['A17']}, {n['A18']}, {n['A22']}, {n['S05']} 今年/明年).",
              f"- '8点多推送（短信显示8:16）': the exact time written wins ({n['A14']}).",
              f"- A day without a time ('昨天推的', {n['A08']}) leaves pushed_at null and listed in missing.",
              f"- A client only ever written in short form ('卧龙轴承', {n['D06']}) is labelled with that form.",
              f"- The attached message/rfc822 forward ({n['A10']}): size/sha256 are of the embedded message bytes exactly as "
              "they sit between the part's blank line and the CRLF before the next boundary (7bit, nothing to decode); "
              "its fields are read from the attached message.",
              "- content_type is the declared type lower-cased (DOMAIN.md section 7 says sniff when generic; the samples keep "
              "the declared type and put the sniffed one in detected_type - we follow the samples and the brief).",
              f"- A reply's fields are null unless its own new text supplies data ({n['R04']}: lead id + push time).",
              f"- Outlook signature logo inside multipart/related ({n['S01']}) is an attachment (role screenshot, inline).",
              ""]
    text = "\n".join(lines)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
