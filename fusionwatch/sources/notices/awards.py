"""Winning suppliers, their amounts, addresses, USCCs and lots; budget and total.

Strategies, tried in order until one finds suppliers:

1. result tables with a supplier column (供应商名称 / 中标供应商 / 成交供应商 ...), then
   bidder tables flagging the winner (是否中标: 是);
2. labelled winners (中标供应商名称：X, 拟中标人 | X, 预中标单位：X ...) with the
   address, amount and USCC written after each;
3. sentences "X为第一成交候选供应商，…报价为N元";
4. the first-ranked candidate (第一中标候选人 / 第一名) when no winner is named;
5. result lines "X有限公司，总价N元".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from fusionwatch.sources.notices.amounts import find_amount, parse_amount
from fusionwatch.sources.notices.flagged import flagged_winners
from fusionwatch.sources.notices.items import ITEM_COL
from fusionwatch.sources.notices.ranking import first_ranked, lots_by_rank
from fusionwatch.sources.notices.tables import Row, filled_rows, header_tables, lot_heading_above
from fusionwatch.sources.notices.text import ORG_SUFFIX, Hit, clean_value, org_like

__all__ = ["Award", "find_awards"]


@dataclass
class Award:
    """One winning (or first-ranked) supplier."""

    supplier: Hit
    address: Hit | None = None
    amount: float | None = None
    amount_hit: Hit | None = None
    uscc: Hit | None = None
    lot: Hit | None = None
    ranked: bool = False


_SUPPLIER_COL = re.compile(
    r"(?:中标|成交|预中标|拟中标|中选)?(?:（成交）|\(成交\))?(?:供应商|单位|人)(?:名称)?"
    r"(?:（全称）|\(全称\))?|供应商|中标人|中标结果"
)
_USCC_COL = re.compile(r".{0,6}(?:统一社会信用代码|社会信用代码|信用代码)")
_WINNER_COL = re.compile(r"中标|成交|中选|结果")
_SCORING = re.compile(r"得分|排名|排序|名次|评分|分值|是否|响应|符合")
_AMOUNT_COL = re.compile(r".{0,12}(?:金额|价|报价|成交结果|中标结果)(?:.{0,8})")
_LOT_COL = re.compile(r"(?:合同|采购)?包号?|标包|分包号|包组|包件号?|标段号?|分包|标项")
_ADDR_COL = re.compile(r".{0,12}地址")
_NAME_COL = re.compile(r"项目名称?|采购项目名称")
_NO_SUPPLIER = re.compile(r"无供应商|流标|废标|无|/|-+|—+|无效")


def _unit(label: str) -> str | None:
    return "万元" if "万" in label else None


def _supplier_ok(value: str) -> bool:
    return len(value) >= 4 and not _NO_SUPPLIER.fullmatch(value) and "无供应商" not in value and (
        org_like(value) or "*" in value or len(value) >= 6) and not re.search(r"\d{6,}|：", value)


def _from_tables(rows: list[Row], losers: list[tuple[int, int]]) -> tuple[list[Award], Hit | None]:
    awards: list[Award] = []
    name: Hit | None = None
    for table in header_tables(rows, _SUPPLIER_COL):
        sup = table.column(_SUPPLIER_COL)
        if sup is None or not _header_like(table.header):
            continue
        at = rows[table.line].cells[0].start if rows[table.line].cells else 0
        if any(a <= at < b for a, b in losers):
            continue
        bare = not _WINNER_COL.search(table.header[sup])
        if bare and any(_SCORING.search(h) for h in table.header):
            continue  # a bare "供应商" column next to scores lists bidders, not winners
        amt = next((i for i, h in enumerate(table.header)
                    if i != sup and _AMOUNT_COL.fullmatch(h) and "单价" not in h), None)
        lot = table.column(_LOT_COL)
        addr = table.column(_ADDR_COL)
        uscc = table.column(_USCC_COL)
        col_name = table.column(_NAME_COL)
        lot_above = lot_heading_above(rows, table.line)
        for cells, _row in filled_rows(table, strict=True):
            if sup >= len(cells) or not _supplier_ok(cells[sup].value):
                continue
            award = Award(cells[sup])
            if amt is not None and amt < len(cells):
                award.amount = parse_amount(cells[amt].value, _unit(table.header[amt]))
                award.amount_hit = cells[amt]
            if uscc is not None and uscc < len(cells) and re.fullmatch(
                    r"[0-9A-Za-z]{18}", cells[uscc].value):
                award.uscc = cells[uscc]
            if addr is not None and addr < len(cells) and addr != sup:
                award.address = clean_value(cells[addr].value, cells[addr].start)
            if lot is not None and lot < len(cells) and lot != sup:
                award.lot = clean_value(cells[lot].value, cells[lot].start)
            elif lot_above is not None:
                award.lot = lot_above
            if col_name is not None and col_name < len(cells) and name is None:
                raw = re.split(r"项目编号|采购编号", cells[col_name].value)[0].strip()
                name = Hit(raw, cells[col_name].start, cells[col_name].start + len(raw))
            awards.append(award)
    return awards, name


def _header_like(cells: list[str]) -> bool:
    """A header row holds labels only: no organization names, no amounts."""
    return all(len(c) <= 24 and not org_like(c) and not re.search(r"\d{3}", c) for c in cells)


_WIN = (
    r"(?<!投标)(?<!候选人)(?<!候选)(?<!未)(?<!非)(?<!参与)(?<!潜在)(?<!合格)(?<!应答)(?<!响应)"
    r"(?:拟中标人|拟中标供应商|拟成交供应商|预中标单位|预中标人|中标（选）人|中标\(选\)人|中标（成交）供应商名称"
    r"|中标（成交）供应商|中标供应商名称|中标供应商|成交供应商名称|成交供应商|中标单位名称|中标单位|成交单位"
    r"|中标人名称|中标人|中标结果|成交结果|成交人|供应商名称|供应商（乙方）|供应商\(乙方\)|乙方名称|乙方|供应商)"
)
_FIRST = (
    r"第一(?:中标|成交)?(?:（选）|\(选\))?候选(?:人|供应商|单位)|第一名|排名第一(?:的)?(?:供应商|单位)?"
)
_SEP_KV = r"\s*(?:[：:]\s*\|?|\|)\s*|[ \t]+|为[：:]?[ \t]*"
_VAL = r"(?P<value>[^\n|；;，,。]*)"
_AMOUNT_LABEL = re.compile(
    r"(?:中标|成交|预中标|拟中标|中选|投标|谈判|最终)?(?:（成交）|\(成交\)|（选）|\(选\))?"
    r"(?:金额|价格|价|报价|总价|总金额)(?:\s*(?:（[^）\n]{0,8}）|\([^)\n]{0,8}\)))?"
    r"\s*(?:[：:]\s*\|?|\|)?\s*(?P<value>[^\n|；;]{1,80})"
)
_ADDRESS = re.compile(
    r"(?:中标供应商|成交供应商|中标人|供应商|单位|中标候选人)?地\s?址"
    r"\s*(?:[：:]\s*\|?|\||[ \t]+)\s*"
    r"(?P<value>[^\n|；;]*)"
)
_USCC = re.compile(
    r"(?:统一社会信用代码|社会信用代码|信用代码|工商注册号|营业执照(?:注册)?号|注册号)\s*(?:[：:]\s*\|?|\|)?\s*"
    r"(?P<value>[0-9A-Za-z]{15,18})(?![0-9A-Za-z])"
)


def _labelled(text: str, pattern: str, *, ranked: bool) -> list[Award]:
    regex = re.compile(r"(?:" + pattern + r")(?:" + _SEP_KV + r")" + _VAL)
    hits: list[Hit] = []
    losers = _loser_sections(text)
    for m in regex.finditer(text):
        if any(a <= m.start() < b for a, b in losers):
            continue
        raw = re.sub(r"^(?:单位名称|供应商名称|名称)\s*[：:]\s*", "", m.group("value"))
        start = m.start("value") + (m.group("value").find(raw) if raw else 0)
        hit = clean_value(raw, start)
        if hit is not None and _supplier_ok(hit.value) and (
                org_like(hit.value) or "*" in hit.value):
            hits.append(hit)
    awards: list[Award] = []
    for i, hit in enumerate(hits):
        end = hits[i + 1].start if i + 1 < len(hits) else min(len(text), hit.end + 400)
        window_start = hit.end
        window = text[window_start:end]
        other = _NEXT_RANK.search(window)
        if other:
            window = window[: other.start()]  # the second-ranked bidder's details start here
        award = Award(hit, ranked=ranked)
        if len(hits) > 1:
            since = hits[i - 1].end if i else max(0, hit.start - 300)
            award.lot = _lot_before(text, since, hit.start)
        m_amt = _first_amount(window)
        if m_amt:
            a_hit = Hit(m_amt[0], window_start + m_amt[1], window_start + m_amt[2])
            award.amount, award.amount_hit = m_amt[3], a_hit
        m_addr = _ADDRESS.search(window)
        if m_addr:
            award.address = clean_value(m_addr.group("value"), window_start + m_addr.start("value"))
        m_uscc = _USCC.search(window)
        if m_uscc:
            award.uscc = Hit(m_uscc.group("value"), window_start + m_uscc.start("value"),
                             window_start + m_uscc.end("value"))
        awards.append(award)
    if len(awards) == 1 and awards[0].amount is None and not ranked:
        # "中标金额：N元" written before the winner's name.
        stated = _AWARD_AMOUNT.search(text)
        # The unit comes from the label only: "壹佰叁拾叁万…" in the value is no 万元 label.
        label = text[stated.start():stated.start("value")] if stated else ""
        found = find_amount(stated.group("value"), _unit(label)) if stated else None
        if stated and found:
            base = stated.start("value")
            awards[0].amount = found[0]
            awards[0].amount_hit = Hit(stated.group("value")[found[1]:found[2]],
                                       base + found[1], base + found[2])
    return awards


_NEXT_RANK = re.compile(r"第[二三2-3](?:中标|成交)?(?:（选）)?(?:候选|名)")
_AWARD_AMOUNT = re.compile(
    r"(?:中标|成交|中选)(?:（成交）|\(成交\))?(?:金额|价格|价|总价)(?:\s*(?:（[^）\n]{0,8}）|\([^)\n]{0,8}\)))?"
    r"\s*(?:[：:]\s*\|?|\|)\s*(?P<value>[^\n|；;]{1,80})"
)


_HEADING_LINE = re.compile(
    r"(?m)^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．]|第[一二三四五六七八九十]+[章节部分])"
)
_LOSERS = re.compile(r"未中标|未成交|落选|未入围|未被推荐|中标候选人信息|其他候选人|第[二三]名")


def _loser_sections(text: str) -> list[tuple[int, int]]:
    """Numbered sections about unsuccessful bidders (未中标供应商…), whose names are not winners."""
    heads = [m.start() for m in _HEADING_LINE.finditer(text)] + [len(text)]
    out = []
    for start, end in zip(heads, heads[1:], strict=False):
        line_end = text.find("\n", start)
        head = text[start: line_end if line_end >= 0 else end]
        if _LOSERS.search(head) and len(head) < 80:
            out.append((start, end))
    return out


_LOT_HEADING = re.compile(
    r"(?:合同包|采购包|分包|包号|标包|包组|标段)\s*[：:]?\s*(?P<a>[A-Za-z0-9]{1,3}|[一二三四五六七八九十]{1,3})"
    r"|第(?P<b>[一二三四五六七八九十\d]{1,3})(?:包|标段|合同包|分标)"
    r"|(?:^|\n)\s*(?P<c>[A-Za-z0-9]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:包|标段|号包)\s*[：:]"
)


def _lot_before(text: str, start: int, end: int) -> Hit | None:
    """The last lot heading between the previous winner and this one."""
    last = None
    for m in _LOT_HEADING.finditer(text, start, end):
        last = m
    if last is None:
        return None
    g = next(k for k in ("a", "b", "c") if last.group(k))
    return Hit(last.group(g), last.start(g), last.end(g))


_OTHER_PRICE = re.compile(r"限价|预算|单价|控制价|保证金|服务费|代理费")


def _first_amount(window: str) -> tuple[str, int, int, float] | None:
    for m in _AMOUNT_LABEL.finditer(window):
        label = window[m.start():m.start("value")]
        if _OTHER_PRICE.search(window[max(0, m.start() - 4):m.start("value")]):
            continue
        value = m.group("value")
        if _NOT_MONEY.match(value):
            continue  # 价格得分 / 报价折扣率: a score or a rate, not an amount
        found = find_amount(value, _unit(label))
        if found is not None:
            amount, a, b = found
            return value[a:b], m.start("value") + a, m.start("value") + b, amount
    return None


_NOT_MONEY = re.compile(r"\s*(?:得分|分值|分数|分\b|分[：:]|折扣|费率|下浮|优惠|让利|比例|权重)")


_ORG = r"[\u4e00-\u9fffA-Za-z0-9（）()·\-*]{2,50}?" + ORG_SUFFIX
_FIRST_SENTENCE = re.compile(
    rf"(?P<lot>[A-Za-z0-9]{{1,3}}包)?\s*(?P<sup>{_ORG})为第一(?:成交|中标)?候选(?:供应商|人)[，,]"
    r"[^。\n]{0,20}?(?:报价|金额|价格|价)为?(?P<amt>[^。，,\n]{1,30})"
)
_RESULT_LINE = re.compile(
    rf"(?m)^(?P<sup>{_ORG})[，,]\s*(?:总价|总金额|金额|报价|中标金额|成交金额)[：:为]?\s*(?P<amt>[^。，,\n]{{1,30}})"
)


def _sentences(regex: re.Pattern[str], text: str) -> list[Award]:
    out = []
    for m in regex.finditer(text):
        award = Award(Hit(m.group("sup"), m.start("sup"), m.end("sup")))
        lot = re.match(r"[A-Za-z0-9]{1,3}包", m.group("sup"))
        if lot:
            # "A包X公司": the lot letter runs into the name.
            start = m.start("sup") + lot.end()
            award.supplier = Hit(m.group("sup")[lot.end():], start, m.end("sup"))
            award.lot = Hit(lot.group(0), m.start("sup"), start)
        found = find_amount(m.group("amt"))
        if found:
            award.amount, a, b = found
            award.amount_hit = Hit(m.group("amt")[a:b], m.start("amt") + a, m.start("amt") + b)
        if "lot" in regex.groupindex and m.group("lot"):
            award.lot = Hit(m.group("lot"), m.start("lot"), m.end("lot"))
        out.append(award)
    return out


def _amounts_by_order(awards: list[Award], rows: list[Row]) -> None:
    """Award amounts from an item table without supplier names, row i to award i,
    only when both have the same number of rows and no award has an amount."""
    if not awards or any(a.amount is not None for a in awards):
        return
    for table in header_tables(rows, ITEM_COL):
        col = next((i for i, h in enumerate(table.header)
                    if re.search(r"中标金额|成交金额|中标、成交金额|总价", h)), None)
        data = [r for r in table.rows if col is not None and col < len(r.cells)]
        if col is None or len(data) != len(awards) or not _header_like(table.header):
            continue
        for award, row in zip(awards, data, strict=True):
            award.amount = parse_amount(row.cells[col].value, _unit(table.header[col]))
            award.amount_hit = row.cells[col]
        return


def find_awards(text: str, rows: list[Row]) -> tuple[list[Award], Hit | None]:
    """The awards of a notice, and a project name found in a result table if any."""
    awards, name = _from_tables(rows, _loser_sections(text))
    if not awards:
        awards = [Award(s, amount=a, amount_hit=c) for s, a, c in flagged_winners(rows)]
    if not awards:
        awards = _labelled(text, _WIN, ranked=False)
    if not awards:
        awards = _sentences(_FIRST_SENTENCE, text)
    if not awards:
        # A ranking table gives lots and prices by column; labels are the fallback.
        awards = [Award(s, amount=a, amount_hit=p, lot=lot, ranked=True)
                  for s, lot, p, a in first_ranked(rows)]
    if not awards:
        awards = _labelled(text, _FIRST, ranked=True)
    if not awards:
        awards = _sentences(_RESULT_LINE, text)
    awards = _dedupe(awards)
    _amounts_by_order(awards, rows)
    missing = [re.sub(r"\s", "", a.supplier.value) for a in awards if a.lot is None]
    if missing:
        lots = lots_by_rank(missing, rows)
        for a in awards:
            if a.lot is None:
                a.lot = lots.get(re.sub(r"\s", "", a.supplier.value))
    return awards, name


def _dedupe(awards: list[Award]) -> list[Award]:
    seen: dict[tuple[str, str | None], Award] = {}
    for a in awards:
        key = (re.sub(r"\s", "", a.supplier.value), a.lot.value if a.lot else None)
        if key in seen:
            old = seen[key]
            old.amount = old.amount if old.amount is not None else a.amount
            old.address = old.address or a.address
            old.uscc = old.uscc or a.uscc
        else:
            seen[key] = a
    return list(seen.values())
