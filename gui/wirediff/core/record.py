"""``@record`` and ``NamedTuple``: the engine's data classes, without importing
``dataclasses`` or ``typing``.

``dataclasses`` costs a command-line start more than the comparison itself: importing it
brings ``inspect`` (and ``ast``, ``dis``, ``tokenize``...), and on Python 3.11 each class
compiles its generated methods from source. ``record`` builds the same classes from closures
instead: ``@record(frozen=True)`` is ``@dataclass(frozen=True, slots=True)`` and ``@record()``
is ``@dataclass(slots=True)`` — the same ``__init__`` (positional or keyword arguments,
defaults, ``field(default_factory=...)``, ``__post_init__``), ``__repr__``, ``__eq__``,
``__hash__``, ``__match_args__``, pickling, and ``FrozenInstanceError`` on assignment.

They stay dataclasses to the rest of the code: ``dataclasses.fields``, ``replace``,
``asdict`` and ``is_dataclass`` work on them, through a ``__dataclass_fields__`` that is
built (by ``dataclasses`` itself, imported then) when first asked for. Not supported, and
refused: inheriting fields from a base class, ``field(init=False)``, ``InitVar``.

``NamedTuple`` is ``typing.NamedTuple`` to a type checker and, at run time, the same class
syntax building the same ``collections.namedtuple`` without ``typing`` (a few milliseconds
of every start): fields from the annotations, defaults, docstring and methods from the body.
"""

from __future__ import annotations

from collections import namedtuple
from operator import attrgetter

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from dataclasses import Field
    from typing import Any, TypeVar, dataclass_transform
    from typing import NamedTuple as NamedTuple

    _T = TypeVar("_T")

_MISSING = object()


class _Spec:
    """What ``field(...)`` says about one field."""

    __slots__ = ("compare", "default", "default_factory", "hash", "repr")

    def __init__(
        self,
        default: object,
        default_factory: Callable[[], object] | None,
        repr: bool,
        compare: bool,
        hash: bool | None,
    ) -> None:
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare
        self.hash = hash


def field(
    *,
    default: Any = _MISSING,
    default_factory: Callable[[], Any] | None = None,
    repr: bool = True,
    compare: bool = True,
    hash: bool | None = None,
) -> Any:
    """Like ``dataclasses.field``: a default, a factory of defaults, or leaving the field out
    of ``repr``, of equality or of the hash."""
    if default is not _MISSING and default_factory is not None:
        raise ValueError("cannot specify both default and default_factory")
    return _Spec(default, default_factory, repr, compare, hash)


def _record(cls: type[_T], frozen: bool) -> type[_T]:
    for base in cls.__mro__[1:-1]:
        if "__record_fields__" in base.__dict__ or "__dataclass_fields__" in base.__dict__:
            raise TypeError(f"{cls.__name__}: a record cannot inherit fields")
    namespace = dict(cls.__dict__)
    specs: dict[str, _Spec] = {}
    defaulted = False
    for name, annotation in namespace.get("__annotations__", {}).items():
        if str(annotation).startswith(("ClassVar", "typing.ClassVar")):
            continue
        if str(annotation).startswith(("InitVar", "dataclasses.InitVar")):
            raise TypeError(f"{cls.__name__}.{name}: InitVar is not supported")
        value = namespace.pop(name, _MISSING)
        spec = value if isinstance(value, _Spec) else _Spec(value, None, True, True, None)
        if spec.default is _MISSING and spec.default_factory is None:
            if defaulted:
                raise TypeError(f"non-default argument {name!r} follows default argument")
        else:
            defaulted = True
        if spec.default is not _MISSING and type(spec.default).__hash__ is None:
            raise ValueError(
                f"mutable default {type(spec.default)} for field {name} is not allowed: "
                "use default_factory"
            )
        specs[name] = spec
    names = tuple(specs)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__slots__"] = names
    namespace.setdefault("__match_args__", names)
    namespace["__record_fields__"] = specs
    namespace["__dataclass_fields__"] = _LazyFields()
    namespace.setdefault("__repr__", _repr(tuple(n for n, s in specs.items() if s.repr)))
    # As a dataclass: a class that defines __eq__ gets __hash__ = None from Python, which
    # is not a hash of its own.
    explicit_hash = namespace.get("__hash__") is not None or (
        "__hash__" in namespace and "__eq__" not in cls.__dict__
    )
    namespace.setdefault("__eq__", _eq(tuple(n for n, s in specs.items() if s.compare)))
    if frozen:
        if not explicit_hash:
            hashed = (n for n, s in specs.items() if (s.compare if s.hash is None else s.hash))
            namespace["__hash__"] = _hash(tuple(hashed))
        namespace["__setattr__"] = _frozen_setattr
        namespace["__delattr__"] = _frozen_delattr
        namespace.setdefault("__getstate__", _getstate)
        namespace.setdefault("__setstate__", _setstate)
    elif not explicit_hash:
        namespace["__hash__"] = None  # equal by value and mutable: unhashable, as a dataclass
    metaclass: Any = type(cls)
    new: type[_T] = metaclass(cls.__name__, cls.__bases__, namespace)
    if "__init__" not in cls.__dict__:
        slots = new.__dict__
        setters = tuple(slots[n].__set__ for n in names)  # they bypass __setattr__
        post_init = "__post_init__" in namespace
        type.__setattr__(new, "__init__", _init(cls.__name__, specs, setters, post_init))
    return new


