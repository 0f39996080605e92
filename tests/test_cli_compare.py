import json
import subprocess
import sys
from pathlib import Path

import pytest

from wirediff.cli import main
from wirediff.core.report.jsonout import rebuild_from_data

SAMPLE = Path(__file__).resolve().parent / "fixtures" / "us-iraq-troop-role"


def sample(name: str) -> str:
    return str(next(SAMPLE.glob(f"{name}_*.txt")))


def test_json_output_is_documented_shape(capsys):
    assert main(["compare", sample("000"), sample("001"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["left"]["path"] == sample("000")
    assert data["right"]["text"] == Path(sample("001")).read_text(encoding="utf-8")
    assert set(data["stats"]) >= {
        "similarity",
        "left_in_right",
        "right_in_left",
        "words_added",
        "words_deleted",
        "words_changed",
        "units_moved",
    }
    assert data["options"]["fold_typography"] is True
    kinds = {row["kind"] for row in data["rows"]}
    assert {"equal", "changed", "deleted", "inserted"} <= kinds
    for row in data["rows"]:
        for side in ("left", "right"):
            assert row[side] is None or (len(row[side]) == 2 and row[side][0] <= row[side][1])
        for op in row["ops"]:
            assert op["op"] in {"equal", "replace", "delete", "insert"}
    assert rebuild_from_data(data, "left") == data["left"]["text"]
    assert rebuild_from_data(data, "right") == data["right"]["text"]


def test_json_names_each_sides_title_outlet_and_date(tmp_path, capsys):
    # A script building a table of pairs had only the paths.
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("Troops to stay\n\nReuters\n\nThe minister said so on July 24, 2021.\n")
    right.write_text("Troops stay\n\nThe minister said no.\n", encoding="utf-8")
    assert main(["compare", str(left), str(right), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    about = {k: v for k, v in data["left"].items() if k != "text"}
    assert about == {
        "path": str(left),
        "title": "Troops to stay",
        "outlet": "Reuters",
        "byline": "Reuters",
        "date": "2021-07-24",
        "date_source": "document",
        "published": "2021-07-24",
        "captured": "",
        "file_time": "",
        "heading": "Reuters · 2021-07-24 · a.txt",  # (as the HTML heads it)
        "encoding": "utf-8",
    }
    assert data["right"]["outlet"] == "" and data["right"]["published"] == ""
    assert data["right"]["date_source"] == "file time"  # its file's time: not a date it gives


def test_text_output_marks_changes(capsys):
    assert main(["compare", sample("000"), sample("001"), "--width", "120"]) == 0
    out = capsys.readouterr().out
    assert "[-Islamic State-]" in out and "{+ISIS+}" in out
    assert all(len(line) <= 120 for line in out.splitlines()[3:])


def test_options_reach_the_engine(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("ISIS said, again.\n", encoding="utf-8")
    b.write_text("Isis said again!\n", encoding="utf-8")
    main(["compare", str(a), str(b), "--format", "json"])
    assert json.loads(capsys.readouterr().out)["stats"]["similarity"] < 1
    main(["compare", str(a), str(b), "--format", "json", "--ignore-case", "--ignore-punctuation"])
    assert json.loads(capsys.readouterr().out)["stats"]["similarity"] == 1


def test_html_escapes_article_text(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Safe <b>bold</b> &amp; text.\n", encoding="utf-8")
    b.write_text("Evil <script>alert(1)</script> <img src=x onerror=alert(2)> &amp; text.\n")
    out = tmp_path / "out.html"
    assert main(["compare", str(a), str(b), "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "<img" not in page and "<b>bold" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&amp;amp;" in page
    assert "http" not in page.split("<body>")[0]  # self-contained: nothing fetched


@pytest.mark.parametrize(
    "args",
    [
        ["compare", "only-one.txt"],
        ["compare", "a.txt", "b.txt", "--format", "pdf"],
        ["compare", "missing-a.txt", "missing-b.txt"],
    ],
)
def test_bad_arguments_exit_2_with_a_message(args, capsys):
    assert main(args) == 2
    assert capsys.readouterr().err.strip()


def test_unreadable_file_is_named(tmp_path, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 40)
    good = sample("000")
    assert main(["compare", good, str(bad)]) == 2
    err = capsys.readouterr().err
    assert "bad.txt" in err and "binary" in err


def test_installed_command_runs():
    out = subprocess.run(
        [sys.executable, "-m", "wirediff", "compare", sample("000"), sample("001")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "similarity" in out.stdout


def test_field_option_names_the_text_field(tmp_path, capsys):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text('{"headline": "H", "copy": "Troops stay in Iraq. They train forces."}\n')
    b.write_text('{"headline": "H", "copy": "Troops stay in Iraq. They advise forces."}\n')
    assert main(["compare", str(a), str(b)]) == 2  # no field it knows holds the text
    assert "a.json" in capsys.readouterr().err
    assert main(["compare", str(a), str(b), "--field", "text=copy", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["left"]["text"].startswith("H\n\nTroops stay")
    assert data["stats"]["words_changed"] == 1


def test_bad_field_option_exits_2(capsys):
    assert main(["compare", sample("000"), sample("001"), "--field", "colour=x"]) == 2
    assert "KIND=NAME" in capsys.readouterr().err


def test_max_size_option_skips_large_files(capsys):
    assert main(["compare", sample("000"), sample("001"), "--max-size", "0.001"]) == 2
    assert "too large" in capsys.readouterr().err


def test_lone_surrogate_from_json_is_written_escaped(tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text('{"title": "T", "text": "Hello \\ud800 world. Second one."}\n', "utf-8")
    b.write_text('{"title": "T", "text": "Hello world. Second one."}\n', "utf-8")
    out = tmp_path / "out.json"
    assert main(["compare", str(a), str(b), "--format", "json", "-o", str(out)]) == 0
    assert not (tmp_path / "out.json.part").exists()
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["right"]["text"] == "T\n\nHello world. Second one."
    assert "world" in data["left"]["text"]


@pytest.mark.parametrize("command", ["compare", "report"])
def test_arabic_letter_variants_fold_unless_asked_not_to(tmp_path, capsys, command):
    # The same Urdu sentence typed with Arabic yeh and kaf (ي ك) and with Farsi yeh and
    # keheh (ی ک), as two keyboards type it.
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("پاکستان کی حکومت نے کہا\n", encoding="utf-8")
    b.write_text("پاكستان كي حكومت نے كہا\n", encoding="utf-8")

    def similarity(*flags: str) -> float:
        if command == "compare":
            assert main(["compare", str(a), str(b), "--format", "json", *flags]) == 0
            data = json.loads(capsys.readouterr().out)
        else:
            out = tmp_path / "r.json"
            assert main(["report", str(a), str(b), "-o", str(out), *flags]) == 0
            data = json.loads(out.read_text(encoding="utf-8"))
        folded = "--no-fold-arabic-letters" not in flags
        assert data["options"]["fold_arabic_letters"] is folded
        stats = data["stats"] if command == "compare" else data["comparisons"][0]["stats"]
        return float(stats["similarity"])

    assert similarity() == 1
    assert similarity("--no-fold-arabic-letters") < 0.5


def test_yo_folds_unless_asked_not_to(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Губернатор Пётр Ёлкин открыл мост.\n", encoding="utf-8")
    b.write_text("Губернатор Петр Елкин открыл мост.\n", encoding="utf-8")
    for flags, folded in (([], True), (["--no-fold-yo"], False)):
        assert main(["compare", str(a), str(b), "--format", "json", *flags]) == 0
        data = json.loads(capsys.readouterr().out)
        assert data["options"]["fold_yo"] is folded
        assert (data["stats"]["similarity"] == 1) is folded


def piped(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    """The standard input holding ``data``, as a pipe gives it."""
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_a_side_can_be_read_from_the_standard_input(monkeypatch, capsys, tmp_path):
    """`… | wirediff compare - b.txt`: "-" was a file name, not found."""
    piped(monkeypatch, Path(sample("001")).read_bytes())
    assert main(["compare", sample("000"), "-", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["right"]["path"] == "(standard input)"
    assert data["right"]["text"] == Path(sample("001")).read_text(encoding="utf-8")
    assert main(["compare", "-", "-"]) == 2
    assert "only one of A and B can be -" in capsys.readouterr().err
    piped(monkeypatch, b"")
    assert main(["compare", sample("000"), "-"]) == 2
    assert "(standard input): empty (nothing was piped in)" in capsys.readouterr().err
    named = tmp_path / "-"  # a file named "-" is ./-
    named.write_text("The minister said no on Monday, officials said.\n", encoding="utf-8")
    assert main(["compare", sample("000"), str(named)]) == 0
    capsys.readouterr()
    monkeypatch.chdir(tmp_path)  # "./-" as the README says (Path made it "-": the pipe)
    piped(monkeypatch, b"piped text\n")
    for name in ("./-", ".//-"):
        assert main(["compare", sample("000"), name, "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out)["right"]["text"].startswith("The minister")


def test_two_files_of_one_name_are_headed_with_the_folders_that_tell_them_apart(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """2025/bill.txt against 2026/bill.txt was headed "bill.txt" and "bill.txt" (a data
    journalist's fuzzing: which draft stood where?)."""
    from wirediff.core.document import names_apart

    for year, fine in (("2025", "5,000"), ("2026", "7,500")):
        (tmp_path / year).mkdir()
        (tmp_path / year / "bill.txt").write_text(f"A bill on lets\n\nThe fine is {fine}.\n")
    assert main(["compare", str(tmp_path / "2025/bill.txt"), str(tmp_path / "2026/bill.txt")]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert "2025/bill.txt" in head and "2026/bill.txt" in head
    assert names_apart(Path("a/x/b.txt"), Path("c/x/b.txt")) == ("a/x/b.txt", "c/x/b.txt")
    assert names_apart(Path("a/b.txt"), Path("a/c.txt")) == ("b.txt", "c.txt")
