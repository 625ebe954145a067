"""Named crash points for crash tests: `point("after-commit")` kills the process
with SIGKILL when MAILD_FAULT names that point. Unarmed, a point costs one
dictionary lookup. Points: during-fetch, after-raw-store, after-commit, before-settle, mid-batch.
"""

from __future__ import annotations

import os
import signal

POINTS = ("during-fetch", "after-raw-store", "after-commit", "before-settle", "mid-batch")


def point(name: str) -> None:
    """Die here, at once and without cleanup, if MAILD_FAULT names this point."""
    if os.environ.get("MAILD_FAULT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
