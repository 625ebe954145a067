"""Registry: company-name matching, partner/client CSV parsing with line-numbered errors."""

from __future__ import annotations

from datetime import date
from textwrap import dedent

import pytest

from maild.core.registry import (
    ClientRow,
    PartnerRow,
    RegistryError,
    match_partner,
    names_match,
    normalize_company,
    read_clients,
    read_partners,
)
from maild.errors import MaildError


@pytest.mark.parametrize(
    "name",
    [
        "宁波北仑海晟注塑机有限公司",
        "宁波北仑海晟注塑机（集团）公司",
        "宁波北仑海晟注塑机(集团)有限公司",
        "宁波北仑海晟注塑机股份有限公司",
        "宁波北仑海晟注塑机有限责任公司",
        "宁波北仑海晟注塑机集团",
        " 宁波 北仑海晟注塑机有限公司。",
        "宁波北仑海晟注塑机",
    ],
)
def test_legal_forms_spaces_and_trailing_punctuation_normalise_away(name):
    assert normalize_company(name) == "宁波北仑海晟注塑机"


def test_full_width_characters_normalise_to_half_width():
    assert normalize_company("ＡＢＣ机械１号有限公司") == "abc机械1号"


def test_a_name_that_is_only_a_legal_form_is_kept():
    assert normalize_company("公司") == "公司"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("宁波北仑海晟注塑机有限公司", "宁波北仑海晟注塑机（集团）公司", True),
        ("海晟注塑", "宁波北仑海晟注塑机有限公司", True),
        ("宁波北仑海晟注塑机有限公司", "海晟注塑", True),
        ("甬商汇", "宁波甬商汇信息科技有限公司", False),  # three characters: too short to trust
        ("洛阳宏运叉车制造有限公司", "宁波北仑海晟注塑机有限公司", False),
        ("", "宁波北仑海晟注塑机有限公司", False),
        ("台中永詮數控機械有限公司", "台中永诠数控机械有限公司", True),  # either script
        ("永詮數控", "台中永诠数控机械有限公司", True),
    ],
)
def test_names_match_when_equal_or_a_short_name_sits_inside_the_full_one(a, b, same):
    assert names_match(a, b) is same


PARTNERS = dedent("""\
    name,addresses,domains,contact
    宁波甬商汇信息科技有限公司,3120587764@qq.com；Yongshang@163.com,,王敏
    常州龙城企服网络科技有限公司,,lcqifu.com、@lcqifu.cn,唐颖
    洛阳河洛云商网络科技有限公司,hexue_hl＠163.com,,
""")


def test_partners_parse_with_lists_lower_case_and_half_width_addresses():
    assert read_partners(PARTNERS) == [
        PartnerRow("宁波甬商汇信息科技有限公司", ("3120587764@qq.com", "yongshang@163.com"), (), "王敏"),
        PartnerRow("常州龙城企服网络科技有限公司", (), ("lcqifu.com", "lcqifu.cn"), "唐颖"),
        PartnerRow("洛阳河洛云商网络科技有限公司", ("hexue_hl@163.com",), (), ""),
    ]


def test_parsing_the_same_file_twice_gives_equal_rows():
    assert read_partners(PARTNERS) == read_partners(PARTNERS)
    assert read_clients(CLIENTS) == read_clients(CLIENTS)


CLIENTS = "\ufeff" + dedent("""\
    名称,合作商,付费,配额,服务开始,服务结束,关键词,不做产品
    宁波北仑海晟注塑机有限公司,宁波甬商汇信息科技有限公司,是,120,2025-12-15,2026/12/14,注塑机;卧式注塑机,二手注塑机
    洛阳宏运叉车制造有限公司,洛阳河洛云商网络科技有限公司,no,,,,"内燃叉车
    锂电池叉车",

    常州金岳激光装备有限公司,常州龙城企服网络科技有限公司,1,200,2025/9/20,2026-09-19,,
""")


def test_clients_parse_from_chinese_headers_with_a_bom():
    assert read_clients(CLIENTS) == [
        ClientRow(
            "宁波北仑海晟注塑机有限公司", "宁波甬商汇信息科技有限公司", True, 120,
            date(2025, 12, 15), date(2026, 12, 14), ("注塑机", "卧式注塑机"), ("二手注塑机",),
        ),
        ClientRow(
            "洛阳宏运叉车制造有限公司", "洛阳河洛云商网络科技有限公司", False,
            keywords=("内燃叉车", "锂电池叉车"),
        ),
        ClientRow(
            "常州金岳激光装备有限公司", "常州龙城企服网络科技有限公司", True, 200,
            date(2025, 9, 20), date(2026, 9, 19),
        ),
    ]


