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
    code = ("import maild.core.replies as r, sys; assert 'site' in r.__file__, r.__file__; "
            "x = r.render('ack', case_number='SS-2026-000001', kind_name='商机申诉', partner=None, "
            "received_at='11月3日', due_at='11月5日 16:00', missing=['推送时间']); print(x.subject)")
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
