"""The auto-merge policy: cross-script links need their whole trade names to agree.

Names are real: list entries and organizations from the bundled notices."""

from __future__ import annotations

from fusionwatch.resolve.compare import NameRecord, compare
from fusionwatch.resolve.policy import auto_merge


def _auto(a: str, b: str) -> bool:
    ra, rb = NameRecord((a,)), NameRecord((b,))
    return auto_merge(ra, rb, compare(ra, rb))


def test_trade_names_that_agree_merge() -> None:
    assert _auto("杭州海康威视数字技术股份有限公司",
                 "Hangzhou Hikvision Digital Technology Co., Ltd.")
    assert _auto("Dahua Technology", "Dahua Technology Company")


def test_an_industry_word_alone_only_goes_to_review() -> None:
    # real companies: Baidu's operating company and Huawei share only 科技 = technology
    assert not _auto("北京百度网讯科技有限公司", "Huawei Technologies Co., Ltd.")


def test_part_of_a_name_only_goes_to_review() -> None:
    assert not _auto("重庆市白涛化工园区开发（集团）有限公司", "BOET")
    assert not _auto("中山市东港家具制造有限公司", "Dongfang Wangli Technology")
    assert not _auto("中山市黄圃人民医院", "CSSC Huangpu Wenchong Shipbuilding Co., Ltd.")
    assert _auto("东方网力科技股份有限公司", "Dongfang Wangli Technology")
    assert _auto("曙光信息产业股份有限公司", "Sugon")
    assert _auto("北京旷视科技有限公司", "Megvii Technology Limited")
    # one translated word is shared by too many firms
    assert not _auto("新疆东方工程管理有限公司", "Oriental Logistics Group LTD")


def test_a_homophone_of_a_glossary_brand_only_goes_to_review() -> None:
    # 达华工程管理 (a procurement agency in the notices) is not 大华 (Dahua)
    assert not _auto("达华工程管理（集团）有限公司", "Dahua Technology")
    assert _auto("浙江大华技术股份有限公司", "Dahua Technology")


def test_only_high_scores_merge_by_themselves() -> None:
    # sibling enterprises sharing generic words score above the match threshold but
    # below the auto-merge bar: they wait for review
    ra = NameRecord(("Joint Stock Company Navigator Institute of Aviation Instruments",))
    rb = NameRecord(("OOO NAVIGATOR ASSET MANAGEMENT",))
    result = compare(ra, rb)
    assert result.score < 0.9 and not auto_merge(ra, rb, result)


def test_a_region_and_its_bureau_only_go_to_review() -> None:
    # CBP's Withhold Release Order names the region; the Entity List names its police
    region = "Xinjiang Uyghur Autonomous Region (XUAR)"
    bureau = "Xinjiang Uyghur Autonomous Region (XUAR) People's Government Public Security Bureau"
    # the scorer keeps them apart (the shared "(XUAR)" is no acronym match beside the
    # bureau's words), and the policy would too
    assert not compare(NameRecord((region,)), NameRecord((bureau,))).match
    assert not _auto(region, bureau)
    assert _auto(bureau, "Xinjiang Uyghur Autonomous Region People's Government Public "
                         "Security Bureau")


def test_a_design_bureau_in_transliteration_still_merges() -> None:
    # the Entity List's and OFAC's entries of one Russian design bureau, with their aliases
    bis = NameRecord(("Joint Stock Company Special Design Bureau of Computer Engineering",
                      "AO Spetsialnoe Konstruktorskoe Byuro Vychislitelnoi Tekhniki",
                      "AO SKB VT"))
    ofac = NameRecord(("AKTSIONERNOE OBSHCHESTVO SPETSIALNOE KONSTRUKTORSKOE BYURO "
                       "VYCHISLITELNOI TEKHNIKI", "AO SKB VT"))
    assert auto_merge(bis, ofac, compare(bis, ofac))


def _auto_records(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    ra, rb = NameRecord(a), NameRecord(b)
    return auto_merge(ra, rb, compare(ra, rb))


def test_one_acronym_and_longer_names_that_disagree_go_to_review() -> None:
    # DoD's China Electronics Corporation ("CEC") and OFAC's CEC Limited, a chemicals
    # trader; BIS's Tula Cartridge Works and OFAC's Tambov Gunpowder Plant, both "TPZ"
    assert not _auto_records(("China Electronics Corporation", "CEC"),
                             ("CEC LIMITED", "CHINA ENRICHING CHEMISTRY", "CEC CHEMICAL CO., LTD."))
    assert not _auto_records(("JOINT STOCK COMPANY TULA CARTRIDGE WORKS", "AO TPZ"),
                             ("TAMBOV GUNPOWDER PLANT", "TPZ"))
    # ... but one acronym with nothing longer to disagree merges, and so do longer names
    # that agree
    assert _auto_records(("JOINT STOCK COMPANY VAD",), ("CJSC VAD", "High-Quality Highways"))
    assert _auto_records(("Moscow Institute of Physics and Technology", "MIPT"),
                         ("FEDERAL STATE INSTITUTION OF HIGHER VOCATIONAL EDUCATION MOSCOW "
                          "INSTITUTE OF PHYSICS AND TECHNOLOGY", "MIPT"))


def test_two_companies_of_one_group_only_go_to_review() -> None:
    # 天富: a supplier in the bundled notices and a UFLPA entry share the group's trade
    # name, not their business (energy; water and power works; cotton)
    cotton = "Xinjiang Tianfu Cotton Supply Chain Co., Ltd"
    assert compare(NameRecord(("新疆天富能源股份有限公司",)), NameRecord((cotton,))).match
    assert not _auto("新疆天富能源股份有限公司", cotton)
    assert not _auto("石河子天富水利电力工程有限责任公司", cotton)
    # a name with no kind of business, or one of the same kind, still merges
    assert _auto("新疆天富能源股份有限公司", "Xinjiang Tianfu Energy Co., Ltd.")
