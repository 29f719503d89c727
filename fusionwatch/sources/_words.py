"""Word lists for :mod:`fusionwatch.sources.persons`, kept apart so they can grow.

All words are lower case, compared against :func:`persons.tokens` output (dots
inside legal forms removed: "S.A." -> "sa", "Co." -> "co").
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Legal forms and their transliterations: any of these makes the entry a Company.
LEGAL_FORMS = _words(
    """
    ltd limited llc llp lp plc inc incorporated corp corporation co company cie
    gmbh ag kg ohg sa sas sasu sarl srl spa sl bv nv ab as asa oy oyj aps kft
    zrt doo dd ad ead ood jsc ojsc cjsc pjsc njsc ooo oao zao pao ao tov pat fgup
    fsue sue sftue fze fzco fzc fzllc fzo dmcc dwc est wll llc-fz pte pty bhd sdn
    kk tbk pt cv sro spzoo ltda sac eirl cc sirketi sti ticaret anonim limitada
    obshchestvo aktsionernoe otkrytoe zakrytoe publichnoe tovarystvo gongsi youxian
    jituan sanayi sal anstalt dooel gyo osoo spr scs sapi ou uab fau fku fgbu fgup gup mup
    gc npc vpk mpi sp
    """
)

# Commercial words: the entry is a company even without a legal form.
ORG_WORDS = _words(
    """
    group holding holdings industries industry industrial industrie trading trade traders
    enterprise enterprises international technology technologies tech technic technique
    technik techno electronics electronic electronica elektronik elektronika electric
    electrical electro systems system engineering engineers services service solutions
    manufacturing manufacturer manufacturers production products product aviation
    aerospace aero airlines airline air airways shipyard shipping shipbuilding
    logistics import importers export exporters supply supplies equipment machinery
    machine instruments instrument components component parts materials chemicals
    chemical chemie kimya petroleum petrochemical petrochemicals oil gas energy power
    telecom telecommunications communications communication software semiconductor
    semiconductors microelectronics microsystems optics optical photonics concern
    consortium partnership firm establishment complex plant factory works mills mill
    bank capital investment investments invest ventures finance financial insurance
    global worldwide motors motor automotive marine maritime refinery refining mining
    metals metal alloys alloy steel construction contracting development developments
    consulting consultants consultancy marketing management network networks networking
    cloud openlab computer computers store stores shop zone link logic trust catering
    display devices device design designs scientific scientech biotech biotechnology
    pharmaceutical pharmaceuticals pharma pharm farm agency agencies exchange express
    transport transportation freight cargo lines line fleet port ports railway railways
    field fields sons brothers associates partners media studio studios film resources
    commodities goods general universal imports exports solution labs laboratories
    robotics automation drones drone satellite space rocket missile missiles defense
    defence arms armament armaments weapons ammunition explosives nuclear vehicle
    vehicles spares precision integrated circuit circuits chips chip sensor sensors
    radar radio wireless digital data information intelligent smart vision video
    security tools tooling hub mart market center centre office import-export sazeh
    sanat sanaye sanaat sanatgaran tejarat bazargani sherkat tolid mohandesi gostar
    pardaz saz sazan kala kish pars ertebat zavod kombinat npo npp npk nii okb tsnii
    ntc nits kb ptk gk predpriyatie predpriyatiye kompaniya tekhnologii sistemy
    konstruktorskoe byuro uchrezhdenie upravlenie keji dianzi maoyi shiye huagong
    kexue guoji touzi wuliu zhizao chuanbo hangkong huawei zte hikvision dahua
    inspur sugon iflytek gazprom rostec rostekh rosatom lukoil ikco bgi smic
    empire glory honour honor phase micro makina ithalat ihracat sanyi promoters
    technical aircraft civil nasosy turizm isletmesi danismanlik havacilik advance
    advanced focus unique new digi com cotton textile textiles garment garments silk
    mine mines asbestos finca companies airfreight aeronautics dynamics amines
    hezbollah hizballah hizbollah jaysh kataib kata'ib vertrieb vertriebs handel handels
    results palayesh tarh coal iron sdb skb
    importadora exportadora comercializadora comercial constructora inmobiliaria
    agricola agropecuaria rancho hacienda distribuidora farmacia grupo servicios
    transportes inversiones promotora operadora desarrollos sociedad compania cia
    empresa industrias variedades hotel restaurante casa mall cement cemento lubricants
    synthesis journal commerce e-commerce firma tsentr nauchno proizvodstvennaya
    obedinenie bonyad jamia madrassa madrasa masjid jund qaida clan cartel offshore
    off-shore properties property television radio gallery review foodstuffs
    militia brigada ministerio stichting liwa katibat jaish isis internacional
    repuestos motos estancia
    """
)

# Bodies that are neither companies nor government: schema Organization.
ORGANIZATION_WORDS = _words(
    """
    institute institut instituto institution university universities universitet
    academy akademiya college school laboratory lab center centre research
    foundation fund fond association society council committee union federation
    league party movement front organization organisation hospital clinic museum
    club brigades network charity mission church mosque order plan program programme
    talent talents professorship scholar scholars
    """
)

# Government bodies: schema PublicBody.
PUBLIC_BODY_WORDS = _words(
    """
    ministry ministerstvo department bureau directorate administration government
    police army navy military forces force regiment brigade division battalion corps
    command guard guards intelligence authority commission agency embassy consulate
    republic state municipal province provincial prefecture county court prison
    penitentiary customs procuratorate gru fsb svr kgb mss pla irgc
    """
) - _words("state")  # "State Optical Plant" is a company; state alone decides nothing.

# Particles and titles allowed inside personal names.
# Legal forms that are also common words; they count only when not in lower case.
AMBIGUOUS_FORMS = _words("sal as ab ad ag sa sl co cc cv kk pt est sp ou gc ao pat cie")

PARTICLES = _words(
    "abd ag ould wuld ben los las bin binti bint ibn abu abou al el ul ur ud de del della der"
    " van von la le da dos das di y"
)
TITLES = _words("dr mr mrs ms haji hajji maulawi mullah sheikh general engineer prof")

CJK_ORG = re.compile("公司|集团|研究|大学|学院|局|厅|部|委员会|中心|厂|所|院|会|社|银行|株式会社")
CYRILLIC_ORG = re.compile(
    r"\b(ООО|ОАО|ЗАО|ПАО|АО|НПО|НПП|ФГУП|ГУП|АНО)\b|институт|завод|компани|корпораци|"
    r"общество|предприяти|университет|академи|центр|концерн|холдинг",
    re.IGNORECASE,
)


def _places() -> frozenset[str]:
    # A country or region in a name ("Huawei Cloud Chile", "Zener Lebanon") marks a
    # business; personal names do not carry them. One-word country names only.
    from followthemoney.types import registry

    names = {n.lower() for n in registry.country.names.values() if " " not in n}
    extra = ("rossii rossiya korea liban asia europe africa america pacific gulf east west "
             "middle eurasia")
    return frozenset(names | set(extra.split()) | _CITIES)


_CITIES = _words(
    """
    beijing shanghai shenzhen guangzhou tianjin chongqing chengdu wuhan hangzhou nanjing
    xian suzhou dalian harbin changsha hefei xiamen qingdao dubai moscow petersburg
    yekaterinburg novosibirsk minsk tehran karachi lahore istanbul ankara kabul almaty
    singapore
    """
)
PLACES = _places()