def _init(
    name: str,
    specs: dict[str, _Spec],
    setters: tuple[Callable[[object, object], None], ...],
    post_init: bool,
) -> Callable[..., None]:
    names = tuple(specs)
    count = len(names)
    fill = tuple((n, s.default, s.default_factory) for n, s in specs.items())
    # For each number of leading arguments after which every field has a plain default:
    # those defaults (the quick path of a call that leaves them out).
    tails: dict[int, tuple[object, ...]] = {count: ()}
    for k in range(count - 1, -1, -1):
        if fill[k][1] is _MISSING:
            break
        tails[k] = (fill[k][1], *tails[k + 1])

    def bind(args: tuple[object, ...], kwargs: dict[str, object]) -> list[object]:
        """The fields' values from arguments that are not exactly every field by position,
        with the errors of a Python function's call."""
        if len(args) > count:
            raise TypeError(
                f"{name}.__init__() takes {count + 1} positional arguments "
                f"but {len(args) + 1} were given"
            )
        for given in names[: len(args)]:
            if given in kwargs:
                raise TypeError(f"{name}.__init__() got multiple values for argument {given!r}")
        values = list(args)
        for field_name, default, factory in fill[len(args) :]:
            if field_name in kwargs:
                values.append(kwargs.pop(field_name))
            elif default is not _MISSING:
                values.append(default)
            elif factory is not None:
                values.append(factory())
            else:
                raise TypeError(f"{name}.__init__() missing 1 required argument: {field_name!r}")
        if kwargs:
            unexpected = next(iter(kwargs))
            raise TypeError(f"{name}.__init__() got an unexpected keyword argument {unexpected!r}")
        return values

    def __init__(self: object, *args: object, **kwargs: object) -> None:
        tail = None if kwargs else tails.get(len(args))
        values = bind(args, kwargs) if tail is None else args + tail
        for set_value, value in zip(setters, values, strict=True):
            set_value(self, value)
        if post_init:
            self.__post_init__()  # type: ignore[attr-defined]

    return __init__


def _repr(names: tuple[str, ...]) -> Callable[[object], str]:
    def __repr__(self: object) -> str:
        values = ", ".join(f"{n}={getattr(self, n)!r}" for n in names)
        return f"{type(self).__qualname__}({values})"

    return __repr__


def _values(names: tuple[str, ...]) -> Callable[[object], tuple[object, ...]]:
    """The values of fields ``names`` of an object, as a tuple."""
    if not names:
        return lambda _: ()
    if len(names) == 1:
        get_one = attrgetter(names[0])
        return lambda obj: (get_one(obj),)
    get: Callable[[object], tuple[object, ...]] = attrgetter(*names)
    return get


