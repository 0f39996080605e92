"""An outlet's other names, which the list's filter matches (an East Asia desk's walkthrough:
"연합뉴스" typed found none of Yonhap's documents)."""

from __future__ import annotations

from wirediff.core.outlet_names import other_names
from wirediff.core.reading.outlets import OUTLETS


def test_an_outlet_is_known_by_its_own_scripts_names() -> None:
    assert "연합뉴스" in other_names("Yonhap")
    assert "毎日新聞" in other_names("The Mainichi")
    assert "조선일보" in other_names("The Chosun Ilbo")
    assert "Associated Press" in other_names("AP")


def test_other_names_are_the_tables_and_never_the_name_itself() -> None:
    table: dict[str, set[str]] = {}
    for name, aliases, _domains in OUTLETS:
        table.setdefault(name, set()).update(alias for alias in aliases if alias != name)
    for name, aliases in table.items():
        assert set(other_names(name)) == aliases, name
    assert other_names("") == () and other_names("Pacific Herald") == ()
