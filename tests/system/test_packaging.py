"""`pip install .` (a real wheel, not an editable install) ships and finds the templates."""

import subprocess
import sys

from kit.files import ROOT


def test_templates_render_from_an_installed_wheel(tmp_path):
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                            "-q", "-w", str(wheels), str(ROOT)], capture_output=True, timeout=300)
    assert build.returncode == 0, build.stderr.decode()
    (wheel,) = wheels.glob("maild-*.whl")
    target = tmp_path / "site"
    install = subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                              str(target), str(wheel)], capture_output=True, timeout=300)
    assert install.returncode == 0, install.stderr.decode()
    code = ("import maild.core.replies as r, datetime as d; assert 'site' in r.__file__, r.__file__; "
            "from parsers.records import SHANGHAI as tz; now = d.datetime(2026, 11, 3, tzinfo=tz); "
            "case = r.CaseFacts('SS-2026-000001', 'appeal', 'new', None, None, now, None, {}, ['pushed_at']); "
            "x = r.render('ack_appeal', **r.case_context(case, tz)); print(x.subject); "
            "assert '商机推送时间' in x.body and x.body.rstrip().endswith('DOR#SS-2026-000001'), x.body")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert run.returncode == 0, run.stderr.decode()
    assert run.stdout.decode().strip() == "[DOR#SS-2026-000001] 商机申诉已受理"
    cli = subprocess.run([sys.executable, "-c", "from maild.cli import main; main()", "sla", "due", "appeal",
                          "2026-09-30T17:00"], capture_output=True, cwd=tmp_path,
                         env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, timeout=60)
    assert cli.stdout.decode().strip() == "2026-10-09T17:00:00+08:00", cli.stderr.decode()
    migrations = list((target / "maild" / "adapters" / "db" / "migrations" / "versions").glob("0*.py"))
    assert len(migrations) >= 3