def _eq(names: tuple[str, ...]) -> Callable[[object, object], bool]:
    values = _values(names)

    def __eq__(self: object, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return values(self) == values(other)

    return __eq__


def _hash(names: tuple[str, ...]) -> Callable[[object], int]:
    values = _values(names)

    def __hash__(self: object) -> int:
        return hash(values(self))

    return __hash__


def _frozen_error(name: str) -> Exception:
    from dataclasses import FrozenInstanceError  # only on this error's path

    return FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_setattr(self: object, name: str, value: object) -> None:
    raise _frozen_error(name)


def _frozen_delattr(self: object, name: str) -> None:
    raise _frozen_error(name)


def _getstate(self: object) -> list[object]:
    return [getattr(self, n) for n in type(self).__record_fields__]  # type: ignore[attr-defined]


def _setstate(self: object, state: list[object]) -> None:
    for n, value in zip(type(self).__record_fields__, state, strict=True):  # type: ignore[attr-defined]
        object.__setattr__(self, n, value)


class _LazyFields:
    """A record class's ``__dataclass_fields__``, made by ``dataclasses`` on first use (by
    ``fields``, ``replace``, ``asdict``...): the same ``Field`` objects a dataclass has."""

    def __get__(self, obj: object, owner: type) -> dict[str, Field[Any]]:
        import dataclasses

        specs: dict[str, _Spec] = owner.__record_fields__  # type: ignore[attr-defined]
        namespace: dict[str, object] = {"__annotations__": {}}
        for name, spec in specs.items():
            namespace["__annotations__"][name] = owner.__annotations__[name]  # type: ignore[index]
            kwargs: dict[str, Any] = {"repr": spec.repr, "compare": spec.compare}
            kwargs["hash"] = spec.hash
            if spec.default is not _MISSING:
                kwargs["default"] = spec.default
            if spec.default_factory is not None:
                kwargs["default_factory"] = spec.default_factory
            namespace[name] = dataclasses.field(**kwargs)
        shadow: Any = dataclasses.dataclass(type(owner.__name__, (), namespace))
        found: dict[str, Field[Any]] = shadow.__dataclass_fields__
        type.__setattr__(owner, "__dataclass_fields__", found)
        return found


if TYPE_CHECKING:

    @dataclass_transform(field_specifiers=(field,))
    def record(*, frozen: bool = False) -> Callable[[type[_T]], type[_T]]: ...

else:

    def record(*, frozen=False):
        """``@record()``: ``@dataclass(slots=True)``; ``@record(frozen=True)``:
        ``@dataclass(frozen=True, slots=True)`` (see the module's docstring)."""
        return lambda cls: _record(cls, frozen)


# What typing.NamedTuple refuses in a class body, and what it does not copy onto the class.
_PROHIBITED = frozenset(
    {"__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults"}
    | {"_make", "_replace", "_asdict", "_source"}
)
_SPECIAL = frozenset({"__module__", "__name__", "__annotations__"})


class _NamedTupleMeta(type):
    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]
    ) -> type[tuple[Any, ...]]:
        annotations: dict[str, object] = namespace.get("__annotations__", {})
        defaults = [n for n in annotations if n in namespace]
        if defaults and defaults != list(annotations)[-len(defaults) :]:
            raise TypeError(f"{name}: a field without a default follows one with a default")
        factory: Any = namedtuple  # called with names known only here
        made = factory(
            name,
            list(annotations),
            defaults=[namespace[n] for n in defaults],
            module=namespace["__module__"],
        )
        made.__annotations__ = made.__new__.__annotations__ = dict(annotations)
        for key, value in namespace.items():
            if key in _PROHIBITED:
                raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
            if key not in _SPECIAL and key not in made._fields:
                setattr(made, key, value)
        result: type[tuple[Any, ...]] = made
        return result


if not TYPE_CHECKING:
    NamedTuple = type.__new__(_NamedTupleMeta, "NamedTuple", (), {})
