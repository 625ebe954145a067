"""House rules that keep the code honest: time comes from the clock, the docs match the code."""

import dataclasses
import re
import tomllib

from kit.files import ROOT

SOURCES = [p for d in ("maild", "parsers") for p in (ROOT / d).rglob("*.py")]
MODULES = sorted(p.relative_to(ROOT).as_posix() for p in SOURCES
                 if p.name not in ("__init__.py", "__main__.py") and "migrations" not in p.parts)
LAYERS = ["cli", "services", "adapters", "core"]  # top to bottom


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_only_the_clock_module_reads_the_system_time():
    offenders = []
    for path in SOURCES:
        if path.name == "clock.py":
            continue
        text = path.read_text(encoding="utf-8")
        for pattern in (r"datetime\.now\(", r"date\.today\(", r"\btime\.time\(", r"datetime\.utcnow\("):
            if re.search(pattern, text):
                offenders.append(f"{path.relative_to(ROOT)}: {pattern}")
    assert offenders == []


def test_every_config_key_is_documented_in_the_example():
    from maild.config import Config
    from maild.config.loading import toml_key

    example = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    for section in dataclasses.fields(Config):
        if section.name in ("secrets", "base_dir"):
            continue
        assert f"[{section.name}]" in example
        for key in dataclasses.fields(section.default_factory()):
            name = toml_key(key.name)
            assert re.search(rf"^{name} = ", example, re.M) or dataclasses.is_dataclass(key.type) \
                or f"[{section.name}.{name}]" in example, f"{section.name}.{name} is undocumented"


def test_modules_stay_readable():
    too_long = [f"{p.relative_to(ROOT)}: {n} lines" for p in SOURCES
                if "versions" not in p.parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > 400]
    assert too_long == []


def _readme_table_modules() -> set[str]:
    """Module paths named in the README's module table: `dir/a.py`, `b.py` share a's folder."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("| module | role |"):].split("\n\n", 1)[0]
    named = set()
    for row in re.findall(r"^\| (`[^|]+) \|", table, re.M):
        folder = ""
        for item in re.findall(r"`([^`]+)`", row):
            if "/" in item.rstrip("/"):
                folder = item.rstrip("/").rpartition("/")[0] if item.endswith(".py") else item.rstrip("/")
                path = item.rstrip("/")
            else:
                path = f"{folder}/{item.rstrip('/')}"
            named.add(path)
    return named


def test_the_readme_module_table_names_every_module():
    named = _readme_table_modules()
    missing = [m for m in MODULES if m not in named and not any(m.startswith(n + "/") for n in named)]
    assert missing == [], "add these to the module table in README.md"
    stale = [n for n in named if not (ROOT / n).exists()]
    assert stale == [], "the README's module table names modules that no longer exist"


def test_the_layers_read_the_same_in_the_contracts_the_package_map_and_the_readme():
    (layers,) = [c["layers"] for c in _pyproject()["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    assert layers == [f"maild.{name}" for name in LAYERS]
    import maild

    docstring = [m for line in maild.__doc__.splitlines() if (m := re.match(r"^\s{4}(\w+)/\s", line))]
    assert [m.group(1) for m in docstring] == LAYERS
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme[readme.index("## Architecture"):readme.index("### How a message flows")]
    assert re.findall(r"^maild/(\w+)/", block, re.M) == LAYERS


def test_each_layers_package_docstring_names_its_modules():
    import importlib

    unnamed = []
    for layer in LAYERS:
        package = importlib.import_module(f"maild.{layer}")
        folder = ROOT / "maild" / layer
        for path in folder.glob("*.py"):
            if path.stem != "__init__" and not re.search(rf"\b{path.stem}\b", package.__doc__ or ""):
                unnamed.append(f"maild/{layer}/{path.name}")
    assert unnamed == []


def test_every_package_is_shipped_in_the_wheel():
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    packages = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "maild").rglob("__init__.py")}
    assert packages - listed == set()
