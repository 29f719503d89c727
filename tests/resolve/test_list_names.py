"""Matching on real names from the bundled US lists (never the dev sets).

Positives are the same organization as listed by different agencies or in another
script; negatives are the near misses that chain clusters together if they link:
sibling institutes, parent vs subsidiary, generic Russian/Turkish legal forms.
"""

from __future__ import annotations

import pytest

from fusionwatch.resolve.compare import NameRecord, compare

SAME = [
    # Entity List vs 1260H / NS-CMIC / FCC covered list
    (("Hangzhou Hikvision Digital Technology Co., Ltd.", "Hikvision"),
     ("Hangzhou Hikvision Digital Technology Co., Ltd.",)),
    (("Hangzhou Hikvision Digital Technology Co., Ltd.", "Hikvision"),
     ("杭州海康威视数字技术股份有限公司",)),
    (("Dahua Technology",), ("Dahua Technology Company",)),
    (("Dahua Technology",), ("浙江大华技术股份有限公司",)),
    (("Megvii Technology",), ("Megvii Technology Limited",)),
    (("SENSETIME GROUP LTD",), ("SenseTime",)),
    (("SUGON",), ("Sugon",)),
    (("IFLYTEK",), ("科大讯飞股份有限公司",)),
    (("China Electronics Technology Group Corporation 14th Research Institute (CETC 14)",),
     ("CETC 14th Research Institute",)),
    # Entity List / SDN / Nonproliferation entries of one organization
    (("Uralvagonzavod", "NPK Uralvagonzavod"), ("URALVAGONZAVOD",)),
    (("Joint Stock Company State Scientific Research Institute Kristall",),
     ("JOINT STOCK COMPANY STATE SCIENTIFIC RESEARCH INSTITUTE KRISTALL",)),
    (("CJSC BELTECHEXPORT",), ("BelTechExport",)),
    (("ISLAMIC REPUBLIC OF IRAN SHIPPING LINES",),
     ("Islamic Republic of Iran Shipping Lines (IRISL)",)),
    (("Private Military Company 'Wagner'",), ("PRIVATE MILITARY COMPANY 'WAGNER'",)),
    (("Trust Logistics",), ("TRUST LOGISTIC",)),
    (("Keldysh Institute of Applied Mathematics of the Russian Academy of Sciences",),
     ("KELDYSH INSTITUTE OF APPLIED MATHEMATICS",)),
]

DIFFERENT = [
    (("Dahua Technology",), ("Uniview",)),
    (("Hangzhou Hikvision Digital Technology Co., Ltd.",), ("浙江大华技术股份有限公司",)),
    (("China Electronics Technology Group Corporation 13th Research Institute (CETC 13)",),
     ("China Electronics Technology Group Corporation 14th Research Institute (CETC 14)",)),
    (("China Electronics Technology Group Corporation 14th Research Institute (CETC 14)",),
     ("China State Shipbuilding Corporation, Limited (CSSC) 714th Research Institute",)),
    (("China Aerospace Science and Technology Corporation (CASC) 9th Academy 771 Research "
      "Institute",),
     ("China Aerospace Science and Technology Corporation (CASC) 9th Academy 772 Research "
      "Institute",)),
    (("China Electronics Technology Group Corporation No. 28 Institute",),
     ("ELECTRONICS INSTITUTE",)),
    (("Chinese Academy of Sciences Institute of Microelectronics",),
     ("Chinese Academy of Sciences (CAS) - Institute of Computing Technology (ICT)",)),
    (("Tianjin University",),
     ("Defense S&T Key Laboratory of Multi-spectral Information Processing Technology at "
      "Huazhong University of S&T",)),
    (("Hefei National Laboratory for Quantum Information Science",),
     ("China National Machinery and Electric Import/Export Co.",)),
    (("Beijing Huawei Digital Technologies Co., Ltd.",),
     ("Chengdu Huawei Technologies Co., Ltd.",)),
    (("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU ALFA ENERGO",),
     ("OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU 1A",)),
    (("Gazprom Mezhregiongaz, OOO",), ("Gazprom Transgaz Tomsk, OOO",)),
    (("BASIC ELEMENT LIMITED",), ("JOINT STOCK COMPANY ELEMENT",)),
    (("PERLITE INSAAT SANAYI VE TICARET ANONIM SIRKETI",),
     ("REY HAVACILIK ITHALAT IHRACAT SANAYI VE TICARET ANONIM SIRKETI",)),
    (("IRANIAN OIL COMPANY (U.K.) LIMITED",), ("ADVANCED TECHNOLOGIES COMPANY OF IRAN",)),
    (("Detail Technology (HK) Limited",), ("安徽省利信工程项目管理有限公司",)),
    (("JUAREZ CARTEL",), ("Defense Industries Organization",)),
    (("Shanghai Fudan Microelectronics Group Co., Ltd.",),
     ("Shanghai Fullhan Microelectronics Co., Ltd.",)),
    # Names sharing only words common in list names (a ministry, a place, a trade word)
    (("IRANIAN MINISTRY OF PETROLEUM",), ("Iranian Ministry of Defense",)),
    (("Rocket Force Engineering University",), ("MINISTRY OF ROCKET INDUSTRY",)),
    (("Golsad Istanbul Trading",), ("Huawei OpenLab Istanbul",)),
    (("KHAZAR STEEL CO.",), ("Nilfam Khazar Co.",)),
    (("Gazprom Kapital, OOO",), ("CLOSED JOINT STOCK COMPANY 'IFD KAPITAL'",)),
    (("PARS PETROCHEMICAL COMPANY",), ("Pars Aviation Service Co. (PASC)",)),
    (("LLC Center",), ("ENGINEERING CENTER OF INNOVATIVE TECHNOLOGIES",)),
    (("Gulf Gate Sea Cargo LLC",), ("NORTH SOUTH CARGO",)),
    (("University of Science and Technology of China",),
     ("CHINA AEROSPACE SCIENCE AND TECHNOLOGY CORPORATION",)),
    # Ordinal words number units like digits
    (("FIRST DIVISION OF THE SYRIAN ARAB ARMY",), ("FOURTH DIVISION OF THE SYRIAN ARAB ARMY",)),
    # Two letters, or initials spelling a common word, are no acronym evidence
    (("Iran Air",), ("ISLAMIC REVOLUTIONARY CORPS",)),
    (("Air Force Engineering University",), ("THE AIRLINE OF THE ISLAMIC REPUBLIC OF IRAN",)),
    # A short word found inside a longer one is not a shared word
    (("OOO Sovtest Comp",), ("A.I.C. COMPREHENSIVE RESEARCH INSTITUTE",)),
    # Notice organizations vs list names linked by one translated generic word
    (("新疆东方工程管理有限公司",), ("ORIENTAL DYNASTY LIMITED",)),
    (("New Faith Enterprise Investment Limited",), ("安徽省利信工程项目管理有限公司",)),
    (("天津市联合环保工程设计有限公司",), ("JOINT STOCK COMPANY UNITED SHIPBUILDING CORPORATION",)),
]


@pytest.mark.parametrize("a,b", SAME)
def test_same_organization_matches(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    result = compare(NameRecord(a), NameRecord(b))
    assert result.match, f"{a} ~ {b}: {result.score:.2f} {result.explanation}"


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_near_misses_do_not_match(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    result = compare(NameRecord(a), NameRecord(b))
    assert not result.match, f"{a} ~ {b}: {result.score:.2f} {result.explanation}"
