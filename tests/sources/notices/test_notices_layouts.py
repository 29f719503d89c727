"""Layouts the held-out notices use, written out as small invented notices.

The companies and people here are made up; the layouts follow the ccgp.gov.cn 2020+
template (公告概要 table plus 一、项目编号 … 三、中标（成交）信息 table), the older
公告概要 page, a multi-lot text notice, a ranked candidates table, a correction and a
failed tender. Each is written to tmp_path and parsed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from fusionwatch.sources.notices import parse_notice

CCGP2021 = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>某县公安局雪亮工程视频监控建设项目中标公告_中国政府采购网</title></head>
<body>
<div class="v4incon_header"><ul class="nav"><li><a>首页</a></li><li><a>采购公告</a></li><li><a>中央公告</a></li><li><a>地方公告</a></li><li><a>招标公告</a></li><li><a>中标公告</a></li><li><a>更正公告</a></li></ul></div>
<div class="vF_deail_maincontent">
<div class="vF_detail_header">
<h2 class="tc">某县公安局雪亮工程视频监控建设项目中标公告</h2>
<p class="tc"><span id="pubTime">2021年03月05日 17:23</span> 来源：<span>中国政府采购网</span></p>
</div>
<div class="table">
<table width="600" border="0" cellspacing="1" bgcolor="#bfbfbf">
<tr><td colspan="4"><b>公告概要：</b></td></tr>
<tr><td colspan="4"><b>公告信息：</b></td></tr>
<tr><td class="title">采购项目名称</td><td colspan="3">某县公安局雪亮工程视频监控建设项目</td></tr>
<tr><td class="title">品目</td><td colspan="3"><p>服务/信息技术服务/信息系统集成实施服务</p></td></tr>
<tr><td class="title">采购单位</td><td colspan="3">某县公安局</td></tr>
<tr><td class="title">行政区域</td><td>某县</td><td class="title">公告时间</td><td>2021年03月05日  17:23</td></tr>
<tr><td class="title">评审专家名单</td><td colspan="3">张建国、李红梅、王志强</td></tr>
<tr><td class="title">总中标金额</td><td colspan="3">￥485.6320 万元（人民币）</td></tr>
<tr><td colspan="4"><b>联系人及联系方式：</b></td></tr>
<tr><td class="title">项目联系人</td><td colspan="3">赵文涛</td></tr>
<tr><td class="title">项目联系电话</td><td colspan="3">0371-65551234</td></tr>
<tr><td class="title">采购单位</td><td colspan="3">某县公安局</td></tr>
<tr><td class="title">采购单位地址</td><td colspan="3">某县人民路1号</td></tr>
<tr><td class="title">采购单位联系方式</td><td colspan="3">0371-65550000</td></tr>
<tr><td class="title">代理机构名称</td><td colspan="3">河南某某招标代理有限公司</td></tr>
<tr><td class="title">代理机构地址</td><td colspan="3">郑州市金水路8号</td></tr>
<tr><td class="title">代理机构联系方式</td><td colspan="3">孙丽 0371-66668888</td></tr>
</table></div>
<div class="vF_detail_content_container"><div class="vF_detail_content">
<p>一、项目编号：HNZC-2021-0123</p>
<p>二、项目名称：某县公安局雪亮工程视频监控建设项目</p>
<p>三、中标（成交）信息</p>
<table><thead><tr><th>序号</th><th>中标（成交）金额(元)</th><th>中标供应商名称</th><th>中标供应商地址</th></tr></thead>
<tbody><tr><td>1</td><td>报价:485.632(万元)</td><td>河南某某智能科技有限公司</td><td>郑州市高新区科学大道100号</td></tr></tbody></table>
<p>四、主要标的信息</p>
<table><tr><th>序号</th><th>供应商名称</th><th>货物名称</th><th>货物品牌</th><th>货物型号</th><th>货物数量</th><th>货物单价(元)</th></tr>
<tr><td>1</td><td>河南某某智能科技有限公司</td><td>高清人脸识别摄像机</td><td>海康威视</td><td>DS-2CD7A47</td><td>120台</td><td>8500.00</td></tr>
<tr><td>2</td><td>河南某某智能科技有限公司</td><td>视频结构化服务器</td><td>华为</td><td>IVS1800</td><td>2台</td><td>365000.00</td></tr></table>
<p>五、评审专家（单一来源采购人员）名单：</p><p>张建国、李红梅、王志强</p>
<p>六、代理服务收费标准及金额：</p><p>代理服务费金额（元）：52000</p>
<p>七、公告期限</p><p>自本公告发布之日起1个工作日。</p>
<p>八、其他补充事宜</p><p>无</p>
<p>九、凡对本次公告内容提出询问，请按以下方式联系。</p>
<p>1.采购人信息</p><p>名 称：某县公安局</p><p>地址：某县人民路1号</p><p>联系方式：0371-65550000</p>
<p>2.采购代理机构信息</p><p>名 称：河南某某招标代理有限公司</p><p>地　址：郑州市金水路8号</p><p>联系方式：孙丽 0371-66668888</p>
<p>3.项目联系方式</p><p>项目联系人：赵文涛</p><p>电　话：0371-65551234</p>
</div></div></div>
<div class="footer"><p>主办单位：中华人民共和国财政部 | 京ICP备05000000号</p></div>
</body></html>
"""