@pytest.mark.parametrize(
    ("word", "paying"),
    [("是", True), ("否", False), ("YES", True), ("no", False), ("True", True), ("false", False),
     ("1", True), ("0", False), ("１", True)],
)
def test_paying_accepts_chinese_english_and_digits(word, paying):
    [client] = read_clients(f"name,partner,paying\n甲公司,乙公司,{word}\n")
    assert client.paying is paying


def problems(reader, text: str) -> list[str]:
    with pytest.raises(RegistryError) as error:
        reader(text)
    assert str(error.value) == "\n".join(error.value.problems)
    return list(error.value.problems)


def test_every_bad_client_row_is_reported_by_its_line_in_the_file():
    text = dedent("""\
        name,partner,paying,quota,service_start,service_end
        宁波北仑海晟注塑机有限公司,甬商汇,是,120,2025-12-15,2026-12-14
        "洛阳宏运叉车
        制造有限公司",河洛云商,maybe,一百,2025-13-01,
        宁波北仑海晟注塑机（集团）公司,甬商汇,否,,,
        ,,,
        常州金岳激光装备有限公司,,,0,2026-09-19,2025-09-20
        常州华冠木工机械有限公司,龙城企服,是,50,2025-09-20,2026-09-19,extra
    """)
    assert problems(read_clients, text) == [
        "line 3: paying: 'maybe' is not one of 是/否, yes/no, true/false, 1/0",
        "line 3: quota: '一百' is not a positive whole number",
        "line 3: service_start: '2025-13-01' is not a date (YYYY-MM-DD or YYYY/MM/DD)",
        "line 5: name: 宁波北仑海晟注塑机（集团）公司 duplicates line 2",
        "line 7: partner: empty",
        "line 7: paying: empty; write 是/否, yes/no, true/false or 1/0",
        "line 7: quota: '0' is not a positive whole number",
        "line 7: service_end: 2025-09-20 is before service_start 2026-09-19",
        "line 8: row: 7 cells but the header has 6",
    ]


def test_empty_trailing_cells_from_spreadsheets_are_ignored():
    [client] = read_clients("name,partner,paying\n甲公司,乙公司,是,,\n")
    assert client == ClientRow("甲公司", "乙公司", True)


def test_a_bad_header_is_reported_on_line_1_and_no_row_is_read():
    text = "name,partner,payng,name\nA,B,是\n"
    assert problems(read_clients, text) == [
        "line 1: payng: unknown column; expected name, partner, paying, quota, service_start, "
        "service_end, keywords, excluded_products",
        "line 1: name: column given twice",
        "line 1: paying: required column missing",
    ]


def test_an_empty_file_lacks_its_required_columns():
    assert problems(read_partners, "") == ["line 1: name: required column missing"]


def test_bad_partner_addresses_and_domains_are_reported():
    text = dedent("""\
        name,addresses,domains
        甲,a@x.com,qq.com
        乙,a@x.com;not-an-address,@lcqifu.com;bad domain
        丙,,LCQIFU.com
        甲公司,,
    """)
    assert problems(read_partners, text) == [
        "line 2: domains: qq.com is a public mail domain; list addresses",
        "line 3: addresses: a@x.com is already listed on line 2",
        "line 3: addresses: 'not-an-address' is not a mail address",
        "line 3: domains: 'bad domain' is not a domain name",
        "line 4: domains: lcqifu.com is already listed on line 3",
        "line 5: name: 甲公司 duplicates line 2",
    ]


def test_a_registry_error_is_a_maild_error():
    assert issubclass(RegistryError, MaildError)


REGISTERED = [
    PartnerRow("常州龙城企服网络科技有限公司", domains=("lcqifu.com",)),
    PartnerRow("常州龙城企服（个人邮箱）", addresses=("tangying@lcqifu.com",)),
    PartnerRow("宁波甬商汇信息科技有限公司", addresses=("3120587764@qq.com",)),
]


@pytest.mark.parametrize(
    ("sender", "partner"),
    [
        ("tangying@lcqifu.com", 1),  # an exact address beats the domain
        ("JiangWenbin@LCQIFU.com", 0),
        ("<3120587764@qq.com>", 2),
        ("someone@qq.com", None),
        ("tangying@mail.lcqifu.com", None),  # domains match exactly, not their subdomains
        ("", None),
        ("lcqifu.com", None),  # not an address at all
    ],
)
def test_match_partner_by_exact_address_then_domain(sender, partner):
    expected = None if partner is None else REGISTERED[partner]
    assert match_partner(sender, REGISTERED) == expected
