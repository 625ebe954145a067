"""Configuration: validation errors name the key; secrets never print."""

from pathlib import Path

import pytest

from maild.config import Secret, dump, load
from maild.errors import ConfigError

from kit.files import ROOT


def cfg(tmp_path: Path, body: str, environ: dict | None = None):
    path = tmp_path / "c.toml"
    path.write_text(body, encoding="utf-8")
    return load(path, environ or {})


def test_no_file_gives_the_embedded_defaults():
    c = load(None, {})
    assert c.daemon.source == "maildir:var/inbox"
    assert c.database.url.startswith("sqlite:///")


def test_unknown_key_is_a_one_line_error_naming_the_dotted_key(tmp_path):
    with pytest.raises(ConfigError, match=r"imap\.hostname: unknown key"):
        cfg(tmp_path, '[imap]\nhostname = "x"\n')


def test_unknown_section_is_refused(tmp_path):
    with pytest.raises(ConfigError, match="smtpp: unknown section"):
        cfg(tmp_path, "[smtpp]\n")


def test_bad_value_names_key_and_value(tmp_path):
    with pytest.raises(ConfigError, match=r"imap\.port: expected a positive whole number, got 'x'"):
        cfg(tmp_path, '[imap]\nport = "x"\n')


def test_bad_choice_lists_the_choices(tmp_path):
    with pytest.raises(ConfigError, match=r"imap\.tls: expected one of ssl, starttls, plain"):
        cfg(tmp_path, '[imap]\ntls = "none"\n')


def test_plain_imap_is_refused_for_a_remote_host(tmp_path):
    with pytest.raises(ConfigError, match="loopback"):
        cfg(tmp_path, '[daemon]\nsource = "imap"\n[imap]\ntls = "plain"\nhost = "mail.example.com"\n')


def test_invalid_toml_is_reported(tmp_path):
    with pytest.raises(ConfigError, match="not valid TOML"):
        cfg(tmp_path, "[imap\n")


def test_password_comes_from_the_named_variable_and_never_prints(tmp_path):
    c = cfg(tmp_path, '[imap]\npassword_env = "HQ_PW"\n', {"HQ_PW": "s3cret-value"})
    assert c.secret("HQ_PW").reveal() == "s3cret-value"
    assert "s3cret-value" not in dump(c)
    assert "s3cret-value" not in repr(c)
    assert repr(Secret("x")) == "'***'"


def test_missing_password_variable_is_a_clear_error(tmp_path):
    c = cfg(tmp_path, '[imap]\npassword_env = "HQ_PW"\n')
    with pytest.raises(ConfigError, match="HQ_PW is not set"):
        c.secret("HQ_PW")


def test_relative_paths_are_relative_to_the_config_file(tmp_path):
    c = cfg(tmp_path, '[storage]\nroot = "blobs"\n')
    assert c.path(c.storage.root) == tmp_path / "blobs"


def test_example_config_is_valid_and_complete():
    example = ROOT / "config.example.toml"
    c = load(example, {})
    text = example.read_text(encoding="utf-8")
    for line in dump(c).splitlines():
        if line.startswith("[") or " = " in line and not line.startswith("#"):
            key = line.split(" = ")[0].strip("[]")
            assert key in text, f"{key} is not documented in config.example.toml"


def test_bad_sla_budget_names_its_key(tmp_path):
    with pytest.raises(ConfigError, match=r"sla\.appeal\.budget: .*two days"):
        cfg(tmp_path, '[sla.appeal]\nbudget = "two days"\n')


def test_bad_sla_unit_lists_the_units(tmp_path):
    with pytest.raises(ConfigError, match=r"sla\.summary: .*working_hours, calendar_hours, working_days"):
        cfg(tmp_path, '[sla.summary]\nunit = "weeks"\n')


def test_sla_section_keeps_defaults_for_keys_not_given(tmp_path):
    c = cfg(tmp_path, '[sla.appeal]\nwarn_at = 0.5\n')
    assert (c.sla.appeal.budget, c.sla.appeal.unit, c.sla.appeal.warn_at) == ("48h", "working_hours", 0.5)


@pytest.mark.parametrize("body, message", [
    ('[calendar]\noffice_hours = ["9-12"]\n', "calendar.office_hours: expected"),
    ('[calendar]\nextra_holidays = ["2026-13-01"]\n', "calendar.extra_holidays: expected YYYY-MM-DD"),
    ('[calendar]\ntimezone = "Mars/Olympus"\n', "calendar.timezone: unknown time zone"),
    ('[calendar]\ncovered_years = ["27"]\n', "calendar.covered_years"),
    ('[calendar]\noffice_hours = ["13:00-18:00", "09:00-12:00"]\n', "calendar: office hours must be increasing"),
])
def test_bad_calendar_values_are_one_line_errors(tmp_path, body, message):
    with pytest.raises(ConfigError, match=message):
        cfg(tmp_path, body)
