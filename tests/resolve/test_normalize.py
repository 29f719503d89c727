"""Normalization of organization names (real names from the bundled lists)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fusionwatch.resolve.compare import NameRecord, compare
from fusionwatch.resolve.normalize import is_han, prepare, split_aliases
from fusionwatch.resolve.normalize.chinese import clean_han, han_number, prepare_han
from fusionwatch.resolve.normalize.latin import prepare_latin, words


def test_latin_hikvision_parts() -> None:
    name = prepare_latin("Hangzhou Hikvision Digital Technology Co., Ltd.")
    assert name.core == ("hikvision",)
    assert name.regions == {"hangzhou"}
    assert {"digital", "technology"} <= set(name.industry)
    assert "hikvision" in name.brands


def test_latin_abbreviations_and_legal_forms() -> None:
    short = prepare_latin("HANGZHOU HIKVISION DIGITAL TECH CO")
    full = prepare_latin("Hangzhou Hikvision Digital Technology Company Limited")
    assert short.core_key == full.core_key
    assert short.industry == full.industry
    assert words("Sci&Tech Intl Grp Co.,Ltd") == [
        "science", "technology", "international", "group", "company", "limited"]


@pytest.mark.parametrize(("dotted", "plain"), [
    ("FUTURE BANK B.S.C.", "Future Bank BSC"),  # Entity List / SDN spellings of one bank
    ("ELVEES R&D CENTER JSC", "ELVEES RD Center JSC"),
    ("IRANIAN OIL COMPANY (U.K.) LIMITED", "IRANIAN OIL COMPANY (UK) LIMITED"),
])
def test_latin_initialisms_with_dots(dotted: str, plain: str) -> None:
    a, b = prepare_latin(dotted), prepare_latin(plain)
    assert (a.core, a.legal, a.regions) == (b.core, b.legal, b.regions)


def test_latin_gulf_legal_forms_and_written_out_acronyms() -> None:
    assert prepare_latin("FUTURE BANK B.S.C.").core == prepare_latin("FUTURE BANK").core
    assert "rd" not in prepare_latin("ELVEES R&D CENTER JSC").core
    assert "ioc" in prepare_latin("IRANIAN OIL COMPANY (U.K.) LIMITED").acronyms


@pytest.mark.parametrize(("written", "words_"), [
    ("ARTIN SANA'AT TABAAN COMPANY", ["artin", "industry", "tabaan", "company"]),  # sanaat
    ("L’Oreal", ["loreal"]),
    ("People's Bank of China", ["people", "bank", "china"]),
    ("Shipyard 'MORYE'", ["shipyard", "morye"]),  # quotes around a word are not inside it
])
def test_latin_apostrophe_inside_a_word_joins_it(written: str, words_: list[str]) -> None:
    assert words(written) == words_


def test_latin_numbers_and_branch() -> None:
    cetc = prepare_latin("China Electronics Technology Group Corporation 13th Research Institute")
    assert cetc.numbers == {"13"}
    assert prepare_latin("Bank of China Ltd. Beijing Branch").branch


@pytest.mark.parametrize("written", [
    "Inspur (HK) Electronics Co., Ltd.", "Inspur (Hong Kong) Electronics",
    "INSPUR (HONG KONG) ELECTRONICS"])
def test_latin_a_place_in_parentheses_says_where_in_any_case(written: str) -> None:
    name = prepare_latin(written)
    assert name.core == ("inspur", "electronic")
    assert name.regions == {"hongkong"}
    assert "hong" not in name.acronyms and "kong" not in name.tokens


def test_latin_a_country_in_parentheses_is_a_region_not_a_word() -> None:
    # Entity List names
    name = prepare_latin("Huawei Technologies (Australia) Pty Ltd.")
    assert name.regions == {"au"} and name.core == ("huawei", "technology")
    assert prepare_latin("BGI Tech Solutions (Hongkong) Co., Ltd.").regions == {"hongkong"}
    # a place the region table lacks stays a word of the name
    assert "yangon" in prepare_latin("Huawei Technologies (Yangon) Co., Ltd.").tokens


def test_aliases_split() -> None:
    assert split_aliases("Sugon a.k.a. Dawning") == ["Sugon", "Dawning"]
    assert split_aliases("Hikvision") == ["Hikvision"]


def test_han_hikvision_parts() -> None:
    name = prepare_han("杭州海康威视数字技术股份有限公司")
    assert name.core == ("海康威视",)
    assert name.regions == {"hangzhou"}
    assert name.syllables == ("hai", "kang", "wei", "shi")
    assert "股份有限公司" in name.legal
    assert "hikvision" in name.brands


def test_han_traditional_and_full_width() -> None:
    assert clean_han("東方網力科技股份有限公司") == "东方网力科技股份有限公司"
    assert prepare("（杭州）海康威视").core == prepare("(杭州)海康威视").core


def test_han_dash_between_characters_joins_one_name() -> None:
    # the listed name of 中兴商业 (Shenyang); a stock mark "-U" after the name stays
    assert clean_han("中兴-沈阳商业大厦(集团)股份有限公司") == "中兴沈阳商业大厦(集团)股份有限公司"
    assert clean_han("中芯国际-U") == "中芯国际-U"
    assert compare(NameRecord(("中兴-沈阳商业大厦(集团)股份有限公司",)),
                   NameRecord(("ZHONGXING SHENYANG COMMERCIAL BUILDING GROUP CO.,LTD",))).match


def test_han_branch_is_flagged() -> None:
    branch = prepare_han("杭州海康威视数字技术股份有限公司北京分公司")
    assert branch.branch and branch.core == ("海康威视",)
    assert "beijing" in branch.regions


def test_han_numbered_institute() -> None:
    assert prepare_han("中国电子科技集团公司第十三研究所").numbers == {"13"}
    assert han_number("十四") == "14" and han_number("五十四") == "54"


def test_script_detection() -> None:
    assert is_han("海康威视") and not is_han("Hikvision")


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_prepare_never_crashes(text: str) -> None:
    prepare(text)


ALPHABET = list("海康威视大华杭州技术股份有限公司 ABCco.,Ltd&()（）")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET)))
def test_normalization_is_idempotent(text: str) -> None:
    once = " ".join(words(text))
    assert " ".join(words(once)) == once
    cleaned = clean_han(text)
    assert clean_han(cleaned) == cleaned


def test_users_extend_the_brand_glossary(tmp_path: Path) -> None:
    from fusionwatch.resolve.compare import NameRecord, compare
    from fusionwatch.resolve.normalize.resources import extend_brands

    glossary = tmp_path / "brands.csv"
    glossary.write_text("zh,en,source\n特斯拉,Tesla,https://www.tesla.com\n", encoding="utf-8")
    tesla = NameRecord(("Tesla Shanghai Co., Ltd.",))
    seen = NameRecord(("特斯拉上海有限公司",))  # compared before: its prepared names are kept
    compare(seen, tesla)
    assert extend_brands(glossary) == 1
    assert "tesla" in prepare("特斯拉上海有限公司").brands
    assert compare(NameRecord(("特斯拉上海有限公司",)), tesla).match
    assert compare(seen, tesla).features["name_evidence"] == 1.0  # prepared again


def test_bad_brand_file(tmp_path: Path) -> None:
    from fusionwatch.errors import FormatError, MissingFileError
    from fusionwatch.resolve.normalize.resources import extend_brands

    with pytest.raises(MissingFileError):
        extend_brands(tmp_path / "none.csv")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(FormatError):
        extend_brands(bad)


def test_other_scripts_are_transliterated() -> None:
    assert prepare_latin("ПАО Сбербанк").core_key == prepare_latin("Sberbank PJSC").core_key
    assert prepare_latin("ООО Ромашка").legal == {"ooo"}


@pytest.mark.parametrize(("written", "english"), [
    ("90 EKSPERIMENTALNY ZAVOD OAO", "90 EXPERIMENTAL PLANT OPEN JOINT STOCK COMPANY"),
    ("Atlas Trade Dis Ticaret Limited", "Atlas Trade Dis Tic Ltd Sti"),
    ("SHERKAT NAFT PARS SAHAMI AAM", "PARS OIL CO."),
])
def test_organization_words_of_other_languages_read_in_english(written: str,
                                                               english: str) -> None:
    # the two names of one listed entity share their words once translated
    a, b = prepare_latin(written), prepare_latin(english)
    assert a.core == b.core or set(a.tokens) == set(b.tokens), (a.tokens, b.tokens)


def test_organization_word_table_is_well_formed() -> None:
    import csv
    from importlib import resources

    text = resources.files("fusionwatch").joinpath("data", "org_words.csv").read_text("utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) > 100
    seen = set()
    for row in rows:
        assert row["match"] in ("word", "prefix"), row
        assert row["form"].isascii() and row["form"].isalpha() and row["form"].islower(), row
        assert row["match"] == "word" or len(row["form"]) >= 6, row
        assert row["example"], row  # a use in the lists, or a dictionary gloss
        assert (row["form"], row["match"]) not in seen, row
        seen.add((row["form"], row["match"]))


def test_words_as_written_keep_other_languages() -> None:
    assert words("Zavod Iskra", translate=False) == ["zavod", "iskra"]
    assert words("Zavod Iskra") == ["plant", "iskra"]


def test_two_word_legal_form_in_front_is_stripped() -> None:
    name = prepare_latin("AKTSIONERNOE OBSHCHESTVO SPETSIALNOE KONSTRUKTORSKOE BYURO "
                         "VYCHISLITELNOI TEKHNIKI")
    assert "aktsionernoe obshchestvo" in name.legal
    assert "aktsionernoe" not in name.core


@pytest.mark.parametrize(("spelled", "short"), [
    # spellings of Russian legal forms in the bundled lists
    ("OTKRYTOYE AKTSIONERNOYE OBSCHESTVO TAE AVIA", "OAO TAE AVIA"),
    ("OBSHESTVO S OGRANICHENNOJ OTVETSTVENNOSTYU NIPIGAZ IT", "OOO NIPIGAZ IT"),
    ("Zakrytoe akcionernoe obshchestvo Rostelecom", "ZAO Rostelecom"),
    ("KAMAZ Publicly Traded Company", "KAMAZ PAO"),
])
def test_russian_legal_forms_in_other_spellings_are_legal_forms(spelled: str,
                                                                 short: str) -> None:
    assert prepare_latin(spelled).core == prepare_latin(short).core


@pytest.mark.parametrize(("long", "short"), [
    ("FEDERAL STATE INSTITUTION OF HIGHER VOCATIONAL EDUCATION MOSCOW INSTITUTE OF PHYSICS "
     "AND TECHNOLOGY", "Moscow Institute of Physics and Technology"),
    ("FEDERAL STATE UNITARY ENTERPRISE GOSNIIAS", "GosNIIAS"),
])
def test_russian_state_body_forms_are_legal_forms(long: str, short: str) -> None:
    assert prepare_latin(long).core == prepare_latin(short).core


@pytest.mark.parametrize(("short", "long"), [
    # company registers' and market data's abbreviations (SEC EDGAR style)
    ("APPLIED MATLS INC", "Applied Materials Inc"),
    ("NATL INSTRS CORP", "National Instruments Corporation"),
    ("GEN DYNAMICS CORP", "General Dynamics Corporation"),
    ("CHINA STATE CONSTR ENGR CORP", "China State Construction Engineering Corporation"),
    ("INSPUR ELEC INFO IND CO LTD", "Inspur Electronic Information Industry Co., Ltd."),
])
def test_register_abbreviations_are_read_in_full(short: str, long: str) -> None:
    assert prepare_latin(short).core == prepare_latin(long).core


def test_loose_key_reads_a_hard_c_as_k_and_a_pinyin_c_as_ts() -> None:
    from fusionwatch.resolve.normalize.pinyin import loose

    assert loose("ostec") == loose("ostek")  # OFAC's OSTEC-EC / OSTEK-EK
    assert loose("clou") == loose("klou") and loose("lucky") == loose("luky")
    assert loose("cai") == loose("tsai") != loose("kai")  # 蔡: pinyin c is ts


def test_brand_spellings_with_a_hard_c_read_as_pinyin() -> None:
    # 科陆电子 (ke lu) writes itself "CLOU"; 可立克 (ke li ke) "Click"
    assert compare(NameRecord(("深圳市科陆电子科技股份有限公司",)),
                   NameRecord(("SHENZHEN CLOU ELECTRONICS CO.,LTD.",))).match
    assert compare(NameRecord(("深圳可立克科技股份有限公司",)),
                   NameRecord(("ShenZhen Click Technology Co.,LTD",))).match


def test_a_c_in_an_acronym_stays_apart_from_k() -> None:
    # BIS: TsNIRTI ("CNIRTI", the Central institute named after Berg) is not KNIRTI (Kaluga)
    from fusionwatch.resolve.normalize.pinyin import loose

    assert loose("cnirti") != loose("knirti")


@pytest.mark.parametrize(("name", "region"), [
    ("伊犁哈萨克自治州公安局", "yili"), ("克孜勒苏柯尔克孜自治州", "kezilesu"),
    ("黔东南苗族侗族自治州人民医院", "qiandongnan"), ("西双版纳傣族自治州", "xishuangbanna"),
    ("阿勒泰地区", "aletai"),  # 勒 is le in place names
    ("昌都市公安局", "changdu"),  # 都 is du
    ("长治市公安局", "changzhi"), ("朝阳市公安局", "chaoyang"),  # 长 chang, 朝 chao
])
def test_autonomous_areas_are_their_place(name: str, region: str) -> None:
    assert region in prepare_han(name).regions


def test_ethnic_group_before_autonomous_is_no_country() -> None:
    name = prepare_latin("Ili Kazakh Autonomous Prefecture Public Security Bureau")
    assert name.regions == {"yili"} and name.generic
    assert prepare_latin("Qiandongnan Miao and Dong Autonomous Prefecture").regions == {
        "qiandongnan"}
    assert "kz" in prepare_latin("Kazakh Telecom").regions  # elsewhere Kazakh is Kazakhstan


def test_city_of_another_province_is_a_trade_name() -> None:
    yili = prepare_latin("Inner Mongolia Yili Industrial Group Co., Ltd.")
    assert yili.core == ("yili",) and yili.regions == {"innermongolia"}
    assert prepare_latin("Xinjiang Yili Kazakh Autonomous Prefecture").regions == {
        "xinjiang", "yili"}
    assert prepare_han("浙江德宏汽车电子电器股份有限公司").core == ("德宏",)
    # a branch's place is no province of the name's own
    assert prepare_han("杭州海康威视数字技术股份有限公司北京分公司").core == ("海康威视",)


@pytest.mark.parametrize(("name", "region"), [
    # Uyghur, Mongolian and Tibetan forms in the lists' English
    ("Ulanqab Nanda Microelectronics Materials Co., Ltd.", "wulanchabu"),  # Entity List
    ("Kumul Municipality Public Security Bureau", "hami"),
    ("Chamdo Public Security Bureau", "changdu"),
    ("Ordos Coal Co", "eerduosi"),
])
def test_places_in_their_local_forms(name: str, region: str) -> None:
    assert region in prepare_latin(name).regions
