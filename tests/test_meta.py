"""House rules that keep the code honest: time comes from the clock, the docs match the code."""

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
SOURCES = [p for d in ("maild", "parsers") for p in (ROOT / d).rglob("*.py")]


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
    import dataclasses

    from maild.config import Config

    example = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    for section in dataclasses.fields(Config):
        if section.name in ("secrets", "base_dir"):
            continue
        assert f"[{section.name}]" in example
        for key in dataclasses.fields(section.default_factory()):
            assert re.search(rf"^{key.name} = ", example, re.M) or dataclasses.is_dataclass(key.type) \
                or f"[{section.name}.{key.name}]" in example, f"{section.name}.{key.name} is undocumented"


def test_modules_stay_readable():
    too_long = [f"{p.relative_to(ROOT)}: {n} lines" for p in SOURCES
                if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600]
    assert too_long == []