CANDIDATES = """\
<html><head><meta charset="utf-8"><title>某市公安局交警支队智能卡口系统采购项目中标候选人公示</title></head><body>
<h1>某市公安局交警支队智能卡口系统采购项目中标候选人公示</h1>
<p>发布时间：2020-08-12 09:30</p>
<p>项目名称：某市公安局交警支队智能卡口系统采购项目</p>
<p>项目编号：ZB2020-088</p>
<p>采购人：某市公安局交通警察支队</p>
<p>采购代理机构：某省国际招标有限公司</p>
<p>评标结果如下：</p>
<table><tr><td>包号</td><td>候选人名称</td><td>投标报价（元）</td><td>排名</td></tr>
<tr><td rowspan="2">1</td><td>某某交通科技股份有限公司</td><td>3,280,000.00</td><td>1</td></tr>
<tr><td>某某信息技术有限公司</td><td>3,350,000.00</td><td>2</td></tr>
<tr><td rowspan="2">2</td><td>某某电子有限公司</td><td>1,150,000.00</td><td>2</td></tr>
<tr><td>某某数据系统有限公司</td><td>1,120,500.00</td><td>1</td></tr></table>
<p>公示期：2020年8月12日至2020年8月14日</p>
<p>联系人：刘工 电话：13800001111</p>
</body></html>
"""

SICHUAN = """\
成都市某区教育局校园安全视频监控系统采购项目（第二次）中标（成交）结果公告
一、项目编号：N5101002021000456
二、项目名称：成都市某区教育局校园安全视频监控系统采购项目（第二次）
三、中标（成交）信息
1包：
供应商名称：四川某某科技有限公司
供应商地址：成都市武侯区天府大道北段1号
中标（成交）金额：1,234,500.00（元）
2包：
供应商名称：成都某某网络工程有限公司
供应商地址：成都市锦江区东大街2号
中标（成交）金额：56.78（万元）
四、主要标的信息
（详见附件）
五、评审专家（单一来源采购人员）名单：
陈小平、周海、吴敏（采购人代表）
六、代理服务收费标准及金额：
代理服务收费标准：参照计价格[2002]1980号 代理服务收费金额（元）：25000
七、公告期限
自本公告发布之日起1个工作日。
八、其他补充事宜
无
九、凡对本次公告内容提出询问，请按以下方式联系。
1.采购人信息
名 称：成都市某区教育局
地址：成都市某区文化路5号
联系方式：028-88880000
2.采购代理机构信息
名 称：四川某某项目管理咨询有限公司
地　址：成都市青羊区人民中路3号
联系方式：028-86660000
3.项目联系方式
项目联系人：黄女士
电　话：028-86660001
"""

CORRECTION = """\
某市公安局大数据平台建设项目更正公告
一、项目基本情况
原公告的采购项目编号：SZCG2022-015
原公告的采购项目名称：某市公安局大数据平台建设项目
首次公告日期：2022年05月10日
二、更正信息
更正事项：采购文件
更正内容：投标截止时间延期至2022年6月10日09:30。
更正日期：2022年05月20日
三、其他补充事宜
无
四、凡对本次公告内容提出询问，请按以下方式联系。
1.采购人信息
名 称：某市公安局
地址：某市中山路1号
联系方式：0755-12345678
2.采购代理机构信息
名 称：某某招标有限公司
地　址：某市深南大道1号
联系方式：0755-87654321
"""

TERMINATION = """\
某县人民医院医疗设备采购项目废标公告
一、项目编号：XZCG-2019-77
二、项目名称：某县人民医院医疗设备采购项目
三、废标原因：递交投标文件的供应商不足三家。
四、采购人：某县人民医院
五、采购代理机构：某县政府采购中心
发布日期：2019年07月01日
"""

OLD_CCGP = """\
<div class="vF_detail_content">
<table><tr><td colspan="4">公告概要：</td></tr>
<tr><td>采购项目名称</td><td>某市天网工程二期建设项目</td><td>品目</td><td>货物/通用设备/视频设备</td></tr>
<tr><td>采购单位</td><td>某市公安局</td><td>行政区域</td><td>某市</td></tr>
<tr><td>公告时间</td><td>2015年06月18日 16:40</td><td>本项目招标公告日期</td><td>2015年05月20日</td></tr>
<tr><td>中标日期</td><td>2015年06月15日</td><td>评审专家名单</td><td>郑国华、钱立新、冯雪</td></tr>
<tr><td>总中标金额</td><td>￥1280.5 万元（人民币）</td></tr>
<tr><td>项目联系人</td><td>何先生</td><td>项目联系电话</td><td>0591-87650000</td></tr>
<tr><td>采购单位</td><td>某市公安局</td><td>采购单位地址</td><td>某市八一路5号</td></tr>
<tr><td>代理机构名称</td><td>福建省某某招标有限公司</td><td>代理机构地址</td><td>福州市五四路10号</td></tr></table>
<p>福建省某某招标有限公司受某市公安局委托，就某市天网工程二期建设项目（项目编号：FJZB-2015-033）组织公开招标，现将中标结果公告如下：</p>
<p>一、中标供应商：某某安防科技股份有限公司</p>
<p>二、中标金额：人民币壹仟贰佰捌拾万伍仟元整（￥12,805,000.00）</p>
<p>三、中标供应商地址：福州市鼓楼区软件大道89号</p>
<p>四、评标委员会成员：郑国华、钱立新、冯雪</p>
<p>福建省某某招标有限公司</p><p>2015年6月18日</p>
</div>
"""



