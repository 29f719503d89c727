"""Encodings, bad files, USCC validation, and the CLI batch behaviour."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from notices_testdata import NOTICES  # type: ignore[import-not-found]

from fusionwatch.cli import main
from fusionwatch.errors import FormatError
from fusionwatch.sources.base import Document, ParseReport
from fusionwatch.sources.notices import NoticesSource, parse_document, parse_notice, parse_paths

NOTICE = """东营市某学校视频监控采购项目中标公告
一、项目编号：SDGP2021-001
二、项目名称：东营市某学校视频监控采购项目
三、中标（成交）信息
供应商名称：山东某某科技有限公司；供应商地址：东营市东营区1号；中标（成交）金额：陆拾叁万玖仟元整
统一社会信用代码：{uscc}
四、采购人信息
名称：东营市公安局东营分局
联系人：王小明 电话：13912345678
发布时间：2021年07月30日
"""
VALID = "91500116771758653P"
INVALID = "91500116771758653Q"


def _write(tmp_path: Path, name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "gbk", "gb18030"])
def test_encodings(tmp_path: Path, encoding: str) -> None:
    out = parse_notice(_write(tmp_path, "n.txt", NOTICE.format(uscc=VALID), encoding))
    assert out["notice_type"] == "award"
    assert out["buyer"] == "东营市公安局东营分局"
    assert out["awards"][0]["amount_yuan"] == 639000
    assert {p["tag"] for p in out["programs"]} == {"video_surveillance", "public_security_buyer"}


def test_gbk_html_with_meta_charset(tmp_path: Path) -> None:
    html = ('<html><head><meta charset="gb2312"></head><body><table>'
            '<tr><td>项目名称</td><td>雪亮工程视频联网项目</td></tr>'
            '<tr><td>采购人</td><td>某县公安局</td></tr>'
            '<tr><td>中标供应商</td><td>某某智能科技有限公司</td></tr>'
            '<tr><td>中标金额（万元）</td><td>12.5</td></tr></table></body></html>')
    out = parse_notice(_write(tmp_path, "n.html", html, "gbk"))
    assert out["project_name"] == "雪亮工程视频联网项目"
    assert out["awards"][0]["supplier"] == "某某智能科技有限公司"
    assert out["awards"][0]["amount_yuan"] == 125000


def test_uscc_checksum(tmp_path: Path) -> None:
    good = parse_document(_write(tmp_path, "good.txt", NOTICE.format(uscc=VALID)))
    assert good.data["awards"][0]["uscc"] == VALID
    assert good.warnings == []
    bad = parse_document(_write(tmp_path, "bad.txt", NOTICE.format(uscc=INVALID)))
    assert bad.data["awards"][0]["uscc"] is None
    assert any("invalid USCC" in w and INVALID in w for w in bad.warnings)
    report = ParseReport()
    docs = [Document.from_path(tmp_path / "good.txt"), Document.from_path(tmp_path / "bad.txt")]
    records = list(NoticesSource().parse(docs, report))
    uscc = [f.value for r in records for f in r.facts if f.prop == "uscCode"]
    assert uscc == [VALID]
    assert any("invalid USCC" in w for w in report.warnings)


def test_private_people_dropped(tmp_path: Path) -> None:
    out = parse_notice(_write(tmp_path, "n.txt", NOTICE.format(uscc=VALID)))
    dumped = json.dumps(out, ensure_ascii=False)
    assert "王小明" not in dumped and "13912345678" not in dumped
    assert out["people_dropped"] >= 2


BAD = {
    "empty.html": b"",
    "blank.txt": b"  \n\n ",
    "binary.txt": bytes(range(256)) * 4,
    "image.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64,
    "not_a_notice.txt": b"The quick brown fox jumps over the lazy dog.\n",
    "chinese_not_a_notice.txt": "床前明月光，疑是地上霜。举头望明月，低头思故乡。".encode(),
    "truncated.html": "<html><body><table><tr><td>项目名称</td><td>某某采购项".encode(),
    "undecodable.txt": b"\xff\xfe\xfa\xfb\x81\x30\xff\xff" * 50,
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_an_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(FormatError):
        parse_notice(_write(tmp_path, name, BAD[name]))


def test_batch_goes_on(tmp_path: Path) -> None:
    for name, content in BAD.items():
        _write(tmp_path, name, content)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub", "good.txt", NOTICE.format(uscc=VALID))
    results = list(parse_paths([str(tmp_path)]))
    assert len(results) == len(BAD) + 1
    assert [r.path for r in results] == sorted(r.path for r in results)
    assert next(r for r in results if r.data is not None).path.endswith("good.txt")
    report = ParseReport()
    docs = []
    for r in results:
        try:
            docs.append(Document.from_path(r.path))
        except FormatError:
            continue
    list(NoticesSource().parse(docs, report))
    assert report.documents_parsed == 1
    assert len(report.failures) == len(docs) - 1


def test_cli_parse_dir(tmp_path: Path) -> None:
    for name, content in BAD.items():
        _write(tmp_path, name, content)
    result = CliRunner().invoke(main, ["notices", "parse", str(NOTICES), str(tmp_path), "--jsonl"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 38
    assert all(line["file"].startswith(str(NOTICES)) for line in lines)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(BAD)
    assert result.stderr.splitlines()[-1] == f"parsed 38, failed {len(BAD)}"


def test_cli_exit_2_when_nothing_parsed(tmp_path: Path) -> None:
    bad = _write(tmp_path, "empty.html", b"")
    result = CliRunner().invoke(main, ["notices", "parse", str(bad), str(tmp_path / "missing.txt"),
                                       "--jsonl"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "error: " in result.stderr and "parsed 0, failed 2" in result.stderr


def test_utf16_with_bom(tmp_path: Path) -> None:
    out = parse_notice(_write(tmp_path, "n.txt", "\ufeff" + NOTICE.format(uscc=VALID), "utf-16-le"))
    assert out["project_number"] == "SDGP2021-001"


def test_public_api() -> None:
    from fusionwatch.sources import notices

    assert set(notices.__all__) == {
        "NoticeResult", "NoticesSource", "ParsedNotice", "expand_paths", "load_taxonomy",
        "parse_document", "parse_notice", "parse_paths",
    }


def test_user_taxonomy(tmp_path: Path) -> None:
    taxonomy = _write(tmp_path, "t.yml", "tags:\n  drones:\n    description: UAVs\n"
                      "    keywords: [无人机]\n", "utf-8")
    notice = _write(tmp_path, "n.txt", NOTICE.format(uscc=VALID).replace("视频监控", "无人机"))
    out = parse_notice(notice, taxonomy=str(taxonomy))
    assert out["programs"] == [{"tag": "drones", "evidence": "东营市某学校无人机采购项目中标公告"}]
    with pytest.raises(FormatError):
        parse_notice(notice, taxonomy=str(_write(tmp_path, "bad.yml", "- just a list\n")))


def test_notice_inside_a_layout_cell(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in NOTICE.format(uscc=VALID).splitlines())
    page = f"<html><body><table><tr><td>{paragraphs}</td></tr></table></body></html>"
    out = parse_notice(_write(tmp_path, "n.html", page))
    assert out["published"] == "2021-07-30"
    assert out["buyer"] == "东营市公安局东营分局"
    assert out["awards"][0]["supplier"] == "山东某某科技有限公司"
