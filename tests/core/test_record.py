"""``@record`` classes behave as the dataclasses they replace: each check runs on a record and
on its twin declared with ``dataclasses.dataclass(..., slots=True)``."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any, ClassVar

import pytest

from wirediff.core.record import field, record


def _twins(frozen: bool) -> tuple[type, type]:
    def body() -> dict[str, Any]:
        return {
            "__module__": __name__,
            "__annotations__": {
                "LIMIT": "ClassVar[int]",
                "name": "str",
                "size": "int",
                "tags": "list[str]",
                "note": "str",
                "cache": "dict[str, int]",
            },
            "LIMIT": 3,
            "size": 0,
            "tags": field(default_factory=list),
            "note": field(default="", repr=False, hash=False),
            "cache": field(default_factory=dict, repr=False, compare=False),
            "label": lambda self: f"{self.name}:{self.size}",
        }

    ours = record(frozen=frozen)(type("Item", (), body()))
    theirs_body = body()
    for name in ("tags", "note", "cache"):
        spec = theirs_body[name]
        kwargs: dict[str, Any] = {"repr": spec.repr, "compare": spec.compare, "hash": spec.hash}
        if spec.default_factory is not None:
            kwargs["default_factory"] = spec.default_factory
        else:
            kwargs["default"] = spec.default
        theirs_body[name] = dataclasses.field(**kwargs)
    theirs_body["__annotations__"]["LIMIT"] = ClassVar[int]
    theirs = dataclasses.dataclass(frozen=frozen, slots=True)(type("Item", (), theirs_body))
    return ours, theirs


CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    (("a",), {}),
    (("a", 2), {}),
    (("a", 2, ["x"], "n", {"k": 1}), {}),
    ((), {"name": "a", "note": "n"}),
    (("a",), {"cache": {"k": 2}, "size": 5}),
]
BAD_CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((), {}),
    (("a", 2, [], "n", {}, "extra"), {}),
    (("a",), {"name": "b"}),
    (("a",), {"colour": "red"}),
]


@pytest.mark.parametrize("frozen", [True, False])
def test_construction_repr_and_equality_match_a_dataclass(frozen):
    ours, theirs = _twins(frozen)
    for args, kwargs in CALLS:
        a, b = ours(*args, **copy.deepcopy(kwargs)), theirs(*args, **copy.deepcopy(kwargs))
        assert repr(a) == repr(b)
        assert [getattr(a, n) for n in ours.__match_args__] == [
            getattr(b, n) for n in theirs.__match_args__
        ]
        assert a.label() == b.label() and a.LIMIT == 3
        twin = ours(*args, **copy.deepcopy(kwargs))
        assert a == twin
        assert (a != twin) is False
        assert (a == b) is False  # another class: never equal, as a dataclass
    for args, kwargs in BAD_CALLS:
        with pytest.raises(TypeError):
            theirs(*args, **kwargs)
        with pytest.raises(TypeError):
            ours(*args, **kwargs)


def test_defaults_are_not_shared_and_compare_false_fields_are_ignored():
    ours, _ = _twins(True)
    one, two = ours("a"), ours("a")
    assert one.tags is not two.tags and one.cache is not two.cache
    assert ours("a", cache={"k": 1}) == ours("a", cache={"k": 2})
    assert ours("a", note="x") != ours("a", note="y")  # compared, though not hashed
    assert hash(ours("a", tags=(), note="x")) == hash(ours("a", tags=(), note="y"))


@pytest.mark.parametrize("frozen", [True, False])
def test_hashing_slots_and_assignment_match_a_dataclass(frozen):
    ours, theirs = _twins(frozen)
    for cls in (ours, theirs):
        item = cls("a", 2)
        assert not hasattr(item, "__dict__")
        assert cls.__slots__ == ("name", "size", "tags", "note", "cache")
        if frozen:
            with pytest.raises(TypeError):  # a list field: unhashable, as a tuple holding it
                hash(item)
            assert hash(cls("a", 2, ())) == hash(cls("a", 2, ()))
            with pytest.raises(dataclasses.FrozenInstanceError):
                item.size = 3
            with pytest.raises(dataclasses.FrozenInstanceError):
                del item.size
        else:
            assert cls.__hash__ is None
            item.size = 3
            assert item.size == 3
        # Python 3.11's frozen slotted dataclass raises TypeError here (its __setattr__
        # names the class it rebuilt); a record raises FrozenInstanceError.
        with pytest.raises(TypeError if frozen and cls is theirs else AttributeError):
            item.colour = "red"


@pytest.mark.parametrize("frozen", [True, False])
def test_dataclasses_functions_see_a_dataclass(frozen):
    ours, theirs = _twins(frozen)
    assert dataclasses.is_dataclass(ours) and dataclasses.is_dataclass(ours("a"))
    ours_fields, theirs_fields = dataclasses.fields(ours("a")), dataclasses.fields(theirs)
    attributes = ("name", "type", "default", "default_factory", "repr", "compare", "hash")
    assert [[getattr(f, a) for a in attributes] for f in ours_fields] == [
        [getattr(f, a) for a in attributes] for f in theirs_fields
    ]
    a, b = ours("a", 2, ["x"], cache={"k": 1}), theirs("a", 2, ["x"], cache={"k": 1})
    assert dataclasses.asdict(a) == dataclasses.asdict(b)
    assert dataclasses.astuple(a) == dataclasses.astuple(b)
    changed = dataclasses.replace(a, size=7)
    assert type(changed) is ours and changed.size == 7 and changed.name == "a"


@pytest.mark.parametrize("frozen", [True, False])
def test_copies_keep_every_field(frozen):
    ours, _ = _twins(frozen)
    item = ours("a", 2, ["x"], "n", {"k": 1})
    for other in (copy.copy(item), copy.deepcopy(item)):
        assert other == item and other.cache == {"k": 1} and other.note == "n"
    assert copy.deepcopy(item).tags is not item.tags


# Module-level classes (pickle finds them by name), declared as the engine declares them.
@record(frozen=True)
class Point:
    x: int
    y: int = 0

    def __post_init__(self) -> None:
        if self.x < 0:
            raise ValueError("x < 0")


@record()
class Counter:
    hits: dict[str, int] = field(default_factory=dict)
    total: int = 0

    def __post_init__(self) -> None:
        self.total = sum(self.hits.values())


def test_post_init_runs_after_the_fields_are_set():
    assert Counter({"a": 2, "b": 3}).total == 5
    with pytest.raises(ValueError):
        Point(-1)
    assert pickle.loads(pickle.dumps(Point(1, 2))) == Point(1, 2)
    assert pickle.loads(pickle.dumps(Counter({"a": 2}))).hits == {"a": 2}
    assert Point(1) in {Point(1, 0)}
    match Point(3, 4):
        case Point(x, y):
            assert (x, y) == (3, 4)


def test_what_a_record_does_not_support_is_refused():
    with pytest.raises(TypeError):

        @record()
        class Child(Counter):
            more: int = 0

    with pytest.raises(TypeError):

        @record()
        class Misordered:
            a: int = 0
            b: int

    with pytest.raises(ValueError):

        @record()
        class Shared:
            items: list[int] = []  # noqa: RUF012

    with pytest.raises(ValueError):
        field(default=0, default_factory=int)
