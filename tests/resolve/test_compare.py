"""The public matching API on real names from the bundled lists."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fusionwatch.resolve.algorithms import ALGORITHMS
from fusionwatch.resolve.compare import (
    MatchResult,
    NameRecord,
    blocking_keys,
    compare,
    normalize_for_search,
)
from fusionwatch.resolve.normalize.chinese import prepare_han
from fusionwatch.resolve.normalize.latin import prepare_latin


def rec(*names: str, countries: tuple[str, ...] = (), ids: tuple[str, ...] = ()) -> NameRecord:
    return NameRecord(names=names, countries=countries, identifiers=ids)


def assert_read_both_ways(a: str, b: str, read: str) -> None:
    """``a`` and ``b`` match either way round, the explanation saying what was ``read``."""
    for x, y in ((a, b), (b, a)):
        result = compare(rec(x), rec(y))
        assert result.match and read in result.explanation, result.explanation


@pytest.mark.parametrize(("a", "b"), [
    ("杭州海康威视数字技术股份有限公司", "Hangzhou Hikvision Digital Technology Co., Ltd."),
    ("Hikvision", "HANGZHOU HIKVISION DIGITAL TECH CO"),
    ("Hangzhou Hikvision Digital Technology Company",
     "Hangzhou Hikvision Digital Technology Co., Ltd."),
    ("浙江大华技术股份有限公司", "Zhejiang Dahua Technology Co., Ltd."),
    ("曙光信息产业股份有限公司", "Dawning Information Industry Co., Ltd"),
    ("旷视科技有限公司", "Megvii Technology Limited"),
    ("NetPosa Technologies, Ltd.", "NETPOSA TECHNOLOGIES LIMITED"),
    ("China Electronics Technology Group Corporation 13th Research Institute",
     "中国电子科技集团公司第十三研究所"),
])
def test_same_organization_matches(a: str, b: str) -> None:
    result = compare(rec(a), rec(b))
    assert isinstance(result, MatchResult)
    assert result.match, result.explanation
    assert 0.0 <= result.score <= 1.0


@pytest.mark.parametrize(("a", "b"), [
    ("Zhejiang Dahua Technology Co., Ltd.", "Zhejiang Uniview Technologies Co., Ltd."),
    ("Shanghai Fudan Microelectronics Group Co., Ltd.",
     "Shanghai Fullhan Microelectronics Co., Ltd."),
    ("China Electronics Technology Group Corporation 13th Research Institute",
     "China Electronics Technology Group Corporation 14th Research Institute"),
    ("中国电子科技集团公司第十三研究所", "中国电子科技集团公司第十四研究所"),
    ("杭州海康威视数字技术股份有限公司北京分公司", "杭州海康威视数字技术股份有限公司"),
    ("浙江大华技术股份有限公司", "Zhejiang Uniview Technologies Co., Ltd."),
    ("China Aerospace Science and Technology Corporation (CASC) 9th Academy 771 "
     "Research Institute",
     "China Aerospace Science and Technology Corporation (CASC) 9th Academy 772 "
     "Research Institute"),
])
def test_near_misses_do_not_match(a: str, b: str) -> None:
    result = compare(rec(a), rec(b))
    assert not result.match, result.explanation


def test_country_conflict_blocks_match() -> None:
    same = compare(rec("Hikvision", countries=("China",)), rec("Hikvision", countries=("CN",)))
    other = compare(rec("Hikvision", countries=("中国",)), rec("Hikvision", countries=("DE",)))
    assert same.match and not other.match
    assert "country_conflict" in other.features


def test_identifiers_are_decisive() -> None:
    uscc = "91330000733796106P"
    same = compare(rec("海康威视", ids=(uscc,)), rec("HIKVISION", ids=(uscc,)))
    assert same.score > 0.99
    other = "91110000802100433B"
    different = compare(rec("Hikvision", ids=(uscc,)), rec("Hikvision", ids=(other,)))
    assert not different.match and different.features["identifier"] == -1.0


def test_aliases_in_one_name() -> None:
    assert compare(rec("Sugon a.k.a. Dawning"), rec("Dawning Information Industry")).match


def test_unknown_algorithm() -> None:
    with pytest.raises(ValueError):
        compare(rec("a"), rec("b"), algorithm="nope")


def test_search_keys_shared_across_scripts() -> None:
    keys = [normalize_for_search(q) for q in
            ("海康威视", "hikvision", "HANGZHOU HIKVISION DIGITAL TECH")]
    assert keys[0] & keys[1] and keys[1] & keys[2] and keys[0] & keys[2]


def test_blocking_keys_shared() -> None:
    assert blocking_keys(rec("杭州海康威视数字技术股份有限公司")) & blocking_keys(rec("Hikvision"))


CETC13 = "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)"


def test_subordinate_institution_is_not_its_parent() -> None:
    sub = CETC13 + " subordinate institution: Bowei Integrated Circuits"
    other = CETC13 + " subordinate institution: Envoltek"
    assert not compare(rec(CETC13), rec(sub)).match
    assert not compare(rec(sub), rec(other)).match
    assert not compare(rec(CETC13), rec(CETC13 + " subordinate institution:")).match


def test_glossary_links_latin_aliases() -> None:
    # BIS Entity List aliases: Sugon a.k.a. Dawning; NetPosa a.k.a. Dongfang Wangli
    assert compare(rec("Dawning Information Industry Co., Ltd."), rec("Sugon")).match
    assert compare(rec("NetPosa"), rec("Dongfang Wangli Technology")).match
    assert not compare(rec("Zhejiang Dahua Technology Co., Ltd."), rec("Uniview")).match


def test_acronym() -> None:
    assert compare(rec("International Business Machines Corporation"), rec("IBM")).match


def test_a_word_common_in_list_names_is_no_kind_of_business() -> None:
    # "SMIC" names many Entity List entries, so it weighs like a common word; it is still
    # no kind of business that "Semiconductor Manufacturing International" conflicts with
    result = compare(rec("SMIC"), rec("Semiconductor Manufacturing International Corporation"))
    assert result.match and "different kinds" not in result.explanation
    assert "different kinds" in compare(rec("Deutsche Telekom"), rec("Deutsche Bank")).explanation


@pytest.mark.parametrize(("a", "b", "same"), [
    ("杭州海康威视数字技术股份有限公司", "海康威视", True),
    ("浙江大华技术股份有限公司", "大华股份", True),
    ("北京旷视科技有限公司", "旷视科技有限公司", True),
    ("浙江大华技术股份有限公司", "浙江宇视科技有限公司", False),
    ("上海复旦微电子集团股份有限公司", "上海富瀚微电子股份有限公司", False),
    ("浙江大华技术股份有限公司", "福建达华智能科技股份有限公司", False),
])
def test_han_pairs(a: str, b: str, same: bool) -> None:
    assert compare(rec(a), rec(b)).match is same


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_compare_any_text(a: str, b: str) -> None:
    result = compare(rec(a), rec(b))
    assert 0.0 <= result.score <= 1.0
    assert result.match == (result.score >= ALGORITHMS["fw-1"].threshold())


@pytest.mark.parametrize(("a", "b"), [
    ("Hongta Securities Co.,Ltd.", "Zhongtai Securities Co., Ltd."),
    ("Sino Biological Inc.", "CanSino Biologics Inc."),
])
def test_letters_inside_another_word_are_not_that_word(a: str, b: str) -> None:
    # "Hongta" is spelled inside "Zhongtai" and "Sino" inside "CanSino": other companies
    assert not compare(rec(a), rec(b)).match


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40), st.text(max_size=40))
def test_pairs_score_the_same_either_way_round(a: str, b: str) -> None:
    assert compare(rec(a), rec(b)).score == compare(rec(b), rec(a)).score


@pytest.mark.parametrize(("a", "b"), [
    ("Zhongtai Securities Co., Ltd.", "Hongta Securities Co.,Ltd."),
    ("HUADONG MEDICINE CO.,LTD", "WEIHAI HUADONG AUTOMATION CO.,LTD"),
    ("Hangzhou Hikvision Digital Technology Co., Ltd.", "Hikvision"),
])
def test_real_pairs_score_the_same_either_way_round(a: str, b: str) -> None:
    one, other = compare(rec(a), rec(b)), compare(rec(b), rec(a))
    assert (one.score, one.explanation) == (other.score, other.explanation)


@pytest.mark.parametrize(("a", "b"), [
    # OFAC SDN / Entity List names and their own a.k.a. entries
    ("FUTURE BANK B.S.C.", "FUTURE BANK"),
    ("ELVEES RESEARCH AND DEVELOPMENT CENTER JSC", "ELVEES R&D CENTER JSC"),
    ("IRANIAN OIL COMPANY (U.K.) LIMITED", "IOC UK LTD"),
    ("LIMITED LIABILITY COMPANY SPECTRUM", "SPEKTRUM OOO"),
])
def test_latin_aliases_of_listed_organizations(a: str, b: str) -> None:
    result = compare(rec(a), rec(b))
    assert result.match, result.explanation


@pytest.mark.parametrize(("a", "b"), [
    ("Spectrum", "Spektrum"), ("Raiz", "Rayz"), ("Tsiklon", "Cyclone"), ("Kristall", "Kristal"),
])
def test_transliterations_of_one_word_are_alike(a: str, b: str) -> None:
    from fusionwatch.resolve.features.names import spelled_alike

    assert spelled_alike(a.lower(), b.lower()) and spelled_alike(b.lower(), a.lower())


@pytest.mark.parametrize(("a", "b"), [("hongta", "zhongtai"), ("fudan", "fullhan"),
                                      ("dahua", "dahan")])
def test_other_words_are_not_alike(a: str, b: str) -> None:
    from fusionwatch.resolve.features.names import spelled_alike

    assert not spelled_alike(a, b)


@pytest.mark.parametrize(("a", "b", "same"), [
    # buyers in procurement notices vs public security bureaus on the Entity List
    ("乌鲁木齐市公安局", "Urumqi Municipal Public Security Bureau", True),
    ("新疆维吾尔自治区公安厅", "Xinjiang Uyghur Autonomous Region Public Security Bureau", True),
    ("Urumqi Municipal Public Security Bureau", "Urumqi PSB", True),
    ("乌鲁木齐市公安局", "Kashgar Public Security Bureau", False),
    ("Urumqi Municipal Public Security Bureau", "Hami Municipal Public Security Bureau", False),
    # autonomous prefectures: the ethnic group is no part of the place (and "Kazakh" there
    # is no Kazakhstan); Uyghur, Mongolian and pinyin spellings of one place
    ("伊犁哈萨克自治州公安局", "Ili Kazakh Autonomous Prefecture Public Security Bureau", True),
    ("Yili Kazakh Autonomous Prefecture Public Security Bureau",
     "Ili Kazakh Autonomous Prefecture Public Security Bureau", True),
    ("克孜勒苏柯尔克孜自治州公安局", "Kizilsu Autonomous Prefecture Public Security Bureau",
     True),
    ("Kezilesu Kyrgyz Autonomous Prefecture Public Security Bureau",
     "Kizilsu Autonomous Prefecture Public Security Bureau", True),
    ("博尔塔拉蒙古自治州公安局",
     "Bortala Mongolian Autonomous Prefecture Public Security Bureau", True),
    ("巴音郭楞蒙古自治州公安局",
     "Bayingolin Mongolian Autonomous Prefecture Public Security Bureau", True),
    ("Kashgar Prefecture Public Security Bureau", "Kashi Prefecture Public Security Bureau",
     True),
    ("阿勒泰市公安局", "Altay Municipality Public Security Bureau", True),
    # a city the Production and Construction Corps governs, like a prefecture
    ("石河子市公安局", "Shihezi Municipality Public Security Bureau", True),
    ("Kashgar Prefecture Public Security Bureau", "Hotan Prefecture Public Security Bureau",
     False),
    ("伊犁哈萨克自治州公安局", "Bortala Mongolian Autonomous Prefecture Public Security Bureau",
     False),
    # county bureaus, the buyers of many notices: a county's name before "County"
    ("墨玉县公安局", "Moyu County Public Security Bureau", True),
    ("于田县公安局", "Yutian County Public Security Bureau", True),
    ("墨玉县公安局", "Luopu County Public Security Bureau", False),
    ("Moyu County Public Security Bureau", "Luopu County Public Security Bureau", False),
    # the region's bureau is not the Production and Construction Corps' bureau
    ("新疆维吾尔自治区公安厅",
     "Xinjiang Production and Construction Corps (XPCC) Public Security Bureau", False),
    ("新疆维吾尔自治区公安厅",
     "Xinjiang Uyghur Autonomous Region (XUAR) People's Government Public Security Bureau",
     True),
    # a body named by place and kind has no brand: gong an ju is no "Kuang-Chi"
    ("喀什地区公安局", "Kuang-Chi Group", False),
    ("喀什地区公安局", "KINGLY WON INTERNATIONAL CO., LTD.", False),
])
def test_government_bodies_across_scripts(a: str, b: str, same: bool) -> None:
    result = compare(rec(a), rec(b))
    assert result.match is same, result.explanation


@pytest.mark.parametrize(("a", "b"), [
    ("Scott Technologies FZE", "Scot Technologies"),  # one spelling, letters doubled
    ("OPEN JOINT STOCK COMPANY SVETLOGORSKKHIMVOLOKNO", "OJSC SVETLOGORSK KHIMVOLOKNO"),
    ("FUTURE BANK B.S.C.", "FUTUREBANK"),
])
def test_one_trade_name_written_with_other_word_breaks(a: str, b: str) -> None:
    # the names of one listed entity: the word features must see the same words
    from fusionwatch.resolve.algorithms import fw1
    from fusionwatch.resolve.normalize import prepare

    _, scores, _ = fw1.reference_logit(prepare(a), prepare(b))
    assert scores.get("distinct_shared", 0.0) >= 0.9, scores
    assert "core_extra" not in scores and "weak_shared" not in scores, scores
    assert compare(rec(a), rec(b)).match


@pytest.mark.parametrize(("a", "b", "read"), [
    ("JOINT STOCK COMMERCIAL BANK PRIMORYE", "JSCB PRIMORYE BANK",
     "JSCB read as 'joint stock commercial bank'"),
    ("Nanjing Aixi Information Technology Co., Ltd.", "Nanjing Aixi IT",
     "IT read as 'information technology'"),
])
def test_abbreviated_words_are_read_in_the_other_names_words(a: str, b: str,
                                                            read: str) -> None:
    assert_read_both_ways(a, b, read)


@pytest.mark.parametrize(("a", "b"), [
    # CRI would stand for the kind of body, but the trade names differ
    ("JSC CRI Burevestnik", "Central Research Institute Cyclone JSC"),
    # initials alone: ANA is the Albanian National Army's, not Al Noor Alaili Trading's
    ("ANA", "Al Noor Alaili Trading Company"),
])
def test_abbreviation_is_read_only_beside_a_shared_trade_name_word(a: str, b: str) -> None:
    result = compare(rec(a), rec(b))
    assert " read as " not in result.explanation
    assert not result.match, result.explanation


@pytest.mark.parametrize(("long", "short"), [
    # aliases on the bundled lists: the leading words' initials, and initials that leave
    # out one industry word
    ("National Research Center for Parallel Computer Engineering and Technology", "NRCPC"),
    ("China Aerospace Science and Technology Corporation", "CASC"),
    ("China South Industries Group Corporation", "CSGC"),
])
def test_acronyms_of_leading_words_or_without_an_industry_word(long: str, short: str) -> None:
    result = compare(rec(long), rec(short))
    assert result.match and "is an acronym of the other name" in result.explanation


def test_an_acronym_leaves_out_industry_words_only() -> None:
    # "GCTC" leaves out Tone, a word of the trade name: no acronym of it
    assert not compare(rec("Global Tone Communication Technology Co., Ltd."),
                       rec("GCTC")).match


def test_acronym_beside_an_unshared_word_is_no_match() -> None:
    # "CCCC Dredging" (China Communications Construction) is not "Car Care Center CCC"
    assert not compare(rec("CCCC Dredging"), rec("CAR CARE CENTER CCC")).match


@pytest.mark.parametrize(("a", "b"), [
    ("CSD", "CST"), ("CSC", "CSCC"), ("DAMA", "TAMAS"),  # one loose key, other initials
    ("SYRIAN AIR FORCE", "SYRIANAIR"),  # a country and a word are no trade name
])
def test_short_names_alike_in_letters_are_not_one(a: str, b: str) -> None:
    assert not compare(rec(a), rec(b)).match


def test_plants_of_one_city_making_other_things_are_two() -> None:
    result = compare(rec("JSC Khabarovsk Radio Engineering Plant"),
                     rec("AO Khabarovsky Sudostroitelny Zavod"))
    assert not result.match and "different units" in result.explanation


@pytest.mark.parametrize(("a", "b", "read"), [
    ("BuyBest Electronic", "Buy Best Electronic Pars", "'buy best' read as 'buybest'"),
    ("NtechLab LLC", "ntech lab", "'ntech lab' read as 'ntechlab'"),
])
def test_words_written_apart_are_read_as_the_other_names_one_word(a: str, b: str,
                                                                  read: str) -> None:
    result = compare(rec(a), rec(b))
    assert result.match and read in result.explanation, result.explanation


def test_russian_place_adjective_is_its_place() -> None:
    # "Vyborgsky" shipyard is the Vyborg shipyard (an OFAC alias pair)
    result = compare(rec("PUBLIC JOINT STOCK COMPANY VYBORG SHIPYARD"),
                     rec("PJSC VYBORGSKY SUDOSTROITELNY FACTORY"))
    assert result.match, result.explanation


def test_the_same_name_of_common_words_is_one_body() -> None:
    # OFAC and State's nonproliferation list name it alike; each word is common in lists
    same = compare(rec("IRAN SPACE RESEARCH CENTER"), rec("Iran Space Research Center"))
    assert same.match and same.score >= 0.95 and "the same name" in same.explanation
    # ... but not in two countries, nor a body and its branch
    assert not compare(rec("Iran Space Research Center", countries=("ir",)),
                       rec("Iran Space Research Center", countries=("sy",))).match


def test_a_word_and_its_ending_are_no_other_field() -> None:
    result = compare(rec("MINSK WHEEL TRACTOR PLANT"), rec("Minsk Wheeled Tractor Plant"))
    assert "different units" not in result.explanation


def test_one_acronym_of_many_plants_is_not_the_same_name() -> None:
    # "AO MMZ" is an alias of the Mari and of the Mytishchi machine-building plants
    assert "the same name" not in compare(rec("AO MMZ"), rec("JSC MMZ")).explanation


@pytest.mark.parametrize(("a", "b", "alike"), [
    ("minsheng", "meisheng", False),  # min / mei: two syllables, two names
    ("jinghong", "jinhong", True),    # -ng / -n: one name spelled two ways
    ("babai", "babaei", True),        # not the same syllable count: no pinyin judgement
])
def test_pinyin_words_apart_in_a_syllable_are_not_alike(a: str, b: str, alike: bool) -> None:
    from fusionwatch.resolve.features.names import spelled_alike

    assert spelled_alike(a, b) is alike


def test_two_forms_of_one_glossary_brand_are_not_weak_evidence() -> None:
    # 曙光 is Sugon and Dawning (brands.csv): the shared brand is not "common words only"
    result = compare(rec("Sugon Information Industry Co Ltd"),
                     rec("Dawning Information Industry Co Ltd"))
    assert result.match and "only common words" not in result.explanation


@pytest.mark.parametrize(("a", "b"), [
    ("Deutsche Telekom AG", "Deutsche Bank AG"),
    ("Bank of Hangzhou Co., Ltd.", "Hangzhou Cable Co., Ltd."),
])
def test_a_place_and_two_kinds_of_body_are_two(a: str, b: str) -> None:
    result = compare(rec(a), rec(b))
    assert not result.match and "different kinds" in result.explanation


def test_an_annotation_abbreviating_the_name_itself_is_no_word_of_its_own() -> None:
    # OFAC and State's nonproliferation list, with and without "(MCF)"
    result = compare(rec("MECHANICAL CONSTRUCTION FACTORY"),
                     rec("Mechanical Construction Factory (MCF)"))
    assert result.match and result.score >= 0.95, result.explanation


@pytest.mark.parametrize(("a", "b", "read"), [
    # 比亚迪 (bi ya di): a company abbreviates its pinyin name by syllables
    ("BYD Auto Co., Ltd.", "Shenzhen Biyadi Auto Co., Ltd.", "BYD read as 'biyadi'"),
])
def test_initials_of_pinyin_syllables_are_read_as_the_word(a: str, b: str, read: str) -> None:
    assert_read_both_ways(a, b, read)


@pytest.mark.parametrize(("a", "b", "read"), [
    # 中国银河证券: 银河 (yin he) is galaxy; 长城 (chang cheng) the Great Wall
    ("China Yinhe Securities Co., Ltd.", "China Galaxy Securities Co., Ltd.",
     "'yinhe' read as 'galaxy' (银河)"),
    ("Great Wall Motor Company Limited", "Changcheng Motor Co",
     "'changcheng' read as 'great wall' (长城)"),
])
def test_a_pinyin_trade_name_is_read_as_its_english(a: str, b: str, read: str) -> None:
    assert_read_both_ways(a, b, read)


@pytest.mark.parametrize(("a", "b"), [
    ("Yinhe Biomedical", "Orient Biomedical"),  # orient is no meaning of yin he
    ("Yinhe", "Galaxy"),  # nothing else shared: a translation alone is no evidence
])
def test_a_pinyin_word_is_read_only_as_its_meanings_beside_a_shared_word(a: str,
                                                                         b: str) -> None:
    result = compare(rec(a), rec(b))
    assert " read as " not in result.explanation
    assert not result.match, result.explanation


@pytest.mark.parametrize(("a", "b", "read"), [
    # 中农发种业: one character a word of 中国农业发展 (China Agriculture Development)
    ("China Agriculture Development Seed Group Co., Ltd.",
     "Zhongnongfa Seed Industry Group Co., Ltd.",
     "'zhongnongfa' read as 'china agriculture development' (中农发)"),
])
def test_a_short_pinyin_name_is_read_one_syllable_a_word(a: str, b: str, read: str) -> None:
    assert_read_both_ways(a, b, read)


def test_a_short_pinyin_name_must_cover_every_word_of_the_other() -> None:
    # 农 is agriculture, but no syllable of zhong nong fa spells "machinery"
    result = compare(rec("China Agricultural Machinery Seed Co"),
                     rec("Zhongnongfa Seed Industry Group Co., Ltd."))
    assert " read as " not in result.explanation
    assert not result.match, result.explanation


@pytest.mark.parametrize(("a", "b", "read"), [
    # 金发科技 writes 金 (jin) "King"; 盛路 (sheng) "Sun" in "Sunway" style brands
    ("Kingfa Sci. & Tech. Co., Ltd.", "Guangzhou Jinfa Science and Technology Co",
     "'kingfa' read as pinyin 'jinfa'"),
])
def test_a_brand_spelling_is_read_as_the_pinyin_it_spells(a: str, b: str, read: str) -> None:
    assert_read_both_ways(a, b, read)


def test_brand_readings() -> None:
    from fusionwatch.resolve.normalize.pinyin import brand_readings

    assert "jinfa" in brand_readings("kingfa")
    assert "shengwei" in brand_readings("sunway")
    # a voicing the tolerant key already makes one is no brand spelling to read:
    # Korea Taesong Trading and Korea Daesong Trading are two entities on the lists
    assert "daesong" not in brand_readings("taesong")
    assert brand_readings("kin") == ()  # too short to tell


def test_a_brand_spelling_alone_is_no_evidence() -> None:
    # nothing but the pinyin shared: not read
    result = compare(rec("Kingfa"), rec("Jinfa"))
    assert " read as " not in result.explanation


def test_two_initials_are_not_read_as_pinyin_syllables() -> None:
    # State's debarred L&M Manufacturing is not OFAC's Lema Manufacturing
    result = compare(rec("L&M Manufacturing Corporation"), rec("MANUFACTURING COMPANY LTD LEMA"))
    assert " read as " not in result.explanation
    assert not result.match, result.explanation


def test_han_initials_are_evidence_only_as_the_whole_latin_trade_name() -> None:
    # 广发证券 is "GF Securities"; 商汤 (shang tang) is no "S&T" laboratory at Xidian
    assert compare(rec("广发证券"), rec("GF SECURITIES CO.,LTD")).match
    lab = compare(rec("商湯集團有限公司"),
                  rec("Defense S&T Key Laboratory of Radar Signal Processing at Xidian University"))
    assert not lab.match, lab.explanation


def test_a_university_is_a_kind_of_body_not_a_trade_name() -> None:
    assert prepare_han("内蒙古大学").generic
    assert compare(rec("内蒙古大学"), rec("Inner Mongolia University")).match


def test_wade_giles_tsing_spells_qing() -> None:
    assert compare(rec("清华大学"), rec("Tsinghua University")).match


def test_two_acronyms_alike_in_sound_are_two() -> None:
    # OFAC's AO VZPS (Vladimir precision alloys) is not BIS's AO VZPP-S (Voronezh)
    assert not compare(rec("AO VZPP-S"), rec("AO VZPS")).match


def test_two_initials_of_a_han_name_need_an_industry_in_common() -> None:
    # 旷视科技 (kuang shi) is not ETA's alias "K.A.S." (the demo merged them at 1.00)
    from fusionwatch.resolve.policy import auto_merge

    for latin in ("K.A.S.", "KS"):
        a, b = rec("旷视科技有限公司"), rec(latin)
        result = compare(a, b)
        assert "name_evidence" not in result.features and not auto_merge(a, b, result)
    # 广发证券 is GF Securities
    assert compare(rec("广发证券股份有限公司"), rec("GF Securities Co., Ltd.")).match


def test_a_dotted_acronym_keeps_its_a() -> None:
    from fusionwatch.resolve.normalize.resources import latin_words

    assert latin_words("K.A.S.") == ["kas"]
    assert latin_words("A Company of the Year") == ["company", "year"]


def test_a_moscow_plant_is_not_a_moscow_association_of_another_name() -> None:
    # BIS's Moscow Radio-Technical Plant (MRTZ) and OFAC's NPO Soyuz were one on "Moskovskiy"
    assert prepare_latin("AO Moskovski Radiotekhnicheski Zavod").regions == {"moscow"}
    assert not compare(rec("AO Moskovski Radiotekhnicheski Zavod"),
                       rec("Moskovskoye Nauchno-Proizvodstvennoye Obyedineniye Soyuz")).match


def test_a_leading_legal_form_goes_before_a_trailing_one() -> None:
    # "Industrial Bank" is a legal form (GLEIF) and Moscow a place: the name stays one bank
    assert compare(rec("JOINT STOCK COMPANY MOSCOW INDUSTRIAL BANK"),
                   rec("PUBLIC JOINT STOCK COMPANY MOSCOW INDUSTRIAL BANK")).match


@pytest.mark.parametrize(("han", "latin"), [
    # ke, he and ge spelled as in Wade-Giles and in brands: Ko/Co, Ho
    ("格尔软件股份有限公司", "Koal Software Co., Ltd"),
    ("江苏润和软件股份有限公司", "Jiangsu Hoperun Software Co., Ltd."),
])
def test_wade_giles_and_brand_spellings_of_syllables(han: str, latin: str) -> None:
    assert compare(rec(han), rec(latin)).match


def test_a_us_state_is_a_place_not_a_trade_name() -> None:
    assert prepare_latin("Texas Instruments Incorporated").regions == {"texas"}
    assert prepare_latin("New York Air Brake").regions == {"newyork"}
    assert not compare(rec("Texas Instruments Incorporated"), rec("Texas Roadhouse Inc")).match
    assert compare(rec("Texas Instruments Incorporated"), rec("TEXAS INSTRS INC")).match


def test_two_swapped_letters_are_a_typing_error() -> None:
    from fusionwatch.resolve.features.names import swapped

    assert swapped("dahau", "dahua") and swapped("huadnog", "huadong")
    assert not swapped("dahua", "dahua") and not swapped("minsheng", "meisheng")
    # a customer file's typo still finds the Entity List's Dahua
    assert compare(rec("Zhejiang Dahau Technology"),
                   rec("Zhejiang Dahua Technology Co., Ltd.")).match
    # (the first letter must agree: a swap there is no longer "the same first letter")
    assert not compare(rec("Zhejiang Adhua Technology"),
                       rec("Zhejiang Dahua Technology Co., Ltd.")).match


def test_a_russian_initial_ye_may_be_written_e() -> None:
    # OFAC: "State Enterprise Evpatoria Sea Commercial Port" a.k.a. "Yevpatoria ... Seaport"
    from fusionwatch.resolve.features.names import spelled_alike

    assert spelled_alike("yevpatoria", "evpatoria")
    assert spelled_alike("yekaterinburg", "ekaterinburg")


@pytest.mark.parametrize(("a", "b"), [
    # a generic name's region is its name, in any spelling
    ("Peking University", "Beijing University"),
    ("Amoy Trading Co", "Xiamen Trading Co"),
    # a city of another province than the one named is a trade name: 伊利 (Yili, the
    # dairy group of Inner Mongolia) is not 伊犁 (Ili, in Xinjiang); 德宏 is in Yunnan
    ("伊利股份", "Inner Mongolia Yili Industrial Group Co., Ltd."),
    ("浙江德宏汽车电子电器股份有限公司",
     "Zhejiang Dehong Automotive Electronic & Electrical Co., Ltd."),
])
def test_places_read_as_places_or_names(a: str, b: str) -> None:
    result = compare(rec(a), rec(b))
    assert result.match and result.score > 0.9, result


def test_a_city_in_the_province_named_is_no_other_place() -> None:
    # both on the bundled lists; Jinan is Shandong's capital
    result = compare(rec("Shandong Sheenrun Optics & Electronics Co., Ltd."),
                     rec("Jinan Sheenrun Electronics Company Ltd."))
    assert result.match, result.explanation
    # two cities of one province are two places still (sibling subsidiaries)
    assert not compare(rec("Hangzhou Hikvision Digital Technology Co., Ltd."),
                       rec("Ningbo Hikvision Digital Technology Co., Ltd.")).match


def test_words_of_trade_names_that_are_also_legal_forms_somewhere() -> None:
    # GLEIF lists "Chartered" as a legal form; in "Standard Chartered" it is the name
    assert not compare(rec("Standard Chartered"), rec("Standard Bank")).match
    assert compare(rec("Standard Chartered PLC"), rec("Standard Chartered Bank")).match


def test_a_generic_name_names_its_country_either_way() -> None:
    assert compare(rec("United States Steel Corporation"), rec("US Steel Corp")).match


def test_a_roman_numeral_ending_a_name_numbers_it() -> None:
    # two OFAC entries (the bundled SDN list): a vehicle and its second
    assert not compare(rec("RIM GROUP INVESTMENTS, CORP."),
                       rec("RIM GROUP INVESTMENTS II CORP.")).match
    assert not compare(rec("TINDAYA PROPERTIES OF NEW YORK II CORP."),
                       rec("TINDAYA PROPERTIES OF NEW YORK III CORP.")).match
    # a person's initials inside a name are no number ("named after I.V. ...")
    named = "Federal State Unitary Enterprise Central Research Institute named after I.V. Gorynin"
    assert not prepare_latin(named).numbers
