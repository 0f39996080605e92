"""List the shared libraries the frozen app links but does not carry: what the host must have.

    python packaging/host_libraries.py [APP_FOLDER]           a table: library, Debian package
    python packaging/host_libraries.py --check [APP_FOLDER]   exit 1 if one is not declared

``--check`` compares with the .deb's Depends (packaging/linux_packages.py) plus the libraries
only the Wayland plugins link (``WAYLAND_ONLY``, the .deb's Recommends: present on every Wayland
desktop, and without them Qt falls back to X11). Linux only; needs objdump (binutils) and dpkg.

    python packaging/host_libraries.py --check --loaded LOG... [APP_FOLDER]

also checks what a run really loaded from the host, dlopen included: LOG files are written by
``LD_DEBUG=libs LD_DEBUG_OUTPUT=LOG wirediff --self-test``. Those libraries may also come from
the packages the declared ones depend on, or that dpkg itself needs (present everywhere).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from linux_packages import DEB_DEPENDS

ROOT = Path(__file__).resolve().parent.parent
# Libraries linked only by the Wayland platform plugins, and the packages that provide them.
WAYLAND_ONLY = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def _needed(binary: Path) -> list[str]:
    result = subprocess.run(["objdump", "-p", str(binary)], capture_output=True, text=True)
    return re.findall(r"^\s*NEEDED\s+(\S+)", result.stdout, flags=re.MULTILINE)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def missing_libraries(app: Path) -> dict[str, list[str]]:
    """Library name -> the bundled files that link it, for libraries not in the bundle."""
    files = [p for p in app.rglob("*") if p.is_file()]
    present = {p.name for p in app.rglob("*")}
    missing: dict[str, list[str]] = {}
    for binary in (p for p in files if not p.is_symlink() and _is_elf(p)):
        for name in _needed(binary):
            if name not in present:
                missing.setdefault(name, []).append(str(binary.relative_to(app)))
    return missing


def required_glibc(app: Path) -> str:
    """The newest glibc symbol version any bundled binary uses: the oldest glibc it runs on."""
    newest = (2, 0)
    for binary in (p for p in app.rglob("*") if p.is_file() and not p.is_symlink()):
        if not _is_elf(binary):
            continue
        symbols = subprocess.run(["objdump", "-T", str(binary)], capture_output=True, text=True)
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", symbols.stdout):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def debian_package(library: str) -> str:
    """The installed Debian package that holds ``library``, or "" when none does."""
    found = subprocess.run(["dpkg", "-S", f"*/{library}"], capture_output=True, text=True)
    if found.returncode != 0:
        return WAYLAND_ONLY.get(library, "")
    return found.stdout.split(":", 1)[0].strip()


def declared_packages() -> set[str]:
    """Every package the .deb's Depends names (alternatives included)."""
    return {part.strip().split()[0] for part in re.split(r"[,|]", DEB_DEPENDS) if part.strip()}


def loaded_from_host(logs: list[Path], app: Path) -> set[str]:
    """Libraries the dynamic loader initialised from outside ``app``, from LD_DEBUG logs."""
    inside = str(app.resolve())
    paths = set()
    for log in logs:
        text = log.read_text(encoding="utf-8", errors="replace")
        paths.update(re.findall(r"calling init: (\S+)", text))
    return {Path(p).name for p in paths if not str(Path(p).resolve()).startswith(inside)}


def _depends(packages: set[str]) -> set[str]:
    """The packages ``packages`` depend on (one level, versions and alternatives dropped)."""
    fields = "${Depends}, ${Pre-Depends}\n"
    found = subprocess.run(
        ["dpkg-query", "-W", "-f", fields, *sorted(packages)], capture_output=True, text=True
    )
    names = re.split(r"[,|\n]", found.stdout)
    return {name.split()[0].split(":")[0] for name in names if name.strip()}


def _runtime_problems(logs: list[Path], app: Path, declared: set[str]) -> list[str]:
    allowed = declared | _depends(declared) | _depends({"dpkg"}) | {"dpkg"}
    problems = []
    for library in sorted(loaded_from_host(logs, app)):
        package = debian_package(library)
        ok = package in allowed
        print(
            f"{library:28} {package or '(unknown)':24} {'loaded' if ok else 'LOADED, NOT DECLARED'}"
        )
        if not ok:
            problems.append(f"{library} (loaded at run time)")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Print the table, or with ``--check`` fail on an undeclared library."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("app", nargs="?", type=Path, default=ROOT / "dist" / "wirediff")
    parser.add_argument("--check", action="store_true", help="fail on an undeclared library")
    parser.add_argument("--loaded", nargs="+", type=Path, default=[], help="LD_DEBUG=libs logs")
    args = parser.parse_args(argv)
    missing = missing_libraries(args.app)
    declared = declared_packages()
    undeclared = []
    for library in sorted(missing):
        package = debian_package(library)
        wayland = library in WAYLAND_ONLY and all("wayland" in f.lower() for f in missing[library])
        ok = package in declared or wayland
        note = "wayland only" if wayland else ("declared" if ok else "NOT DECLARED")
        print(f"{library:28} {package or '(not installed here)':24} {note}")
        if not ok:
            undeclared.append(f"{library} (linked by {missing[library][0]})")
    undeclared += _runtime_problems(args.loaded, args.app, declared)
    print(f"needs glibc {required_glibc(args.app)} or newer")
    if args.check and undeclared:
        print(
            "host_libraries: not in the .deb's Depends: " + ", ".join(undeclared), file=sys.stderr
        )
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