def _parse(tmp_path: Path, name: str, content: str) -> dict[str, Any]:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return parse_notice(path)


def test_ccgp_2020_template(tmp_path: Path) -> None:
    out = _parse(tmp_path, "a.html", CCGP2021)
    assert out["notice_type"] == "award"
    assert out["published"] == "2021-03-05"
    assert out["project_number"] == "HNZC-2021-0123"
    assert out["buyer"] == "某县公安局"
    assert out["agency"] == "河南某某招标代理有限公司"
    assert out["total_award_yuan"] == 4856320
    assert out["awards"] == [{"supplier": "河南某某智能科技有限公司", "address": "郑州市高新区科学大道100号",
                              "amount_yuan": 4856320, "uscc": None, "lot": None}]
    assert out["items"][0] == {"name": "高清人脸识别摄像机", "brand": "海康威视", "model": "DS-2CD7A47",
                               "quantity": "120台", "unit_price_yuan": 8500}
    tags = {p["tag"] for p in out["programs"]}
    assert tags == {"sharp_eyes", "face_recognition", "video_surveillance", "public_security_buyer"}
    text = str(out)
    for private in ("张建国", "赵文涛", "孙丽", "0371-65551234", "65551234"):
        assert private not in text


def test_old_ccgp_summary_table(tmp_path: Path) -> None:
    out = _parse(tmp_path, "b.html", OLD_CCGP)
    assert (out["notice_type"], out["published"], out["project_number"]) == (
        "award", "2015-06-18", "FJZB-2015-033")
    assert out["awards"][0]["supplier"] == "某某安防科技股份有限公司"
    assert out["awards"][0]["amount_yuan"] == 12805000
    assert out["total_award_yuan"] == 12805000


def test_ranked_candidates_per_lot(tmp_path: Path) -> None:
    out = _parse(tmp_path, "c.html", CANDIDATES)
    assert out["notice_type"] == "candidates"
    got = [(a["supplier"], a["lot"], a["amount_yuan"]) for a in out["awards"]]
    assert got == [("某某交通科技股份有限公司", "1", 3280000), ("某某数据系统有限公司", "2", 1120500)]


def test_multi_lot_text(tmp_path: Path) -> None:
    out = _parse(tmp_path, "d.txt", SICHUAN)
    got = [(a["supplier"], a["lot"], a["amount_yuan"]) for a in out["awards"]]
    assert got == [("四川某某科技有限公司", "1", 1234500), ("成都某某网络工程有限公司", "2", 567800)]
    assert out["total_award_yuan"] is None  # two awards and no stated total: never summed
    assert out["published"] is None  # no date in the document


@pytest.mark.parametrize("name, content, kind, published", [
    ("e.txt", CORRECTION, "correction", "2022-05-20"),
    ("f.txt", TERMINATION, "termination", "2019-07-01"),
])
def test_other_kinds(tmp_path: Path, name: str, content: str, kind: str, published: str) -> None:
    out = _parse(tmp_path, name, content)
    assert out["notice_type"] == kind
    assert out["published"] == published
    assert out["awards"] == []


RUN_TOGETHER = """\
某市公安局人脸识别系统采购项目中标公告
公告概要：公告信息：采购项目名称某市公安局人脸识别系统采购项目品目货物/通用设备采购单位某市公安局行政区域某市\
公告时间2017年05月02日 10:11本项目招标公告日期2017年04月01日中标日期2017年04月28日评审专家名单张三丰、李四海\
总中标金额￥88.5 万元（人民币）联系人及联系方式：项目联系人王五一项目联系电话0731-12345678采购单位某市公安局\
采购单位地址某路1号采购单位联系方式0731-12345678代理机构名称湖南某某招标有限公司代理机构地址长沙市某路\
代理机构联系方式0731-87654321
一、中标供应商：湖南某某科技有限公司
二、中标金额：885000元
"""


def test_run_together_summary(tmp_path: Path) -> None:
    out = _parse(tmp_path, "g.txt", RUN_TOGETHER)
    assert (out["published"], out["project_name"], out["buyer"], out["agency"]) == (
        "2017-05-02", "某市公安局人脸识别系统采购项目", "某市公安局", "湖南某某招标有限公司")
    assert out["total_award_yuan"] == 885000
    assert out["awards"][0]["supplier"] == "湖南某某科技有限公司"
    for private in ("张三丰", "李四海", "王五一", "12345678"):
        assert private not in str(out)
